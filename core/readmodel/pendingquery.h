#pragma once

#include "domain/states.h"
#include "readmodel/sortkey.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QSqlDatabase;

namespace paynudge {

// The columns of the pending-orders table, each sortable on its typed value.
enum class PendingColumn
{
    OrderNo,
    Customer, // nickname (the masked openid is shown beside it, never sorted on)
    Account,
    Product,
    Amount, // fen
    PlacedAt,
    NextReminder, // due time of the earliest scheduled, retrying or sending reminder; none sorts last
    AutoClose, // close_at
    RoundsSent, // reminders WeChat accepted (or the dry run recorded)
    State, // see PendingRow::state
};
inline constexpr int kPendingColumnCount = 10;

struct PendingFilter
{
    QString search; // part of the order number or the nickname
    QString account; // empty: every account
};

// One pending order as the console shows it: the order and a summary of its reminders.
struct PendingRow
{
    qint64 orderId = 0;
    QString orderNo;
    QString account;
    QString openid;
    QString nickname;
    QString product;
    qint64 amountFen = 0;
    qint64 placedAt = 0;
    qint64 closeAt = 0;
    OrderStatus status = OrderStatus::Unpaid; // paid or closed: it has left the list
    std::optional<qint64> nextDueAt; // the earliest open (scheduled, retrying, sending) reminder
    qint64 nextReminderId = 0; // that reminder: "send now" and "skip" act on it
    ReminderState nextState = ReminderState::Scheduled;
    qint64 unknownReminderId = 0; // a reminder whose outcome is unknown: "resolve" acts on it
    int roundsSent = 0;
    int rounds = 0;
    // What needs attention first: `unknown` if any reminder is, else the next open reminder's
    // state, else the last round's; nothing for an order without reminders.
    std::optional<ReminderState> state;
};

// The pending-orders list: unpaid orders before their close time, filtered and sorted in SQL
// (values always bound). A value type, so a copy can run on the reader thread.
struct PendingQuery
{
    PendingFilter filter;
    // The default reads straight off the (status, close_at) index: a million orders in well under
    // a second, the orders closest to being lost first.
    PendingColumn sortColumn = PendingColumn::AutoClose;
    Qt::SortOrder order = Qt::AscendingOrder;

    // The ids of the matching orders at `now`, in order.
    QList<qint64> ids(QSqlDatabase &db, qint64 now, QString *error) const;
    // Reads one order's sort key at `now` with one prepared statement (binary-search probes):
    // nothing when the order does not belong to the list.
    std::function<std::optional<SortKey>(qint64 id)> keyReader(QSqlDatabase &db, qint64 now) const;
    // What the matching orders at `now` are worth together, in fen; -1 if it cannot be read.
    qint64 totalFen(QSqlDatabase &db, qint64 now, QString *error) const;

    static QList<PendingRow> rows(QSqlDatabase &db, const QList<qint64> &ids, QString *error);
    // Unpaid orders whose close time fell in (after, upTo]: they leave the list without any event.
    static QList<qint64> closingBetween(QSqlDatabase &db, qint64 after, qint64 upTo, QString *error);
    // The orders of some reminders (remindersChanged names reminders).
    static QList<qint64> ordersOfReminders(
        QSqlDatabase &db, const QList<qint64> &reminderIds, QString *error);
    // Orders stored after `id` (by this process or another one), in id order.
    static QList<qint64> ordersAfter(QSqlDatabase &db, qint64 id, QString *error);
    static qint64 lastOrderId(QSqlDatabase &db);
};

} // namespace paynudge
