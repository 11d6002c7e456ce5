#include "store/statusquery.h"

#include "domain/states.h"
#include "store/bindvalues.h"
#include "store/sqlerror.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace paynudge {

qint64 StatusQuery::pendingCount(QSqlDatabase &db, qint64 now)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*) FROM orders WHERE status = 'unpaid' AND close_at > ?"_s);
    q.addBindValue(now);
    if (!execOrReport(q, nullptr) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::optional<qint64> StatusQuery::nextDueAt(QSqlDatabase &db, const QSet<QString> &pausedAccounts)
{
    // One state at a time, in due order (index reminders_state_due): the first row of an account
    // that is not paused ends the scan.
    QString sql = u"SELECT due_at FROM reminders WHERE state = ?"_s;
    if (!pausedAccounts.isEmpty())
        sql += u" AND account NOT IN ("_s + bind::placeholders(pausedAccounts.size()) + u')';
    sql += u" ORDER BY due_at LIMIT 1"_s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareOrReport(q, sql, nullptr))
        return std::nullopt;
    std::optional<qint64> best;
    for (ReminderState s : { ReminderState::Scheduled, ReminderState::RetryWait }) {
        q.addBindValue(wireName(s));
        for (const QString &account : pausedAccounts)
            q.addBindValue(account);
        if (execOrReport(q, nullptr) && q.next() && !q.value(0).isNull()) {
            const qint64 v = q.value(0).toLongLong();
            best = best ? std::min(*best, v) : v;
        }
        q.finish();
    }
    return best;
}

qint64 StatusQuery::countInState(QSqlDatabase &db, ReminderState state)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*) FROM reminders WHERE state = ?"_s);
    q.addBindValue(wireName(state));
    if (!execOrReport(q, nullptr) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace paynudge
