#include "store/reminderqueue.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The queue on its own (the sweeper is not started): claiming, outcomes, recovery, commands.
class TestReminderQueue : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> f;
    ReminderQueue &queue() { return f->engine->queue(); }
    qint64 count(const QString &sql) { return countWhere(*f->engine, sql); }

    void addOrders(int n, qint64 placedFrom, qint64 step, const QString &prefix = u"Q"_s,
                   const QString &account = Config::implicitAccountKey())
    {
        QList<OrderInput> orders;
        for (int i = 0; i < n; ++i)
            orders << sampleOrder(prefix + QString::number(i), placedFrom + i * step, account);
        bool committed = false;
        QString error;
        f->engine->acceptOrders(orders, OrderStore::BatchMode::AllOrNothing, &committed, &error);
        QVERIFY2(committed, qPrintable(error));
    }

    AttemptResult finish(const ClaimedReminder &c, AttemptOutcome outcome, ReminderState next, qint64 at)
    {
        AttemptResult r;
        r.reminderId = c.reminder.id;
        r.attemptId = c.attemptId;
        r.finishedAt = at;
        r.outcome = outcome;
        r.nextState = next;
        return r;
    }

private slots:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        QVERIFY2(f->ok, qPrintable(f->error));
    }
    void cleanup() { f.reset(); }

    void claimsOnlyDueRemindersInDueOrder()
    {
        // Placed in reverse order so insertion order and due order differ.
        addOrders(5, kT0, -kSecond, u"R"_s); // R4 is due first
        const qint64 now = kT0 + 10 * kMinute; // R0 due exactly now, R4 due 4 s ago
        QVERIFY(!queue().claimDue(now - 5 * kSecond, 20, {}).claimed.size());
        const ClaimReport report = queue().claimDue(now, 3, {});
        QVERIFY(report.error.isEmpty());
        QCOMPARE(report.claimed.size(), 3);
        QCOMPARE(report.claimed[0].order.input.orderNo, u"R4"_s);
        QCOMPARE(report.claimed[1].order.input.orderNo, u"R3"_s);
        QCOMPARE(report.claimed[2].order.input.orderNo, u"R2"_s);
        for (const ClaimedReminder &c : report.claimed) {
            QCOMPARE(c.reminder.state, ReminderState::Sending);
            QCOMPARE(c.reminder.attempts, 1);
            QCOMPARE(c.reminder.firstAttemptAt, now);
            QVERIFY(c.attemptId > 0);
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM reminders WHERE state = 'sending'"_s), 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'in_flight'"_s), 3);
        // The rest come next, and nothing twice.
        const ClaimReport rest = queue().claimDue(now, 20, {});
        QCOMPARE(rest.claimed.size(), 2);
        QCOMPARE(rest.claimed[0].order.input.orderNo, u"R1"_s);
        QCOMPARE(queue().claimDue(now, 20, {}).claimed.size(), 0);
    }

    void claimQueryIsAnIndexRangeScan()
    {
        const QString plan = queue().claimQueryPlan();
        QVERIFY2(plan.contains(u"reminders_state_due"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"SCAN r"_s), qPrintable(plan));
    }

    void retryWaitIsClaimedWithScheduledByDueTime()
    {
        addOrders(2, kT0, kSecond);
        const qint64 now = kT0 + 10 * kMinute + 5 * kSecond;
        const ClaimReport first = queue().claimDue(now, 1, {});
        QCOMPARE(first.claimed.size(), 1);
        AttemptResult retry = finish(first.claimed[0], AttemptOutcome::Retrying, ReminderState::RetryWait, now);
        retry.nextDueAt = now + 2 * kSecond;
        QString error;
        QVERIFY(queue().recordResults({ retry }, &error));
        QCOMPARE(queue().nextDueAt({}), kT0 + 10 * kMinute + kSecond); // Q1 is still due first
        const ClaimReport later = queue().claimDue(now + 2 * kSecond, 20, {});
        QCOMPARE(later.claimed.size(), 2);
        QCOMPARE(later.claimed[0].order.input.orderNo, u"Q1"_s);
        QCOMPARE(later.claimed[1].order.input.orderNo, u"Q0"_s);
        QCOMPARE(later.claimed[1].reminder.attempts, 2);
        QCOMPARE(later.claimed[1].reminder.firstAttemptAt, now); // kept for the dedupe window
        QCOMPARE(later.claimed[1].reminder.clientMsgId, first.claimed[0].reminder.clientMsgId);
    }

    void pausedAccountsStayPut()
    {
        addOrders(2, kT0, 0, u"S"_s, u"shop1"_s);
        addOrders(2, kT0, 0, u"T"_s, u"shop2"_s);
        const qint64 now = kT0 + 11 * kMinute;
        const ClaimReport r = queue().claimDue(now, 20, { u"shop1"_s });
        QCOMPARE(r.claimed.size(), 2);
        for (const auto &c : r.claimed)
            QCOMPARE(c.order.input.account, u"shop2"_s);
        QVERIFY(!queue().nextDueAt({ u"shop1"_s }));
        QCOMPARE(queue().nextDueAt({}), kT0 + 10 * kMinute);
        QCOMPARE(queue().claimDue(now, 20, {}).claimed.size(), 2);
    }

    void pastCloseIsSkippedNotSent()
    {
        addOrders(1, kT0, 0);
        const ClaimReport r = queue().claimDue(kT0 + 3 * 3600 * kSecond, 20, {});
        QCOMPARE(r.claimed.size(), 0);
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reminders WHERE state = 'skipped'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'skipped'"_s), 1);
    }

    void paidWhileWaitingToRetryIsCancelledAtClaim()
    {
        addOrders(1, kT0, 0);
        const qint64 now = kT0 + 10 * kMinute;
        const ClaimReport first = queue().claimDue(now, 20, {});
        f->engine->orderPaid(u"Q0"_s); // arrives while the send is in flight: nothing to cancel yet
        AttemptResult retry = finish(first.claimed[0], AttemptOutcome::Retrying, ReminderState::RetryWait, now);
        retry.nextDueAt = now + kSecond;
        QString error;
        QVERIFY(queue().recordResults({ retry }, &error));
        const ClaimReport r = queue().claimDue(now + kSecond, 20, {});
        QCOMPARE(r.claimed.size(), 0);
        QCOMPARE(r.cancelled.size(), 1);
    }

    void manualOnlyTakesOperatorRequests()
    {
        addOrders(2, kT0, 0);
        const auto a = f->onlyReminder(u"Q0"_s);
        QCOMPARE(queue().sendNow(a.id, kT0, u"alice"_s), QString());
        const ClaimReport r = queue().claimDue(kT0 + 11 * kMinute, 20, {}, true);
        QCOMPARE(r.claimed.size(), 1);
        QCOMPARE(r.claimed[0].reminder.id, a.id);
        QVERIFY(r.claimed[0].manual);
        QCOMPARE(r.claimed[0].actor, u"alice"_s);
        QCOMPARE(count(u"SELECT manual FROM send_attempts WHERE reminder_id = %1"_s.arg(a.id)), 1);
    }

    void recordResultsWritesAttemptAndReminder()
    {
        addOrders(1, kT0, 0);
        const qint64 now = kT0 + 10 * kMinute;
        const ClaimReport r = queue().claimDue(now, 20, {});
        AttemptResult done = finish(r.claimed[0], AttemptOutcome::Sent, ReminderState::Sent, now + 120);
        done.errcode = 0;
        done.msgid = 9007199254740993LL; // above 2^53: must survive exactly
        done.latencyMs = 120;
        QString error;
        QVERIFY(queue().recordResults({ done }, &error));
        const auto rem = queue().reminder(r.claimed[0].reminder.id);
        QCOMPARE(rem->state, ReminderState::Sent);
        QCOMPARE(rem->msgid, 9007199254740993LL);
        const auto attempts = f->engine->orders().attemptsOf(r.claimed[0].order.id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts[0].outcome, AttemptOutcome::Sent);
        QCOMPARE(attempts[0].latencyMs, 120);
        QCOMPARE(attempts[0].msgid, 9007199254740993LL);
        QCOMPARE(attempts[0].finishedAt, now + 120);
    }

    void recoveryInsideTheWindowRetriesWithTheSameId()
    {
        addOrders(1, kT0, 0);
        const qint64 claimedAt = kT0 + 10 * kMinute;
        const ClaimReport r = queue().claimDue(claimedAt, 20, {});
        const RecoveryReport rec = queue().recoverInterrupted(claimedAt + 9 * kMinute, 10 * kMinute);
        QCOMPARE(rec.retried.size(), 1);
        QCOMPARE(rec.unknown.size(), 0);
        const auto rem = queue().reminder(r.claimed[0].reminder.id);
        QCOMPARE(rem->state, ReminderState::RetryWait);
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'in_flight'"_s), 0);
        const ClaimReport again = queue().claimDue(claimedAt + 9 * kMinute, 20, {});
        QCOMPARE(again.claimed.size(), 1);
        QCOMPARE(again.claimed[0].reminder.clientMsgId, r.claimed[0].reminder.clientMsgId);
        QCOMPARE(again.claimed[0].reminder.firstAttemptAt, claimedAt);
    }

    void recoveryPastTheWindowLeavesItUnknown()
    {
        addOrders(1, kT0, 0);
        const qint64 claimedAt = kT0 + 10 * kMinute;
        const ClaimReport r = queue().claimDue(claimedAt, 20, {});
        const RecoveryReport rec = queue().recoverInterrupted(claimedAt + 10 * kMinute, 10 * kMinute);
        QCOMPARE(rec.unknown.size(), 1);
        QCOMPARE(queue().reminder(r.claimed[0].reminder.id)->state, ReminderState::Unknown);
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'unknown'"_s), 1);
        QCOMPARE(queue().claimDue(claimedAt + 11 * kMinute, 20, {}).claimed.size(), 0);
    }

    void operatorCommands()
    {
        addOrders(3, kT0, 0);
        const auto a = f->onlyReminder(u"Q0"_s);
        const auto b = f->onlyReminder(u"Q1"_s);
        QCOMPARE(queue().skip(a.id, kT0, u"bob"_s), QString());
        QCOMPARE(queue().reminder(a.id)->state, ReminderState::Skipped);
        QVERIFY(!queue().skip(a.id, kT0, u"bob"_s).isEmpty()); // not twice
        QVERIFY(!queue().resolveUnknownAsSent(b.id, kT0, u"bob"_s).isEmpty()); // not unknown

        // Resend makes a new manual reminder with its own client_msg_id, due now.
        qint64 id = 0;
        QCOMPARE(queue().resend(b.orderId, kT0 + kMinute, u"bob"_s, &id), QString());
        const auto manual = queue().reminder(id);
        QCOMPARE(manual->round, 2);
        QVERIFY(manual->manual);
        QCOMPARE(manual->dueAt, kT0 + kMinute);
        QVERIFY(manual->clientMsgId != b.clientMsgId);
        QCOMPARE(queue().claimDue(kT0 + kMinute, 20, {}).claimed.size(), 1);

        // Nothing is resent for a paid order.
        f->engine->orderPaid(u"Q2"_s);
        const auto c = f->onlyReminder(u"Q2"_s);
        QVERIFY(queue().resend(c.orderId, kT0 + kMinute, u"bob"_s, nullptr).contains(u"paid"_s));
    }

    void resolveUnknown()
    {
        addOrders(2, kT0, 0);
        const qint64 at = kT0 + 10 * kMinute;
        queue().claimDue(at, 20, {});
        queue().recoverInterrupted(at + 20 * kMinute, 10 * kMinute);
        const auto a = f->onlyReminder(u"Q0"_s);
        const auto b = f->onlyReminder(u"Q1"_s);
        QCOMPARE(a.state, ReminderState::Unknown);
        QCOMPARE(queue().resolveUnknownAsSent(a.id, at + 21 * kMinute, u"carol"_s), QString());
        QCOMPARE(queue().reminder(a.id)->state, ReminderState::Sent);
        QCOMPARE(queue().resolveUnknownByResend(b.id, at + 21 * kMinute, u"carol"_s), QString());
        const auto again = queue().claimDue(at + 21 * kMinute, 20, {});
        QCOMPARE(again.claimed.size(), 1);
        QCOMPARE(again.claimed[0].reminder.id, b.id);
        QCOMPARE(again.claimed[0].reminder.firstAttemptAt, at + 21 * kMinute); // a new dedupe window
        QVERIFY(again.claimed[0].manual);
    }
};

QTEST_GUILESS_MAIN(TestReminderQueue)
#include "tst_reminderqueue.moc"
