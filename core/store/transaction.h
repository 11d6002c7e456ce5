#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

namespace paynudge {

// Rolls back unless commit() succeeded: an early return or an error path can never leave a
// half-written change behind. Starts with BEGIN IMMEDIATE so two processes on one file (the
// engine and `paynudge import`, say) queue for the write lock instead of failing mid-transaction.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_active(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")))
    {
    }
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
        m_active = !QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
        return !m_active;
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

} // namespace paynudge
