#include "readmodel/statisticsquery.h"

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

bool countPerBucket(QSqlDatabase &db, const QString &outcomes, const QList<qint64> &bounds,
    QList<qint64> *perBucket, qint64 *total, QString *error)
{
    // One range count per bucket over the (outcome, finished_at) index: no row leaves SQLite.
    QSqlQuery q(db);
    if (!prepareOrReport(q,
            u"SELECT COUNT(*) FROM send_attempts WHERE outcome IN ("_s + outcomes
                + u") AND finished_at >= ? AND finished_at < ?"_s,
            error))
        return false;
    perBucket->fill(0, bounds.size() - 1);
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        q.addBindValue(bounds.at(i));
        q.addBindValue(bounds.at(i + 1));
        if (!execOrReport(q, error) || !q.next())
            return false;
        (*perBucket)[i] = q.value(0).toLongLong();
        *total += (*perBucket)[i];
        q.finish();
    }
    return true;
}

// Sent and failed per account over the whole period: the (outcome, finished_at) index range,
// each attempt's reminder read by its key for the account.
bool countPerAccount(
    QSqlDatabase &db, qint64 from, qint64 to, QMap<QString, AccountStatistics> *accounts, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareOrReport(q,
            u"SELECT r.account, a.outcome = 'failed', COUNT(*) FROM send_attempts a"
            u" JOIN reminders r ON r.id = a.reminder_id"
            u" WHERE a.outcome IN ('sent','dry_run','failed') AND a.finished_at >= ? AND a.finished_at < ?"
            u" GROUP BY 1, 2"_s,
            error))
        return false;
    q.addBindValue(from);
    q.addBindValue(to);
    if (!execOrReport(q, error))
        return false;
    while (q.next()) {
        AccountStatistics &a = (*accounts)[q.value(0).toString()];
        (q.value(1).toBool() ? a.failed : a.sent) += q.value(2).toLongLong();
    }
    return true;
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
    if (!countPerBucket(db, u"'sent','dry_run'"_s, bounds, &s.sentPerBucket, &s.sent, error))
        return s;
    QList<qint64> failedPerBucket;
    if (!countPerBucket(db, u"'failed'"_s, bounds, &failedPerBucket, &s.failed, error))
        return s;
    QMap<QString, AccountStatistics> accounts;
    if (!countPerAccount(db, bounds.first(), bounds.last(), &accounts, error))
        return s;

    // The orders first reminded in the period: each accepted attempt in it that no earlier accepted
    // attempt of the same order precedes is one order's first reminder. Checked per attempt by
    // index (`+` keeps SQLite off the outcome index there), so no grouping of the whole period
    // in memory: a month of a million reminders costs time, not memory.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareOrReport(q,
            u"SELECT o.status = 'paid' AND o.status_at >= a.finished_at AND o.status_at < o.close_at,"
            u"   o.status_at, o.amount_fen, r.account"
            u" FROM send_attempts a JOIN reminders r ON r.id = a.reminder_id JOIN orders o ON o.id = "
            u"r.order_id"
            u" WHERE a.outcome IN ('sent','dry_run') AND a.finished_at >= ? AND a.finished_at < ?"
            u"   AND NOT EXISTS (SELECT 1 FROM reminders r2 JOIN send_attempts a2 ON a2.reminder_id = r2.id"
            u"     WHERE r2.order_id = r.order_id AND +a2.outcome IN ('sent','dry_run')"
            u"       AND (a2.finished_at < a.finished_at OR (a2.finished_at = a.finished_at AND a2.id < a.id)))"_s,
            error))
        return s;
    q.addBindValue(bounds.first());
    q.addBindValue(bounds.last());
    if (!execOrReport(q, error))
        return s;
    s.paidPerBucket.fill(0, bounds.size() - 1);
    while (q.next()) {
        AccountStatistics &account = accounts[q.value(3).toString()];
        ++s.reminded;
        ++account.reminded;
        if (!q.value(0).toBool())
            continue;
        ++s.paidAfterReminder;
        ++account.paidAfterReminder;
        s.recoveredFen += q.value(2).toLongLong();
        account.recoveredFen += q.value(2).toLongLong();
        if (const qsizetype b = bucketOf(bounds, q.value(1).toLongLong()); b >= 0)
            ++s.paidPerBucket[b];
    }
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        it->account = it.key();
        s.perAccount << *it;
    }
    return s;
}

} // namespace paynudge
