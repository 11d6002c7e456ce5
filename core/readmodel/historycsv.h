#pragma once

#include "config/config.h"
#include "readmodel/historyquery.h"

#include <QString>

class QIODevice;
class QSqlDatabase;

namespace paynudge {

// Writes the send history a query selects as CSV (RFC 4180, UTF-8 with a byte-order mark so
// spreadsheet programs read the Chinese text), a page at a time however long it is. Times are
// ISO 8601 in the shop's time zone; a cell a spreadsheet would run as a formula is quoted with '.
struct HistoryCsv
{
    static QStringList header();
    // Returns the number of rows written, or -1 with *error set.
    static qint64 write(
        QSqlDatabase &db, const HistoryQuery &query, const Config &config, QIODevice *out, QString *error);
    static QString escape(const QString &cell);
};

} // namespace paynudge
