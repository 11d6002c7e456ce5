#pragma once

#include "readmodel/statisticsquery.h"

#include <QString>
#include <functional>

class QIODevice;

namespace paynudge {

// Writes the statistics of a period as CSV for the operator's spreadsheet (see CsvTable): one
// row per account, by its display name, then the total of all accounts; headers in the UI's
// language, the period's bounds as local times, amounts in yuan.
struct StatisticsCsv
{
    using AccountName = std::function<QString(const QString &key)>;

    static QStringList header();
    // False with *error set when `out` could not be written.
    static bool write(const Statistics &s, const QTimeZone &zone, const AccountName &accountName,
        QIODevice *out, QString *error);
};

} // namespace paynudge
