#include "console/consoletext.h"
#include "console/mainwindow.h"
#include "console/setupchecklist.h"
#include "console/setupsteps.h"
#include "console/statusbanner.h"
#include "engine/engine.h"
#include "shell/translations.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
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
