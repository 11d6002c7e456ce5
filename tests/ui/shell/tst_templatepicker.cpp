// Settings → Accounts → Message with templates read from the fake WeChat (issue 11): the list
// is loaded and kept in the store, picking a template maps its keys by type and label, the
// preview shows the lines WeChat shows (first/remark marked as no longer displayed), the
// check's problems stand inline, and saving writes the ordinary templateId and fields/ keys.
#include "fakewechat.h"
#include "settingsfixture.h"
#include "shell/accounteditor.h"
#include "shell/accountspage.h"
#include "shell/templatemappingeditor.h"
#include "shell/translations.h"
#include "wechattestkit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestTemplatePicker : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FakeWeChat> m_wechat;
    std::unique_ptr<DialogFixture> m_f;

    AccountEditor *editor() const { return m_f->dialog->accountsPage()->editor(); }

    // The example configuration sending for real through the fake; its templates loaded.
    void openWithTemplates()
    {
        m_clock = std::make_unique<ManualClock>(kT0);
        m_wechat = std::make_unique<FakeWeChat>(*m_clock);
        QVERIFY(m_wechat->listen());
        m_wechat->addAccount(kTestAppid, kTestSecret);
        m_wechat->addTemplate(kTestAppid, u"Kq3xV7bN_unpaid"_s,
            { u"character_string1"_s, u"thing2"_s, u"amount3"_s, u"time4"_s, u"time5"_s },
            u"订单待付款提醒"_s);
        m_wechat->setKeyLabel(u"Kq3xV7bN_unpaid"_s, u"time5"_s, u"关闭时间"_s);
        m_wechat->addTemplate(kTestAppid, u"OLD_industry"_s,
            { u"first"_s, u"keyword1"_s, u"keyword2"_s, u"remark"_s }, u"订单未付款通知"_s);
        m_wechat->setKeyLabel(u"OLD_industry"_s, u"keyword1"_s, u"订单号"_s);
        m_wechat->setKeyLabel(u"OLD_industry"_s, u"keyword2"_s, u"商品"_s);
        qputenv(kTestSecretEnv, kTestSecret.toUtf8());
        QByteArray ini = startingIni();
        ini.replace("apiBase=https://api.weixin.qq.com",
            QByteArray(QByteArray("apiBase=") + m_wechat->baseUrl().toString().toUtf8()));
        ini.replace("appid=                    ; e.g.", "appid=wx0123456789abcdef ; e.g.");
        ini.replace("secretEnv=  ", QByteArray("secretEnv=").append(kTestSecretEnv).append("  "));
        m_f = std::make_unique<DialogFixture>(ini);
        QVERIFY(m_f->loadErrors.isEmpty());
        QVERIFY(editor()->templatePicker()->isHidden() || editor()->templatePicker()->count() == 0);
        QTest::mouseClick(editor()->loadTemplatesButton(), Qt::LeftButton);
        QTRY_VERIFY(editor()->loadTemplatesButton()->isEnabled());
        QCOMPARE(editor()->templatePicker()->count(), 3); // "choose one" and the two templates
    }

    void pick(const QString &templateId)
    {
        QComboBox *picker = editor()->templatePicker();
        const int index = picker->findData(templateId);
        QVERIFY(index > 0);
        picker->setCurrentIndex(index);
        emit picker->activated(index); // as a click on the item does
    }

    void screenshot(const QString &language)
    {
        m_f->dialog->resize(980, 760);
        m_f->dialog->showPage(m_f->dialog->accountsPage());
        m_f->dialog->show();
        editor()->findChild<QTabWidget *>()->setCurrentIndex(1); // Message
        QVERIFY(QTest::qWaitForWindowExposed(m_f->dialog.get()));
        const QString path = u"/tmp/i11-templates-account-editor.%1.png"_s.arg(language);
        QVERIFY(editor()->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private slots:
    void initTestCase() { QVERIFY(Translations::install(u"en"_s)); }

    void cleanup()
    {
        m_f.reset();
        m_wechat.reset();
        m_clock.reset();
        Translations::install(u"en"_s);
    }

    void pickingATemplateMapsItsKeysAndWritesOrdinaryKeys()
    {
        openWithTemplates();
        QCOMPARE(m_wechat->requestCount(FakeWeChat::Api::TemplateList), 1);
        QVERIFY2(editor()->templateStatus()->text().contains(u"2 templates"_s),
            qPrintable(editor()->templateStatus()->text()));
        // The example's TEMPLATE_ID is none of them: the editor says so.
        QVERIFY(countWhere(*m_f->engine->engine, u"SELECT count(*) FROM template_catalog"_s) == 1);

        pick(u"Kq3xV7bN_unpaid"_s);
        TemplateMappingEditor *mapping = editor()->mapping();
        QCOMPARE(
            qobject_cast<QLineEdit *>(editor()->fieldFor(u"templateId"_s))->text(), u"Kq3xV7bN_unpaid"_s);
        const QList<QPair<QString, QString>> suggested { { u"character_string1"_s, u"{order_no}"_s },
            { u"thing2"_s, u"{product}"_s }, { u"amount3"_s, u"{amount}"_s },
            { u"time4"_s, u"{placed_at:yyyy-MM-dd HH:mm}"_s },
            { u"time5"_s, u"{close_at:yyyy-MM-dd HH:mm}"_s } };
        QCOMPARE(mapping->fields(), suggested);
        // The preview is the lines WeChat shows: label: value, in the template's order.
        const QString preview = mapping->previewText();
        QVERIFY2(preview.startsWith(u"订单编号: P20260302100000123\n商品名称: "_s), qPrintable(preview));
        QVERIFY2(preview.contains(u"订单金额: ¥128.50"_s) && preview.contains(u"关闭时间: "_s),
            qPrintable(preview));
        QVERIFY2(mapping->checkText().isEmpty(), qPrintable(mapping->checkText()));
        QCOMPARE(mapping->table()->item(4, 2)->text(), u"关闭时间 · time"_s);

        // A key left empty is a 47003 for every send; the check says so inline.
        mapping->table()->item(4, 1)->setText(QString());
        QVERIFY2(mapping->checkText().contains(u"time5"_s) && mapping->checkText().contains(u"47003"_s),
            qPrintable(mapping->checkText()));
        QVERIFY(mapping->checkText().contains(u"{close_in}"_s)); // and nothing tells the deadline now
        QVERIFY(!mapping->checkLabel()->isHidden());
        mapping->table()->item(4, 1)->setText(u"{close_at:HH:mm}"_s);
        QVERIFY2(mapping->checkText().isEmpty(), qPrintable(mapping->checkText()));

        // Saved: ordinary keys, only the template's.
        QTest::mouseClick(m_f->dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY2(m_f->dialog->errorText().isEmpty(), qPrintable(m_f->dialog->errorText()));
        const QByteArray ini = readFile(m_f->configPath);
        QVERIFY(ini.contains("templateId=Kq3xV7bN_unpaid"));
        QVERIFY(ini.contains("fields/time5={close_at:HH:mm}"));
        QVERIFY(ini.contains("fields/time4={placed_at:yyyy-MM-dd HH:mm}")); // the example's line, kept
        QVERIFY(ini.contains("fields/character_string1={order_no}"));
        QVERIFY(!ini.contains("fields/first") && !ini.contains("fields/keyword"));
        const AccountConfig *saved = m_f->engine->engine->config().account(u"shop1"_s);
        QVERIFY(saved);
        QCOMPARE(saved->templateId, u"Kq3xV7bN_unpaid"_s);
        QCOMPARE(saved->fields.size(), 5);
    }

    void anOldTemplatesFirstAndRemarkAreMarkedNotDisplayed()
    {
        openWithTemplates();
        pick(u"OLD_industry"_s);
        TemplateMappingEditor *mapping = editor()->mapping();
        QCOMPARE(mapping->fields().first().first, u"first"_s); // the template has it: offered
        const QString preview = mapping->previewText();
        QVERIFY2(
            preview.contains(u"first: 您好，您有订单待支付 (no longer displayed)"_s), qPrintable(preview));
        QVERIFY2(preview.contains(u"订单号: P20260302100000123"_s), qPrintable(preview));
        QVERIFY(preview.contains(u"(no longer displayed)"_s));
        // The deadline is only in remark, which WeChat hides: a warning.
        QVERIFY2(mapping->checkText().contains(u"{close_in}"_s), qPrintable(mapping->checkText()));
        QVERIFY(mapping->table()->item(0, 2)->text().contains(u"no longer displayed"_s));

        // Back to the category template: first/remark are not offered there.
        pick(u"Kq3xV7bN_unpaid"_s);
        for (const auto &[key, value] : mapping->fields())
            QVERIFY(key != u"first" && key != u"remark");
    }

    void aReopenedDialogShowsTheCachedList()
    {
        openWithTemplates();
        pick(u"Kq3xV7bN_unpaid"_s);
        QTest::mouseClick(m_f->dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY2(m_f->dialog->errorText().isEmpty(), qPrintable(m_f->dialog->errorText()));
        SettingsDialog::Context context;
        context.configPath = m_f->configPath;
        context.dataDir = m_f->engine->dir.path();
        context.useKeychain = false;
        context.autostart = m_f->autostart.get();
        SettingsDialog again(*m_f->engine->engine, context);
        AccountEditor *e = again.accountsPage()->editor();
        QCOMPARE(e->templatePicker()->count(), 3); // from the store, no request
        QCOMPARE(m_wechat->requestCount(FakeWeChat::Api::TemplateList), 1);
        QCOMPARE(e->templatePicker()->currentData().toString(), u"Kq3xV7bN_unpaid"_s);
        QVERIFY(e->mapping()->previewText().contains(u"关闭时间: "_s));
    }

    // The preview is drawn as the customer's WeChat shows the card, with the window in Chinese:
    // the template's title, its labelled lines in its order, and the 详情 line of the link.
    void thePreviewIsDrawnAsWeChatsCard()
    {
        QVERIFY(Translations::install(u"zh_CN"_s));
        openWithTemplates();
        pick(u"Kq3xV7bN_unpaid"_s);
        auto *card = editor()->mapping()->findChild<QLabel *>(u"messageCard"_s);
        QVERIFY(card);
        const QString html = card->text();
        QVERIFY2(html.contains(u"订单待付款提醒"_s), qPrintable(html)); // the title
        const qsizetype number = html.indexOf(u"订单编号"_s), amount = html.indexOf(u"订单金额"_s),
                        closes = html.indexOf(u"关闭时间"_s);
        QVERIFY2(number > 0 && number < amount && amount < closes, qPrintable(html)); // labelled, in order
        QVERIFY(html.contains(u"P20260302100000123"_s) && html.contains(u"¥128.50"_s));
        QVERIFY2(
            html.contains(u"详情"_s) && html.contains(u"https://shop.example/order/P20260302100000123"_s),
            qPrintable(html));
        // Labels, not keys (a warning under the card may still name a key).
        QVERIFY2(
            !html.contains(u">character_string1<"_s) && !html.contains(u">amount3<"_s), qPrintable(html));
        m_f.reset();
        Translations::install(u"en"_s);
    }

    void screenshots()
    {
        for (const QString &language : { u"en"_s, u"zh_CN"_s }) {
            QVERIFY(Translations::install(language));
            openWithTemplates();
            pick(u"Kq3xV7bN_unpaid"_s);
            editor()->mapping()->table()->item(1, 1)->setText(QString()); // one problem to show
            screenshot(language);
            m_f.reset();
        }
    }
};

QTEST_MAIN(TestTemplatePicker)
#include "tst_templatepicker.moc"
