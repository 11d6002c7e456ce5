#pragma once

#include "common/error.h"
#include "store/database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace paynudge {

// Copies every row of a SQLite store into an empty PostgreSQL store (`paynudge store-copy`): in one
// transaction, so the target ends with all of it or, on any failure, as empty as it was; with the
// ids kept (history and reminders point at them) and the identity sequences set past them, so
// the next order gets a fresh id. Values are bound: each column's values of a few thousand rows as
// one array parameter of an INSERT … SELECT FROM unnest(…).
class StoreCopier
{
public:
    struct Progress
    {
        QString table;
        qint64 copied = 0; // rows of `table` so far
        qint64 total = 0; // rows of `table` in the source
        int percent = 0; // of all rows of all tables
    };
    using ProgressFn = std::function<void(const Progress &)>;

    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    struct Report
    {
        QList<TableCount> tables; // in copy order
        qint64 rows = 0;
    };

    // The tables copied, in the order their references need (a reminder after its order, an
    // attempt after its reminder).
    static const QStringList &copiedTables();
    // The tables of the schema that are not: meta (each store has its own schema version) and
    // engines (who runs on the new store is the new store's).
    static const QStringList &tablesLeftOut();

    // Rows per INSERT statement: as many as make at most this many values (0: the default).
    void setValuesPerStatement(int values) { m_valuesPerStatement = values; }
    // How errors name the source (the file the user named, not the snapshot read); default its path.
    void setSourceName(const QString &name) { m_sourceName = name; }

    // `source` a SQLite store, `target` a PostgreSQL one, both at the current schema (Database
    // migrated them). A target holding rows in any copied table is refused
    // (StoreCopyTargetNotEmpty, StoreCopyTargetHoldsRows) with nothing changed. `progress` is
    // called as each table starts and ends and whenever the percentage of all rows moves.
    // Notifies Database::changeChannel() at commit, so engines and consoles on the target see the rows.
    bool copy(Database &source, Database &target, const ProgressFn &progress, Report *report, Error *error);

private:
    int m_valuesPerStatement = 0;
    QString m_sourceName;
};

} // namespace paynudge
