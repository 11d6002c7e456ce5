#pragma once

#include "domain/states.h"
#include "engine/health.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace paynudge {

// How the console words the core's values: states, outcomes, times and countdowns. Every
// word goes through tr() so the Chinese and English translations cover it.
class ConsoleText
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleText)
public:
    static QString state(ReminderState state);
    static QString outcome(AttemptOutcome outcome);
    // "09:55" under an hour, "1:59:55" beyond; "due" at or past zero.
    static QString countdown(qint64 ms);
    // "10:04:05" today, "03-01 10:04" this year, "2025-12-31 10:04" before.
    static QString time(qint64 ms, qint64 now, const QTimeZone &zone);
    // An unpaid order past its close time reads "auto-closed" (the sweep closes it soon after).
    static QString orderStatus(OrderStatus status, qint64 closeAt, qint64 now);
    // Money as the console shows it everywhere, with the locale's separators: "¥3,541.73".
    // Always with the date, for a list whose rows span days (the history): "12-04 20:47:16",
    // with the year when it is not this one.
    static QString dateTime(qint64 ms, qint64 now, const QTimeZone &zone);
    static QString amount(qint64 fen);
    static QString latency(qint64 ms);
    // Why reminders cannot go out, for the banner and the tray: "Degraded: WeChat cannot be reached
    // since 10:04:05 — …". `since` in the shop's zone.
    static QString healthReason(const HealthReason &reason, qint64 now, const QTimeZone &zone);
    // The same in two or three words, for the status bar: "disk full", "WeChat unreachable".
    static QString healthLabel(HealthReason::Kind kind);
    // What the banner, the status bar and the tray say while no account is connected to WeChat.
    static QString dryRunOnly();
};

} // namespace paynudge
