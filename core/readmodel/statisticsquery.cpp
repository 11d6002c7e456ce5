#include "readmodel/statisticsquery.h"

#include "readmodel/querytools.h"
#include "store/sqlerror.h"

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// Which bucket holds `at`, or -1.
qsizetype bucketOf(const QList<qint64> &bounds, qint64 at)
{
    if (bounds.size() < 2 || at < bounds.first() || at >= bounds.last())
        return -1;
    return std::upper_bound(bounds.cbegin(), bounds.cend(), at) - bounds.cbegin() - 1;
}

} // namespace

QList<qint64> statisticsBounds(StatisticsPeriod period, qint64 now, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, zone);
    const QDateTime midnight(local.date(), QTime(0, 0), zone);
    QList<qint64> bounds;
    if (period == StatisticsPeriod::Today) {
        for (QDateTime t = midnight; t.toMSecsSinceEpoch() <= now; t = t.addSecs(3600))
            bounds << t.toMSecsSinceEpoch();
        bounds << bounds.last() + 3600 * 1000;
        return bounds;
    }
    const int days = period == StatisticsPeriod::Last7Days ? 7 : 30;
    for (int d = days - 1; d >= -1; --d)
        bounds << QDateTime(local.date().addDays(-d), QTime(0, 0), zone).toMSecsSinceEpoch();
    return bounds;
}

Statistics computeStatistics(QSqlDatabase &db, const QList<qint64> &bounds, QString *error)
{
    Statistics s;
    s.bounds = bounds;
    if (bounds.size() < 2)
        return s;

    // One pass over the period's attempts on the (outcome, finished_at) index, each attempt's
    // reminder (its account) and order read once by key: every figure is counted per account and
    // the totals are the sum of the accounts, so the split costs no second scan.
    // An accepted attempt that no earlier accepted attempt of the same order precedes is that
    // order's first reminder; checked per attempt by index (`+` keeps SQLite off the outcome index
    // there), never for a failed one, so no grouping of the whole period in memory: a month of a
    // million reminders costs time, not memory. Each row says what it is in one number, the CASE's
    // 0–3 below (few columns: a month is a million rows, each column a value per row in Qt Sql).
    enum Kind
    {
        Failed,
        Sent,
        FirstReminder,
        FirstReminderPaid
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareOrReport(q,
            u"SELECT r.account, CASE"_s
            u"   WHEN a.outcome = 'failed' THEN 0"
            u"   WHEN EXISTS (SELECT 1 FROM reminders r2 JOIN send_attempts a2 ON a2.reminder_id = r2.id"
            u"     WHERE r2.order_id = r.order_id AND "_s
                + querytools::noIndex(u"a2.outcome"_s, querytools::dialectOf(db))
                + u" IN ('sent','dry_run')"
                  u"       AND (a2.finished_at < a.finished_at OR (a2.finished_at = a.finished_at AND a2.id "
                  u"< "
                  u"a.id)))"
                  u"     THEN 1"
                  u"   WHEN o.status = 'paid' AND o.status_at >= a.finished_at AND o.status_at < o.close_at "
                  u"THEN 3"
                  u"   ELSE 2 END,"
                  u"   a.finished_at, o.status_at, o.amount_fen"
                  u" FROM send_attempts a JOIN reminders r ON r.id = a.reminder_id JOIN orders o ON o.id = "
                  u"r.order_id"
                  u" WHERE a.outcome IN ('sent','dry_run','failed') AND a.finished_at >= ? AND a.finished_at < ?"_s,
            error))
        return s;
    q.addBindValue(bounds.first());
    q.addBindValue(bounds.last());
    if (!execOrReport(q, error))
        return s;
    s.sentPerBucket.fill(0, bounds.size() - 1);
    s.paidPerBucket.fill(0, bounds.size() - 1);
    QMap<QString, AccountStatistics> accounts;
    while (q.next()) {
        AccountStatistics &account = accounts[q.value(0).toString()];
        const int kind = q.value(1).toInt();
        if (kind == Failed) {
            ++account.failed;
            continue;
        }
        ++account.sent;
        if (const qsizetype b = bucketOf(bounds, q.value(2).toLongLong()); b >= 0)
            ++s.sentPerBucket[b];
        if (kind == Sent)
            continue;
        ++account.reminded;
        if (kind != FirstReminderPaid)
            continue;
        ++account.paidAfterReminder;
        account.recoveredFen += q.value(4).toLongLong();
        if (const qsizetype b = bucketOf(bounds, q.value(3).toLongLong()); b >= 0)
            ++s.paidPerBucket[b];
    }
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        it->account = it.key();
        s.sent += it->sent;
        s.failed += it->failed;
        s.reminded += it->reminded;
        s.paidAfterReminder += it->paidAfterReminder;
        s.recoveredFen += it->recoveredFen;
        s.perAccount << *it;
    }
    // Who was not reminded, and by which rule: a second range of the same index, skipped rows only.
    s.skipsByRule = countSkipsByRule(db, bounds.first(), bounds.last(), error);
    return s;
}

} // namespace paynudge
