#pragma once

#include "domain/states.h"

#include <QSet>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace paynudge {

// The figures the engine's status shows, read without writing on any connection to a store: the
// store's own (OrderStore, ReminderQueue) and the read service's read-only ones, which must not
// construct the store's classes (they migrate). One SQL for both.
struct StatusQuery
{
    // Unpaid orders before their close time; -1 if the store cannot be read.
    static qint64 pendingCount(QSqlDatabase &db, qint64 now);
    // The earliest due time of a scheduled or retrying reminder of an account not in `paused`.
    static std::optional<qint64> nextDueAt(QSqlDatabase &db, const QSet<QString> &pausedAccounts);
    // Reminders in `state`; 0 if the store cannot be read.
    static qint64 countInState(QSqlDatabase &db, ReminderState state);
    // Reminders whose outcome is unknown (state `unknown`).
    static qint64 unknownCount(QSqlDatabase &db) { return countInState(db, ReminderState::Unknown); }
};

} // namespace paynudge
