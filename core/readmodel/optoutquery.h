#pragma once

#include "store/storetypes.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace paynudge {

// One page of the do-not-remind list (issue 17), newest first, and how many entries match in all.
struct OptOutPage
{
    QList<OptOutRecord> entries;
    qint64 total = 0;
};

// Which entries of the do-not-remind list to read: those whose openid or reason contains
// `search` (any case of Latin letters), `limit` of them from `offset`. The window's page reads it
// on a reader thread, the intake API and the store on the engine's connection.
struct OptOutQuery
{
    static constexpr int kMaxLimit = 1000;

    QString search;
    int limit = 100; // 1 … kMaxLimit
    qint64 offset = 0;

    // On any connection to the store; *error set (and nothing read) when it cannot be read.
    OptOutPage read(QSqlDatabase &db, QString *error) const;
};

} // namespace paynudge
