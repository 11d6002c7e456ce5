#include "store/sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

namespace paynudge {

sqlite3 *sqliteHandle(QSqlDatabase &db)
{
    return db.isOpen() ? sqliteHandle(db.driver()) : nullptr;
}

sqlite3 *sqliteHandle(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace paynudge
