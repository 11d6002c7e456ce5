#pragma once

#include "common/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace paynudge {

// Which rule skipped a reminder, grouped as an operator asks it ("skipped by: daily limit"): each
// rule is the History… codes a skip row's reason_code holds for it (issue 17). The history filters
// by it and the statistics count by it.
struct SkipRule
{
    QString key; // stable: a filter's value
    const char *label; // English, marked for translation in context "paynudge::SkipRule"
    QList<ErrorCode> codes;

    QString text() const; // the label in the operator's language
    QStringList codeNames() const; // the reason_code values it covers
};

const QList<SkipRule> &skipRules();
// The rule `key` names, or nullptr.
const SkipRule *skipRule(const QString &key);

// How many reminders each rule skipped with history rows finished in [from, to), in skipRules()'
// order (rules without a skip left out); skips of no rule (older rows) are left out too. One
// range of the (outcome, finished_at) index, grouped by code.
struct SkipCount
{
    QString rule; // SkipRule::key
    qint64 count = 0;
};
QList<SkipCount> countSkipsByRule(QSqlDatabase &db, qint64 from, qint64 to, QString *error);
// SQLite's plan for that count (tests check it is an index range).
QString skipCountsQueryPlan(QSqlDatabase &db);

} // namespace paynudge
