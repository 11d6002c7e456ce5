#pragma once

#include <QSqlDatabase>

struct sqlite3;
class QSqlDriver;

namespace paynudge {

// The sqlite3* under an open QSQLITE connection, for what Qt Sql does not offer (prepared
// statements kept native, progress handlers, the backup API); nullptr for anything else.
sqlite3 *sqliteHandle(QSqlDatabase &db);
sqlite3 *sqliteHandle(const QSqlDriver *driver);

} // namespace paynudge
