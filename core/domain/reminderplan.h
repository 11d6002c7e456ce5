#pragma once

#include "common/error.h"
#include "domain/states.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <optional>

namespace paynudge {

// A daily window (local time of the shop) in which no reminder is sent.
struct QuietHours
{
    QTime start;
    QTime end; // may be earlier than start: the window runs over midnight

    // If `atMs` falls inside the window, the end of that window; otherwise nothing.
    std::optional<qint64> endIfInside(qint64 atMs, const QTimeZone &zone) const;

    static std::optional<QuietHours> parse(const QString &text); // "22:00-08:00"
    QString toString() const;
};

enum class QuietPolicy
{
    Defer,
    Skip
};

struct PlannedReminder
{
    int round = 0;
    qint64 dueAt = 0;
    ReminderState state = ReminderState::Scheduled; // Scheduled or Skipped
    QString reason; // why it was skipped (English, as the store keeps it)
    Error problem; // the same as a code: the history's reason_code, "which rule skipped it"
};

// When each reminder of an order is due, from [reminder] in the config.
struct ReminderPlan
{
    // Rounds after the order is placed, ascending (rounds 1…n), then rounds before it closes
    // ("close-1800"), the farthest from the close first (rounds n+1…): `rounds=600, close-1800`.
    QList<qint64> roundOffsetsSec { 600 };
    QList<qint64> closeRoundsSec;
    qint64 closeAfterSec = 7200;
    std::optional<QuietHours> quietHours;
    QuietPolicy quietPolicy = QuietPolicy::Defer;
    QTimeZone zone = QTimeZone::systemTimeZone();

    int roundCount() const { return int(roundOffsetsSec.size() + closeRoundsSec.size()); }

    qint64 effectiveCloseAt(qint64 placedAt, std::optional<qint64> closeAt) const;
    QList<PlannedReminder> plan(qint64 placedAt, qint64 closeAt) const;
    // The time a reminder due at `dueAt` may go out: later if it falls in quiet hours.
    // Nothing if the quiet-hours policy skips it.
    std::optional<qint64> sendableAt(qint64 dueAt) const;
    // Whether `atMs` falls in quiet hours.
    bool quietAt(qint64 atMs) const { return quietHours && quietHours->endIfInside(atMs, zone).has_value(); }
};

// The plan each account's orders are planned with: the accounts' own (their quiet hours), and
// [reminder]'s for an account not listed. Converts from one plan, so a caller with a single plan
// (a test, a tool) passes it as before. The sweeper also reads which accounts are listed: one not
// listed follows `fallback`.
struct AccountPlans
{
    AccountPlans(const ReminderPlan &plan = {}) // NOLINT(google-explicit-constructor): on purpose
        : fallback(plan)
    { }

    ReminderPlan fallback;
    QHash<QString, ReminderPlan> own; // account key → its plan

    const ReminderPlan &of(const QString &account) const
    {
        const auto it = own.constFind(account);
        return it == own.cend() ? fallback : *it;
    }
};

namespace skipReason {
inline constexpr char16_t PastClose[] = u"order closes before the reminder is due";
inline constexpr char16_t QuietHoursSkip[] = u"due in quiet hours (policy: skip)";
inline constexpr char16_t QuietHoursPastClose[] = u"quiet hours last until after the order closes";
} // namespace skipReason

} // namespace paynudge
