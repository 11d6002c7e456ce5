#include "store/claimjudge.h"

#include "common/durationtext.h"
#include "readmodel/querytools.h"
#include "store/database.h"
#include "store/dialectsql.h"
#include "store/sqlerror.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// The opt-outs of the batch's customers, by the optouts key.
QString optOutSql(SqlDialect d)
{
    return u"SELECT openid, reason, actor, created_at FROM optouts WHERE "_s
        + dialectsql::inTextSet(u"openid"_s, d);
}

// Today's reminders of the batch's customers that went out or are going out, all orders and rounds:
// the customers' orders by orders_openid, each order's few reminders by its (order_id, round) key.
// Binds: openids, day start, day end.
// SQLite would rather read every reminder that went out by reminders_state_due: `+` keeps it off.
QString dailySql(SqlDialect d)
{
    const QString state = querytools::noIndex(u"r.state"_s, d);
    return u"SELECT o.openid, count(*) FROM orders o JOIN reminders r ON r.order_id = o.id "
           u"WHERE "_s
        + dialectsql::inTextSet(u"o.openid"_s, d)
        + u" AND r.first_attempt_at >= ? AND r.first_attempt_at < ? AND ("_s + state + u" = 'sending' OR "_s
        + state + u" = 'sent' OR "_s + state + u" = 'dry_run' OR "_s + state
        + u" = 'unknown') GROUP BY o.openid"_s;
}

// The batch's customers' orders paid or closed since a time: a range of orders_openid (openid,
// status_at). Which were paid is read from the rows: a condition on the status would let either
// planner read every paid order by orders_status_close instead. Binds: openids, since, now.
QString paidSql(SqlDialect d)
{
    return u"SELECT openid, id, order_no, status_at, status FROM orders WHERE "_s
        + dialectsql::inTextSet(u"openid"_s, d) + u" AND status_at >= ? AND status_at <= ?"_s;
}

} // namespace

ClaimJudge::ClaimJudge(Database &db, const ClaimRules &rules, qint64 now)
    : m_db(db)
    , m_rules(rules)
    , m_now(now)
{ }

std::pair<qint64, qint64> ClaimJudge::localDay(qint64 now, const QTimeZone &zone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    return { day.startOfDay(zone).toMSecsSinceEpoch(), day.addDays(1).startOfDay(zone).toMSecsSinceEpoch() };
}

bool ClaimJudge::load(const QList<ClaimedReminder> &batch, QString *error)
{
    QSet<QString> customers;
    bool capped = false;
    qint64 paidWindow = 0;
    for (const ClaimedReminder &c : batch) {
        customers.insert(c.order.input.openid);
        if (c.manual)
            continue;
        const ReminderPolicy &policy = m_rules.forAccount(c.reminder.account);
        capped = capped || policy.perCustomerDaily > 0;
        paidWindow = std::max(paidWindow, policy.skipIfPaidWithinSec * 1000);
    }
    if (customers.isEmpty())
        return true;
    QStringList sorted(customers.cbegin(), customers.cend());
    std::sort(sorted.begin(), sorted.end());
    const QString openids = dialectsql::textArray(sorted);
    return lockCustomers(openids, error) && loadOptOuts(openids, error)
        && (!capped || loadDailyCounts(openids, error))
        && (paidWindow <= 0 || loadPayments(openids, m_now - paidWindow, error));
}

bool ClaimJudge::lockCustomers(const QString &openids, QString *error)
{
    if (m_db.dialect() != SqlDialect::Postgres)
        return true; // one engine on a file, and SQLite's write lock is already held (BEGIN IMMEDIATE)
    // Held to the end of the claim's transaction: another engine's claim of reminders of the same
    // customers waits here until this one's claims are committed, and then counts them. Taken in
    // the order of the sorted openids (the array's), so two claims do not wait on each other (two
    // openids of one hash could; PostgreSQL would end one claim, which the sweeper retries).
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!prepareOrReport(q,
            u"SELECT pg_advisory_xact_lock(hashtext(v)) FROM json_array_elements_text(CAST(? AS json)) "
            u"AS t(v)"_s,
            error))
        return false;
    q.addBindValue(openids);
    return execOrReport(q, error);
}

bool ClaimJudge::loadOptOuts(const QString &openids, QString *error)
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!prepareOrReport(q, optOutSql(m_db.dialect()), error))
        return false;
    q.addBindValue(openids);
    if (!execOrReport(q, error))
        return false;
    while (q.next())
        m_optOuts.insert(q.value(0).toString(),
            { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong() });
    return true;
}

bool ClaimJudge::loadDailyCounts(const QString &openids, QString *error)
{
    const auto [dayStart, dayEnd] = localDay(m_now, m_rules.zone);
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!prepareOrReport(q, dailySql(m_db.dialect()), error))
        return false;
    q.addBindValue(openids);
    q.addBindValue(dayStart);
    q.addBindValue(dayEnd);
    if (!execOrReport(q, error))
        return false;
    while (q.next())
        m_today.insert(q.value(0).toString(), q.value(1).toInt());
    return true;
}

bool ClaimJudge::loadPayments(const QString &openids, qint64 since, QString *error)
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!prepareOrReport(q, paidSql(m_db.dialect()), error))
        return false;
    q.addBindValue(openids);
    q.addBindValue(since);
    q.addBindValue(m_now);
    if (!execOrReport(q, error))
        return false;
    while (q.next())
        if (q.value(4).toString() == wireName(OrderStatus::Paid))
            m_paid[q.value(0).toString()].append(
                { q.value(2).toString(), q.value(1).toLongLong(), q.value(3).toLongLong() });
    for (QList<PaidOrder> &orders : m_paid)
        std::sort(orders.begin(), orders.end(),
            [](const PaidOrder &a, const PaidOrder &b) { return a.paidAt > b.paidAt; });
    return true;
}

Error ClaimJudge::judge(const ClaimedReminder &c)
{
    const QString &openid = c.order.input.openid;
    if (const auto out = m_optOuts.constFind(openid); out != m_optOuts.cend())
        return Error(ErrorCode::HistoryOptedOut, {},
            { QDateTime::fromMSecsSinceEpoch(out->createdAt, m_rules.zone).toString(u"yyyy-MM-dd HH:mm"_s),
                out->actor, out->reason });
    int &today = m_today[openid];
    if (c.manual) {
        ++today; // an operator's decision is never capped, but the customer got it
        return {};
    }
    const ReminderPolicy &policy = m_rules.forAccount(c.reminder.account);
    if (Error rule = policy.orderRule(c.order))
        return rule;
    if (policy.skipIfPaidWithinSec > 0) {
        const qint64 since = m_now - policy.skipIfPaidWithinSec * 1000;
        for (const PaidOrder &paid : m_paid.value(openid))
            if (paid.orderId != c.order.id && paid.paidAt >= since)
                return Error(ErrorCode::HistoryPaidRecently, {},
                    { paid.orderNo, durationText(m_now - paid.paidAt),
                        durationText(policy.skipIfPaidWithinSec * 1000) });
    }
    if (policy.perCustomerDaily > 0 && today >= policy.perCustomerDaily)
        return Error(ErrorCode::HistoryDailyCap, {},
            { QString::number(today), QString::number(policy.perCustomerDaily) });
    ++today;
    return {};
}

QString ClaimJudge::queryPlans(Database &db, qint64 now)
{
    const SqlDialect d = db.dialect();
    const auto [dayStart, dayEnd] = localDay(now, QTimeZone::utc());
    const QString openids = dialectsql::textArray({ u"oPlanA"_s, u"oPlanB"_s });
    const QList<std::pair<QString, QVariantList>> statements {
        { optOutSql(d), { openids } },
        { dailySql(d), { openids, dayStart, dayEnd } },
        { paidSql(d), { openids, now - 86400000LL, now } },
    };
    QStringList details;
    QSqlQuery q(db.db());
    if (d == SqlDialect::Postgres) {
        // EXPLAIN takes no parameters: each statement is prepared under a name and explained with
        // fixed values of this function's own (as ReminderQueue::claimQueryPlan does).
        Transaction tx(db.db()); // rolled back
        for (const auto &[sql, binds] : statements) {
            QString text = sql;
            for (int n = 1; text.contains(u'?'); ++n)
                text.replace(text.indexOf(u'?'), 1, u'$' + QString::number(n));
            QStringList args;
            for (const QVariant &v : binds)
                args << (v.typeId() == QMetaType::QString ? u'\'' + v.toString() + u'\'' : v.toString());
            if (!q.exec(u"PREPARE paynudge_rule_plan AS "_s + text))
                continue;
            if (q.exec(u"EXPLAIN EXECUTE paynudge_rule_plan("_s + args.join(u", "_s) + u')'))
                while (q.next())
                    details << q.value(0).toString();
            q.exec(u"DEALLOCATE paynudge_rule_plan"_s);
        }
        return details.join(u'\n');
    }
    for (const auto &[sql, binds] : statements) {
        q.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (execOrReport(q, nullptr))
            while (q.next())
                details << q.value(3).toString();
    }
    return details.join(u'\n');
}

} // namespace paynudge
