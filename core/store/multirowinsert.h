#pragma once

#include "store/bindvalues.h"
#include "store/nativestatement.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <array>
#include <memory>

namespace paynudge {

// Inserts many rows with few statements: one INSERT ... VALUES (...),(...) carries up to 64
// rows. Each statement run opens and positions a cursor on the table and on every index, which
// at a million rows costs more than the row itself; sharing it between rows nearly doubles bulk
// intake (BENCHMARKS.md). On SQLite the statements are native ones (NativeStatement); on
// PostgreSQL they are Qt Sql queries bound through QueryRowBinder, which takes the same calls.
class MultiRowInsert
{
public:
    // INSERT INTO table (columns) VALUES (...),... tail — tail is what follows the row list
    // (empty, or an ON CONFLICT clause). Each row binds one value per column, in that order.
    MultiRowInsert(const QString &table, const QStringList &columns, QString tail = {});
    ~MultiRowInsert();

    // Writes rows 0 .. count-1; bindRow(binder, row, firstIndex) binds one row's values at
    // firstIndex, firstIndex + 1, ... with binder.bind(index, value) (a generic lambda: the binder
    // is a NativeStatement or a QueryRowBinder). Statements are prepared on first use and kept.
    // *changes (optional) gets how many rows were actually written (ON CONFLICT DO NOTHING
    // leaves some out). Stops at the first failure with the SQLite message in *error.
    template<typename BindRow>
    bool insert(QSqlDatabase &db, qsizetype count, BindRow &&bindRow, qint64 *changes, QString *error)
    {
        qint64 written = 0;
        for (qsizetype row = 0; row < count;) {
            Tier *st = statementFor(db, count - row, error);
            if (!st)
                return false;
            const int rows = st->rows;
            if (st->native) {
                for (int r = 0; r < rows; ++r)
                    bindRow(st->statement, row + r, r * m_columns + 1);
                if (!st->statement.exec(error))
                    return false;
                written += st->statement.changes();
            } else {
                QueryRowBinder binder { *st->query };
                for (int r = 0; r < rows; ++r)
                    bindRow(binder, row + r, r * m_columns + 1);
                if (!execQuery(*st->query, error))
                    return false;
                written += st->query->numRowsAffected();
            }
            row += rows;
        }
        if (changes)
            *changes = written;
        return true;
    }

private:
public:
    // NativeStatement's binding calls on a QSqlQuery (1-based index, a null QString as '').
    struct QueryRowBinder
    {
        QSqlQuery &query;
        void bind(int index, qint64 value) { query.bindValue(index - 1, value); }
        void bind(int index, const QString &text) { query.bindValue(index - 1, paynudge::bind::text(text)); }
        void bind(int index, const std::optional<qint64> &value)
        {
            query.bindValue(index - 1, paynudge::bind::optional(value));
        }
    };

private:
    struct Tier
    {
        int rows = 0;
        bool native = true;
        NativeStatement statement;
        std::unique_ptr<QSqlQuery> query;
    };
    static bool execQuery(QSqlQuery &query, QString *error);
    // The largest statement that fits the remaining rows (64, 16, 4 or 1 of them).
    Tier *statementFor(QSqlDatabase &db, qsizetype remaining, QString *error);

    QString m_head;
    int m_columns;
    QString m_tail;
    static constexpr std::array<int, 4> kTierRows { 64, 16, 4, 1 };
    std::array<std::unique_ptr<Tier>, kTierRows.size()> m_tiers;
};

} // namespace paynudge
