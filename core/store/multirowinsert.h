#pragma once

#include "store/nativestatement.h"

#include <QString>
#include <QStringList>
#include <array>
#include <memory>

namespace paynudge {

// Inserts many rows with few statements: one INSERT ... VALUES (...),(...) carries up to 64
// rows. Each statement run opens and positions a cursor on the table and on every index, which
// at a million rows costs more than the row itself; sharing it between rows nearly doubles bulk
// intake (BENCHMARKS.md).
class MultiRowInsert
{
public:
    // INSERT INTO table (columns) VALUES (...),... tail — tail is what follows the row list
    // (empty, or an ON CONFLICT clause). Each row binds one value per column, in that order.
    MultiRowInsert(const QString &table, const QStringList &columns, QString tail = {});
    ~MultiRowInsert();

    // Writes rows 0 .. count-1; bindRow(statement, row, firstIndex) binds one row's values at
    // firstIndex, firstIndex + 1, ... Statements are prepared on first use and kept.
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
            for (int r = 0; r < rows; ++r)
                bindRow(st->statement, row + r, r * m_columns + 1);
            if (!st->statement.exec(error))
                return false;
            written += st->statement.changes();
            row += rows;
        }
        if (changes)
            *changes = written;
        return true;
    }

private:
    struct Tier
    {
        int rows = 0;
        NativeStatement statement;
    };
    // The largest statement that fits the remaining rows (64, 16, 4 or 1 of them).
    Tier *statementFor(QSqlDatabase &db, qsizetype remaining, QString *error);

    QString m_head;
    int m_columns;
    QString m_tail;
    static constexpr std::array<int, 4> kTierRows { 64, 16, 4, 1 };
    std::array<std::unique_ptr<Tier>, kTierRows.size()> m_tiers;
};

} // namespace paynudge
