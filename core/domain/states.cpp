#include "domain/states.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// The strings are what the store and the intake API carry: renaming one breaks both.
template<typename E, size_t N> QString nameOf(const std::array<std::pair<E, QStringView>, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return name.toString();
    return {};
}

template<typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, QStringView>, N> &table, const QString &name)
{
    for (const auto &[e, n] : table)
        if (n == name)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<OrderStatus, QStringView>, 3> kOrderStatus { {
    { OrderStatus::Unpaid, u"unpaid" },
    { OrderStatus::Paid, u"paid" },
    { OrderStatus::Closed, u"closed" },
} };

constexpr std::array<std::pair<ReminderState, QStringView>, 9> kReminderState { {
    { ReminderState::Scheduled, u"scheduled" },
    { ReminderState::Sending, u"sending" },
    { ReminderState::RetryWait, u"retry_wait" },
    { ReminderState::Sent, u"sent" },
    { ReminderState::DryRun, u"dry_run" },
    { ReminderState::Failed, u"failed" },
    { ReminderState::Cancelled, u"cancelled" },
    { ReminderState::Skipped, u"skipped" },
    { ReminderState::Unknown, u"unknown" },
} };

constexpr std::array<std::pair<AttemptOutcome, QStringView>, 9> kAttemptOutcome { {
    { AttemptOutcome::InFlight, u"in_flight" },
    { AttemptOutcome::Sent, u"sent" },
    { AttemptOutcome::DryRun, u"dry_run" },
    { AttemptOutcome::Failed, u"failed" },
    { AttemptOutcome::Retrying, u"retrying" },
    { AttemptOutcome::Deferred, u"deferred" },
    { AttemptOutcome::Skipped, u"skipped" },
    { AttemptOutcome::Cancelled, u"cancelled" },
    { AttemptOutcome::Unknown, u"unknown" },
} };

} // namespace

QString wireName(OrderStatus s)
{
    return nameOf(kOrderStatus, s);
}
QString wireName(ReminderState s)
{
    return nameOf(kReminderState, s);
}
QString wireName(AttemptOutcome o)
{
    return nameOf(kAttemptOutcome, o);
}
std::optional<OrderStatus> orderStatusFromString(const QString &s)
{
    return valueOf(kOrderStatus, s);
}
std::optional<ReminderState> reminderStateFromString(const QString &s)
{
    return valueOf(kReminderState, s);
}
std::optional<AttemptOutcome> attemptOutcomeFromString(const QString &s)
{
    return valueOf(kAttemptOutcome, s);
}

bool isFinal(ReminderState s)
{
    switch (s) {
    case ReminderState::Scheduled:
    case ReminderState::Sending:
    case ReminderState::RetryWait:
        return false;
    default:
        return true;
    }
}

} // namespace paynudge
