#include "consolefixture.h"
#include "engine/enginestatus.h"
#include "readmodel/readservice.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The one status the banner, the status bar and the tray show.
class TestEngineStatus : public QObject
{
    Q_OBJECT

    static Config quietConfig(const QString &quiet)
    {
        Config c = testConfig(); // UTC: kT0 is 10:00
        c.reminder.plan.quietHours = QuietHours::parse(quiet);
        return c;
    }

private slots:
    void thePausedSetLeavesOutRunOutPausesAndTheSwitchForAll()
    {
        const qint64 now = kT0;
        QHash<QString, AccountState> states;
        states.insert(
            AccountStates::allAccounts(), { AccountStates::allAccounts(), true, {}, std::nullopt, 0 });
        states.insert(u"a"_s, { u"a"_s, true, u"operator"_s, std::nullopt, 0 });
        states.insert(u"b"_s, { u"b"_s, true, u"quota"_s, now - 1, 0 });
        states.insert(u"c"_s, { u"c"_s, true, u"quota"_s, now + 5 * kMinute, 0 });
        states.insert(u"d"_s, { u"d"_s, false, {}, std::nullopt, 0 });
        states.insert(u"e"_s, { u"e"_s, true, u"quota"_s, now + 9 * kMinute, 0 });
        const EngineStatus::PausedSet set = EngineStatus::pausedSet(states, now);
        QCOMPARE(set.accounts, (QSet<QString> { u"a"_s, u"c"_s, u"e"_s }));
        QCOMPARE(set.ended, QStringList { u"b"_s });
        QCOMPARE(set.nextResume, now + 5 * kMinute);
    }

    // In quiet hours the next reminder goes out when they end, not when it is due: the window's
    // status bar said "due" while the tray said "when quiet hours end".
    void theNextDueTimeWaitsForQuietHoursToEnd()
    {
        EngineFixture f;
        QVERIFY2(f.ok, qPrintable(f.error));
        EngineStatus &status = f.engine->status();
        QSignalSpy changed(&status, &EngineStatus::changed);
        f.engine->acceptOrder(sampleOrder(u"Q1"_s, kT0)); // due 10:10, planned without quiet hours
        status.refresh();
        QTRY_COMPARE(status.nextDueAt(), kT0 + 10 * kMinute);

        f.engine->applyConfig(quietConfig(u"10:05-11:00"_s));
        QTRY_COMPARE(status.nextDueAt(), kT0 + 60 * kMinute);
        QVERIFY(changed.size() >= 2);
        f.clock.advance(20 * kMinute); // overdue, still quiet
        QSignalSpy reread(&status, &EngineStatus::refreshed);
        status.refresh();
        QTRY_VERIFY(!reread.isEmpty());
        QCOMPARE(status.nextDueAt(), kT0 + 60 * kMinute);

        f.engine->applyConfig(quietConfig(u"22:00-08:00"_s));
        QTRY_COMPARE(status.nextDueAt(), f.clock.nowMs()); // overdue and not quiet: now
    }

    void pausesHoldTheNextDueTimeAndPausedAccountsAreProblems()
    {
        EngineFixture f;
        EngineStatus &status = f.engine->status();
        QSignalSpy changed(&status, &EngineStatus::changed);
        f.engine->acceptOrder(sampleOrder(u"P1"_s, kT0));
        status.refresh();
        QTRY_VERIFY(status.nextDueAt());
        QVERIFY(status.problems().isEmpty());

        const QString account = Config::implicitAccountKey();
        f.engine->pauseAccount(account, u"IP 1.2.3.4 is not whitelisted"_s);
        QCOMPARE(status.pausedAccounts(), QSet<QString> { account });
        QTRY_VERIFY(!status.nextDueAt()); // its reminders wait
        QCOMPARE(status.problems().size(), 1);
        QCOMPARE(status.problems().at(0).kind, HealthReason::Kind::AccountPaused);
        QCOMPARE(status.problems().at(0).account, account);

        f.engine->resumeAccount(account);
        QVERIFY(status.pausedAccounts().isEmpty());
        QTRY_COMPARE(status.nextDueAt(), kT0 + 10 * kMinute);

        const qsizetype before = changed.size();
        f.engine->pauseAll();
        QVERIFY(status.isPaused());
        QVERIFY(!status.nextDueAt());
        QVERIFY(status.problems().isEmpty()); // the operator's own pause is not a problem
        QCOMPARE(changed.size(), before + 1); // one change, however many engine signals said it
    }

    // The operator's pause is stored with its code (the console words it), its English as before.
    void anOperatorsPauseCarriesItsCode()
    {
        EngineFixture f;
        f.engine->pauseAll();
        AccountState s = f.engine->accountStates().value(AccountState::allAccounts());
        QVERIFY(s.problem.is(ErrorCode::PausedByOperator));
        QCOMPARE(s.reason, u"paused by operator"_s);

        f.engine->pauseAll(Error(ErrorCode::PausedBy, {}, { u"alice"_s }));
        s = f.engine->accountStates().value(AccountState::allAccounts());
        QVERIFY(s.problem.is(ErrorCode::PausedBy));
        QCOMPARE(s.reason, u"paused by alice"_s);
        QVERIFY(f.engine->isPaused());
    }

    void countsPendingOrdersAndRemindersWaitingForADecision()
    {
        ConsoleFixture c;
        EngineStatus &status = c.engine().status();
        status.setPace({ 0, 0 });
        QSignalSpy changed(&status, &EngineStatus::changed);
        c.add(u"C1"_s, kT0);
        c.add(u"C2"_s, kT0);
        QTRY_COMPARE(status.pendingCount(), 2);
        QCOMPARE(status.unknownCount(), 0);
        c.makeUnknown(u"C1"_s);
        QTRY_COMPARE(status.unknownCount(), 1);
        c.engine().orderPaid(u"C2"_s);
        QTRY_COMPARE(status.pendingCount(), 1);
        QVERIFY(!changed.isEmpty());
    }

    // Headless, nobody shows the status: the engine's signals cost no reads.
    void readsOnlyWhileSomethingShowsIt()
    {
        EngineFixture f;
        EngineStatus &status = f.engine->status();
        f.engine->pauseAll();
        QCOMPARE(f.engine->reads().pending(), 0); // no count asked for
        QVERIFY(!status.isPaused());

        QSignalSpy changed(&status, &EngineStatus::changed);
        f.engine->resumeAll();
        f.engine->pauseAll();
        QCOMPARE(f.engine->reads().pending(), 3); // the counts and the next due time it asked for
        QVERIFY(status.isPaused());
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEngineStatus)
#include "tst_enginestatus.moc"
