#pragma once

#include <QString>
#include <optional>

namespace paynudge {

enum class OrderStatus
{
    Unpaid,
    Paid,
    Closed
};

// See DESIGN.md "Reminder": scheduled → sending → sent | failed | retry_wait → sending …
enum class ReminderState
{
    Scheduled, // waiting for due_at
    Sending, // claimed, a send is in flight
    RetryWait, // a transient failure; due_at is the next attempt
    Sent, // WeChat accepted the message
    DryRun, // rendered and recorded by the dry-run sender, nothing sent
    Failed, // a permanent error for this customer or message
    Cancelled, // the order was paid or closed first
    Skipped, // past close time, quiet-hours policy, or an operator's decision
    Unknown, // may have been delivered and can no longer be retried safely (past the dedupe window of the
             // attempt that may have gone out, or a kind without client_msg_id): an operator decides
};

// What one row of the send history says happened.
enum class AttemptOutcome
{
    InFlight, // request started, no answer yet
    Sent,
    DryRun,
    Failed,
    Retrying, // transient error, another attempt is scheduled
    Deferred, // account paused (quota, configuration): the reminder stays scheduled
    Skipped,
    Cancelled,
    Unknown,
};

// The names the store and the intake API carry ("scheduled", "dry_run", …): renaming one breaks both.
QString wireName(OrderStatus s);
QString wireName(ReminderState s);
QString wireName(AttemptOutcome o);
std::optional<OrderStatus> orderStatusFromString(const QString &s);
std::optional<ReminderState> reminderStateFromString(const QString &s);
std::optional<AttemptOutcome> attemptOutcomeFromString(const QString &s);

bool isFinal(ReminderState s);

} // namespace paynudge
