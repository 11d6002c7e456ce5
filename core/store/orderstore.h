#pragma once

#include "domain/order.h"
#include "domain/reminderplan.h"
#include "store/storetypes.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>

namespace paynudge {

class Database;

// Orders and what happens to them as a whole: accepting (with the planned reminders, in one
// transaction) and the paid/closed events that cancel what is still scheduled.
class OrderStore
{
public:
    explicit OrderStore(Database &db);
    ~OrderStore();

    AcceptResult accept(const OrderInput &order, const AccountPlans &plans, qint64 now);

    using BatchMode = paynudge::BatchMode;
    // Results come back in input order. *committed says whether anything was written.
    // With `cursor`: moved to its value in the same transaction (see Store::acceptPolled).
    QList<AcceptResult> acceptMany(const QList<OrderInput> &orders, const AccountPlans &plans, qint64 now,
        BatchMode mode, bool *committed, QString *error, const StoreCursor *cursor = nullptr);
    std::optional<qint64> cursor(const QString &name, QString *error);

    // Settles an unpaid order and cancels its open reminders, `unstarted` among them.
    OrderEventResult markPaid(const QString &orderNo, qint64 paidAt, qint64 now,
        const QList<UnstartedAttempt> &unstarted = {}, ErrorCode reason = ErrorCode::HistoryOrderPaid);
    OrderEventResult markClosed(
        const QString &orderNo, qint64 closedAt, qint64 now, const QList<UnstartedAttempt> &unstarted = {});

    // With `readError`: a store that cannot be read sets it (SQLite's message), so a caller tells
    // "no such order" from "could not look" (an API must never answer 404 for the second).
    std::optional<OrderRecord> orderByNo(const QString &orderNo, QString *readError = nullptr);
    std::optional<OrderRecord> orderById(qint64 id);
    QList<ReminderRecord> remindersOf(qint64 orderId, QString *readError = nullptr);
    QList<AttemptRecord> attemptsOf(qint64 orderId, QString *readError = nullptr);

    // Orders still unpaid and not past their close time.
    qint64 pendingCount(qint64 now);

private:
    struct Statements;
    struct BulkInserts;
    bool insertNew(const QList<OrderInput> &orders, const AccountPlans &plans, qint64 now,
        QList<AcceptResult> &results, QString *error);
    bool takeEarlyEvent(
        const QString &orderNo, std::optional<std::pair<OrderStatus, qint64>> *early, QString *error);
    bool markTaken(QList<AcceptResult> &results, QString *error);
    // Ids for `count` new rows: from `next` (the table's last id on SQLite, its sequence on PostgreSQL).
    bool reserveIds(QSqlQuery &next, qsizetype count, QList<qint64> *ids, QString *error);
    // Ids come after; returns each reminder's skip or cancel reason as a code (none: scheduled).
    QList<Error> planReminders(const ReminderPlan &plan, qint64 now, AcceptResult &result);
    bool settleTaken(const OrderInput &order, qint64 now, AcceptResult &result, QString *error);
    OrderEventResult recordEvent(const QString &orderNo, OrderStatus kind, qint64 at, qint64 now,
        const QList<UnstartedAttempt> &unstarted, ErrorCode reason);
    bool hasEarlyEvents();

    Database &m_db;
    std::unique_ptr<Statements> m_st;
    std::unique_ptr<BulkInserts> m_bulk; // prepared on first use
};

// Reading rows in the column order the store's SELECTs use (shared with the reminder queue).
OrderRecord readOrder(const QSqlQuery &q, int first);
ReminderRecord readReminder(const QSqlQuery &q, int first);
AttemptRecord readAttempt(const QSqlQuery &q, int first);
extern const char16_t kOrderColumns[];
extern const char16_t kReminderColumns[];
inline constexpr int kReminderColumnCount = 16; // what readReminder reads
extern const char16_t kAttemptColumns[];

} // namespace paynudge
