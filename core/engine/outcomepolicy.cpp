#include "engine/outcomepolicy.h"

#include "common/backoff.h"
#include "common/error.h"

using namespace Qt::StringLiterals;

namespace paynudge {

AttemptResult decideOutcome(
    const SendResult &result, const ReminderRecord &reminder, qint64 now, const RetryPolicy &policy)
{
    AttemptResult a;
    a.reminderId = result.reminderId;
    a.attemptId = result.attemptId;
    a.finishedAt = now;
    a.errcode = result.errcode;
    a.errmsg = result.errmsg;
    a.problem = result.errmsgProblem;
    a.rid = result.rid;
    a.msgid = result.msgid;
    a.latencyMs = result.latencyMs;
    a.detail = result.detail;
    a.variant = result.variant;

    switch (result.status) {
    case SendStatus::Accepted:
        a.outcome = AttemptOutcome::Sent;
        a.nextState = ReminderState::Sent;
        return a;
    case SendStatus::DryRun:
        a.outcome = AttemptOutcome::DryRun;
        a.nextState = ReminderState::DryRun;
        return a;
    case SendStatus::RecipientRejected:
    case SendStatus::MessageRejected:
        a.outcome = AttemptOutcome::Failed;
        a.nextState = ReminderState::Failed;
        a.reason = result.operatorHint.isEmpty() ? result.errmsg : result.operatorHint;
        return a;
    case SendStatus::NotSentSkipped:
        a.outcome = AttemptOutcome::Skipped;
        a.nextState = ReminderState::Skipped;
        a.reason = result.errmsg;
        return a;
    case SendStatus::AccountQuota:
    case SendStatus::AccountConfig:
        // Not this reminder's fault: it waits, due as before, for the account to resume.
        a.outcome = AttemptOutcome::Deferred;
        a.nextState = ReminderState::Scheduled;
        a.reason = result.operatorHint.isEmpty() ? result.errmsg : result.operatorHint;
        if (a.detail.isEmpty())
            a.detail = a.reason;
        return a;
    case SendStatus::Transient:
    case SendStatus::OutcomeUnknown: {
        const bool uncertain = result.status == SendStatus::OutcomeUnknown;
        const QString error = result.errmsg.isEmpty() ? u"no answer"_s : result.errmsg;
        // The claim stamped this attempt's start; the message may have gone out from then on.
        const std::optional<qint64> maybeSentAt = reminder.maybeSentAt
            ? reminder.maybeSentAt
            : (uncertain ? std::optional<qint64>(reminder.lastAttemptAt.value_or(now)) : std::nullopt);
        a.maybeSentAt = maybeSentAt;
        const auto unknown = [&a](const QString &why) {
            a.outcome = AttemptOutcome::Unknown;
            a.nextState = ReminderState::Unknown;
            a.reason = why;
            return a;
        };
        if (uncertain && !result.idempotent)
            return unknown(Error(ErrorCode::HistoryUnknownNoClientMsgId, {}, { error }).englishText());
        const int n = std::max(1, reminder.attempts);
        const qint64 backoff = doublingDelay(policy.firstBackoffMs, policy.maxBackoffMs, n);
        const qint64 next = std::max(now + backoff, result.notBefore.value_or(0));
        if (maybeSentAt && next - *maybeSentAt >= policy.dedupeWindowMs)
            return unknown(Error(ErrorCode::HistoryUnknownPastDedupe, {},
                { QString::number(policy.dedupeWindowMs / 60000), error })
                               .englishText());
        a.outcome = AttemptOutcome::Retrying;
        a.nextState = ReminderState::RetryWait;
        a.nextDueAt = next;
        a.reason
            = (uncertain ? u"no answer, retrying with the same client_msg_id: "_s : u"not sent, retrying: "_s)
            + error;
        return a;
    }
    }
    return a;
}

} // namespace paynudge
