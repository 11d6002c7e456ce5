#pragma once

#include <QSet>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace paynudge {

// The figures the engine's status shows, read without writing: how many orders await payment,
// when the next reminder is due, how many reminders wait for an operator's decision.
struct StatusQuery
{
    // Unpaid orders before their close time; -1 if the store cannot be read.
    static qint64 pendingCount(QSqlDatabase &db, qint64 now);
    // The earliest due time of a scheduled or retrying reminder of an account not in `paused`.
    static std::optional<qint64> nextDueAt(QSqlDatabase &db, const QSet<QString> &pausedAccounts);
    // Reminders whose outcome is unknown (state `unknown`).
    static qint64 unknownCount(QSqlDatabase &db);
};

} // namespace paynudge
