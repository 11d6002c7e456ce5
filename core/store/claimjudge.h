#pragma once

#include "common/error.h"
#include "store/storetypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace paynudge {

class Database;

// Who is reminded (issue 17): judges the due reminders of one claim by their accounts' policies, in
// the claim's transaction. Everything a rule needs about the batch's customers is read up front, one
// statement per rule for the whole batch, through indexes (orders_openid, reminders by order_id, the
// optouts key); on PostgreSQL the customers are locked first so two engines claiming reminders of one
// customer at once cannot both pass the daily cap.
class ClaimJudge
{
public:
    ClaimJudge(Database &db, const ClaimRules &rules, qint64 now);

    // Reads the opt-outs, today's reminders and recent payments of `batch`'s customers.
    bool load(const QList<ClaimedReminder> &batch, QString *error);
    // The rule that skips `c` (a History… code), or none. Judged in due order: a reminder that passes
    // counts toward its customer's cap for the rest of the batch. An operator's send is judged by the
    // do-not-remind list only, and counts.
    Error judge(const ClaimedReminder &c);

    // [dayStart, dayEnd) of `now`'s local day in `zone`: what "today" is for the daily cap.
    static std::pair<qint64, qint64> localDay(qint64 now, const QTimeZone &zone);
    // The store's plans for the rules' statements (tests check each reads an index, never scans).
    static QString queryPlans(Database &db, qint64 now);

private:
    struct PaidOrder
    {
        QString orderNo;
        qint64 orderId = 0;
        qint64 paidAt = 0;
    };
    bool lockCustomers(const QString &openids, QString *error);
    bool loadOptOuts(const QString &openids, QString *error);
    bool loadDailyCounts(const QString &openids, QString *error);
    bool loadPayments(const QString &openids, qint64 since, QString *error);

    Database &m_db;
    const ClaimRules &m_rules;
    qint64 m_now;
    QHash<QString, OptOutRecord> m_optOuts;
    QHash<QString, int> m_today; // openid → reminders that went out or are going out today (this batch too)
    QHash<QString, QList<PaidOrder>> m_paid; // openid → its orders paid recently, newest first
};

} // namespace paynudge
