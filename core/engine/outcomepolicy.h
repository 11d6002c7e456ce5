#pragma once

#include "send/sender.h"
#include "store/storetypes.h"

namespace paynudge {

struct RetryPolicy
{
    qint64 dedupeWindowMs = 10 * 60 * 1000; // WeChat drops a repeated client_msg_id within ~10 minutes
    qint64 firstBackoffMs = 1000;
    qint64 maxBackoffMs = 60 * 1000;
};

// Where a reminder goes after an attempt: the whole retry rule in one place.
// - Certainly not delivered (Transient): retried with doubling backoff, capped at maxBackoffMs,
//   for as long as the order is open (the claim settles it when the order closes); time alone
//   never makes it `unknown`.
// - Maybe delivered (OutcomeUnknown): that attempt's start is kept (maybe_sent_at); retries with
//   the same client_msg_id are scheduled only while they land inside the dedupe window from there,
//   past it the reminder is `unknown` for an operator, never a blind resend. A request without a
//   dedupe key (bizsend, subscribe/send) is `unknown` at once.
// - Once an attempt may have been delivered, a later certain failure is bound by that window too.
// - Never handed to WeChat and never to be (NotSentSkipped: held for the payment check until the
//   order closed): skipped, with the sender's reason.
AttemptResult decideOutcome(
    const SendResult &result, const ReminderRecord &reminder, qint64 now, const RetryPolicy &policy = {});

} // namespace paynudge
