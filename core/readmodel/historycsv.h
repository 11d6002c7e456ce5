#pragma once

#include "config/config.h"
#include "readmodel/historyquery.h"

#include <QString>
#include <functional>

class QIODevice;
class QSqlDatabase;

namespace paynudge {

// Writes the send history a query selects as CSV for the operator's spreadsheet (see CsvTable),
// a page at a time however long it is: headers, outcomes and reasons in the UI's language,
// accounts by their display names, local times in the shop's time zone a spreadsheet reads as
// dates, and the order's customer, product and amount in yuan. Nothing scripts against it.
struct HistoryCsv
{
    // An outcome in the operator's words (the console's); empty: the wire name ("sent").
    using OutcomeText = std::function<QString(AttemptOutcome)>;

    // The header row in the language of the installed translator.
    static QStringList header();
    // Returns the number of rows written, or -1 with *error set.
    static qint64 write(QSqlDatabase &db, const HistoryQuery &query, const Config &config, QIODevice *out,
        QString *error, const OutcomeText &outcomeText = {});
};

} // namespace paynudge
