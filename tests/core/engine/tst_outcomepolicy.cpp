#include "engine/outcomepolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

class TestOutcomePolicy : public QObject
{
    Q_OBJECT

    static constexpr qint64 kNow = 1'000'000'000;

    // A reminder as the claim hands it over: this attempt started at `attemptAt`.
    static ReminderRecord claimed(
        int attempts, qint64 attemptAt, std::optional<qint64> maybeSentAt = std::nullopt)
    {
        ReminderRecord r;
        r.id = 7;
        r.attempts = attempts;
        r.firstAttemptAt = attemptAt;
        r.lastAttemptAt = attemptAt;
        r.maybeSentAt = maybeSentAt;
        return r;
    }

    static SendResult result(SendStatus status)
    {
        SendResult s;
        s.reminderId = 7;
        s.attemptId = 70;
        s.status = status;
        s.errmsg = u"boom"_s;
        return s;
    }

private slots:
    void finalOutcomes_data()
    {
        QTest::addColumn<SendStatus>("status");
        QTest::addColumn<AttemptOutcome>("outcome");
        QTest::addColumn<ReminderState>("state");
        QTest::newRow("accepted") << SendStatus::Accepted << AttemptOutcome::Sent << ReminderState::Sent;
        QTest::newRow("dry run") << SendStatus::DryRun << AttemptOutcome::DryRun << ReminderState::DryRun;
        QTest::newRow("recipient") << SendStatus::RecipientRejected << AttemptOutcome::Failed
                                   << ReminderState::Failed;
        QTest::newRow("message") << SendStatus::MessageRejected << AttemptOutcome::Failed
                                 << ReminderState::Failed;
        // The account's problem, not the reminder's: it stays scheduled for when the account resumes.
        QTest::newRow("quota") << SendStatus::AccountQuota << AttemptOutcome::Deferred
                               << ReminderState::Scheduled;
        QTest::newRow("config") << SendStatus::AccountConfig << AttemptOutcome::Deferred
                                << ReminderState::Scheduled;
        // Held for the payment check until its order closed: never sent, never to be.
        QTest::newRow("not sent, skipped")
            << SendStatus::NotSentSkipped << AttemptOutcome::Skipped << ReminderState::Skipped;
    }

    void skippedUnsentKeepsItsReason()
    {
        SendResult s = result(SendStatus::NotSentSkipped);
        s.errmsgProblem = Error(ErrorCode::HistoryClosedWhileHeld);
        s.errmsg = s.errmsgProblem.englishText();
        const AttemptResult a = decideOutcome(s, claimed(1, kNow - 1000), kNow);
        QCOMPARE(a.reason, s.errmsg);
        QCOMPARE(a.problem.code, ErrorCode::HistoryClosedWhileHeld);
        QVERIFY(!a.nextDueAt);
        QVERIFY(!a.maybeSentAt);
    }

    void finalOutcomes()
    {
        QFETCH(SendStatus, status);
        QFETCH(AttemptOutcome, outcome);
        QFETCH(ReminderState, state);
        const AttemptResult a = decideOutcome(result(status), claimed(1, kNow), kNow);
        QCOMPARE(a.outcome, outcome);
        QCOMPARE(a.nextState, state);
        QCOMPARE(a.reminderId, 7);
        QCOMPARE(a.attemptId, 70);
        QVERIFY(!a.nextDueAt);
    }

    void transientBacksOffExponentially()
    {
        for (int attempts = 1; attempts <= 4; ++attempts) {
            const AttemptResult a
                = decideOutcome(result(SendStatus::Transient), claimed(attempts, kNow), kNow);
            QCOMPARE(a.outcome, AttemptOutcome::Retrying);
            QCOMPARE(a.nextState, ReminderState::RetryWait);
            QCOMPARE(*a.nextDueAt, kNow + (1000LL << (attempts - 1)));
        }
        const AttemptResult capped = decideOutcome(result(SendStatus::Transient), claimed(30, kNow), kNow);
        QCOMPARE(*capped.nextDueAt, kNow + 60'000);
    }

    void notBeforeIsHonoured()
    {
        SendResult s = result(SendStatus::Transient);
        s.notBefore = kNow + 45'000; // 45011: wait for the next minute
        QCOMPARE(*decideOutcome(s, claimed(1, kNow), kNow).nextDueAt, kNow + 45'000);
    }

    void notSentIsRetriedForAsLongAsItTakes()
    {
        // Offline since the first attempt two hours ago: nothing was delivered, so it stays scheduled.
        ReminderRecord r = claimed(120, kNow);
        r.firstAttemptAt = kNow - 2 * 3600 * 1000LL;
        const AttemptResult a = decideOutcome(result(SendStatus::Transient), r, kNow);
        QCOMPARE(a.outcome, AttemptOutcome::Retrying);
        QCOMPARE(a.nextState, ReminderState::RetryWait);
        QCOMPARE(*a.nextDueAt, kNow + 60'000); // the capped backoff
        QVERIFY(!a.maybeSentAt); // a certain "not sent" opens no window
        QVERIFY(a.reason.contains(u"not sent"_s));
    }

    void uncertainRetriesOnlyInsideTheDedupeWindow()
    {
        // The first uncertain attempt is the window's start, and it is recorded.
        const AttemptResult first
            = decideOutcome(result(SendStatus::OutcomeUnknown), claimed(3, kNow - 500), kNow);
        QCOMPARE(first.nextState, ReminderState::RetryWait);
        QCOMPARE(first.maybeSentAt, kNow - 500);
        // That attempt 9 min 58 s ago: a retry in 1 s still lands inside the 10-minute window.
        const qint64 since = kNow - (10 * 60'000 - 2'000);
        QCOMPARE(decideOutcome(result(SendStatus::OutcomeUnknown), claimed(1, kNow, since), kNow).nextState,
            ReminderState::RetryWait);
        // 4 s later the next retry would land outside it: unknown, for an operator.
        const AttemptResult late
            = decideOutcome(result(SendStatus::OutcomeUnknown), claimed(1, kNow, since), kNow + 4'000);
        QCOMPARE(late.nextState, ReminderState::Unknown);
        QCOMPARE(late.outcome, AttemptOutcome::Unknown);
        QCOMPARE(late.maybeSentAt, since);
        QVERIFY(late.reason.contains(u"boom"_s));
    }

    void notSentAfterAMaybeDeliveredOneIsBoundByItsWindow()
    {
        const qint64 since = kNow - 5 * 60'000;
        // Inside the window a certain failure retries with the same id...
        const AttemptResult inside
            = decideOutcome(result(SendStatus::Transient), claimed(4, kNow, since), kNow);
        QCOMPARE(inside.nextState, ReminderState::RetryWait);
        QCOMPARE(inside.maybeSentAt, since);
        // ...past it a resend could be a second message: unknown, never a blind resend.
        const AttemptResult past
            = decideOutcome(result(SendStatus::Transient), claimed(4, kNow, since), kNow + 5 * 60'000);
        QCOMPARE(past.nextState, ReminderState::Unknown);
        QCOMPARE(past.outcome, AttemptOutcome::Unknown);
    }

    void uncertainWithoutDedupeKeyIsUnknownAtOnce()
    {
        SendResult s = result(SendStatus::OutcomeUnknown);
        s.idempotent = false; // bizsend, subscribe/send: WeChat cannot drop a repeat
        const AttemptResult a = decideOutcome(s, claimed(1, kNow), kNow);
        QCOMPARE(a.nextState, ReminderState::Unknown);
        QCOMPARE(a.outcome, AttemptOutcome::Unknown);
        QVERIFY(!a.nextDueAt);
        QVERIFY(a.reason.contains(u"client_msg_id"_s));
        // A certain failure of such a kind is retried like any other.
        s.status = SendStatus::Transient;
        QCOMPARE(decideOutcome(s, claimed(1, kNow), kNow).nextState, ReminderState::RetryWait);
    }

    // The history row keeps the code of what the sender said beside its English.
    void theRowKeepsTheCodeOfItsMessage()
    {
        SendResult s = result(SendStatus::MessageRejected);
        s.errmsgProblem
            = Error(ErrorCode::NotSent).because(Error(ErrorCode::RenderAmountEmpty, u"amount3"_s));
        s.errmsg = s.errmsgProblem.englishText();
        const AttemptResult a = decideOutcome(s, claimed(1, kNow), kNow);
        QVERIFY(a.problem.is(ErrorCode::NotSent));
        QCOMPARE(a.errmsg, a.problem.englishText());
    }
};

QTEST_APPLESS_MAIN(TestOutcomePolicy)
#include "tst_outcomepolicy.moc"
