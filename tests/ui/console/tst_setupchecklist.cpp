#include "console/consoletext.h"
#include "console/mainwindow.h"
#include "console/setupchecklist.h"
#include "console/setupsteps.h"
#include "console/statusbanner.h"
#include "console/testmessagedialog.h"
#include "engine/engine.h"
#include "engine/enginestatus.h"
#include "shell/translations.h"
#include "testsupport.h"
#include "wechattestkit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

using Id = SetupStep::Id;
using State = SetupStep::State;

AccountConfig connectedAccount()
{
    AccountConfig a;
    a.key = u"shop1"_s;
    a.name = u"西瓜乐园"_s;
    a.appid = u"wx0123456789abcdef"_s;
    a.templateId = u"TPL1"_s;
    a.fields = { { u"thing2"_s, u"{product}"_s } };
    return a;
}

SetupSteps::Inputs connectedShop()
{
    SetupSteps::Inputs in;
    in.config = testConfig();
    in.config.accounts = { connectedAccount() };
    in.pendingOrders = 3;
    in.testMessageConfirmed = true;
    return in;
}

State stateOf(const QList<SetupStep> &steps, Id id)
{
    for (const SetupStep &s : steps)
        if (s.id == id)
            return s.state;
    return State::ToDo;
}

SetupStep step(const QList<SetupStep> &steps, Id id)
{
    for (const SetupStep &s : steps)
        if (s.id == id)
            return s;
    return {};
}

// The operator's own WeChat, following the official account.
const QString kOperatorOpenid = u"oOperator0123456789abcdefghi"_s;

// shop1 sends for real through the fake WeChat (its AppSecret in kTestSecretEnv).
void connectToFake(EngineFixture &f, FakeWeChat &fake)
{
    qputenv(kTestSecretEnv, kTestSecret.toUtf8());
    Config c = f.engine->config();
    // After the implicit dry-run account: the dialog still offers the real one first.
    c.accounts << wechatAccount(u"shop1"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv));
    c.wechat.apiBase = fake.baseUrl();
    f.engine->applyConfig(c);
}

// Types `openid` into the dialog, presses Send and waits for the answer.
QString sendTest(TestMessageDialog &dialog, const QString &openid)
{
    dialog.openidEdit()->setText(openid);
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return dialog.sendButton()->isEnabled(); }, 10000))
        return u"(no answer)"_s;
    return dialog.result()->text();
}

qint64 storedRows(EngineFixture &f)
{
    return countWhere(*f.engine,
        u"SELECT (SELECT COUNT(*) FROM orders) + (SELECT COUNT(*) FROM reminders) "
        u"+ (SELECT COUNT(*) FROM send_attempts)"_s);
}

} // namespace

// Help → Setup checklist: each step's state from the configuration and the engine, the buttons
// that lead to where it is fixed, and the banner that says a fresh start only rehearses.
class TestSetupChecklist : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(u"en"_s); }

    void aFreshStartHasEveryStepToDo()
    {
        SetupSteps::Inputs in;
        in.config = testConfig(); // the implicit dry-run account only
        const QList<SetupStep> steps = SetupSteps::compute(in);
        QCOMPARE(steps.size(), 6);
        for (const SetupStep &s : steps)
            QVERIFY2(s.state == State::ToDo, qPrintable(s.title));
        QVERIFY(SetupSteps::nothingSetUp(steps));
        QVERIFY2(step(steps, Id::Orders).detail.contains(u"http://127.0.0.1:8787/api/v1/orders"_s),
            qPrintable(step(steps, Id::Orders).detail));

        in.config.accounts.clear();
        QVERIFY(step(SetupSteps::compute(in), Id::Account).detail.startsWith(u"No account yet"_s));
    }

    void aConnectedShopHasEveryStepDone()
    {
        const QList<SetupStep> steps = SetupSteps::compute(connectedShop());
        for (const SetupStep &s : steps)
            QVERIFY2(s.state == State::Done, qPrintable(s.title + u": "_s + s.detail));
        QVERIFY(!SetupSteps::nothingSetUp(steps));

        SetupSteps::Inputs in = connectedShop();
        in.testMessageConfirmed = false;
        in.pendingOrders = 0;
        in.config.accounts[0].templateId.clear();
        const QList<SetupStep> partly = SetupSteps::compute(in);
        QCOMPARE(stateOf(partly, Id::Account), State::Done);
        QCOMPARE(stateOf(partly, Id::Template), State::ToDo);
        QCOMPARE(stateOf(partly, Id::TestMessage), State::ToDo);
        QCOMPARE(stateOf(partly, Id::Orders), State::ToDo);
    }

    void theOrdersStepFollowsTheShopDatabase()
    {
        SetupSteps::Inputs in;
        in.config = testConfig();
        in.config.shopdb.database = u"shop"_s;
        in.config.shopdb.profile = u"xg"_s;
        SetupStep orders = step(SetupSteps::compute(in), Id::Orders);
        QCOMPARE(orders.state, State::Done); // polled, and the database answers
        QVERIFY2(orders.detail.contains(u"shop"_s) && orders.detail.contains(u"5 second"_s),
            qPrintable(orders.detail));
        in.shopDbUnreachable = true;
        orders = step(SetupSteps::compute(in), Id::Orders);
        QCOMPARE(orders.state, State::Problem);
        QVERIFY2(orders.detail.contains(u"cannot reach the shop's database"_s), qPrintable(orders.detail));
        // Only checked, not polled: orders still arrive another way.
        in.config.shopdb.profile = u"custom"_s;
        in.config.shopdb.unpaidQuery = u"SELECT order_sn AS order_no FROM o WHERE order_sn IN (:order_nos)"_s;
        QCOMPARE(stateOf(SetupSteps::compute(in), Id::Orders), State::ToDo);
    }

    void aRefusedIpIsTheWhitelistStepsProblemNamingTheIp()
    {
        SetupSteps::Inputs in = connectedShop();
        const Error refused(ErrorCode::WeChat40164Ip, {}, { u"203.0.113.7"_s });
        in.states.insert(u"shop1"_s, { u"shop1"_s, true, refused.englishText(), std::nullopt, kT0, refused });
        const QList<SetupStep> steps = SetupSteps::compute(in);
        const SetupStep ip = step(steps, Id::IpWhitelist);
        QCOMPARE(ip.state, State::Problem);
        QCOMPARE(ip.account, u"shop1"_s);
        QVERIFY2(ip.detail.contains(u"203.0.113.7"_s), qPrintable(ip.detail));
        QVERIFY(ip.detail.contains(u"西瓜乐园"_s));
        QCOMPARE(stateOf(steps, Id::AppSecret), State::Done);
        QCOMPARE(stateOf(steps, Id::Account), State::Done);
    }

    void aRejectedSecretOrTemplateIsTheirStepsProblem()
    {
        SetupSteps::Inputs in = connectedShop();
        const Error secret(ErrorCode::WeChat40125, {}, { u"shop1"_s, u"wx0123456789abcdef"_s, {}, u"x"_s });
        in.states.insert(u"shop1"_s, { u"shop1"_s, true, secret.englishText(), std::nullopt, kT0, secret });
        QCOMPARE(stateOf(SetupSteps::compute(in), Id::AppSecret), State::Problem);
        QCOMPARE(stateOf(SetupSteps::compute(in), Id::IpWhitelist), State::Done);

        // The operator's own pause is no setup problem; a quota pause (timed) neither.
        const Error own(ErrorCode::PausedBy, {}, { u"alice"_s });
        in.states.insert(u"shop1"_s, { u"shop1"_s, true, own.englishText(), std::nullopt, kT0, own });
        for (const SetupStep &s : SetupSteps::compute(in))
            QVERIFY2(s.state == State::Done, qPrintable(s.title));

        in.states.clear();
        in.templateProblems.insert(u"shop1"_s, { u"the template has no key thing2"_s });
        const SetupStep tmpl = step(SetupSteps::compute(in), Id::Template);
        QCOMPARE(tmpl.state, State::Problem);
        QVERIFY(tmpl.detail.contains(u"no key thing2"_s));
    }

    void theChecklistLeadsToWhereAStepIsFixed()
    {
        EngineFixture f;
        QTemporaryDir dir;
        SetupChecklist list(*f.engine, dir.filePath(u"ui-state.ini"_s));
        list.show();
        QCOMPARE(list.steps().size(), 6);
        QSignalSpy settings(&list, &SetupChecklist::settingsRequested);
        QSignalSpy imports(&list, &SetupChecklist::importRequested);
        auto *account = list.findChild<QPushButton *>(u"goAccount"_s);
        QVERIFY(account);
        QTest::mouseClick(account, Qt::LeftButton);
        QCOMPARE(settings.size(), 1);
        QCOMPARE(settings.at(0).at(0).toString(), u"accounts/%1/appid"_s.arg(Config::implicitAccountKey()));
        QTest::mouseClick(list.findChild<QPushButton *>(u"goIntake"_s), Qt::LeftButton);
        QCOMPARE(settings.at(1).at(0).toString(), u"intake/enabled"_s);
        QTest::mouseClick(list.findChild<QPushButton *>(u"goShopDb"_s), Qt::LeftButton);
        QCOMPARE(settings.at(2).at(0).toString(), u"shopdb/database"_s);
        QTest::mouseClick(list.findChild<QPushButton *>(u"goImportOrders"_s), Qt::LeftButton);
        QCOMPARE(imports.size(), 1);

        // "I received it" is kept: a checklist opened later still has the step done.
        QCOMPARE(stateOf(list.steps(), Id::TestMessage), State::ToDo);
        list.testReceivedBox()->click();
        QCOMPARE(stateOf(list.steps(), Id::TestMessage), State::Done);
        SetupChecklist later(*f.engine, dir.filePath(u"ui-state.ini"_s));
        QCOMPARE(stateOf(later.steps(), Id::TestMessage), State::Done);

        // Connecting an account in Settings turns its step done while the list is open.
        Config c = f.engine->config();
        c.accounts = { connectedAccount() };
        c.accounts[0].secretEnv = u"PAYNUDGE_TEST_UNSET_SECRET"_s;
        f.engine->applyConfig(c);
        QCOMPARE(stateOf(list.steps(), Id::Account), State::Done);
    }

    void theBannerSaysADryRunIsNotConnected()
    {
        EngineFixture f;
        StatusBanner banner(*f.engine);
        QSignalSpy setup(&banner, &StatusBanner::setupRequested);
        QVERIFY2(banner.lines().join(u'|').contains(u"Not connected to WeChat — dry run only"_s),
            qPrintable(banner.lines().join(u'|')));
        auto *button = banner.findChild<QPushButton *>(u"dryRunLineButton"_s);
        QVERIFY(button);
        button->click();
        QCOMPARE(setup.size(), 1);

        banner.setDemo(true); // the demo's own line says it
        QVERIFY(!banner.lines().join(u'|').contains(u"Not connected"_s));
        banner.setDemo(false);

        Config c = f.engine->config();
        c.accounts = { connectedAccount() };
        c.accounts[0].secretEnv = u"PAYNUDGE_TEST_UNSET_SECRET"_s;
        f.engine->applyConfig(c);
        QVERIFY2(
            !banner.lines().join(u'|').contains(u"Not connected"_s), qPrintable(banner.lines().join(u'|')));
    }

    // A start with nothing set up opens the checklist by itself; the demo does not.
    void aFreshStartOffersTheChecklist()
    {
        EngineFixture f;
        MainWindow window(*f.engine);
        window.setUiStatePath(f.dir.filePath(u"ui-state.ini"_s));
        window.setDemoMode(true);
        window.offerSetupChecklist();
        QVERIFY(!window.findChild<SetupChecklist *>());
        window.setDemoMode(false);
        window.offerSetupChecklist();
        auto *list = window.findChild<SetupChecklist *>();
        QVERIFY(list);
        QVERIFY(list->isVisible());
        QCOMPARE(window.showSetupChecklist(), list); // Help → Setup checklist: the same one
        QVERIFY(window.action(u"setupChecklistAction"_s));
    }

    // "Send a test reminder…": a sample order to the operator's own openid through the account's
    // real sender; WeChat takes it, the step is done, and no order, reminder or attempt is kept.
    void aTestReminderToTheOperatorIsSentAndMarksTheStepDone()
    {
        EngineFixture f;
        FakeWeChat fake(f.clock);
        fake.addAccount(kTestAppid, kTestSecret);
        fake.setNextMsgId(4242001);
        QVERIFY(fake.listen());
        connectToFake(f, fake);
        const QString uiState = f.dir.filePath(u"ui-state.ini"_s);
        SetupChecklist list(*f.engine, uiState);
        list.show();
        QCOMPARE(stateOf(list.steps(), Id::TestMessage), State::ToDo);
        auto *open = list.findChild<QPushButton *>(u"goSendTest"_s);
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        TestMessageDialog *dialog = list.findChild<TestMessageDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->accountBox()->currentData().toString(), u"shop1"_s);
        QSignalSpy delivered(dialog, &TestMessageDialog::delivered);

        const QString result = sendTest(*dialog, kOperatorOpenid);
        QVERIFY2(result.startsWith(u"✔"_s) && result.contains(u"4242001"_s), qPrintable(result));
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(fake.deliveriesTo(kOperatorOpenid).size(), 1);
        QCOMPARE(stateOf(list.steps(), Id::TestMessage), State::Done);
        QCOMPARE(storedRows(f), 0);
        QCOMPARE(f.engine->status().pendingCount(), 0);
        QVERIFY(!f.engine->isAccountPaused(u"shop1"_s));

        // The openid and account are remembered in the console's state, not the configuration.
        TestMessageDialog again(*f.engine, uiState, QString());
        QCOMPARE(again.openidEdit()->text(), kOperatorOpenid);
        QCOMPARE(again.accountBox()->currentData().toString(), u"shop1"_s);
        QCOMPARE(QSettings(uiState, QSettings::IniFormat).value(TestMessageDialog::openidKey()).toString(),
            kOperatorOpenid);
    }

    // WeChat's refusal is said in the UI's language with what to do; nothing is kept, the step
    // stays to do and the account goes on (one openid says nothing about the account's setup).
    void aRefusedTestReminderSaysWhyInTheUisLanguage()
    {
        EngineFixture f;
        FakeWeChat fake(f.clock);
        fake.addAccount(kTestAppid, kTestSecret);
        const QString notFollowing = u"oNotFollowing0123456789abcde"_s;
        const QString unknown = u"oUnknown0123456789abcdefghij"_s;
        fake.setRecipient(notFollowing, 43004);
        fake.setRecipient(unknown, 40003);
        QVERIFY(fake.listen());
        connectToFake(f, fake);
        const QString uiState = f.dir.filePath(u"ui-state.ini"_s);

        Translations::install(u"zh_CN"_s);
        QString chinese;
        {
            TestMessageDialog dialog(*f.engine, uiState, u"shop1"_s);
            chinese = sendTest(dialog, notFollowing);
        }
        Translations::install(u"en"_s);
        QVERIFY2(chinese.startsWith(u"✘"_s) && chinese.contains(u"顾客没有关注公众号（errcode 43004）"_s)
                && chinese.contains(u"请先用这个微信关注公众号"_s),
            qPrintable(chinese));

        TestMessageDialog dialog(*f.engine, uiState, u"shop1"_s);
        QSignalSpy delivered(&dialog, &TestMessageDialog::delivered);
        const QString english = sendTest(dialog, unknown);
        QVERIFY2(
            english.contains(u"errcode 40003"_s) && english.contains(u"An openid belongs to one official"_s),
            qPrintable(english));
        QCOMPARE(delivered.size(), 0);
        QVERIFY(fake.deliveries().isEmpty());
        QVERIFY(!f.engine->isAccountPaused(u"shop1"_s));
        QCOMPARE(storedRows(f), 0);
        SetupChecklist list(*f.engine, uiState);
        QCOMPARE(stateOf(list.steps(), Id::TestMessage), State::ToDo);
    }

    // A dry-run account only rehearses: the dialog says nothing reached WeChat, the step stays to
    // do; an openid that is none, or none at all, is refused before anything is sent.
    void aDryRunTestReminderSaysItDidNotReachWeChat()
    {
        EngineFixture f;
        Config c = f.engine->config();
        c.accounts = { connectedAccount() };
        c.accounts[0].dryRun = true; // its AppID entered, "dry run" still ticked
        f.engine->applyConfig(c);
        const QString uiState = f.dir.filePath(u"ui-state.ini"_s);
        TestMessageDialog dialog(*f.engine, uiState, QString());
        QSignalSpy delivered(&dialog, &TestMessageDialog::delivered);
        QVERIFY2(dialog.accountBox()->currentText().contains(u"西瓜乐园 — dry run"_s),
            qPrintable(dialog.accountBox()->currentText()));

        const QString result = sendTest(dialog, kOperatorOpenid);
        QVERIFY2(result.contains(u"nothing reached WeChat"_s), qPrintable(result));
        QCOMPARE(delivered.size(), 0);
        QCOMPARE(storedRows(f), 0);
        QCOMPARE(stateOf(SetupChecklist(*f.engine, uiState).steps(), Id::TestMessage), State::ToDo);

        dialog.openidEdit()->setText(u"my openid"_s);
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QVERIFY2(dialog.result()->text().startsWith(u"✘"_s) && dialog.result()->text().contains(u"openid"_s),
            qPrintable(dialog.result()->text()));
        QVERIFY(dialog.sendButton()->isEnabled());
        dialog.openidEdit()->clear();
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QVERIFY2(dialog.result()->text().contains(u"Enter your own openid first"_s),
            qPrintable(dialog.result()->text()));
        QCOMPARE(delivered.size(), 0);
    }

    // WeChat refused this computer's IP (40164) on a real send: the whitelist step names the IP;
    // once it is on the whitelist, "Try again" fetches a token, the account resumes, the step is done.
    void tryAgainResumesTheAccountOnceTheIpIsWhitelisted()
    {
        EngineFixture f;
        FakeWeChat fake(f.clock);
        fake.addAccount(kTestAppid, kTestSecret);
        fake.setCallerIp(u"198.51.100.23"_s);
        fake.setWhitelist({ u"192.0.2.1"_s });
        QVERIFY(fake.listen());
        connectToFake(f, fake);
        QCOMPARE(
            f.engine->acceptOrder(sampleOrder(u"W1"_s, kT0, u"shop1"_s)).kind, AcceptResult::Kind::Created);
        f.engine->start();
        QVERIFY(idleAfter(f, 10 * kMinute));
        QTRY_VERIFY(f.engine->isAccountPaused(u"shop1"_s));

        SetupChecklist list(*f.engine, f.dir.filePath(u"ui-state.ini"_s));
        list.show();
        const SetupStep ip = step(list.steps(), Id::IpWhitelist);
        QCOMPARE(ip.state, State::Problem);
        QVERIFY2(ip.detail.contains(u"198.51.100.23"_s), qPrintable(ip.detail));
        auto *tryAgain = list.findChild<QPushButton *>(u"tryAgain"_s);
        QVERIFY(tryAgain);

        fake.setWhitelist({ u"198.51.100.23"_s });
        const int tokenRequests = fake.tokenRequestCount();
        QTest::mouseClick(tryAgain, Qt::LeftButton);
        QTRY_VERIFY(!f.engine->isAccountPaused(u"shop1"_s));
        QVERIFY(fake.tokenRequestCount() > tokenRequests);
        QTRY_COMPARE(stateOf(list.steps(), Id::IpWhitelist), State::Done);
        QVERIFY(!list.findChild<QPushButton *>(u"tryAgain"_s)
            || !list.findChild<QPushButton *>(u"tryAgain"_s)->isVisible());
    }

    // listen=127.0.0.1:0 takes any free port: the address shown is the one listened on.
    void theIntakeAddressShowsThePortListenedOn()
    {
        SetupSteps::Inputs in;
        in.config = testConfig();
        in.config.intake.port = 0;
        in.intakePort = 45678;
        const QString detail = step(SetupSteps::compute(in), Id::Orders).detail;
        QVERIFY2(detail.contains(u"http://127.0.0.1:45678/api/v1/orders"_s), qPrintable(detail));

        EngineFixture f;
        MainWindow window(*f.engine);
        window.setUiStatePath(f.dir.filePath(u"ui-state.ini"_s));
        window.setIntakePort(45679);
        SetupChecklist *list = window.showSetupChecklist();
        QVERIFY2(step(list->steps(), Id::Orders).detail.contains(u":45679/"_s),
            qPrintable(step(list->steps(), Id::Orders).detail));
        window.setIntakePort(45680); // the API listens again after a change in Settings
        QVERIFY(step(list->steps(), Id::Orders).detail.contains(u":45680/"_s));
    }

    void theDryRunWordsAreChineseInTheChineseUi()
    {
        Translations::install(u"zh_CN"_s);
        const QString text = ConsoleText::dryRunOnly();
        Translations::install(u"en"_s);
        QCOMPARE(text, u"未连接微信，仅演练"_s);
    }
};

QTEST_MAIN(TestSetupChecklist)
#include "tst_setupchecklist.moc"
