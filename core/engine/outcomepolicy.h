#pragma once

#include "send/sender.h"
#include "store/reminderqueue.h"

namespace paynudge {

struct RetryPolicy
{
    qint64 dedupeWindowMs = 10 * 60 * 1000; // WeChat drops a repeated client_msg_id within ~10 minutes
    qint64 firstBackoffMs = 1000;
    qint64 maxBackoffMs = 60 * 1000;
};

// Where a reminder goes after an attempt: the whole retry rule in one place. A retry is only
// ever scheduled while its attempt would still land inside the dedupe window measured from the
// first attempt; past that the outcome is `unknown` for an operator, never a blind resend.
AttemptResult decideOutcome(const SendResult &result, const ReminderRecord &reminder, qint64 now,
                            const RetryPolicy &policy = {});

} // namespace paynudge
