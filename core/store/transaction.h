#pragma once

#include "store/sqlerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace paynudge {

// Rolls back unless commit() succeeded: an early return or an error path can never leave a
// half-written change behind. On SQLite it starts with BEGIN IMMEDIATE so two processes on one file
// (the engine and `paynudge import`, say) queue for the write lock instead of failing mid-transaction;
// PostgreSQL locks rows as they are written and needs only BEGIN.
// A failed BEGIN or COMMIT keeps SQLite's reason in error(): the connection's own lastError()
// stays empty for statements run through QSqlQuery.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_active(run(db.driverName() == QLatin1String("QPSQL") ? "BEGIN" : "BEGIN IMMEDIATE"))
    { }
    ~Transaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = !run("COMMIT");
        return !m_active;
    }
    // Why BEGIN or COMMIT failed, in SQLite's words; empty while neither did.
    QString error() const { return m_error; }

private:
    bool run(const char *sql)
    {
        QSqlQuery q(m_db);
        if (q.exec(QString::fromLatin1(sql)))
            return true;
        m_error = sqliteReason(q.driver(), q.lastError());
        return false;
    }

    QSqlDatabase &m_db;
    QString m_error;
    bool m_active;
};

} // namespace paynudge
