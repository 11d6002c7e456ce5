#include "store/storecopier.h"

#include "store/changenotice.h"
#include "store/sqlerror.h"
#include "store/transaction.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStoreCopy, "paynudge.core.store.copy")

namespace paynudge {
namespace {

// About 50,000 values per statement (2,600 reminders): 100,000 orders with their reminders and
// history (425,018 rows) took 15.0 s with 8,000 and 9.8-13.8 s with 50,000 on a busy 2-core machine;
// as a VALUES list with 8,000 bound values per statement they took 18.5 s, most of it PostgreSQL
// parsing the list.
constexpr int kDefaultValuesPerStatement = 50'000;

// The copy waits this long for an engine's write on the target to finish before it gives up.
constexpr auto kLockTimeout = "SET LOCAL lock_timeout = '30s'";

QStringList columnsOf(QSqlDatabase &sqlite, const QString &table, QString *why)
{
    QSqlQuery q(sqlite);
    q.prepare(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s);
    q.addBindValue(table);
    QStringList columns;
    if (!execOrReport(q, why))
        return {};
    while (q.next())
        columns << q.value(0).toString();
    if (columns.isEmpty())
        *why = u"the table %1 is missing"_s.arg(table);
    return columns;
}

// The source's count: a table name is one of copiedTables(), never input.
qint64 countRows(QSqlDatabase &db, const QString &table, QString *why)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next()) {
        *why = sqliteReason(q.driver(), q.lastError());
        return -1;
    }
    return q.value(0).toLongLong();
}

// The server's words and SQLSTATE (sqliteReason() reads PostgreSQL's errors as such).
QString pgReason(const QSqlQuery &q)
{
    return sqliteReason(q.driver(), q.lastError());
}

bool run(QSqlQuery &q, QString *why)
{
    if (q.exec())
        return true;
    *why = pgReason(q);
    return false;
}

bool run(QSqlQuery &q, const QString &sql, QString *why)
{
    if (q.exec(sql))
        return true;
    *why = pgReason(q);
    return false;
}

// One element of a PostgreSQL array literal: NULL, a number, or a quoted text with \ and " escaped.
void appendElement(QString &out, const QVariant &v)
{
    if (v.isNull()) {
        out += u"NULL"_s;
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QString::number(v.toLongLong());
        return;
    case QMetaType::Double:
        out += QString::number(v.toDouble(), 'g', 17);
        return;
    default:
        break;
    }
    const QString text = v.toString();
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
}

// INSERT INTO table (columns) SELECT * FROM unnest(?::bigint[], ?::text[], …): each column's values
// of a batch are bound as one array. PostgreSQL reads an array far faster than it parses a
// VALUES list of the same values (which cost it most of the copy's time), and the statement has
// one parameter per column however many rows it carries.
class BatchInsert
{
public:
    explicit BatchInsert(QSqlDatabase &db)
        : m_query(db)
    { }

    // The columns' types come from the target's catalog.
    bool prepare(QSqlDatabase &db, const QString &table, const QStringList &columns, QString *why)
    {
        QSqlQuery types(db);
        types.prepare(u"SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                      u"WHERE attrelid = CAST(? AS regclass) AND attnum > 0 AND NOT attisdropped"_s);
        types.addBindValue(table);
        if (!run(types, why))
            return false;
        QHash<QString, QString> typeOf;
        while (types.next())
            typeOf.insert(types.value(0).toString(), types.value(1).toString());
        QStringList arrays;
        for (const QString &column : columns) {
            const QString type = typeOf.value(column);
            if (type.isEmpty()) {
                *why = u"the target's table %1 has no column %2"_s.arg(table, column);
                return false;
            }
            arrays << u"CAST(? AS %1[])"_s.arg(type);
        }
        m_columns = int(columns.size());
        if (m_query.prepare(u"INSERT INTO %1 (%2) SELECT * FROM unnest(%3)"_s.arg(
                table, columns.join(u", "_s), arrays.join(u", "_s))))
            return true;
        *why = pgReason(m_query);
        return false;
    }

    // values: rows × columns, row by row.
    bool insert(const QVariantList &values, QString *why)
    {
        const qsizetype rows = values.size() / m_columns;
        for (int c = 0; c < m_columns; ++c) {
            QString array = u"{"_s;
            for (qsizetype r = 0; r < rows; ++r) {
                if (r > 0)
                    array += u',';
                appendElement(array, values.at(r * m_columns + c));
            }
            array += u'}';
            m_query.bindValue(c, array);
        }
        return run(m_query, why);
    }

private:
    QSqlQuery m_query;
    int m_columns = 0;
};

} // namespace

const QStringList &StoreCopier::copiedTables()
{
    static const QStringList tables { u"orders"_s, u"reminders"_s, u"send_attempts"_s, u"account_state"_s,
        u"early_events"_s, u"template_catalog"_s, u"cursors"_s, u"optouts"_s, u"audit_log"_s };
    return tables;
}

const QStringList &StoreCopier::tablesLeftOut()
{
    static const QStringList tables { u"meta"_s, u"engines"_s };
    return tables;
}

bool StoreCopier::copy(
    Database &source, Database &target, const ProgressFn &progress, Report *report, Error *error)
{
    const QString sourceName = m_sourceName.isEmpty() ? source.path() : m_sourceName;
    const auto sourceFailed = [&](const QString &why) {
        *error = Error(ErrorCode::StoreCopySourceUnreadable, {}, { sourceName, why });
        return false;
    };
    const auto targetFailed = [&](const QString &why) {
        *error = Error(ErrorCode::StoreCopyFailed, {}, { target.path(), why });
        return false;
    };
    if (target.dialect() != SqlDialect::Postgres)
        return targetFailed(u"the target is not a PostgreSQL store"_s);

    // What there is to copy, read before anything is written, for the percentages.
    QList<TableCount> counts;
    qint64 allRows = 0;
    QString why;
    for (const QString &table : copiedTables()) {
        const qint64 n = countRows(source.db(), table, &why);
        if (n < 0)
            return sourceFailed(why);
        counts.append({ table, n });
        allRows += n;
    }

    QElapsedTimer timer;
    timer.start();
    QSqlDatabase &pg = target.db();
    // Prepared statements outlive the transaction: a failed one is rolled back before they are
    // deallocated (PostgreSQL refuses that inside an aborted transaction).
    struct Statements
    {
        explicit Statements(QSqlDatabase &db)
            : setval(db)
            , notify(db)
        { }
        std::map<QString, std::unique_ptr<BatchInsert>> inserts;
        QSqlQuery setval;
        QSqlQuery notify;
    } statements(pg);
    Transaction tx(pg);
    if (!tx.isActive())
        return targetFailed(tx.error());
    QSqlQuery q(pg);
    // Engines already running on the target wait until the copy commits, so no order of theirs
    // takes an id the copy is about to write; they may still read (and find nothing yet).
    if (!run(q, QString::fromLatin1(kLockTimeout), &why)
        || !run(q, u"LOCK TABLE "_s + copiedTables().join(u", "_s) + u" IN SHARE ROW EXCLUSIVE MODE"_s, &why))
        return targetFailed(why);
    for (const QString &table : copiedTables()) {
        if (!run(q, u"SELECT EXISTS (SELECT 1 FROM "_s + table + u')', &why) || !q.next())
            return targetFailed(why);
        if (q.value(0).toBool()) {
            *error = table == u"orders"
                ? Error(ErrorCode::StoreCopyTargetNotEmpty, {}, { target.path() })
                : Error(ErrorCode::StoreCopyTargetHoldsRows, {}, { target.path(), table });
            return false;
        }
    }

    qint64 allCopied = 0;
    int lastPercent = -1;
    const auto tell = [&](const QString &table, qint64 copied, qint64 total, bool always) {
        const int percent = allRows == 0 ? 100 : int(allCopied * 100 / allRows);
        if (progress && (always || percent != lastPercent))
            progress({ table, copied, total, percent });
        lastPercent = percent;
    };
    const int valuesPerStatement
        = m_valuesPerStatement > 0 ? m_valuesPerStatement : kDefaultValuesPerStatement;
    for (const TableCount &count : std::as_const(counts)) {
        const QString &table = count.table;
        const QStringList columns = columnsOf(source.db(), table, &why);
        if (columns.isEmpty())
            return sourceFailed(why);
        tell(table, 0, count.rows, true);
        const int rowsPerStatement = std::max(1, valuesPerStatement / int(columns.size()));
        BatchInsert &insert = *(statements.inserts[table] = std::make_unique<BatchInsert>(pg));
        if (!insert.prepare(pg, table, columns, &why))
            return targetFailed(why);
        QSqlQuery read(source.db());
        read.setForwardOnly(true);
        // rowid order: for the tables with an id that is the id, so the target's heap follows it.
        if (!read.exec(u"SELECT %1 FROM %2 ORDER BY rowid"_s.arg(columns.join(u", "_s), table)))
            return sourceFailed(sqliteReason(read.driver(), read.lastError()));
        QVariantList values;
        values.reserve(rowsPerStatement * columns.size());
        qint64 copied = 0;
        const auto flush = [&] {
            if (!insert.insert(values, &why))
                return false;
            const qint64 rows = values.size() / columns.size();
            copied += rows;
            allCopied += rows;
            values.clear();
            tell(table, copied, count.rows, false);
            return true;
        };
        while (read.next()) {
            for (int c = 0; c < int(columns.size()); ++c)
                values.append(read.value(c));
            if (values.size() == qsizetype(rowsPerStatement) * columns.size() && !flush())
                return targetFailed(why);
        }
        if (read.lastError().isValid())
            return sourceFailed(sqliteReason(read.driver(), read.lastError()));
        if (!values.isEmpty() && !flush())
            return targetFailed(why);
        if (copied != count.rows) // another process wrote to the source meanwhile: not one version
            return sourceFailed(
                u"%1 held %2 rows when counted and %3 when read"_s.arg(table).arg(count.rows).arg(copied));
        tell(table, copied, count.rows, true);
    }

    // The next id the target hands out comes after the copied ones. Last, after every row is in:
    // setval is not undone by a rollback.
    for (const TableCount &count : std::as_const(counts)) {
        if (!columnsOf(source.db(), count.table, &why).contains(u"id"_s))
            continue;
        QSqlQuery &setval = statements.setval;
        setval.prepare(u"SELECT setval(pg_get_serial_sequence(?, 'id'), m) FROM (SELECT max(id) AS m FROM "_s
            + count.table + u") AS copied WHERE m IS NOT NULL"_s);
        setval.addBindValue(count.table);
        if (!run(setval, &why))
            return targetFailed(why);
    }

    // A reminder left 'sending' by an engine that stopped mid-send keeps its claim's lease, long run
    // out: the engines on the shared store take it over as crash recovery would settle it. A claim
    // made before leases existed (schema 8 and older) has none, and would never be taken over.
    if (!run(q, u"UPDATE reminders SET lease_until = 0 WHERE state = 'sending' AND lease_until IS NULL"_s,
            &why))
        return targetFailed(why);

    // Delivered at commit: every engine and console on the target reads its lists again.
    for (const ChangeNotice::Kind kind : { ChangeNotice::Kind::Orders, ChangeNotice::Kind::Accounts }) {
        QSqlQuery &notify = statements.notify;
        notify.prepare(u"SELECT pg_notify(?, ?)"_s);
        notify.addBindValue(Database::changeChannel());
        notify.addBindValue(ChangeNotice { kind, target.options().instance, {} }.encode());
        if (!run(notify, &why))
            return targetFailed(why);
    }
    if (!tx.commit())
        return targetFailed(tx.error());
    qCInfo(lcStoreCopy).noquote() << "copied" << allRows << "rows from" << sourceName << "into"
                                  << target.path() << "in" << timer.elapsed() << "ms";
    if (report) {
        report->tables = counts;
        report->rows = allRows;
    }
    return true;
}

} // namespace paynudge
