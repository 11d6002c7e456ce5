#include "sqlerror.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "paynudge.core.store.sql")

namespace paynudge {

bool execOrReport(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    const QString message = query.lastError().text() + u" — in: "_s + query.lastQuery().simplified();
    qCWarning(lcSql).noquote() << message;
    if (error)
        *error = message;
    return false;
}

bool prepareOrReport(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    const QString message = query.lastError().text() + u" — preparing: "_s + sql.simplified();
    qCWarning(lcSql).noquote() << message;
    if (error)
        *error = message;
    return false;
}

} // namespace paynudge
