// Help → Check setup: the window runs doctor's checks off its own thread and shows the same report
// (problems first, a colour per status), aware that its own engine holds the store; Copy puts the
// report's text on the clipboard; it speaks Chinese.
#include "console/mainwindow.h"
#include "console/pendingordersmodel.h"
#include "console/pendingview.h"
#include "console/setupcheckdialog.h"
#include "consolefixture.h"
#include "doctor/reporttext.h"
#include "fakewechat.h"
#include "shell/translations.h"
#include "wechattestkit.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestSetupCheckDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeWeChatFixture> m_wechat;
    std::unique_ptr<ConsoleFixture> c;
    std::unique_ptr<MainWindow> w;

    void make()
    {
        m_wechat = std::make_unique<FakeWeChatFixture>();
        QVERIFY(m_wechat->listening);
        // shop2's template has a key its mapping leaves empty.
        m_wechat->fake.addTemplate(kTestAppid, u"TPL"_s,
            { u"character_string1"_s, u"thing2"_s, u"amount3"_s, u"time4"_s, u"thing5"_s });
        c = std::make_unique<ConsoleFixture>();
        QVERIFY(c->f->ok);
        const QString config = c->f->dir.filePath(u"paynudge.ini"_s);
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"[wechat]\napiBase=%1\ntimeout=2\n[intake]\nlisten=127.0.0.1:0\n"
                u"[accounts/shop1]\nname=西瓜乐园\n"
                u"[accounts/shop2]\nname=果园2号\nappid=%2\nsecretEnv=%3\ntemplateId=TPL\n"
                u"fields/character_string1={order_no}\nfields/thing2={product}\nfields/amount3={amount}\n"
                u"fields/time4={close_at:yyyy-MM-dd HH:mm}\n"_s
                    .arg(m_wechat->fake.baseUrl().toString(), kTestAppid, QString::fromLatin1(kTestSecretEnv))
                    .toUtf8());
        f.close();
        w = std::make_unique<MainWindow>(c->engine());
        w->pendingView().model().setTicking(false);
        w->setSetupCheckPaths(config, c->f->dir.path());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }

    SetupCheckDialog *openAndWait()
    {
        w->action(u"checkSetupAction"_s)->trigger();
        auto *d = w->findChild<SetupCheckDialog *>();
        if (!d)
            return nullptr;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!d->isRunning(), 20000); }();
        return d;
    }

private slots:
    void initTestCase() { QVERIFY(Translations::install(u"en"_s)); }

    void cleanup()
    {
        w.reset();
        c.reset();
        m_wechat.reset();
        Translations::install(u"en"_s);
    }

    void theHelpMenuRunsItWithoutHoldingTheWindow()
    {
        make();
        QAction *action = w->action(u"checkSetupAction"_s);
        QVERIFY(action);
        QMenu *help = w->menuBar()->actions().last()->menu();
        QVERIFY(help && help->actions().contains(action));

        action->trigger();
        auto *d = w->findChild<SetupCheckDialog *>();
        QVERIFY(d);
        // The trigger returned before any check ended: they run on a thread of their own.
        QVERIFY(d->isRunning());
        QVERIFY(d->report().checks.isEmpty());
        QVERIFY(!d->copyButton().isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!d->isRunning(), 20000);
        QVERIFY(d->copyButton().isEnabled());

        const DoctorReport &r = d->report();
        // Its own engine holds the store: that is this PayNudge, not a problem.
        QCOMPARE(r.find(u"engine.running"_s)->status, SetupCheck::Status::Ok);
        QCOMPARE(r.find(u"store.integrity"_s)->status, SetupCheck::Status::Ok);
        QCOMPARE(r.find(u"account.shop2.token"_s)->status, SetupCheck::Status::Ok);
        QCOMPARE(r.find(u"account.shop2.template"_s)->status, SetupCheck::Status::Problem);
        QCOMPARE(r.find(u"account.shop1"_s)->status, SetupCheck::Status::Warning); // runs dry
        QCOMPARE(r.problems(), 1);
        QCOMPARE(d->verdictLabel().text(), reportVerdict(r));
        QVERIFY(d->verdictLabel().text().contains(u"1 problem"_s));

        // Problems first, each with its status word and what to do.
        const QString shown = d->reportView().toPlainText();
        const qsizetype firstProblem = shown.indexOf(u"\nproblem\n"_s);
        QVERIFY2(firstProblem >= 0 && firstProblem < shown.indexOf(u"\nwarning\n"_s)
                && firstProblem < shown.indexOf(u"\nok\n"_s),
            qPrintable(shown));
        QVERIFY(shown.indexOf(u"thing5"_s) < shown.indexOf(u"warning"_s));
        QVERIFY(shown.contains(u"→ Add fields/thing5="_s));
        QVERIFY(!shown.contains(kTestSecret));

        // A second trigger brings the same dialog forward.
        action->trigger();
        QCOMPARE(w->findChildren<SetupCheckDialog *>().size(), 1);
    }

    void copyPutsTheReportOnTheClipboard()
    {
        make();
        SetupCheckDialog *d = openAndWait();
        QVERIFY(d);
        QGuiApplication::clipboard()->clear();
        d->copyButton().click();
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, reportToText(d->report()));
        QVERIFY(copied.contains(u"thing5"_s));
        QVERIFY(!copied.contains(kTestSecret));
        for (const QString &token : m_wechat->fake.issuedTokens())
            QVERIFY(!copied.contains(token));
    }

    void checkAgainRunsTheChecksOnceMore()
    {
        make();
        SetupCheckDialog *d = openAndWait();
        QVERIFY(d);
        // Fixed meanwhile: the template now has exactly the mapped keys.
        m_wechat->fake.addTemplate(
            kTestAppid, u"TPL"_s, { u"character_string1"_s, u"thing2"_s, u"amount3"_s, u"time4"_s });
        d->againButton().click();
        QVERIFY(d->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!d->isRunning(), 20000);
        QCOMPARE(d->report().find(u"account.shop2.template"_s)->status, SetupCheck::Status::Ok);
        QCOMPARE(d->report().problems(), 0);
    }

    void closingWhileRunningStopsCleanly()
    {
        make();
        m_wechat->fake.setReplyDelay(1500);
        w->action(u"checkSetupAction"_s)->trigger();
        auto *d = w->findChild<SetupCheckDialog *>();
        QVERIFY(d && d->isRunning());
        d->close(); // deleted on close: waits for its thread, never leaves it running
        QTRY_VERIFY(!w->findChild<SetupCheckDialog *>());
    }

    void speaksChinese()
    {
        make();
        QVERIFY(Translations::install(u"zh_CN"_s));
        QMenu *help = w->menuBar()->actions().last()->menu();
        Q_UNUSED(help);
        SetupCheckDialog *d = openAndWait();
        QVERIFY(d);
        QCOMPARE(d->windowTitle(), u"检查设置"_s);
        QCOMPARE(d->copyButton().text(), u"复制报告(&C)"_s);
        QCOMPARE(d->verdictLabel().text(), u"结果：1 个问题，%1 个警告。"_s.arg(d->report().warnings()));
        const QString shown = d->reportView().toPlainText();
        QVERIFY2(shown.contains(u"问题"_s) && shown.contains(u"微信会拒绝每次发送"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"正常"_s));
    }
};

QTEST_MAIN(TestSetupCheckDialog)
#include "tst_setupcheckdialog.moc"
