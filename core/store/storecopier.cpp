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

// About 8,000 values per statement (500 orders, 400 reminders): 100,000 orders with their reminders
// and history took 21.8 s with 1,000, 18.5 s with 8,000 and 33 s with 30,000 (a busy 2-core
// machine); it stays far below PostgreSQL's 65,535 parameters should the driver bind them natively.
constexpr int kDefaultValuesPerStatement = 8000;

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

// PostgreSQL's words for a failed statement on the target, with its SQLSTATE (sqliteReason() reads
// SQLite's result codes, which these are not).
QString pgReason(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    QString message = e.databaseText().trimmed();
    if (message.isEmpty())
        message = e.driverText().trimmed();
    return e.nativeErrorCode().isEmpty() ? message : message + u" [SQLSTATE "_s + e.nativeErrorCode() + u']';
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

// INSERT INTO table (columns) VALUES (?,…),(?,…)…, one statement prepared per row count used (the
// full batch and the table's last, shorter one).
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase &db, const QString &table, const QStringList &columns)
        : m_db(db)
        , m_head(u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s)))
        , m_columns(int(columns.size()))
    { }

    // values: rows × columns, row by row.
    bool insert(const QVariantList &values, QString *why)
    {
        const int rows = int(values.size() / m_columns);
        std::unique_ptr<QSqlQuery> &q = m_statements[rows];
        if (!q) {
            q = std::make_unique<QSqlQuery>(m_db);
            if (!q->prepare(sql(rows))) {
                *why = pgReason(*q);
                return false;
            }
        }
        for (int i = 0; i < int(values.size()); ++i)
            q->bindValue(i, values.at(i));
        return run(*q, why);
    }

private:
    QString sql(int rows) const
    {
        QString one = u"("_s;
        for (int c = 0; c < m_columns; ++c)
            one += c == 0 ? u"?"_s : u",?"_s;
        one += u')';
        QString out = m_head;
        out.reserve(m_head.size() + rows * (one.size() + 1));
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                out += u',';
            out += one;
        }
        return out;
    }

    QSqlDatabase &m_db;
    QString m_head;
    int m_columns;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace

const QStringList &StoreCopier::copiedTables()
{
    static const QStringList tables { u"orders"_s, u"reminders"_s, u"send_attempts"_s, u"account_state"_s,
        u"early_events"_s, u"template_catalog"_s, u"cursors"_s };
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
        BatchInsert &insert
            = *(statements.inserts[table] = std::make_unique<BatchInsert>(pg, table, columns));
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

    // A reminder the SQLite engine left 'sending' (it stopped mid-send) has no lease: an expired one
    // makes the engines on the shared store take it over as crash recovery would have.
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
