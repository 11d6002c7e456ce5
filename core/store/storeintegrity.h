#pragma once

#include <QSqlDatabase>
#include <QString>

namespace paynudge::storeintegrity {

// Whether the file at `path` can be an SQLite store at all: a missing or empty file is fine here
// (the callers decide what an empty store means); anything else must start with SQLite's
// 16-byte magic and hold at least its 100-byte header. Returns "" or what is wrong.
QString headerProblem(const QString &path);

// PRAGMA quick_check on an open connection, stopped after `budgetMs` (0: no limit) so that a
// start on a huge store is not held up for minutes.
struct QuickCheck
{
    enum class Result
    {
        Ok,
        Damaged, // the check ran and listed problems (detail: the first few)
        QueryFailed, // SQLite refused to read the file (detail: its message, e.g. "malformed")
        CutShort, // the budget ran out before the end: nothing is known
    };
    Result result = Result::Ok;
    QString detail;
};
QuickCheck quickCheck(QSqlDatabase &db, int budgetMs);

} // namespace paynudge::storeintegrity
