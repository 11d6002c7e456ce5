#include "readmodel/pendingquery.h"

#include "readmodel/querytools.h"
#include "store/sqlerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <array>
#include <tuple>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// The reminder states in the order the State column sorts them (the enum's order).
constexpr std::array kStatesInOrder { ReminderState::Scheduled, ReminderState::Sending,
    ReminderState::RetryWait, ReminderState::Sent, ReminderState::DryRun, ReminderState::Failed,
    ReminderState::Cancelled, ReminderState::Skipped, ReminderState::Unknown };

bool isOpen(ReminderState s)
{
    return s == ReminderState::Scheduled || s == ReminderState::RetryWait || s == ReminderState::Sending;
}

QString stateRank(const QString &column)
{
    QStringList names;
    for (ReminderState state : kStatesInOrder)
        names << wireName(state);
    return querytools::rankCase(column, names);
}

// Sort expressions over `orders o`. Reminder subqueries search by order id: `+r.state` keeps
// SQLite off the (state, due_at) index, which would scan every scheduled reminder per order.
QString keyExpression(PendingColumn column, SqlDialect dialect)
{
    using querytools::sortKey;
    static const QString open = u"('scheduled','retry_wait','sending')"_s;
    const QString state = querytools::noIndex(u"r.state"_s, dialect);
    switch (column) {
    case PendingColumn::OrderNo:
        return sortKey(u"o.order_no"_s, true, dialect);
    case PendingColumn::Customer:
        return sortKey(u"o.nickname"_s, true, dialect);
    case PendingColumn::Account:
        return sortKey(u"o.account"_s, true, dialect);
    case PendingColumn::Product:
        return sortKey(u"o.product"_s, true, dialect);
    case PendingColumn::Amount:
        return u"o.amount_fen"_s;
    case PendingColumn::PlacedAt:
        return u"o.placed_at"_s;
    case PendingColumn::AutoClose:
        return u"o.close_at"_s;
    case PendingColumn::NextReminder:
        return u"COALESCE((SELECT MIN(r.due_at) FROM reminders r WHERE r.order_id = o.id AND "_s + state
            + u" IN "_s + open + u"), 9223372036854775807)"_s;
    case PendingColumn::RoundsSent:
        return u"(SELECT COUNT(*) FROM reminders r WHERE r.order_id = o.id AND "_s + state
            + u" IN ('sent','dry_run'))"_s;
    case PendingColumn::State:
        // The same rule as summarise() below, as a rank.
        return u"COALESCE((SELECT "_s + stateRank(u"r.state"_s)
            + u" FROM reminders r WHERE r.order_id = o.id AND "_s + state
            + u" = 'unknown' LIMIT 1), (SELECT "_s + stateRank(u"r.state"_s)
            + u" FROM reminders r WHERE r.order_id = o.id AND "_s + state + u" IN "_s + open
            + u" ORDER BY r.round LIMIT 1), (SELECT "_s + stateRank(u"r.state"_s)
            + u" FROM reminders r WHERE r.order_id = o.id ORDER BY r.round DESC LIMIT 1), 99)"_s;
    }
    return u"o.id"_s;
}

// The membership condition and its values, in the order they are bound.
QString whereClause(const PendingFilter &filter, qint64 now, SqlDialect dialect, QVariantList *binds)
{
    QString where = u"o.status = 'unpaid' AND o.close_at > ?"_s;
    binds->append(now);
    if (!filter.account.isEmpty()) {
        where += u" AND o.account = ?"_s;
        binds->append(filter.account);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const QString like = querytools::likeOperator(dialect);
        where += u" AND (o.order_no %1 ? ESCAPE '\\' OR o.nickname %1 ? ESCAPE '\\')"_s.arg(like);
        const QString pattern = querytools::containsPattern(search);
        binds->append(pattern);
        binds->append(pattern);
    }
    return where;
}

// Folds an order's reminders into the row, by the rule the State sort ranks (keyExpression).
void summarise(PendingRow &row, QList<std::tuple<qint64, int, ReminderState, qint64>> reminders)
{
    std::sort(reminders.begin(), reminders.end(),
        [](const auto &a, const auto &b) { return std::get<1>(a) < std::get<1>(b); }); // by round
    row.rounds = int(reminders.size());
    std::optional<ReminderState> firstOpen;
    for (const auto &[id, round, state, due] : reminders) {
        Q_UNUSED(round)
        if (state == ReminderState::Sent || state == ReminderState::DryRun)
            ++row.roundsSent;
        if (state == ReminderState::Unknown && row.unknownReminderId == 0)
            row.unknownReminderId = id;
        if (isOpen(state)) {
            if (!firstOpen)
                firstOpen = state;
            if (!row.nextDueAt || due < *row.nextDueAt) {
                row.nextDueAt = due;
                row.nextReminderId = id;
                row.nextState = state;
            }
        }
    }
    if (row.unknownReminderId != 0)
        row.state = ReminderState::Unknown;
    else if (firstOpen)
        row.state = firstOpen;
    else if (!reminders.isEmpty())
        row.state = std::get<2>(reminders.last());
}

} // namespace

QList<qint64> PendingQuery::ids(QSqlDatabase &db, qint64 now, QString *error) const
{
    const SqlDialect dialect = querytools::dialectOf(db);
    QVariantList binds;
    const QString where = whereClause(filter, now, dialect, &binds);
    const QString dir = querytools::sortDirection(order, dialect);
    return querytools::selectIds(db,
        u"SELECT o.id FROM orders o WHERE "_s + where + u" ORDER BY "_s + keyExpression(sortColumn, dialect)
            + u' ' + dir + u", o.id "_s + dir,
        binds, error);
}

std::function<std::optional<SortKey>(qint64)> PendingQuery::keyReader(QSqlDatabase &db, qint64 now) const
{
    const SqlDialect dialect = querytools::dialectOf(db);
    QVariantList binds;
    const QString where = whereClause(filter, now, dialect, &binds);
    return querytools::keyReader(db,
        u"SELECT "_s + keyExpression(sortColumn, dialect) + u", ("_s + where
            + u") FROM orders o WHERE o.id = ?"_s,
        binds);
}

qint64 PendingQuery::totalFen(QSqlDatabase &db, qint64 now, QString *error) const
{
    // The same membership as ids(), off the same (status, close_at) index.
    QVariantList binds;
    const QString where = whereClause(filter, now, querytools::dialectOf(db), &binds);
    QSqlQuery q(db);
    // PostgreSQL sums bigints as numeric: cast back so both dialects answer an integer.
    q.prepare(u"SELECT CAST(COALESCE(SUM(o.amount_fen), 0) AS BIGINT) FROM orders o WHERE "_s + where);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<PendingRow> PendingQuery::rows(QSqlDatabase &db, const QList<qint64> &ids, QString *error)
{
    QList<PendingRow> out;
    out.reserve(ids.size());
    querytools::forEachChunk(ids, querytools::kInListChunk, [&](const QList<qint64> &chunk) {
        QSqlQuery q(db);
        if (!querytools::execIn(q,
                u"SELECT o.id, o.order_no, o.account, o.openid, o.nickname, o.product, o.amount_fen, "
                u"o.placed_at, o.close_at, o.status FROM orders o WHERE o.id IN "_s,
                chunk, error))
            return;
        const qsizetype first = out.size();
        while (q.next()) {
            PendingRow row;
            row.orderId = q.value(0).toLongLong();
            row.orderNo = q.value(1).toString();
            row.account = q.value(2).toString();
            row.openid = q.value(3).toString();
            row.nickname = q.value(4).toString();
            row.product = q.value(5).toString();
            row.amountFen = q.value(6).toLongLong();
            row.placedAt = q.value(7).toLongLong();
            row.closeAt = q.value(8).toLongLong();
            row.status = orderStatusFromString(q.value(9).toString()).value_or(OrderStatus::Unpaid);
            out.append(row);
        }
        QSqlQuery r(db);
        if (!querytools::execIn(r,
                u"SELECT r.order_id, r.id, r.round, r.state, r.due_at FROM reminders r WHERE r.order_id IN "_s,
                chunk, error))
            return;
        QHash<qint64, QList<std::tuple<qint64, int, ReminderState, qint64>>> reminders;
        while (r.next())
            reminders[r.value(0).toLongLong()].append({ r.value(1).toLongLong(), r.value(2).toInt(),
                reminderStateFromString(r.value(3).toString()).value_or(ReminderState::Unknown),
                r.value(4).toLongLong() });
        for (qsizetype i = first; i < out.size(); ++i)
            summarise(out[i], reminders.value(out[i].orderId));
    });
    return out;
}

QList<qint64> PendingQuery::closingBetween(QSqlDatabase &db, qint64 after, qint64 upTo, QString *error)
{
    return querytools::selectIds(db,
        u"SELECT o.id FROM orders o WHERE o.status = 'unpaid' AND o.close_at > ? AND o.close_at <= ?"_s,
        { after, upTo }, error);
}

QList<qint64> PendingQuery::ordersOfReminders(
    QSqlDatabase &db, const QList<qint64> &reminderIds, QString *error)
{
    return querytools::selectIdsIn(
        db, u"SELECT DISTINCT r.order_id FROM reminders r WHERE r.id IN "_s, reminderIds, error);
}

QList<qint64> PendingQuery::ordersAfter(QSqlDatabase &db, qint64 id, QString *error)
{
    return querytools::selectIds(
        db, u"SELECT o.id FROM orders o WHERE o.id > ? ORDER BY o.id"_s, { id }, error);
}

qint64 PendingQuery::lastOrderId(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT COALESCE(MAX(id), 0) FROM orders"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace paynudge
