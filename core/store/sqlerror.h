#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

class QSqlDriver;
struct sqlite3;

namespace paynudge {

// Executes a prepared query and reports failure with the statement's text, so a broken
// statement is found from the log line alone. Values are never printed (they may be personal data).
bool execOrReport(QSqlQuery &query, QString *error);

// Prepares once; reports the SQL error the same way.
bool prepareOrReport(QSqlQuery &query, const QString &sql, QString *error);

// SQLite's own words for an error a statement on `driver`'s connection just ended with, and the
// result code by name: "database or disk is full [SQLITE_FULL]". Never empty for a failure: an
// operator reads it on a full disk, where a bare "cannot commit" left them guessing. Read it at
// once — the connection keeps only its latest error.
QString sqliteReason(const QSqlDriver *driver, const QSqlError &error);

// The same for a call made directly on the connection (NativeStatement): its latest error.
QString sqliteReason(sqlite3 *db);

// The name of an SQLite result code (extended codes name their primary one plus the number).
QString sqliteCodeName(int code);

// Whether a message made by sqliteReason() says the disk (or the store's size limit) is full.
bool saysDiskFull(const QString &storeError);
// Whether it names a fault of the store rather than of the statement (full, read-only, I/O,
// locked, corrupt): the same write will fail again until someone fixes the disk or the file.
bool saysStoreCannotWrite(const QString &storeError);

} // namespace paynudge
