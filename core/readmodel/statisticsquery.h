#pragma once

#include "readmodel/skiprules.h"

#include <QList>
#include <QString>
#include <QTimeZone>

class QSqlDatabase;

namespace paynudge {

// What reminding achieved over a period, and per bucket (hour or day) for the chart.
//
// "Paid after reminder" counts the orders first reminded in the period (their first accepted
// reminder — WeChat accepted it, or the dry run recorded it — finished in it) that were paid
// after that reminder and before their close time. The rate is those orders over the orders
// first reminded in the period; the amount is what they were worth.
// The same figures for one account (its key; the console shows its display name).
struct AccountStatistics
{
    QString account;
    qint64 sent = 0;
    qint64 failed = 0;
    qint64 reminded = 0;
    qint64 paidAfterReminder = 0;
    qint64 recoveredFen = 0;

    double rate() const { return reminded > 0 ? double(paidAfterReminder) / double(reminded) : 0.0; }
};

struct Statistics
{
    QList<qint64> bounds; // bucket i is [bounds[i], bounds[i+1])
    qint64 sent = 0; // accepted reminders (sent or dry run) finished in the period
    qint64 failed = 0; // attempts that failed for good
    qint64 reminded = 0; // orders whose first accepted reminder falls in the period
    qint64 paidAfterReminder = 0;
    qint64 recoveredFen = 0;
    QList<qint64> sentPerBucket;
    QList<qint64> paidPerBucket; // by payment time
    QList<AccountStatistics> perAccount; // accounts with a figure in the period, by key
    QList<SkipCount> skipsByRule; // reminders each rule skipped in the period (issue 17)

    double rate() const { return reminded > 0 ? double(paidAfterReminder) / double(reminded) : 0.0; }
};

enum class StatisticsPeriod
{
    Today,
    Last7Days,
    Last30Days
};

// Bucket bounds in the shop's time zone: hours since local midnight for Today (up to the
// current hour's end), local days for the others, ending with today.
QList<qint64> statisticsBounds(StatisticsPeriod period, qint64 now, const QTimeZone &zone);

Statistics computeStatistics(QSqlDatabase &db, const QList<qint64> &bounds, QString *error);

} // namespace paynudge
