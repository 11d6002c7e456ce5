#pragma once

#include "store/database.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace paynudge::test {

class PostgresServer;

// What `paynudge store-copy` is tested with: a SQLite store as a shop that ran PayNudge for a while
// leaves it, and empty PostgreSQL databases to copy it into.
namespace storecopy {

// Makes the store at `path`: every table the copy takes holds rows written through SqlStore
// (orders with Chinese text, quotes and backslashes, sent and retried reminders, an interrupted
// send, history, paused accounts, an early payment, a template list, a shop database cursor),
// then `bulkOrders` more orders in bulk, each with a sent first round (one or two attempts of
// history) and a scheduled second one. False with *error.
bool makeSource(const QString &path, int bulkOrders, QString *error);

// A new, empty database `name` on the running `server`, and how the superuser reaches it.
bool createDatabase(PostgresServer &server, const QString &name, StoreServer *out, QString *error);

// Every row of `table` (or those `where` picks) as text, each value by column name, NULL as "<null>";
// rows with an id in id order, others sorted (SQLite and PostgreSQL collate differently).
QStringList rowsOf(QSqlDatabase &db, const QString &table, const QString &where = {});

// count(*) of `table`, -1 when it cannot be read.
qint64 countOf(QSqlDatabase &db, const QString &table);

} // namespace storecopy
} // namespace paynudge::test
