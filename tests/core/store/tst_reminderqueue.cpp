#include "engineinternals.h"
#include "readmodel/historyquery.h"
#include "store/database.h"
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
    ReminderQueue &queue() { return EngineInternals::queue(*f->engine); }
    qint64 count(const QString &sql) { return countWhere(*f->engine, sql); }

    void addOrders(int n, qint64 placedFrom, qint64 step, const QString &prefix = u"Q"_s,
        const QString &account = Config::implicitAccountKey())
    {
        QList<OrderInput> orders;
        for (int i = 0; i < n; ++i)
            orders << sampleOrder(prefix + QString::number(i), placedFrom + i * step, account);
        bool committed = false;
        QString error;
        f->engine->acceptOrders(orders, BatchMode::AllOrNothing, &committed, &error);
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
        PAYNUDGE_INIT_FIXTURE(*f);
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
        if (EngineInternals::database(*f->engine).dialect() == SqlDialect::Postgres)
            QSKIP("PostgreSQL plans an empty table as it likes: tst_pgstore checks the plan at scale");
        const QString plan = queue().claimQueryPlan();
        QVERIFY2(plan.contains(u"reminders_state_due"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"SCAN r"_s), qPrintable(plan));
        // The superseded check reads one order's reminders by key, never the table.
        QVERIFY2(plan.contains(u"SEARCH s USING"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"SCAN s"_s), qPrintable(plan));
    }

    void retryWaitIsClaimedWithScheduledByDueTime()
    {
        addOrders(2, kT0, kSecond);
        const qint64 now = kT0 + 10 * kMinute + 5 * kSecond;
        const ClaimReport first = queue().claimDue(now, 1, {});
        QCOMPARE(first.claimed.size(), 1);
        AttemptResult retry
            = finish(first.claimed[0], AttemptOutcome::Retrying, ReminderState::RetryWait, now);
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
        AttemptResult retry
            = finish(first.claimed[0], AttemptOutcome::Retrying, ReminderState::RetryWait, now);
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
        QCOMPARE(queue().sendNow(a.id, kT0, u"alice"_s).englishText(), QString());
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
        const auto attempts = f->engine->attemptsOf(r.claimed[0].order.id);
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
        // The interrupted attempt may have been delivered: its start bounds the retries from now on.
        QCOMPARE(again.claimed[0].reminder.maybeSentAt, claimedAt);
    }

    void recoveryWindowStartsAtTheInterruptedAttemptNotTheFirst()
    {
        // An hour of certain failures (offline), then a crash during the attempt a minute ago.
        addOrders(1, kT0, 0);
        const qint64 firstAt = kT0 + 10 * kMinute;
        ClaimReport r = queue().claimDue(firstAt, 20, {});
        AttemptResult notSent
            = finish(r.claimed[0], AttemptOutcome::Retrying, ReminderState::RetryWait, firstAt);
        const qint64 lastAt = firstAt + 60 * kMinute;
        notSent.nextDueAt = lastAt;
        QString error;
        QVERIFY(queue().recordResults({ notSent }, &error));
        QCOMPARE(queue().claimDue(lastAt, 20, {}).claimed.size(), 1);
        const RecoveryReport rec = queue().recoverInterrupted(lastAt + kMinute, 10 * kMinute);
        QCOMPARE(rec.retried.size(), 1);
        QCOMPARE(queue().reminder(r.claimed[0].reminder.id)->state, ReminderState::RetryWait);
        QCOMPARE(queue().reminder(r.claimed[0].reminder.id)->maybeSentAt, lastAt);
    }

    void recoveryNeverResendsAKindWithoutClientMsgId()
    {
        addOrders(1, kT0, 0, u"B"_s, u"shop2"_s);
        addOrders(1, kT0, 0, u"T"_s, u"shop1"_s);
        const qint64 claimedAt = kT0 + 10 * kMinute;
        QCOMPARE(queue().claimDue(claimedAt, 20, {}).claimed.size(), 2);
        // A second later: the template one is retried, the bizsend one is left to an operator.
        const RecoveryReport rec
            = queue().recoverInterrupted(claimedAt + kSecond, 10 * kMinute, { u"shop2"_s });
        QCOMPARE(rec.retried.size(), 1);
        QCOMPARE(rec.unknown.size(), 1);
        const auto biz = f->onlyReminder(u"B0"_s);
        QCOMPARE(biz.state, ReminderState::Unknown);
        QVERIFY2(biz.reason.contains(u"client_msg_id"_s), qPrintable(biz.reason));
        QCOMPARE(f->onlyReminder(u"T0"_s).state, ReminderState::RetryWait);
        const ClaimReport again = queue().claimDue(claimedAt + kMinute, 20, {});
        QCOMPARE(again.claimed.size(), 1);
        QCOMPARE(again.claimed[0].order.input.orderNo, u"T0"_s);
    }

    void maybeSentAtIsKeptFromTheFirstUncertainAttempt()
    {
        addOrders(1, kT0, 0);
        const qint64 at = kT0 + 10 * kMinute;
        ClaimReport r = queue().claimDue(at, 20, {});
        AttemptResult lost
            = finish(r.claimed[0], AttemptOutcome::Retrying, ReminderState::RetryWait, at + 200);
        lost.maybeSentAt = at;
        lost.nextDueAt = at + kSecond;
        QString error;
        QVERIFY(queue().recordResults({ lost }, &error));
        r = queue().claimDue(at + kSecond, 20, {});
        QCOMPARE(r.claimed[0].reminder.maybeSentAt, at);
        AttemptResult again
            = finish(r.claimed[0], AttemptOutcome::Retrying, ReminderState::RetryWait, at + kSecond);
        again.maybeSentAt = at + kSecond; // a later uncertain attempt never moves the window's start
        again.nextDueAt = at + 3 * kSecond;
        QVERIFY(queue().recordResults({ again }, &error));
        QCOMPARE(queue().reminder(r.claimed[0].reminder.id)->maybeSentAt, at);
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
        QCOMPARE(queue().skip(a.id, kT0, u"bob"_s).englishText(), QString());
        QCOMPARE(queue().reminder(a.id)->state, ReminderState::Skipped);
        QVERIFY(!queue().skip(a.id, kT0, u"bob"_s).englishText().isEmpty()); // not twice
        QVERIFY(!queue().resolveUnknownAsSent(b.id, kT0, u"bob"_s).englishText().isEmpty()); // not unknown

        // Resend makes a new manual reminder with its own client_msg_id, due now.
        qint64 id = 0;
        QCOMPARE(queue().resend(b.orderId, kT0 + kMinute, u"bob"_s, &id).englishText(), QString());
        const auto manual = queue().reminder(id);
        QCOMPARE(manual->round, 2);
        QVERIFY(manual->manual);
        QCOMPARE(manual->dueAt, kT0 + kMinute);
        QVERIFY(manual->clientMsgId != b.clientMsgId);
        QCOMPARE(queue().claimDue(kT0 + kMinute, 20, {}).claimed.size(), 1);

        // Nothing is resent for a paid order.
        f->engine->orderPaid(u"Q2"_s);
        const auto c = f->onlyReminder(u"Q2"_s);
        QVERIFY(
            queue().resend(c.orderId, kT0 + kMinute, u"bob"_s, nullptr).englishText().contains(u"paid"_s));
    }

    // Each history row keeps its reason's code beside the English (schema 7), and the history reads
    // it back: the reason column words it in the operator's language, the export keeps errmsg.
    void historyRowsCarryTheirReasonsCode()
    {
        addOrders(3, kT0, 0);
        const auto a = f->onlyReminder(u"Q0"_s);
        QVERIFY(!queue().skip(a.id, kT0, u"bob"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts WHERE reason_code = 'history_skipped_by' "
                       u"AND reason_args = '[\"bob\"]' AND errmsg = 'skipped by bob'"_s),
            1);
        f->engine->orderPaid(u"Q1"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts WHERE reason_code = 'history_order_paid' "
                       u"AND errmsg = 'order paid'"_s),
            1);

        const qint64 now = kT0 + 10 * kMinute;
        const ClaimReport r = queue().claimDue(now, 20, {});
        QCOMPARE(r.claimed.size(), 1);
        AttemptResult refused = finish(r.claimed[0], AttemptOutcome::Failed, ReminderState::Failed, now);
        refused.problem
            = Error(ErrorCode::NotSent).because(Error(ErrorCode::RenderAmountEmpty, u"amount3"_s));
        refused.errmsg = refused.problem.englishText();
        QString error;
        QVERIFY2(queue().recordResults({ refused }, &error), qPrintable(error));

        HistoryQuery q;
        QSqlDatabase &db = EngineInternals::connection(*f->engine);
        const QList<HistoryRow> rows = HistoryQuery::rows(db, q.ids(db, &error), &error);
        QCOMPARE(rows.size(), 3);
        QHash<QString, HistoryRow> byOrder;
        for (const HistoryRow &row : rows)
            byOrder.insert(row.orderNo, row);
        QVERIFY(byOrder.value(u"Q0"_s).stored.is(ErrorCode::HistorySkippedBy));
        QCOMPARE(byOrder.value(u"Q0"_s).stored.args, QStringList { u"bob"_s });
        QVERIFY(byOrder.value(u"Q1"_s).stored.is(ErrorCode::HistoryOrderPaid));
        const HistoryRow notSent = byOrder.value(u"Q2"_s);
        QVERIFY(notSent.stored.is(ErrorCode::NotSent));
        QVERIFY(notSent.stored.cause && notSent.stored.cause->is(ErrorCode::RenderAmountEmpty));
        QCOMPARE(notSent.errmsg,
            u"not sent: amount3: empty; an amount must be shown (check the pattern, e.g. {amount})"_s);
        QCOMPARE(notSent.reasonText(Config()), notSent.stored.text());
        QCOMPARE(notSent.reason(Config()), notSent.errmsg); // the export's English
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
        QCOMPARE(queue().resolveUnknownAsSent(a.id, at + 21 * kMinute, u"carol"_s).englishText(), QString());
        QCOMPARE(queue().reminder(a.id)->state, ReminderState::Sent);
        QCOMPARE(
            queue().resolveUnknownByResend(b.id, at + 21 * kMinute, u"carol"_s).englishText(), QString());
        const auto again = queue().claimDue(at + 21 * kMinute, 20, {});
        QCOMPARE(again.claimed.size(), 1);
        QCOMPARE(again.claimed[0].reminder.id, b.id);
        QCOMPARE(again.claimed[0].reminder.firstAttemptAt, at + 21 * kMinute); // a new dedupe window
        QVERIFY(!again.claimed[0].reminder.maybeSentAt);
        QVERIFY(again.claimed[0].manual);
    }

    void onlyTheLatestOverdueRoundGoesOut()
    {
        Config c = testConfig();
        c.reminder.plan.roundOffsetsSec = { 600, 1200, 1800 };
        f = std::make_unique<EngineFixture>(c);
        QVERIFY2(f->ok, qPrintable(f->error));
        addOrders(2, kT0, 0, u"P"_s);
        // 25 minutes on (a pause, a sleep): rounds 1 and 2 of both orders are overdue, round 3 is not.
        const qint64 now = kT0 + 25 * kMinute;
        const ClaimReport r = queue().claimDue(now, 20, {});
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.claimed.size(), 2);
        for (const ClaimedReminder &claimed : r.claimed)
            QCOMPARE(claimed.reminder.round, 2);
        QCOMPARE(r.skipped.size(), 2);
        for (const ReminderRecord &s : r.skipped) {
            QCOMPARE(s.round, 1);
            QVERIFY2(s.reason.startsWith(u"superseded"_s), qPrintable(s.reason));
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM reminders WHERE round = 1 AND state = 'skipped' "
                       u"AND reason LIKE 'superseded%'"_s),
            2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'skipped'"_s), 2);
        // Round 3 comes later, on its own.
        QCOMPARE(queue().claimDue(kT0 + 30 * kMinute, 20, {}).claimed.size(), 2);
    }

    void anEarlierRoundRetryingIsSupersededOnceALaterOneWent()
    {
        Config c = testConfig();
        c.reminder.plan.roundOffsetsSec = { 600, 1200 };
        f = std::make_unique<EngineFixture>(c);
        QVERIFY2(f->ok, qPrintable(f->error));
        addOrders(1, kT0, 0);
        const ClaimReport first = queue().claimDue(kT0 + 10 * kMinute, 20, {});
        AttemptResult retry
            = finish(first.claimed[0], AttemptOutcome::Retrying, ReminderState::RetryWait, kT0);
        retry.nextDueAt = kT0 + 21 * kMinute; // still retrying when round 2 falls due
        QString error;
        QVERIFY(queue().recordResults({ retry }, &error));
        const ClaimReport second = queue().claimDue(kT0 + 20 * kMinute, 20, {});
        QCOMPARE(second.claimed.size(), 1);
        QCOMPARE(second.claimed[0].reminder.round, 2);
        const ClaimReport third = queue().claimDue(kT0 + 21 * kMinute, 20, {});
        QCOMPARE(third.claimed.size(), 0);
        QCOMPARE(third.skipped.size(), 1);
        QCOMPARE(third.skipped[0].round, 1);
        QVERIFY(third.skipped[0].reason.startsWith(u"superseded"_s));
    }

    void aRoundNearAnOperatorsSendIsSuperseded()
    {
        addOrders(2, kT0, 0);
        qint64 id = 0;
        // Q0: resent by hand 4 minutes before its round is due; Q1: 6 minutes before (outside the spacing).
        QCOMPARE(
            queue().resend(f->onlyReminder(u"Q0"_s).orderId, kT0 + 6 * kMinute, u"bob"_s, &id).englishText(),
            QString());
        QCOMPARE(queue().claimDue(kT0 + 6 * kMinute, 20, {}).claimed.size(), 1);
        QCOMPARE(
            queue().resend(f->onlyReminder(u"Q1"_s).orderId, kT0 + 4 * kMinute, u"bob"_s, &id).englishText(),
            QString());
        QCOMPARE(queue().claimDue(kT0 + 4 * kMinute, 20, {}).claimed.size(), 1);
        const ClaimReport r = queue().claimDue(kT0 + 10 * kMinute, 20, {});
        QCOMPARE(r.claimed.size(), 1);
        QCOMPARE(r.claimed[0].order.input.orderNo, u"Q1"_s);
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped[0].orderNo, u"Q0"_s);
        QVERIFY2(r.skipped[0].reason.contains(u"operator"_s), qPrintable(r.skipped[0].reason));
        QVERIFY(r.skipped[0].reason.startsWith(u"superseded"_s));
    }

    void aRoundWaitingBesideAnOperatorsSendIsSuperseded()
    {
        addOrders(1, kT0, 0);
        qint64 id = 0;
        // The account was paused: the round and the operator's resend are both due when it resumes.
        QCOMPARE(
            queue().resend(f->onlyReminder(u"Q0"_s).orderId, kT0 + 9 * kMinute, u"bob"_s, &id).englishText(),
            QString());
        const ClaimReport r = queue().claimDue(kT0 + 30 * kMinute, 20, {});
        QCOMPARE(r.claimed.size(), 1);
        QCOMPARE(r.claimed[0].reminder.id, id);
        QCOMPARE(r.skipped.size(), 1);
        QVERIFY(r.skipped[0].reason.startsWith(u"superseded"_s));
    }

    void anOperatorsSendRightAfterARoundIsRefused()
    {
        addOrders(1, kT0, 0);
        const auto round = f->onlyReminder(u"Q0"_s);
        const ClaimReport r = queue().claimDue(kT0 + 10 * kMinute, 20, {});
        QString error;
        QVERIFY(queue().recordResults(
            { finish(r.claimed[0], AttemptOutcome::Sent, ReminderState::Sent, kT0 + 10 * kMinute) }, &error));
        const qint64 before = count(u"SELECT COUNT(*) FROM reminders"_s);
        const QString refusal
            = queue().resend(round.orderId, kT0 + 13 * kMinute, u"bob"_s, nullptr).englishText();
        QVERIFY2(refusal.contains(u"3 min"_s) && refusal.contains(u"2 min"_s), qPrintable(refusal));
        QCOMPARE(count(u"SELECT COUNT(*) FROM reminders"_s), before); // nothing changed
        QCOMPARE(queue().resend(round.orderId, kT0 + 15 * kMinute + kSecond, u"bob"_s, nullptr).englishText(),
            QString());
    }

    void lateLimitSkipsWhatWouldGoOutTooLate()
    {
        addOrders(3, kT0, 0);
        // Q0 failed to go at its due time and waits to retry: lateness counts from its first attempt.
        const ClaimReport first = queue().claimDue(kT0 + 10 * kMinute, 1, {});
        AttemptResult retry
            = finish(first.claimed[0], AttemptOutcome::Retrying, ReminderState::RetryWait, kT0);
        retry.nextDueAt = kT0 + 14 * kMinute;
        QString error;
        QVERIFY(queue().recordResults({ retry }, &error));
        QCOMPARE(queue().sendNow(f->onlyReminder(u"Q1"_s).id, kT0 + 12 * kMinute, u"bob"_s).englishText(),
            QString());
        // 15 minutes after the due time with a 5-minute limit: the rounds are skipped, the
        // operator's "send now" is not.
        const ClaimReport r = queue().claimDue(kT0 + 25 * kMinute, 20, {}, false, 5 * kMinute);
        QCOMPARE(r.claimed.size(), 1);
        QCOMPARE(r.claimed[0].order.input.orderNo, u"Q1"_s);
        QCOMPARE(r.skipped.size(), 2);
        for (const ReminderRecord &s : r.skipped)
            QVERIFY2(
                s.reason.contains(u"lateLimit"_s) && s.reason.contains(u"15 min"_s), qPrintable(s.reason));
        // Inside the limit it goes.
        addOrders(1, kT0 + 20 * kMinute, 0, u"L"_s);
        QCOMPARE(queue().claimDue(kT0 + 34 * kMinute, 20, {}, false, 5 * kMinute).claimed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReminderQueue)
#include "tst_reminderqueue.moc"
