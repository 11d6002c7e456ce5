// Settings › Who is reminded ([policy]) and the account editor's own rules, round texts and split
// test: what the dialog saves is what the file then says, and what Config::load refuses is refused
// with nothing written.
#include "config/configkeys.h"
#include "settingsfixture.h"
#include "shell/accounteditor.h"
#include "shell/accountrules.h"
#include "shell/accountspage.h"
#include "shell/durationedit.h"
#include "shell/policypage.h"
#include "shell/reminderpage.h"
#include "shell/roundsedit.h"
#include "shell/roundtexts.h"
#include "shell/textmappingform.h"
#include "shell/translations.h"
#include "shell/variantseditor.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

// The example file with a [policy] of its own and two rounds.
QByteArray policyIni()
{
    return startingIni()
        .replace("perCustomerDaily=2        ;", "perCustomerDaily=3        ;")
        .replace("skipIfPaidWithin=0        ;", "skipIfPaidWithin=1d       ;")
        .replace("minAmountFen=0            ;", "minAmountFen=1999         ;")
        .replace("productsInclude=          ;", "productsInclude=\"会员, 年卡\" ;")
        .replace("rounds=600            ;", "rounds=\"600, 3600\"   ;");
}

// As an operator types into a spin box: the text, then Enter's interpretation.
void typeInto(QSpinBox *box, const QString &text)
{
    box->findChild<QLineEdit *>()->setText(text);
    box->interpretText();
}

Config reload(const QString &path)
{
    QList<Error> errors;
    const Config c = Config::load(path, &errors);
    for (const Error &e : std::as_const(errors))
        qWarning().noquote() << e.englishText();
    return c;
}

} // namespace

class TestPolicySettings : public QObject
{
    Q_OBJECT

private slots:
    void policyPageLoadsAndSavesEachKey()
    {
        DialogFixture f(policyIni());
        QVERIFY(f.loadErrors.isEmpty());
        const QByteArray before = readFile(f.configPath);
        PolicyPage *page = f.dialog->policyPage();
        f.dialog->showPage(page);
        auto *daily = f.field<QSpinBox>(page, u"policy/perCustomerDaily"_s);
        auto *paid = f.field<DurationEdit>(page, u"policy/skipIfPaidWithin"_s);
        auto *minAmount = f.field<QSpinBox>(page, u"policy/minAmountFen"_s);
        auto *maxAmount = f.field<QSpinBox>(page, u"policy/maxAmountFen"_s);
        auto *include = f.field<QLineEdit>(page, u"policy/productsInclude"_s);
        auto *exclude = f.field<QLineEdit>(page, u"policy/productsExclude"_s);
        QVERIFY(daily && paid && minAmount && maxAmount && include && exclude);

        // Loaded as the file says, amounts in yuan.
        QCOMPARE(daily->value(), 3);
        QCOMPARE(paid->seconds(), 86400);
        QCOMPARE(minAmount->value(), 1999);
        QCOMPARE(minAmount->text(), u"¥ 19.99"_s);
        QCOMPARE(maxAmount->text(), u"No maximum"_s); // 0
        QCOMPARE(include->text(), u"会员, 年卡"_s);

        // 0 is "no limit" / "off", typed yuan become fen.
        daily->setValue(0);
        QCOMPARE(daily->text(), u"No limit"_s);
        paid->setSeconds(0);
        QCOMPARE(paid->text(), u"Off"_s);
        typeInto(minAmount, u"10.5"_s);
        QCOMPARE(minAmount->value(), 1050);
        typeInto(maxAmount, u"200"_s);
        QCOMPARE(maxAmount->value(), 20000);
        f.type(include, QString());
        f.type(exclude, u"赠品, P2002"_s);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));

        const Config saved = reload(f.configPath);
        QCOMPARE(saved.policy.perCustomerDaily, 0);
        QCOMPARE(saved.policy.skipIfPaidWithinSec, 0);
        QCOMPARE(saved.policy.minAmountFen, 1050);
        QCOMPARE(saved.policy.maxAmountFen, 20000);
        QCOMPARE(saved.policy.productsInclude, QStringList());
        QCOMPARE(saved.policy.productsExclude, (QStringList { u"赠品"_s, u"P2002"_s }));
        QCOMPARE(f.engine->engine->config().policy.minAmountFen, 1050);
        // Only those lines changed, their comments kept.
        const QByteArray after = readFile(f.configPath);
        QCOMPARE(after.count('\n'), before.count('\n'));
        QVERIFY2(after.contains("minAmountFen=1050         ; orders below"), after.constData());
        QVERIFY(after.contains("maxAmountFen=20000"));
        QVERIFY(after.contains("perCustomerDaily=0        ; reminders to one customer"));
        // Shown again as saved.
        QCOMPARE(minAmount->text(), u"¥ 10.50"_s);
        QCOMPARE(daily->text(), u"No limit"_s);
    }

    // A minimum above the maximum is the key's error (at its field) and nothing is written.
    void anAmountRangeThatCannotBeIsRefused()
    {
        DialogFixture f(policyIni());
        const QByteArray before = readFile(f.configPath);
        PolicyPage *page = f.dialog->policyPage();
        typeInto(f.field<QSpinBox>(page, u"policy/minAmountFen"_s), u"300"_s);
        typeInto(f.field<QSpinBox>(page, u"policy/maxAmountFen"_s), u"200"_s);
        QVERIFY(!f.dialog->apply());
        QCOMPARE(readFile(f.configPath), before);
        const QString expected
            = Error(ErrorCode::ConfigAmountRange, {}, { u"20000"_s, u"30000"_s }).message();
        QVERIFY2(f.dialog->errorText().contains(expected), qPrintable(f.dialog->errorText()));
        QVERIFY(f.dialog->errorText().contains(u"Largest order reminded"_s));
        QCOMPARE(f.engine->engine->config().policy.minAmountFen, 1999);
    }

    void anOverrideIsSetThenClearedBackToTheShopsRule()
    {
        DialogFixture f(policyIni());
        const QByteArray before = readFile(f.configPath);
        AccountEditor *editor = f.dialog->accountsPage()->editor();
        AccountRules *rules = editor->rules();
        const QString dailyKey = u"perCustomerDaily"_s;
        auto *daily = qobject_cast<QSpinBox *>(editor->fieldFor(dailyKey));
        QVERIFY(daily);
        // Not set: the shop's rule, shown and greyed; it follows the policy page as edited.
        QVERIFY(!rules->ownBox(dailyKey)->isChecked());
        QVERIFY(!daily->isEnabled());
        QCOMPARE(daily->value(), 3);
        QCOMPARE(rules->shopRuleLabel(dailyKey)->text(), u"as the shop's rule (3)"_s);
        f.field<QSpinBox>(f.dialog->policyPage(), u"policy/perCustomerDaily"_s)->setValue(4);
        QCOMPARE(rules->shopRuleLabel(dailyKey)->text(), u"as the shop's rule (4)"_s);
        QCOMPARE(rules->shopRuleLabel(u"quietHours"_s)->text(), u"as the shop's rule (none)"_s);
        QCOMPARE(rules->shopRuleLabel(u"minAmountFen"_s)->text(), u"as the shop's rule (¥ 19.99)"_s);

        // Own values: a daily limit of 1, no quiet hours at all, orders from ¥5.
        rules->ownBox(dailyKey)->setChecked(true);
        QVERIFY(daily->isEnabled());
        QVERIFY(rules->shopRuleLabel(dailyKey)->text().isEmpty());
        daily->setValue(1);
        rules->ownBox(u"quietHours"_s)->setChecked(true);
        rules->noQuietHours()->setChecked(true);
        rules->ownBox(u"minAmountFen"_s)->setChecked(true);
        typeInto(qobject_cast<QSpinBox *>(editor->fieldFor(u"minAmountFen"_s)), u"5"_s);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));

        Config saved = reload(f.configPath);
        QCOMPARE(saved.policyFor(u"shop1"_s).perCustomerDaily, 1);
        QCOMPARE(saved.policyFor(u"shop1"_s).minAmountFen, 500);
        QCOMPARE(saved.policyFor(u"shop1"_s).skipIfPaidWithinSec, 86400); // the shop's
        QVERIFY(saved.account(u"shop1"_s)->overrides.quietHours.has_value());
        QVERIFY(!saved.account(u"shop1"_s)->overrides.quietHours->has_value()); // "none"
        QCOMPARE(saved.policy.perCustomerDaily, 4);
        QCOMPARE(f.engine->engine->config().policyFor(u"shop1"_s).perCustomerDaily, 1);
        QByteArray after = readFile(f.configPath);
        QVERIFY2(after.contains("quietHours=none"), after.constData());
        QCOMPARE(after.count('\n'), before.count('\n')); // in the example's empty lines

        // Read back into the editor, then the daily limit and quiet hours back to the shop's rule.
        QVERIFY(rules->ownBox(dailyKey)->isChecked());
        QCOMPARE(daily->value(), 1);
        QVERIFY(rules->noQuietHours()->isChecked());
        rules->ownBox(dailyKey)->setChecked(false);
        QCOMPARE(daily->value(), 4); // shows the shop's again
        rules->ownBox(u"quietHours"_s)->setChecked(false);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));
        saved = reload(f.configPath);
        QCOMPARE(saved.policyFor(u"shop1"_s).perCustomerDaily, 4);
        QVERIFY(!saved.account(u"shop1"_s)->overrides.perCustomerDaily.has_value());
        QVERIFY(!saved.account(u"shop1"_s)->overrides.quietHours.has_value());
        QCOMPARE(saved.policyFor(u"shop1"_s).minAmountFen, 500); // still its own
        const QSettings ini(f.configPath, QSettings::IniFormat);
        QVERIFY(!ini.contains(u"accounts/shop1/perCustomerDaily"_s)); // the key is gone, not emptied
        QVERIFY(!ini.contains(u"accounts/shop1/quietHours"_s));
        QVERIFY(ini.contains(u"accounts/shop1/minAmountFen"_s));
        QCOMPARE(ini.value(u"policy/perCustomerDaily"_s).toString(), u"4"_s);
    }

    void aRoundsOwnTemplateAndAVariantAreSavedAndReadBack()
    {
        DialogFixture f(policyIni());
        AccountEditor *editor = f.dialog->accountsPage()->editor();
        RoundTexts *rounds = editor->roundTexts();
        QCOMPARE(rounds->roundPicker()->count(), 2);
        QCOMPARE(rounds->roundPicker()->itemText(1), u"Round 2 — 1 h after the order"_s);
        rounds->showRound(2);
        QVERIFY(!rounds->ownText()->isChecked());
        rounds->ownText()->setChecked(true);
        // It starts from the account's fields.
        QCOMPARE(rounds->form()->fields(), editor->mapping()->fields());
        f.type(rounds->form()->templateIdEdit(), u"TEMPLATE_ID_2"_s);
        QTableWidget *table = rounds->form()->mapping()->table();
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == u"thing2")
                table->item(row, 1)->setText(u"订单{close_in}后关闭"_s);

        VariantsEditor *variants = editor->variants();
        variants->addVariant();
        variants->addVariant();
        QCOMPARE(variants->list()->count(), 2);
        QCOMPARE(variants->nameEdit()->text(), u"b"_s);
        f.type(variants->weightEdit(), u"3"_s);
        variants->form()->mapping()->setFields({ { u"thing2"_s, u"还差一步：{product}"_s } });
        QVERIFY2(variants->checkText().isEmpty(), qPrintable(variants->checkText()));
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));

        const Config saved = reload(f.configPath);
        const AccountConfig *a = saved.account(u"shop1"_s);
        QVERIFY(a);
        QCOMPARE(a->rounds.keys(), QList<int> { 2 });
        QCOMPARE(a->rounds.value(2).templateId, u"TEMPLATE_ID_2"_s);
        QVERIFY(a->rounds.value(2).fields.contains(qMakePair(u"thing2"_s, u"订单{close_in}后关闭"_s)));
        QCOMPARE(a->variants.size(), 2);
        QCOMPARE(a->variants.at(0).name, u"a"_s);
        QCOMPARE(a->variants.at(0).weight, 1);
        QCOMPARE(a->variants.at(1).name, u"b"_s);
        QCOMPARE(a->variants.at(1).weight, 3);
        // Round 2 of variant b: round 2's template, with b's text in thing2.
        const AccountConfig message = a->forMessage(2, u"b"_s);
        QCOMPARE(message.templateId, u"TEMPLATE_ID_2"_s);
        QVERIFY(message.fields.contains(qMakePair(u"thing2"_s, u"还差一步：{product}"_s)));
        QCOMPARE(a->forMessage(1, u"a"_s).templateId, u"TEMPLATE_ID"_s);
        QVERIFY(readFile(f.configPath).contains("; A split test of texts")); // comments kept

        // Read back into the editor after the save.
        rounds->showRound(2);
        QVERIFY(rounds->ownText()->isChecked());
        QCOMPARE(rounds->form()->templateId(), u"TEMPLATE_ID_2"_s);
        rounds->showRound(1);
        QVERIFY(!rounds->ownText()->isChecked());
        QCOMPARE(variants->count(), 2);
        variants->select(u"b"_s);
        QCOMPARE(variants->weightEdit()->text(), u"3"_s);
        QCOMPARE(variants->form()->fields(),
            (QList<QPair<QString, QString>> { { u"thing2"_s, u"还差一步：{product}"_s } }));

        // Round 2 back to the account's text, the split test ended: their keys go.
        rounds->showRound(2);
        rounds->ownText()->setChecked(false);
        variants->removeVariant();
        variants->removeVariant();
        QCOMPARE(variants->count(), 0);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));
        const Config ended = reload(f.configPath);
        QVERIFY(ended.account(u"shop1"_s)->rounds.isEmpty());
        QVERIFY(ended.account(u"shop1"_s)->variants.isEmpty());
        const QSettings ini(f.configPath, QSettings::IniFormat);
        QVERIFY(!ini.contains(u"accounts/shop1/round2.templateId"_s));
        QVERIFY(!ini.contains(u"accounts/shop1/b.weight"_s));
    }

    void badVariantsAreRefusedWithTheKeysErrorAndNothingIsWritten_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("weight");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("message");
        const QString badNames = Error(ErrorCode::ConfigBadVariants).message();
        const QString badWeight
            = Error(ErrorCode::ConfigOutOfRange, {}, { u"0"_s, u"1"_s, u"1000"_s }).message();
        QTest::newRow("one name") << QStringList { u"a"_s } << u"1"_s << u"variants"_s
                                  << u"Split test variants"_s << badNames;
        QTest::newRow("round name") << QStringList { u"a"_s, u"round1"_s } << u"1"_s << u"variants"_s
                                    << u"Split test variants"_s << badNames;
        QTest::newRow("weight 0") << QStringList { u"a"_s, u"b"_s } << u"0"_s << u"b.weight"_s
                                  << u"Variant b › Weight"_s << badWeight;
        QTest::newRow("weight words") << QStringList { u"a"_s, u"b"_s } << u"many"_s << u"b.weight"_s
                                      << u"Variant b › Weight"_s << badWeight;
    }

    void badVariantsAreRefusedWithTheKeysErrorAndNothingIsWritten()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, weight);
        QFETCH(QString, key);
        QFETCH(QString, label);
        QFETCH(QString, message);
        DialogFixture f(policyIni());
        const QByteArray before = readFile(f.configPath);
        AccountEditor *editor = f.dialog->accountsPage()->editor();
        VariantsEditor *variants = editor->variants();
        editor->tabs()->setCurrentIndex(editor->tabs()->count() - 1);
        for (const QString &name : std::as_const(names)) {
            variants->addVariant();
            f.type(variants->nameEdit(), name);
        }
        f.type(variants->weightEdit(), weight);
        // Said under the variants as the operator types …
        QVERIFY2(variants->checkText().contains(label), qPrintable(variants->checkText()));
        QVERIFY2(variants->checkText().contains(message), qPrintable(variants->checkText()));
        // … and on saving: refused at the field, nothing written, the engine as it was.
        editor->tabs()->setCurrentIndex(0);
        variants->select(u"a"_s);
        QVERIFY(!f.dialog->apply());
        QCOMPARE(readFile(f.configPath), before);
        QVERIFY2(
            f.dialog->errorText().contains(u"Account shop1 › "_s + label), qPrintable(f.dialog->errorText()));
        QVERIFY(f.dialog->errorText().contains(message));
        QVERIFY(f.engine->engine->config().account(u"shop1"_s)->variants.isEmpty());
        QCOMPARE(editor->tabs()->tabText(editor->tabs()->currentIndex()), u"Split test"_s);
        QCOMPARE(QApplication::focusWidget(), editor->fieldFor(key));
        if (key == u"b.weight")
            QCOMPARE(variants->nameEdit()->text(), u"b"_s); // the variant the error is about
    }

    // A round text for a round the plan no longer has is explained and not written.
    void aRoundOutsideThePlanIsRefused()
    {
        DialogFixture f(policyIni());
        const QByteArray before = readFile(f.configPath);
        AccountEditor *editor = f.dialog->accountsPage()->editor();
        RoundTexts *rounds = editor->roundTexts();
        rounds->showRound(2);
        rounds->ownText()->setChecked(true);
        RoundsEdit *plan = f.field<RoundsEdit>(f.dialog->reminderPage(), u"reminder/rounds"_s);
        plan->removeButton(1)->click();
        QCOMPARE(rounds->roundPicker()->itemText(1), u"Round 2 — not in the plan"_s);
        QVERIFY2(
            rounds->checkLabel()->text().contains(u"Round 2"_s), qPrintable(rounds->checkLabel()->text()));
        QVERIFY(!f.dialog->apply());
        QCOMPARE(readFile(f.configPath), before);
        QVERIFY2(
            f.dialog->errorText().contains(u"Account shop1 › Round 2"_s), qPrintable(f.dialog->errorText()));
    }

    // Every new part at 1366×768, in English and Chinese, saved for a look (/tmp/s17/*.png).
    void theNewSectionsFitASmallScreen()
    {
        for (const QString &language : { u"en"_s, u"zh_CN"_s }) {
            QVERIFY(Translations::install(language));
            DialogFixture f(policyIni());
            f.dialog->resize(1300, 720);
            QVERIFY(QTest::qWaitForWindowExposed(f.dialog.get()));
            QVERIFY2(f.dialog->minimumSizeHint().height() <= 740,
                qPrintable(
                    u"%1: %2 px tall at least"_s.arg(language).arg(f.dialog->minimumSizeHint().height())));
            QVERIFY(f.dialog->frameGeometry().height() <= 768 && f.dialog->frameGeometry().width() <= 1366);
            f.dialog->showPage(f.dialog->policyPage());
            QVERIFY(f.dialog->grab().save(u"/tmp/s17/policy.%1.png"_s.arg(language)));
            f.dialog->showPage(f.dialog->accountsPage());
            AccountEditor *editor = f.dialog->accountsPage()->editor();
            editor->rules()->ownBox(u"perCustomerDaily"_s)->setChecked(true);
            editor->roundTexts()->showRound(2);
            editor->roundTexts()->ownText()->setChecked(true);
            editor->variants()->addVariant();
            editor->variants()->addVariant();
            for (int tab = 2; tab < editor->tabs()->count(); ++tab) {
                editor->tabs()->setCurrentIndex(tab);
                QVERIFY(f.dialog->grab().save(u"/tmp/s17/account-tab%1.%2.png"_s.arg(tab).arg(language)));
            }
        }
        QVERIFY(Translations::install(u"en"_s));
    }
};

QTEST_MAIN(TestPolicySettings)
#include "tst_policysettings.moc"
