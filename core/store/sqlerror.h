#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace paynudge {

// Executes a prepared query and reports failure with the statement's text, so a broken
// statement is found from the log line alone. Values are never printed (they may be personal data).
bool execOrReport(QSqlQuery &query, QString *error);

// Prepares once; reports the SQL error the same way.
bool prepareOrReport(QSqlQuery &query, const QString &sql, QString *error);

} // namespace paynudge
