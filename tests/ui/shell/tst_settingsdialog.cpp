#include "config/configkeys.h"
#include "console/messagebox.h"
#include "engine/sweeper.h"
#include "engineinternals.h"
#include "intake/intaketoken.h"
#include "send/messagerenderer.h"
#include "settingsfixture.h"
#include "shell/accounteditor.h"
#include "shell/accountspage.h"
#include "shell/autostart.h"
#include "shell/durationedit.h"
#include "shell/generalpage.h"
#include "shell/intakepage.h"
#include "shell/policypage.h"
#include "shell/reminderpage.h"
#include "shell/roundsedit.h"
#include "shell/settingsdialog.h"
#include "shell/shopdbpage.h"
#include "shell/templatemappingeditor.h"
#include "shell/translations.h"
#include "testconfig.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void badValuesAreExplainedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("quiet hours") << u"reminder/quietHours"_s << u"22-8"_s << u"Quiet hours"_s
                                     << u"HH:MM-HH:MM"_s;
        QTest::newRow("listen address")
            << u"intake/listen"_s << u"localhost"_s << u"Listen on"_s << u"an IP address and port"_s;
        QTest::newRow("listen port") << u"intake/listen"_s << u"127.0.0.1:99999"_s << u"Listen on"_s
                                     << u"an IP address and port"_s;
    }

    void badValuesAreExplainedAndNothingIsWritten()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, label);
        QFETCH(QString, expected);
        DialogFixture f;
        QVERIFY(f.loadErrors.isEmpty());
        const QByteArray before = readFile(f.configPath);
        const QList<qint64> rounds = f.engine->engine->config().reminder.plan.roundOffsetsSec;
        SettingsPage *page = key.startsWith(u"intake") ? static_cast<SettingsPage *>(f.dialog->intakePage())
                                                       : f.dialog->reminderPage();
        f.type(f.field<QLineEdit>(page, key), value);

        QTest::mouseClick(f.dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(f.dialog->isVisible()); // stays open to be fixed
        const QString error = f.dialog->errorText();
        QVERIFY2(error.contains(u"Nothing was saved"_s), qPrintable(error));
        QVERIFY2(error.contains(label + u": “"_s + value + u"”"_s), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(readFile(f.configPath), before);
        QCOMPARE(f.engine->engine->config().reminder.plan.roundOffsetsSec, rounds);
        QVERIFY(page->isVisible()); // the page with the problem is shown …
        QCOMPARE(QApplication::focusWidget(), page->fieldFor(key)); // … at the field
    }

    void previewFollowsTheMappingAsItIsEdited()
    {
        DialogFixture f;
        f.dialog->showPage(f.dialog->accountsPage());
        AccountEditor *editor = f.dialog->accountsPage()->editor();
        TemplateMappingEditor *mapping = editor->mapping();
        QTableWidget *table = mapping->table();
        const QString product = mapping->sampleProduct()->text();
        QVERIFY(product.size() > 20);

        // The example maps thing2 to the product: cut to 20 characters with an ellipsis.
        const QString fitted = product.left(19).trimmed() + u'…';
        QVERIFY2(
            mapping->previewText().contains(u"thing2 = "_s + fitted), qPrintable(mapping->previewText()));
        QVERIFY(mapping->previewText().contains(u"amount3 = ¥128.50"_s));
        QVERIFY(mapping->preview()->text().contains(u"cut to 20 characters"_s));

        // Renaming the key changes how the value is fitted: now as a character_string (what
        // MessageRenderer makes of it is checked in its own tests; here, that the preview follows).
        int productRow = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == u"thing2")
                productRow = row;
        QVERIFY(productRow >= 0);
        table->item(productRow, 0)->setText(u"character_string7"_s);
        QVERIFY2(mapping->previewText().contains(u"character_string7 = "_s
                     + MessageRenderer::fit(u"character_string7"_s, product) + u'\n'),
            qPrintable(mapping->previewText()));
        QVERIFY(!mapping->previewText().contains(u"thing2"_s));

        // A new field with the amount in yuan formatted as an amount.
        QTest::mouseClick(buttonWithText(mapping, u"Add field"_s), Qt::LeftButton);
        const int row = table->rowCount() - 1;
        table->item(row, 0)->setText(u"amount9"_s);
        table->item(row, 1)->setText(u"{amount_yuan}"_s);
        QVERIFY2(mapping->previewText().contains(u"amount9 = ¥128.50"_s), qPrintable(mapping->previewText()));

        // The sample product can be changed to try a name.
        mapping->sampleProduct()->setText(u"Apple 5kg"_s);
        QVERIFY(mapping->previewText().contains(u"character_string7 = Apple 5kg\n"_s));
        // The link is expanded for the sample order.
        QVERIFY(mapping->previewText().contains(u"url = https://shop.example/order/P20260302100000123"_s));
    }

    void fieldsTakeRangeChoicesAndHelpFromTheKeyTable()
    {
        DialogFixture f;
        int spinBoxes = 0;
        int durations = 0;
        int comboBoxes = 0;
        for (const ConfigKey &k : ConfigKey::all()) {
            QWidget *w = nullptr;
            if (k.perAccount()) // the account editor names an account's keys without their section
                w = f.dialog->accountsPage()->editor()->fieldFor(QString::fromLatin1(k.name));
            for (SettingsPage *page : { static_cast<SettingsPage *>(f.dialog->reminderPage()),
                     static_cast<SettingsPage *>(f.dialog->policyPage()),
                     static_cast<SettingsPage *>(f.dialog->intakePage()),
                     static_cast<SettingsPage *>(f.dialog->shopDbPage()) })
                if (!w && !k.perAccount())
                    w = page->fieldFor(k.path());
            if (!w)
                continue;
            QVERIFY2(w->toolTip() == k.helpText(), qPrintable(k.path(u"a"_s)));
            if (auto *spin = qobject_cast<QSpinBox *>(w)) {
                ++spinBoxes;
                QCOMPARE(spin->minimum(), int(k.min));
                QCOMPARE(spin->maximum(), int(k.max));
            }
            if (auto *duration = qobject_cast<DurationEdit *>(w)) {
                ++durations;
                QCOMPARE(k.type, ConfigKeyType::Duration);
                duration->setSeconds(k.max); // the longest the key takes can be entered
                QCOMPARE(duration->seconds(), k.max);
            }
            if (auto *combo = qobject_cast<QComboBox *>(w); combo && k.type == ConfigKeyType::Choice) {
                ++comboBoxes;
                QStringList offered;
                for (int i = 0; i < combo->count(); ++i)
                    offered << combo->itemData(i).toString();
                QCOMPARE(offered, k.choiceList());
            }
        }
        // The reminder page's advanced batch size and sends in flight, the shop db port; [policy]'s
        // daily limit and amounts (yuan shown, fen held), and the same three as an account's own rules.
        QCOMPARE(spinBoxes, 9);
        // Close after, late limit, safety sweep, shop db poll interval, precheck timeout, [policy]
        // skipIfPaidWithin and the account's own.
        QCOMPARE(durations, 7);
        QCOMPARE(
            comboBoxes, 10); // quietPolicy, the account's five, shop db driver, profile, unit, on failure
        QCOMPARE(f.dialog->reminderPage()->fieldFor(u"reminder/batchSize"_s)->toolTip(),
            ConfigKey::get(ConfigKeyId::ReminderBatchSize).helpText());
        QCOMPARE(f.dialog->accountsPage()->editor()->fieldFor(u"kind"_s)->toolTip(),
            ConfigKey::get(ConfigKeyId::AccountKind).helpText());
    }

    void savedSettingsApplyWithoutRestart()
    {
        DialogFixture f;
        const QByteArray before = readFile(f.configPath);
        ReminderPage *page = f.dialog->reminderPage();
        RoundsEdit *rounds = f.field<RoundsEdit>(page, u"reminder/rounds"_s);
        rounds->round(0)->setSeconds(300);
        rounds->addRound();
        rounds->round(1)->setSeconds(1200);
        f.type(f.field<QLineEdit>(page, u"reminder/quietHours"_s), u"23:00-07:00"_s);
        f.field<QSpinBox>(page, u"reminder/batchSize"_s)->setValue(50);
        DurationEdit *lateLimit = f.field<DurationEdit>(page, u"reminder/lateLimit"_s);
        QCOMPARE(lateLimit->text(), u"No limit"_s); // 0, the default
        lateLimit->setSeconds(900);

        QSignalSpy applied(f.dialog.get(), &SettingsDialog::applied);
        QTest::mouseClick(f.dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY2(f.dialog->errorText().isEmpty(), qPrintable(f.dialog->errorText()));
        QVERIFY(!f.dialog->isVisible());
        QCOMPARE(applied.size(), 1);

        // The engine runs the new plan at once …
        Engine &engine = *f.engine->engine;
        QCOMPARE(engine.config().reminder.plan.roundOffsetsSec, (QList<qint64> { 300, 1200 }));
        QCOMPARE(EngineInternals::sweeper(engine).settings().batchSize, 50);
        QCOMPARE(EngineInternals::sweeper(engine).settings().lateLimitSec, 900);
        QCOMPARE(engine.acceptOrder(sampleOrder(u"NEW1"_s, kT0)).kind, AcceptResult::Kind::Created);
        const auto order = engine.orderByNo(u"NEW1"_s);
        QVERIFY(order);
        QList<qint64> due;
        for (const ReminderRecord &r : engine.remindersOf(order->id))
            due << r.dueAt - kT0;
        QCOMPARE(due, (QList<qint64> { 300 * kSecond, 1200 * kSecond }));

        // … and the file says so, with only those lines changed and its comments kept.
        const QByteArray after = readFile(f.configPath);
        QVERIFY2(after.contains("rounds=\"5m, 20m\""), after.constData());
        QVERIFY(after.contains("; seconds after placed_at"));
        QVERIFY(after.contains("quietHours=23:00-07:00           ; local time"));
        QVERIFY(after.contains("batchSize=50          ; reminders claimed per batch"));
        QCOMPARE(after.count('\n'), before.count('\n'));
        QVERIFY(after.contains("; Template keys and what goes into them."));
        QList<Error> errors;
        QCOMPARE(Config::load(f.configPath, &errors).reminder.batchSize, 50);
        QCOMPARE(Config::load(f.configPath, &errors).reminder.lateLimitSec, 900);
    }

    // Durations edited as a number and a unit are written in a form the file reads back to the
    // same seconds; a duration left alone keeps the text the file had.
    void durationsRoundTrip()
    {
        DialogFixture f;
        ReminderPage *page = f.dialog->reminderPage();
        DurationEdit *closeAfter = f.field<DurationEdit>(page, u"reminder/closeAfter"_s);
        QCOMPARE(closeAfter->seconds(), 7200);
        QCOMPARE(closeAfter->text(), u"2 hours"_s); // 7200 s, the default, in the largest whole unit
        closeAfter->numberBox()->setValue(90);
        closeAfter->unitBox()->setCurrentIndex(1); // minutes
        QCOMPARE(closeAfter->seconds(), 5400);
        // The first round edited (10 minutes, as the default 600 s), a second added and set to 75 minutes.
        RoundsEdit *rounds = f.field<RoundsEdit>(page, u"reminder/rounds"_s);
        QCOMPARE(rounds->count(), 1);
        QCOMPARE(rounds->round(0)->text(), u"10 minutes"_s);
        rounds->addRound();
        QCOMPARE(rounds->count(), 2);
        rounds->round(1)->unitBox()->setCurrentIndex(1); // minutes
        rounds->round(1)->numberBox()->setValue(75);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));

        const QByteArray after = readFile(f.configPath);
        QVERIFY2(after.contains("closeAfter=1h30m"), after.constData());
        QVERIFY2(after.contains("rounds=\"10m, 1h15m\""), after.constData());
        QList<Error> errors;
        const Config reloaded = Config::load(f.configPath, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(reloaded.reminder.plan.closeAfterSec, 5400);
        QCOMPARE(reloaded.reminder.plan.roundOffsetsSec, (QList<qint64> { 600, 4500 }));
        // Shown again as the operator entered it, and saved again unchanged.
        QCOMPARE(closeAfter->text(), u"90 minutes"_s);
        QCOMPARE(rounds->seconds(), (QList<qint64> { 600, 4500 }));
        QCOMPARE(rounds->round(1)->text(), u"75 minutes"_s);
        QVERIFY(f.dialog->apply());
        QCOMPARE(readFile(f.configPath), after);
    }

    // A removed round is gone from the file and the plan; the last one cannot be removed, and no
    // more rounds can be added than the configuration takes.
    void roundsAreRemovedAndLimited()
    {
        DialogFixture f;
        ReminderPage *page = f.dialog->reminderPage();
        RoundsEdit *rounds = f.field<RoundsEdit>(page, u"reminder/rounds"_s);
        QVERIFY(!rounds->removeButton(0)->isEnabled()); // one round: nothing to remove
        rounds->addRound();
        rounds->addRound();
        QCOMPARE(rounds->seconds(), (QList<qint64> { 600, 4200, 7800 }));
        QTest::mouseClick(rounds->removeButton(1), Qt::LeftButton);
        QCOMPARE(rounds->seconds(), (QList<qint64> { 600, 7800 }));
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));
        QVERIFY2(
            readFile(f.configPath).contains("rounds=\"10m, 2h10m\""), readFile(f.configPath).constData());
        QCOMPARE(f.engine->engine->config().reminder.plan.roundOffsetsSec, (QList<qint64> { 600, 7800 }));

        while (rounds->addButton()->isEnabled())
            QTest::mouseClick(rounds->addButton(), Qt::LeftButton);
        QCOMPARE(rounds->count(), kMaxReminderRounds);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));
        QCOMPARE(f.engine->engine->config().reminder.plan.roundOffsetsSec.size(), kMaxReminderRounds);
    }

    // Two rounds at the same time: the page says so under the rounds, OK explains it at the field and
    // nothing is saved.
    void roundsThatClashAreExplainedAndNothingIsWritten()
    {
        DialogFixture f;
        const QByteArray before = readFile(f.configPath);
        ReminderPage *page = f.dialog->reminderPage();
        RoundsEdit *rounds = f.field<RoundsEdit>(page, u"reminder/rounds"_s);
        rounds->addRound();
        rounds->round(1)->unitBox()->setCurrentIndex(1); // minutes
        rounds->round(1)->numberBox()->setValue(10); // as the first: 600 s
        QVERIFY(page->findChild<QLabel *>() != nullptr);
        bool hinted = false;
        for (const QLabel *l : page->findChildren<QLabel *>())
            hinted = hinted || l->text().contains(u"Two rounds at the same time"_s);
        QVERIFY(hinted);

        QTest::mouseClick(f.dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(f.dialog->isVisible());
        const QString error = f.dialog->errorText();
        QVERIFY2(error.contains(u"Nothing was saved"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Remind after: “10m, 10m”"_s), qPrintable(error));
        QVERIFY2(error.contains(u"different delays after the order is placed"_s), qPrintable(error));
        QCOMPARE(readFile(f.configPath), before);
        QCOMPARE(f.engine->engine->config().reminder.plan.roundOffsetsSec, QList<qint64> { 600 });
        QVERIFY(page->isVisible());
        QVERIFY(rounds->isAncestorOf(QApplication::focusWidget())); // at the rounds' first editor
    }

    // "close-30m" rounds: shown as a round before the close, kept as the file has them, written in the
    // engine's order when changed.
    void closeRoundsAreShownAndSaved()
    {
        QByteArray ini = startingIni();
        const qsizetype at = ini.indexOf("\nrounds=");
        QVERIFY(at >= 0);
        ini.insert(at + 1, "rounds=10m, close-30m\n;");
        DialogFixture f(ini);
        ReminderPage *page = f.dialog->reminderPage();
        RoundsEdit *rounds = f.field<RoundsEdit>(page, u"reminder/rounds"_s);
        QCOMPARE(rounds->count(), 2);
        QVERIFY(!rounds->beforeClose(0));
        QVERIFY(rounds->beforeClose(1));
        QCOMPARE(rounds->round(1)->seconds(), 1800);
        QCOMPARE(rounds->closeSeconds(), QList<qint64> { 1800 });
        QVERIFY(rounds->errorLabel()->isHidden());
        bool hinted = false;
        for (const QLabel *l : page->findChildren<QLabel *>())
            hinted = hinted || l->text().contains(u"Before the order closes: 30 min"_s);
        QVERIFY(hinted);
        const QByteArray before = readFile(f.configPath);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));
        QCOMPARE(readFile(f.configPath), before); // unchanged rounds keep the file's text

        // A third round, set to an hour before the close: written after the rounds from the order, the
        // farthest from the close first, and planned so.
        rounds->addRound();
        rounds->setBeforeClose(2, true);
        rounds->round(2)->unitBox()->setCurrentIndex(2); // hours
        rounds->round(2)->numberBox()->setValue(1);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));
        const QByteArray after = readFile(f.configPath);
        QVERIFY2(after.contains("rounds=\"10m, close-1h, close-30m\""), after.constData());
        QCOMPARE(f.engine->engine->config().reminder.plan.closeRoundsSec, (QList<qint64> { 3600, 1800 }));
    }

    void roundsTheFileCannotReadAreExplained()
    {
        RoundsEdit rounds;
        rounds.setRange(60, 30LL * 24 * 3600);
        rounds.setIniText(u"10m, close-soon"_s);
        QCOMPARE(rounds.count(), 0);
        QVERIFY(!rounds.errorLabel()->isHidden());
        QVERIFY2(
            rounds.errorLabel()->text().contains(u"close-soon"_s), qPrintable(rounds.errorLabel()->text()));
        QVERIFY2(
            rounds.errorLabel()->text().contains(u"close-30m"_s), qPrintable(rounds.errorLabel()->text()));
        QCOMPARE(rounds.iniText(), u"10m, close-soon"_s); // saved untouched, reported as the file has it
        rounds.setIniText(u"10m"_s);
        QVERIFY(rounds.errorLabel()->isHidden());
    }

    void engineTuningIsUnderAdvanced()
    {
        DialogFixture f;
        ReminderPage *page = f.dialog->reminderPage();
        for (const QString &key :
            { u"reminder/batchSize"_s, u"reminder/safetyTick"_s, u"reminder/maxInFlight"_s })
            QVERIFY2(page->advanced()->isAncestorOf(page->fieldFor(key)), qPrintable(key));
        for (const QString &key : { u"reminder/rounds"_s, u"reminder/closeAfter"_s, u"reminder/lateLimit"_s })
            QVERIFY2(!page->advanced()->isAncestorOf(page->fieldFor(key)), qPrintable(key));
    }

    void whatTheApplicationDoesAfterASaveIsReported()
    {
        DialogFixture f;
        QString listenBefore;
        f.afterApply = [&](const Config &previous) {
            listenBefore = u"%1:%2"_s.arg(previous.intake.address.toString()).arg(previous.intake.port);
            return u"the intake API did not start: address in use"_s;
        };
        f.type(f.field<QLineEdit>(f.dialog->intakePage(), u"intake/listen"_s), u"127.0.0.1:9911"_s);
        QVERIFY(!f.dialog->apply()); // saved and applied, but not all is well: the dialog says so
        QCOMPARE(listenBefore, u"127.0.0.1:8787"_s);
        QCOMPARE(f.engine->engine->config().intake.port, quint16(9911));
        QVERIFY(readFile(f.configPath).contains("listen=127.0.0.1:9911"));
        QVERIFY2(
            f.dialog->errorText().contains(u"Saved, but: the intake API did not start: address in use"_s),
            qPrintable(f.dialog->errorText()));
    }

    void anAccountIsAddedWithItsSecretOutsideTheFile()
    {
        DialogFixture f;
        AccountsPage *page = f.dialog->accountsPage();
        f.dialog->showPage(page);
        QCOMPARE(page->list()->count(), 1);
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QCOMPARE(page->list()->count(), 2);
        AccountEditor *editor = page->editor();
        QVERIFY(!editor->keyEdit()->isReadOnly());
        const QString secretFile = f.dir.filePath(u"shop9.secret"_s);
        f.type(editor->keyEdit(), u"shop9"_s);
        f.type(qobject_cast<QLineEdit *>(editor->fieldFor(u"name"_s)), u"九号店"_s);
        f.type(qobject_cast<QLineEdit *>(editor->fieldFor(u"appid"_s)), u"wx00112233445566ff"_s);
        f.type(qobject_cast<QLineEdit *>(editor->fieldFor(u"templateId"_s)), u"TPL9"_s);
        f.type(qobject_cast<QLineEdit *>(editor->fieldFor(u"secretFile"_s)), secretFile);
        const QString secret = u"0123456789abcdef0123456789abcdef"_s;
        f.type(editor->secretEdit(), secret);
        QVERIFY(page->list()->item(1)->text().contains(u"九号店 (shop9)"_s));

        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));
        const QByteArray ini = readFile(f.configPath);
        QVERIFY(ini.contains("[accounts/shop9]\n"));
        QVERIFY(ini.contains("appid=wx00112233445566ff\n"));
        QVERIFY(ini.contains("fields/thing2={product}\n"));
        QVERIFY(!ini.contains(secret.toUtf8()));
        QCOMPARE(readFile(secretFile).trimmed(), secret.toUtf8());
        QCOMPARE(QFile::permissions(secretFile) & 0x0077, QFileDevice::Permissions());
        const AccountConfig *added = f.engine->engine->config().account(u"shop9"_s);
        QVERIFY(added);
        QVERIFY(added->sendsForReal());
        QCOMPARE(added->name, u"九号店"_s);
        QVERIFY(f.engine->engine->config().account(u"shop1"_s)); // the other one stays
        QVERIFY(editor->secretEdit()->text().isEmpty()); // never shown again
        QVERIFY(editor->keyEdit()->isReadOnly()); // saved: the key is fixed now
    }

    void anAccountIsRemovedWithItsSection()
    {
        DialogFixture f(startingIni() + "\n[accounts/shop2]\nname=二号店\nlegacyKey=x\n");
        QVERIFY(f.loadErrors.isEmpty());
        AccountsPage *page = f.dialog->accountsPage();
        QCOMPARE(page->list()->count(), 2);
        page->select(u"shop2"_s);
        QTest::mouseClick(page->removeButton(), Qt::LeftButton);
        QCOMPARE(page->list()->count(), 1);
        QVERIFY(f.dialog->apply());
        const QByteArray ini = readFile(f.configPath);
        QVERIFY(!ini.contains("shop2"));
        QVERIFY(!ini.contains("legacyKey"));
        QVERIFY(!f.engine->engine->config().account(u"shop2"_s));
    }

    void accountKeysMustBeUsableAndUnique_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("taken") << u"shop1"_s << u"a key no other account uses"_s;
        QTest::newRow("slash") << u"shop/2"_s << u"letters, digits"_s;
        QTest::newRow("space") << u"shop 2"_s << u"letters, digits"_s;
        QTest::newRow("empty") << QString() << u"an account key of 1-64"_s;
    }

    void accountKeysMustBeUsableAndUnique()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        DialogFixture f;
        const QByteArray before = readFile(f.configPath);
        AccountsPage *page = f.dialog->accountsPage();
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        f.type(page->editor()->keyEdit(), key);
        QVERIFY(!f.dialog->apply());
        QVERIFY2(f.dialog->errorText().contains(expected), qPrintable(f.dialog->errorText()));
        QCOMPARE(readFile(f.configPath), before);
    }

    void intakeTokenIsMaskedCopiedAndRegenerated()
    {
        DialogFixture f;
        IntakePage *page = f.dialog->intakePage();
        f.dialog->showPage(page);
        const QString tokenFile = IntakeToken::dataFilePath(f.engine->dir.path());
        const QString token = QString::fromUtf8(readFile(tokenFile)).trimmed();
        QVERIFY(token.size() >= 32);
        QVERIFY(!page->tokenView()->text().contains(token.mid(4, 8)));
        QCOMPARE(page->tokenView()->text(), IntakePage::mask(token));

        QTest::mouseClick(page->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), token);

        // Regenerating asks first; cancelling changes nothing.
        QTest::mouseClick(page->regenerateButton(), Qt::LeftButton);
        QTRY_VERIFY(openMessageBox());
        openMessageBox()->button(QMessageBox::Cancel)->click();
        QCOMPARE(QString::fromUtf8(readFile(tokenFile)).trimmed(), token);

        QTest::mouseClick(page->regenerateButton(), Qt::LeftButton);
        QTRY_VERIFY(openMessageBox());
        buttonWithText(openMessageBox(), u"Regenerate"_s)->click();
        const QString fresh = QString::fromUtf8(readFile(tokenFile)).trimmed();
        QVERIFY(fresh != token);
        QCOMPARE(f.replacedTokens, QStringList { fresh }); // the running API is told at once
        QCOMPARE(page->tokenView()->text(), IntakePage::mask(fresh));
        QVERIFY(!readFile(f.configPath).contains(fresh.toUtf8()));
    }

    void regeneratingIsAnsweredThroughTheMessageBoxSeam()
    {
        DialogFixture f;
        IntakePage *page = f.dialog->intakePage();
        f.dialog->showPage(page);
        const QString tokenFile = IntakeToken::dataFilePath(f.engine->dir.path());
        const QString token = QString::fromUtf8(readFile(tokenFile)).trimmed();
        const int asked = MessageBox::questionsAsked();

        MessageBox::setNextChoice(-1); // Cancel
        QTest::mouseClick(page->regenerateButton(), Qt::LeftButton);
        QCOMPARE(MessageBox::questionsAsked(), asked + 1);
        QVERIFY(MessageBox::lastQuestion().contains(u"stops working at once"_s));
        QVERIFY(!openMessageBox()); // answered without a dialog on screen
        QCOMPARE(QString::fromUtf8(readFile(tokenFile)).trimmed(), token);

        MessageBox::setNextChoice(0); // Regenerate
        QTest::mouseClick(page->regenerateButton(), Qt::LeftButton);
        QCOMPARE(MessageBox::questionsAsked(), asked + 2);
        const QString fresh = QString::fromUtf8(readFile(tokenFile)).trimmed();
        QVERIFY(fresh != token);
        QCOMPARE(f.replacedTokens, QStringList { fresh });
    }

    void startOnLoginIsWrittenAndRemoved()
    {
        DialogFixture f;
        QCheckBox *box = f.dialog->generalPage()->startOnLogin();
        QVERIFY(!box->isChecked());
        box->setChecked(true);
        QVERIFY(f.dialog->apply());
        QVERIFY(f.autostart->isEnabled());
        QVERIFY(readFile(f.autostart->filePath()).contains(" --tray\n"));
        box->setChecked(false);
        QVERIFY(f.dialog->apply());
        QVERIFY(!QFile::exists(f.autostart->filePath()));
    }

    void languageIsWrittenForTheNextStart()
    {
        DialogFixture f;
        auto *language = f.field<QComboBox>(f.dialog->generalPage(), u"ui/language"_s);
        language->setCurrentIndex(language->findData(u"zh_CN"_s));
        QVERIFY(f.dialog->apply());
        // In place of the example's empty value, its comment kept.
        QVERIFY(readFile(f.configPath).contains("[ui]\nlanguage=zh_CN             ; zh_CN | en"));
        QCOMPARE(f.engine->engine->config().language, u"zh_CN"_s);
    }

    void cancelWritesNothing()
    {
        DialogFixture f;
        const QByteArray before = readFile(f.configPath);
        f.field<RoundsEdit>(f.dialog->reminderPage(), u"reminder/rounds"_s)->round(0)->setSeconds(900);
        QTest::mouseClick(f.dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!f.dialog->isVisible());
        QCOMPARE(readFile(f.configPath), before);
        QCOMPARE(f.engine->engine->config().reminder.plan.roundOffsetsSec, QList<qint64> { 600 });
    }

    // At 1366×768 the dialog with the reminder plan (its Advanced part included) fits the screen
    // in both languages; the pages are saved to /tmp for a look (words-settings-*.png).
    void theShopsWordsFitASmallScreen()
    {
        for (const QString &language : { u"en"_s, u"zh_CN"_s }) {
            QVERIFY(Translations::install(language));
            DialogFixture f;
            f.dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(f.dialog.get()));
            QVERIFY2(f.dialog->minimumSizeHint().height() <= 740,
                qPrintable(
                    u"%1: %2 px tall at least"_s.arg(language).arg(f.dialog->minimumSizeHint().height())));
            QVERIFY(f.dialog->height() <= 740 && f.dialog->width() <= 1366);
            const QList<QPair<SettingsPage *, QString>> pages { { f.dialog->reminderPage(), u"reminder"_s },
                { f.dialog->intakePage(), u"intake"_s } };
            for (const auto &[page, name] : pages) {
                f.dialog->showPage(page);
                QVERIFY(f.dialog->grab().save(u"/tmp/words-settings-%1.%2.png"_s.arg(name, language)));
            }
        }
        QVERIFY(Translations::install(u"en"_s));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
