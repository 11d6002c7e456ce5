#include "console/consoletext.h"
#include "console/mainwindow.h"
#include "console/messagebox.h"
#include "engine/engine.h"
#include "engine/enginestatus.h"
#include "engine/sweeper.h"
#include "engineinternals.h"
#include "shell/translations.h"
#include "shell/traycontroller.h"
#include "store/database.h"
#include "testsupport.h"
#include "wechattestkit.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

// One controller over a fresh engine, a plain window and its own state file.
struct TrayFixture
{
    explicit TrayFixture(bool trayUp = true, int retries = 0)
        : state(engine.dir.filePath(u"ui-state.ini"_s), QSettings::IniFormat)
    {
        TrayController::Options options;
        options.trayAvailable = [this] { return trayAvailable; };
        options.trayRetryMs = 10;
        options.trayRetryCount = retries;
        options.refreshDelayMs = 0;
        options.countSpacingMs = 0;
        trayAvailable = trayUp;
        tray = std::make_unique<TrayController>(*engine.engine, window, state, options);
    }

    QWidget *messageBox() const
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<QMessageBox *>(w) && w->isVisible())
                return w;
        return nullptr;
    }

    EngineFixture engine;
    QWidget window;
    QSettings state;
    bool trayAvailable = true;
    std::unique_ptr<TrayController> tray;
};

QPushButton *buttonWithText(QWidget *box, const QString &text)
{
    for (QPushButton *b : box->findChildren<QPushButton *>())
        if (b->text().remove(u'&') == text)
            return b;
    return nullptr;
}

} // namespace

class TestTrayController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(u"en"_s); } // as the app does: English plurals

    void closingHidesInTheTrayWithANoticeOnlyOnce()
    {
        TrayFixture f;
        QSignalSpy notices(f.tray.get(), &TrayController::notified);
        f.tray->start(false);
        QVERIFY(f.tray->isTrayVisible());
        QVERIFY(f.window.isVisible());
        QVERIFY(!QApplication::quitOnLastWindowClosed()); // hiding the window must not end the app

        QVERIFY(!f.window.close()); // the close is turned into a hide
        QVERIFY(!f.window.isVisible());
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.at(0).at(0).toString(), u"PayNudge is still running"_s);

        f.tray->showWindow();
        QVERIFY(f.window.isVisible());
        QVERIFY(!f.window.close());
        QVERIFY(!f.window.isVisible());
        QCOMPARE(notices.size(), 1); // once

        // … and once ever: the next run remembers it.
        QSettings sameState(f.state.fileName(), QSettings::IniFormat);
        QWidget otherWindow;
        TrayController::Options options;
        options.trayAvailable = [] { return true; };
        TrayController again(*f.engine.engine, otherWindow, sameState, options);
        QSignalSpy againNotices(&again, &TrayController::notified);
        again.start(false);
        QVERIFY(!otherWindow.close());
        QVERIFY(!otherWindow.isVisible());
        QCOMPARE(againNotices.size(), 0);
    }

    void quitFromTheMenuLetsTheWindowClose()
    {
        TrayFixture f;
        f.tray->start(false);
        QSignalSpy quit(f.tray.get(), &TrayController::quitRequested);
        MessageBox::setTestMode(true);
        MessageBox::setNextChoice(0); // "Quit PayNudge" in the confirmation
        f.tray->quitAction()->trigger();
        MessageBox::setTestMode(false);
        QCOMPARE(quit.size(), 1);
        QVERIFY(f.window.close()); // a real quit is never intercepted
        QVERIFY(!f.window.isVisible());
    }

    // The operator's Quit says what quitting costs and quits only when confirmed; a logout or
    // a signal (quit()) never asks.
    void quitFromTheMenuAsksFirst()
    {
        TrayFixture f;
        f.tray->start(false);
        QSignalSpy quit(f.tray.get(), &TrayController::quitRequested);
        MessageBox::setTestMode(true);
        const int asked = MessageBox::questionsAsked();
        MessageBox::setNextChoice(-1); // Cancel
        f.tray->quitAction()->trigger();
        QCOMPARE(quit.size(), 0);
        QCOMPARE(MessageBox::questionsAsked(), asked + 1);
        QVERIFY2(MessageBox::lastQuestion().contains(u"Reminders stop until PayNudge runs again"_s),
            qPrintable(MessageBox::lastQuestion()));
        QVERIFY(!f.window.close()); // still running: closing hides it in the tray

        MessageBox::setNextChoice(0);
        f.tray->confirmQuit();
        QCOMPARE(quit.size(), 1);

        f.tray->quit(); // the session ends: no question
        QCOMPARE(MessageBox::questionsAsked(), asked + 2);
        QCOMPARE(quit.size(), 2);
        MessageBox::setTestMode(false);
    }

    // With no account connected to WeChat the tray must not look like it is sending.
    void aDryRunOnlyEngineIsNotShownAsRunning()
    {
        TrayFixture f;
        f.tray->start(false);
        QCOMPARE(f.tray->state(), TrayController::State::DryRun);
        QVERIFY(
            f.tray->icon().cacheKey() != TrayController::iconFor(TrayController::State::Running).cacheKey());
        QVERIFY2(f.tray->toolTip().startsWith(u"PayNudge — Not connected to WeChat — dry run only"_s),
            qPrintable(f.tray->toolTip()));
        QVERIFY(f.tray->menu()->actions().first()->text().startsWith(u"Not connected to WeChat"_s));

        // Every account paused: the tooltip says sending is paused, not that nothing is scheduled.
        f.engine.engine->pauseAccount(
            Config::implicitAccountKey(), Error(ErrorCode::PausedBy, {}, { u"me"_s }));
        QTRY_VERIFY2(f.tray->toolTip().contains(u"Sending is paused"_s), qPrintable(f.tray->toolTip()));
        QVERIFY(!f.tray->toolTip().contains(u"No reminder scheduled"_s));
        f.engine.engine->resumeAccount(Config::implicitAccountKey());

        Config c = f.engine.engine->config();
        AccountConfig real = wechatAccount(u"shop3"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv));
        real.fields = { { u"thing2"_s, u"{product}"_s } }; // mapped: nothing is read from WeChat now
        c.accounts = { real };
        f.engine.engine->applyConfig(c);
        QTRY_COMPARE(f.tray->state(), TrayController::State::Running);
        QVERIFY(f.tray->toolTip().startsWith(u"PayNudge — sending"_s));
    }

    void withoutATrayTheWindowStaysReachable()
    {
        TrayFixture f(false);
        QSignalSpy notices(f.tray.get(), &TrayController::notified);
        QSignalSpy quit(f.tray.get(), &TrayController::quitRequested);
        f.tray->start(false);
        QVERIFY(!f.tray->isTrayVisible());
        QVERIFY(QApplication::quitOnLastWindowClosed());
        QVERIFY(f.window.isVisible());

        QVERIFY(!f.window.close());
        QVERIFY(f.window.isVisible()); // never hidden with nowhere to come back from
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.at(0).at(1).toString().contains(u"no system tray"_s));
        QWidget *box = f.messageBox();
        QVERIFY(box);
        QTest::mouseClick(buttonWithText(box, u"Minimise"_s), Qt::LeftButton);
        QTRY_VERIFY(f.window.isMinimized());
        QVERIFY(f.window.isVisible());
        QCOMPARE(quit.size(), 0);

        f.tray->showWindow();
        QVERIFY(!f.window.isMinimized());
        QVERIFY(!f.window.close());
        QTRY_VERIFY(f.messageBox());
        QTest::mouseClick(buttonWithText(f.messageBox(), u"Quit PayNudge"_s), Qt::LeftButton);
        QCOMPARE(quit.size(), 1);
    }

    void closingWithoutATrayIsAnsweredThroughTheMessageBoxSeam()
    {
        TrayFixture f(false);
        QSignalSpy quit(f.tray.get(), &TrayController::quitRequested);
        f.tray->start(false);
        MessageBox::setNextChoice(1); // the second button: quit
        QVERIFY(!f.window.close());
        QVERIFY(!f.messageBox()); // answered without a dialog on screen
        QVERIFY(MessageBox::lastQuestion().contains(u"no system tray"_s));
        QCOMPARE(quit.size(), 1);
        QVERIFY(!f.window.isMinimized());
    }

    void trayStartWaitsForTheTrayThenShowsTheWindowMinimised()
    {
        TrayFixture f(false, 3);
        QSignalSpy notices(f.tray.get(), &TrayController::notified);
        f.tray->start(true);
        QVERIFY(!f.window.isVisible()); // waiting: the panel may start after us
        QTRY_VERIFY(f.window.isVisible());
        QVERIFY(f.window.isMinimized());
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.at(0).at(0).toString(), u"No system tray"_s);
    }

    void trayStartPicksUpALateTray()
    {
        TrayFixture f(false, 1000);
        f.tray->start(true);
        QVERIFY(!f.tray->isTrayVisible());
        f.trayAvailable = true; // the panel came up
        QTRY_VERIFY(f.tray->isTrayVisible());
        QVERIFY(!f.window.isVisible()); // still in the tray, as asked
        QVERIFY(!QApplication::quitOnLastWindowClosed());
    }

    void aModalDialogKeepsTheWindowInView()
    {
        TrayFixture f;
        f.tray->start(false);
        QDialog dialog(&f.window);
        dialog.open(); // window-modal, like the console's confirmations
        QVERIFY(QApplication::activeModalWidget());
        QVERIFY(!f.tray->hideWindow());
        QVERIFY(!f.window.close());
        QVERIFY(f.window.isVisible());
        dialog.close();
        QVERIFY(f.tray->hideWindow());
        QVERIFY(!f.window.isVisible());
    }

    void pauseAndResumeFromTheMenu()
    {
        TrayFixture f;
        f.tray->start(false);
        QSignalSpy states(f.tray.get(), &TrayController::stateChanged);
        QCOMPARE(f.tray->pauseAction()->text(), u"Pause sending"_s);
        f.tray->pauseAction()->trigger();
        QVERIFY(f.engine.engine->isPaused());
        QCOMPARE(f.tray->state(), TrayController::State::Paused);
        QCOMPARE(f.tray->pauseAction()->text(), u"Resume sending"_s);
        QVERIFY(!f.tray->sendDueAction()->isEnabled());
        QVERIFY(f.tray->toolTip().contains(u"Sending is paused"_s));
        QVERIFY(
            f.tray->icon().cacheKey() != TrayController::iconFor(TrayController::State::Running).cacheKey());

        f.tray->pauseAction()->trigger();
        QVERIFY(!f.engine.engine->isPaused());
        QCOMPARE(f.tray->state(), TrayController::State::DryRun);
        QCOMPARE(states.size(), 2);
    }

    void sendDueNowSweeps()
    {
        Config c = testConfig();
        c.reminder.safetyTickSec = 3600; // nothing but "send due now" may wake the sweeper here
        TrayFixture f;
        f.engine.engine->applyConfig(c);
        f.engine.engine->start();
        f.tray->start(false);
        QSignalSpy idle(f.engine.engine.get(), &Engine::idle);
        QCOMPARE(f.engine.engine->acceptOrder(sampleOrder(u"N1"_s, kT0)).kind, AcceptResult::Kind::Created);
        QTRY_VERIFY(!idle.isEmpty()); // the sweep the order woke has armed for its reminder
        // Time passes without the clock telling anyone: the reminder is due, the sweeper asleep.
        QSignalSpy swept(f.engine.engine.get(), &Engine::swept);
        f.engine.clock.blockSignals(true);
        f.engine.clock.advance(11 * kMinute);
        f.engine.clock.blockSignals(false);
        // Asleep: its wake is a real-time timer armed for the reminder, ten real minutes away, and
        // nothing queued on the event loop sweeps before that.
        QCOMPARE(EngineInternals::sweeper(*f.engine.engine).nextWakeAt(),
            std::optional<qint64>(kT0 + 10 * kMinute));
        QCoreApplication::processEvents();
        QCOMPARE(swept.size(), 0);
        QCOMPARE(f.engine.onlyReminder(u"N1"_s).state, ReminderState::Scheduled);

        f.tray->sendDueAction()->trigger();
        QTRY_COMPARE(f.engine.onlyReminder(u"N1"_s).state, ReminderState::DryRun);
    }

    void toolTipCountsPendingOrdersAndTheNextReminder()
    {
        TrayFixture f;
        f.engine.engine->start();
        f.tray->start(false);
        QTRY_VERIFY(f.tray->toolTip().contains(u"0 orders awaiting payment"_s));
        f.engine.engine->acceptOrder(sampleOrder(u"T1"_s, kT0));
        f.engine.engine->acceptOrder(sampleOrder(u"T2"_s, kT0 + kMinute));
        QTRY_VERIFY2(
            f.tray->toolTip().contains(u"2 orders awaiting payment"_s), qPrintable(f.tray->toolTip()));
        QVERIFY2(f.tray->toolTip().contains(u"Next reminder in 10:00"_s),
            qPrintable(f.tray->toolTip().replace(u'\n', u'|')));
        f.engine.engine->orderPaid(u"T1"_s);
        QTRY_VERIFY(f.tray->toolTip().contains(u"1 order awaiting payment"_s));
    }

    void problemsNeedAttentionAndNotify()
    {
        TrayFixture f;
        f.tray->start(false);
        QSignalSpy notices(f.tray.get(), &TrayController::notified);
        f.engine.engine->pauseAccount(Config::implicitAccountKey(), u"IP 1.2.3.4 is not whitelisted"_s);
        emit f.engine.engine->problem(Config::implicitAccountKey(), u"IP 1.2.3.4 is not whitelisted"_s);
        QCOMPARE(f.tray->state(), TrayController::State::Attention);
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.at(0).at(0).toString().contains(u"needs your attention"_s));
        QVERIFY(f.tray->toolTip().contains(u"paused: IP 1.2.3.4 is not whitelisted"_s));

        f.engine.engine->resumeAccount(Config::implicitAccountKey());
        QCOMPARE(f.tray->state(), TrayController::State::DryRun);
        QCOMPARE(notices.size(), 1); // resuming is no news
    }

    void failingTokenRefreshNeedsAttentionWithoutAPause()
    {
        TrayFixture f;
        f.tray->start(false);
        FakeWeChat fake(f.engine.clock);
        fake.addAccount(kTestAppid, kTestSecret);
        QVERIFY(fake.listen());
        qputenv(kTestSecretEnv, kTestSecret.toUtf8());
        failTokenRefresh(*f.engine.engine, f.engine.clock, fake, u"shop3"_s);
        QTRY_COMPARE(f.tray->state(), TrayController::State::Attention);
        QVERIFY2(f.tray->toolTip().contains(u"shop3: token refresh failing: WeChat refused the call"_s),
            qPrintable(f.tray->toolTip()));
        fixTokenRefresh(*f.engine.engine, f.engine.clock, fake, u"shop3"_s);
        QTRY_COMPARE(f.tray->state(), TrayController::State::Running);
    }

    // A store that cannot write stops every account: the tray needs attention and says why first.
    void aStoreThatCannotWriteNeedsAttention()
    {
        TrayFixture f;
        f.tray->start(false);
        QSqlQuery q(EngineInternals::connection(*f.engine.engine));
        QVERIFY(q.exec(u"PRAGMA query_only = 1"_s));
        QCOMPARE(f.engine.engine->acceptOrder(sampleOrder(u"RO-1"_s, kT0)).kind, AcceptResult::Kind::Error);
        QTRY_COMPARE(f.tray->state(), TrayController::State::Attention);
        QVERIFY2(f.tray->toolTip().contains(u"Degraded: the store cannot write since"_s),
            qPrintable(f.tray->toolTip()));
        QVERIFY(q.exec(u"PRAGMA query_only = 0"_s));
        QCOMPARE(f.engine.engine->acceptOrder(sampleOrder(u"RO-2"_s, kT0)).kind, AcceptResult::Kind::Created);
        QTRY_COMPARE(f.tray->state(), TrayController::State::DryRun);
    }

    void remindersStuckInUnknownNotifyOnce()
    {
        TrayFixture f;
        f.tray->start(false);
        QSignalSpy notices(f.tray.get(), &TrayController::notified);
        f.engine.engine->acceptOrder(sampleOrder(u"U1"_s, kT0));
        QTRY_COMPARE(f.tray->state(), TrayController::State::DryRun);
        const qint64 id = f.engine.onlyReminder(u"U1"_s).id;
        QSqlQuery q(EngineInternals::connection(*f.engine.engine));
        q.prepare(u"UPDATE reminders SET state = ? WHERE id = ?"_s);
        q.addBindValue(wireName(ReminderState::Unknown));
        q.addBindValue(id);
        QVERIFY(q.exec());
        emit f.engine.engine->remindersChanged({ id });
        QTRY_COMPARE(f.tray->state(), TrayController::State::Attention);
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.at(0).at(0).toString(), u"Reminders need a decision"_s);
        QSignalSpy reread(&f.engine.engine->status(), &EngineStatus::refreshed);
        emit f.engine.engine->remindersChanged({ id });
        QTRY_VERIFY(!reread.isEmpty()); // the status was read again after the signal
        QCOMPARE(notices.size(), 1); // the same stuck reminder is not news again
    }

    // The window's status bar and the tray read one status: in quiet hours both say the next
    // reminder goes out when they end (the status bar used to give the time it fell due).
    void windowAndTrayAgreeOnTheNextReminderInQuietHours()
    {
        TrayFixture f;
        f.engine.engine->acceptOrder(sampleOrder(u"QH"_s, kT0)); // due 10:10 UTC
        Config quiet = testConfig();
        quiet.reminder.plan.quietHours = QuietHours::parse(u"10:05-11:00"_s);
        f.engine.engine->applyConfig(quiet);
        MainWindow window(*f.engine.engine);
        f.tray->refresh();
        auto *label = window.findChild<QLabel *>(u"nextReminderStatus"_s);
        QVERIFY(label);
        QTRY_COMPARE(label->text(), u"Next reminder in "_s + ConsoleText::countdown(60 * kMinute));
        QTRY_VERIFY2(f.tray->toolTip().contains(u"Next reminder in 1:00:00"_s),
            qPrintable(f.tray->toolTip().replace(u'\n', u'|')));
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
