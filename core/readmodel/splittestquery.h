#pragma once

#include "readmodel/splittest.h"
#include "store/database.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace paynudge {

// One account's split test over a period: each text it sent, by name.
struct SplitTestFigures
{
    QString account;
    QList<VariantFigures> variants;
};

// Per account and text, over [from, to): the orders first reminded with that text in the period
// (their first accepted attempt — sent, or recorded by the dry run — of that text finished in it),
// those paid after it and before their close time, and their amount. Read from the attempts'
// `variant` column, so an ended test's figures stay. Accounts by key, texts by name; nothing for a
// period without a split test. Each text is an index range on (variant, finished_at), never a scan.
QList<SplitTestFigures> computeSplitTestFigures(QSqlDatabase &db, qint64 from, qint64 to, QString *error);

// The statement that reads one text's attempts (the query-plan test checks its index).
QString splitTestAttemptsSql(SqlDialect dialect);

} // namespace paynudge
