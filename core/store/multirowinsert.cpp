#include "store/multirowinsert.h"

#include "store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace paynudge {

MultiRowInsert::MultiRowInsert(const QString &table, const QStringList &columns, QString tail)
    : m_head(u"INSERT INTO %1 (%2) VALUES"_s.arg(table, columns.join(u", "_s)))
    , m_columns(int(columns.size()))
    , m_tail(std::move(tail))
{ }

MultiRowInsert::~MultiRowInsert() = default;

bool MultiRowInsert::execQuery(QSqlQuery &query, QString *error)
{
    return execOrReport(query, error);
}

MultiRowInsert::Tier *MultiRowInsert::statementFor(QSqlDatabase &db, qsizetype remaining, QString *error)
{
    size_t i = 0;
    while (kTierRows[i] > remaining)
        ++i; // the last tier has one row, and remaining is at least one
    std::unique_ptr<Tier> &tier = m_tiers[i];
    if (tier)
        return tier.get();

    QString placeholders = u"("_s;
    for (int c = 0; c < m_columns; ++c)
        placeholders += c == 0 ? u"?"_s : u",?"_s;
    placeholders += u')';
    QString sql = m_head;
    for (int r = 0; r < kTierRows[i]; ++r)
        sql += (r == 0 ? u" "_s : u","_s) + placeholders;
    if (!m_tail.isEmpty())
        sql += u' ' + m_tail;

    auto made = std::make_unique<Tier>();
    made->rows = kTierRows[i];
    made->native = db.driverName() == u"QSQLITE"_s;
    if (made->native) {
        if (!made->statement.prepare(db, sql, error))
            return nullptr;
    } else {
        made->query = std::make_unique<QSqlQuery>(db);
        if (!prepareOrReport(*made->query, sql, error))
            return nullptr;
    }
    tier = std::move(made);
    return tier.get();
}

} // namespace paynudge
