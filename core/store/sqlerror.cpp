#include "store/sqlerror.h"

#include "store/sqlitehandle.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "paynudge.core.store.sql")

namespace paynudge {
namespace {
constexpr auto kFullTag = u"[SQLITE_FULL"; // plain or with an extended code

// A broken statement warns here; a fault of the store (disk full…) would warn on every try, so its
// callers say it once per failing spell (StoreBackoff) and this stays at debug level.
void report(const QString &message)
{
    if (saysStoreCannotWrite(message))
        qCDebug(lcSql).noquote() << message;
    else
        qCWarning(lcSql).noquote() << message;
}
} // namespace

bool execOrReport(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    const QString message
        = sqliteReason(query.driver(), query.lastError()) + u" — in: "_s + query.lastQuery().simplified();
    report(message);
    if (error)
        *error = message;
    return false;
}

bool prepareOrReport(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    const QString message
        = sqliteReason(query.driver(), query.lastError()) + u" — preparing: "_s + sql.simplified();
    report(message);
    if (error)
        *error = message;
    return false;
}

QString sqliteCodeName(int code)
{
    static const QHash<int, const char *> names {
        { SQLITE_ERROR, "SQLITE_ERROR" },
        { SQLITE_INTERNAL, "SQLITE_INTERNAL" },
        { SQLITE_PERM, "SQLITE_PERM" },
        { SQLITE_ABORT, "SQLITE_ABORT" },
        { SQLITE_BUSY, "SQLITE_BUSY" },
        { SQLITE_LOCKED, "SQLITE_LOCKED" },
        { SQLITE_NOMEM, "SQLITE_NOMEM" },
        { SQLITE_READONLY, "SQLITE_READONLY" },
        { SQLITE_INTERRUPT, "SQLITE_INTERRUPT" },
        { SQLITE_IOERR, "SQLITE_IOERR" },
        { SQLITE_CORRUPT, "SQLITE_CORRUPT" },
        { SQLITE_NOTFOUND, "SQLITE_NOTFOUND" },
        { SQLITE_FULL, "SQLITE_FULL" },
        { SQLITE_CANTOPEN, "SQLITE_CANTOPEN" },
        { SQLITE_PROTOCOL, "SQLITE_PROTOCOL" },
        { SQLITE_SCHEMA, "SQLITE_SCHEMA" },
        { SQLITE_TOOBIG, "SQLITE_TOOBIG" },
        { SQLITE_CONSTRAINT, "SQLITE_CONSTRAINT" },
        { SQLITE_MISMATCH, "SQLITE_MISMATCH" },
        { SQLITE_MISUSE, "SQLITE_MISUSE" },
        { SQLITE_NOLFS, "SQLITE_NOLFS" },
        { SQLITE_AUTH, "SQLITE_AUTH" },
        { SQLITE_RANGE, "SQLITE_RANGE" },
        { SQLITE_NOTADB, "SQLITE_NOTADB" },
    };
    const int primary = code & 0xff;
    const QString name = QString::fromLatin1(names.value(primary, "SQLITE"));
    if (!names.contains(primary))
        return u"SQLite code %1"_s.arg(code);
    return primary == code ? name : u"%1 (extended code %2)"_s.arg(name).arg(code);
}

QString sqliteReason(const QSqlDriver *driver, const QSqlError &error)
{
    // Qt puts sqlite3_errmsg() in databaseText() and the result code in nativeErrorCode(); the
    // connection itself knows the extended code (which write failed), if it still holds this error.
    QString message = error.databaseText().trimmed();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        // PostgreSQL's message and its SQLSTATE (class 08: the connection; 53: out of resources).
        if (message.isEmpty())
            message = error.driverText().trimmed();
        const QString state = error.nativeErrorCode();
        return state.isEmpty() ? message : message + u" [SQLSTATE "_s + state + u']';
    }
    bool sqliteSaid = false;
    int code = error.nativeErrorCode().toInt(&sqliteSaid);
    sqliteSaid = sqliteSaid && code != SQLITE_OK;
    if (sqlite3 *db = sqliteHandle(driver)) {
        const int native = sqlite3_extended_errcode(db);
        if (native != SQLITE_OK && (!sqliteSaid || (native & 0xff) == (code & 0xff))) {
            if (message.isEmpty())
                message = QString::fromUtf8(sqlite3_errmsg(db));
            code = native;
            sqliteSaid = true;
        }
    }
    if (message.isEmpty() && sqliteSaid)
        message = QString::fromUtf8(sqlite3_errstr(code));
    // Qt's own words ("Unable to fetch row") only when SQLite said nothing: a Qt-level failure.
    if (message.isEmpty())
        message = error.driverText().trimmed();
    if (message.isEmpty())
        message = u"unknown error (the SQL driver said nothing)"_s;
    return sqliteSaid ? message + u" ["_s + sqliteCodeName(code) + u']' : message;
}

QString sqliteReason(sqlite3 *db)
{
    const int code = sqlite3_extended_errcode(db);
    return QString::fromUtf8(sqlite3_errmsg(db)) + u" ["_s + sqliteCodeName(code) + u']';
}

bool saysDiskFull(const QString &storeError)
{
    return storeError.contains(kFullTag);
}

bool saysStoreCannotWrite(const QString &storeError)
{
    for (const int code : { SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_PERM,
             SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_NOMEM, SQLITE_BUSY, SQLITE_LOCKED }) {
        if (storeError.contains(u'[' + sqliteCodeName(code)))
            return true;
    }
    return false;
}

} // namespace paynudge
