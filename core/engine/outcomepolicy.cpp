#include "outcomepolicy.h"

using namespace Qt::StringLiterals;

namespace paynudge {

AttemptResult decideOutcome(const SendResult &result, const ReminderRecord &reminder, qint64 now,
                            const RetryPolicy &policy)
{
    AttemptResult a;
    a.reminderId = result.reminderId;
    a.attemptId = result.attemptId;
    a.finishedAt = now;
    a.errcode = result.errcode;
    a.errmsg = result.errmsg;
    a.rid = result.rid;
    a.msgid = result.msgid;
    a.latencyMs = result.latencyMs;
    a.detail = result.detail;

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
        const int n = std::max(1, reminder.attempts);
        const qint64 backoff = std::min(policy.maxBackoffMs, policy.firstBackoffMs << std::min(n - 1, 20));
        const qint64 next = std::max(now + backoff, result.notBefore.value_or(0));
        const qint64 first = reminder.firstAttemptAt.value_or(now);
        if (next - first < policy.dedupeWindowMs) {
            a.outcome = AttemptOutcome::Retrying;
            a.nextState = ReminderState::RetryWait;
            a.nextDueAt = next;
            a.reason = u"retrying after: "_s + (result.errmsg.isEmpty() ? u"no answer"_s : result.errmsg);
        } else {
            a.outcome = AttemptOutcome::Unknown;
            a.nextState = ReminderState::Unknown;
            a.reason = u"no confirmed send within the 10-minute dedupe window; last error: "_s
                + (result.errmsg.isEmpty() ? u"no answer"_s : result.errmsg);
        }
        return a;
    }
    }
    return a;
}

} // namespace paynudge
