#include "store/orderstore.h"

#include "domain/clientmsgid.h"
#include "store/bindvalues.h"
#include "store/changenotice.h"
#include "store/database.h"
#include "store/multirowinsert.h"
#include "store/nativestatement.h"
#include "store/sqlerror.h"
#include "store/sqlvalue.h"
#include "store/statusquery.h"
#include "store/storederror.h"
#include "store/transaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrders, "paynudge.core.store.orders")

namespace paynudge {

const char16_t kOrderColumns[]
    = u"o.id, o.order_no, o.account, o.openid, o.nickname, o.product, o.amount_fen, "
      u"o.placed_at, o.close_at, o.close_at_given, o.use_time, o.url, o.vars, o.status, "
      u"o.status_at, o.created_at";
const char16_t kReminderColumns[]
    = u"r.id, r.order_id, r.account, r.round, r.manual, r.due_at, r.state, "
      u"r.client_msg_id, r.attempts, r.first_attempt_at, r.last_attempt_at, r.reason, "
      u"r.errcode, r.msgid, r.updated_at, r.maybe_sent_at";
const char16_t kAttemptColumns[]
    = u"a.id, a.reminder_id, a.started_at, a.finished_at, a.outcome, a.errcode, "
      u"a.errmsg, a.rid, a.msgid, a.latency_ms, a.manual, a.actor, a.detail, a.variant";

namespace {

QString cols(const char16_t *c)
{
    return QString::fromUtf16(c);
}

// A read that stopped on an error (a damaged page, an I/O error) ends like "no more rows" in
// Qt Sql; only lastError() tells the two apart.
void noteReadError(const QSqlQuery &q, QString *readError)
{
    if (readError && readError->isEmpty() && q.lastError().type() != QSqlError::NoError)
        *readError
            = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
}

} // namespace

OrderRecord readOrder(const QSqlQuery &q, int i)
{
    OrderRecord o;
    o.id = q.value(i).toLongLong();
    o.input.orderNo = q.value(i + 1).toString();
    o.input.account = q.value(i + 2).toString();
    o.input.openid = q.value(i + 3).toString();
    o.input.nickname = q.value(i + 4).toString();
    o.input.product = q.value(i + 5).toString();
    o.input.amountFen = q.value(i + 6).toLongLong();
    o.input.placedAt = q.value(i + 7).toLongLong();
    o.closeAt = q.value(i + 8).toLongLong();
    o.input.closeAt = optionalValue<qint64>(q, i + 9);
    o.input.useTime = q.value(i + 10).toString();
    o.input.url = q.value(i + 11).toString();
    o.input.vars = QJsonDocument::fromJson(q.value(i + 12).toString().toUtf8()).object();
    o.status = orderStatusFromString(q.value(i + 13).toString()).value_or(OrderStatus::Unpaid);
    o.statusAt = optionalValue<qint64>(q, i + 14);
    o.createdAt = q.value(i + 15).toLongLong();
    return o;
}

ReminderRecord readReminder(const QSqlQuery &q, int i)
{
    ReminderRecord r;
    r.id = q.value(i).toLongLong();
    r.orderId = q.value(i + 1).toLongLong();
    r.account = q.value(i + 2).toString();
    r.round = q.value(i + 3).toInt();
    r.manual = q.value(i + 4).toBool();
    r.dueAt = q.value(i + 5).toLongLong();
    r.state = reminderStateFromString(q.value(i + 6).toString()).value_or(ReminderState::Unknown);
    r.clientMsgId = q.value(i + 7).toString();
    r.attempts = q.value(i + 8).toInt();
    r.firstAttemptAt = optionalValue<qint64>(q, i + 9);
    r.lastAttemptAt = optionalValue<qint64>(q, i + 10);
    r.reason = q.value(i + 11).toString();
    r.errcode = optionalValue<int>(q, i + 12);
    r.msgid = optionalValue<qint64>(q, i + 13);
    r.updatedAt = q.value(i + 14).toLongLong();
    r.maybeSentAt = optionalValue<qint64>(q, i + 15);
    return r;
}

AttemptRecord readAttempt(const QSqlQuery &q, int i)
{
    AttemptRecord a;
    a.id = q.value(i).toLongLong();
    a.reminderId = q.value(i + 1).toLongLong();
    a.startedAt = q.value(i + 2).toLongLong();
    a.finishedAt = optionalValue<qint64>(q, i + 3);
    a.outcome = attemptOutcomeFromString(q.value(i + 4).toString()).value_or(AttemptOutcome::Unknown);
    a.errcode = optionalValue<int>(q, i + 5);
    a.errmsg = q.value(i + 6).toString();
    a.rid = q.value(i + 7).toString();
    a.msgid = optionalValue<qint64>(q, i + 8);
    a.latencyMs = optionalValue<qint64>(q, i + 9);
    a.manual = q.value(i + 10).toBool();
    a.actor = q.value(i + 11).toString();
    a.detail = q.value(i + 12).toString();
    a.variant = q.value(i + 13).toString();
    return a;
}

// Prepared once per store: preparing is a large part of a small statement's cost.
struct OrderStore::Statements
{
    explicit Statements(QSqlDatabase &db)
        : insertHistory(db)
        , orderByNo(db)
        , remindersOf(db)
        , takeEarlyEvent(db)
        , keepEarlyEvent(db)
        , setStatus(db)
        , cancelOpen(db)
        , cancelUnstarted(db)
        , finishUnstarted(db)
        , anyEarlyEvent(db)
        , lastOrderId(db)
        , lastReminderId(db)
        , idByNo(db)
        , saveCursor(db)
        , readCursor(db)
    { }
    bool prepare(SqlDialect dialect, QString *error)
    {
        for (QSqlQuery *q : { &orderByNo, &remindersOf, &takeEarlyEvent, &anyEarlyEvent, &cancelOpen,
                 &cancelUnstarted, &lastOrderId, &lastReminderId, &idByNo, &readCursor })
            q->setForwardOnly(true);
        // New ids: SQLite's last id (the write transaction keeps them free), PostgreSQL's sequence
        // (other engines insert at the same time; a sequence never hands one id out twice).
        const auto nextIds = [dialect](const QString &table) {
            return dialect == SqlDialect::Postgres
                ? u"SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, ?)"_s.arg(
                    table)
                : u"SELECT coalesce(max(id), 0) FROM %1"_s.arg(table);
        };
        return prepareOrReport(insertHistory,
                   u"INSERT INTO send_attempts (reminder_id, started_at, finished_at, outcome, errmsg, "
                   u"reason_code, reason_args, engine) VALUES (?,?,?,?,?,?,?,?)"_s,
                   error)
            && prepareOrReport(orderByNo,
                u"SELECT "_s + cols(kOrderColumns) + u" FROM orders o WHERE o.order_no = ?"_s, error)
            && prepareOrReport(remindersOf,
                u"SELECT "_s + cols(kReminderColumns)
                    + u" FROM reminders r WHERE r.order_id = ? ORDER BY r.round"_s,
                error)
            && prepareOrReport(
                takeEarlyEvent, u"DELETE FROM early_events WHERE order_no = ? RETURNING kind, at"_s, error)
            && prepareOrReport(keepEarlyEvent,
                u"INSERT INTO early_events (order_no, kind, at, received_at) VALUES (?,?,?,?) "
                u"ON CONFLICT (order_no) DO NOTHING"_s,
                error)
            && prepareOrReport(setStatus,
                u"UPDATE orders SET status = ?, status_at = ? WHERE id = ? AND status = 'unpaid'"_s, error)
            && prepareOrReport(cancelOpen,
                u"UPDATE reminders SET state = 'cancelled', reason = ?, updated_at = ? "
                u"WHERE order_id = ? AND state IN ('scheduled', 'retry_wait') RETURNING id"_s,
                error)
            && prepareOrReport(cancelUnstarted,
                u"UPDATE reminders SET state = 'cancelled', reason = ?, updated_at = ? "
                u"WHERE id = ? AND order_id = ? AND state = 'sending' RETURNING id"_s,
                error)
            && prepareOrReport(finishUnstarted,
                u"UPDATE send_attempts SET finished_at = ?, outcome = ?, errmsg = ?, reason_code = ?, "
                u"reason_args = ? WHERE id = ? AND reminder_id = ? AND finished_at IS NULL"_s,
                error)
            && prepareOrReport(anyEarlyEvent, u"SELECT EXISTS (SELECT 1 FROM early_events)"_s, error)
            && prepareOrReport(lastOrderId, nextIds(u"orders"_s), error)
            && prepareOrReport(lastReminderId, nextIds(u"reminders"_s), error)
            && prepareOrReport(idByNo, u"SELECT id FROM orders WHERE order_no = ?"_s, error)
            && prepareOrReport(saveCursor,
                u"INSERT INTO cursors (name, value, updated_at) VALUES (?,?,?) "
                u"ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s,
                error)
            && prepareOrReport(readCursor, u"SELECT value FROM cursors WHERE name = ?"_s, error);
    }

    QSqlQuery insertHistory, orderByNo, remindersOf, takeEarlyEvent, keepEarlyEvent, setStatus, cancelOpen,
        cancelUnstarted, finishUnstarted, anyEarlyEvent, lastOrderId, lastReminderId, idByNo, saveCursor,
        readCursor;
};

OrderStore::OrderStore(Database &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>(db.db()))
{
    QString error;
    if (!m_st->prepare(db.dialect(), &error))
        qCCritical(lcOrders).noquote() << "cannot prepare order statements:" << error;
}

OrderStore::~OrderStore() = default;

AcceptResult OrderStore::accept(const OrderInput &order, const AccountPlans &plans, qint64 now)
{
    bool committed = false;
    QString error;
    QList<AcceptResult> results
        = acceptMany({ order }, plans, now, BatchMode::AllOrNothing, &committed, &error);
    AcceptResult r = results.value(0);
    if (!error.isEmpty() && r.kind != AcceptResult::Kind::Conflict) {
        r.kind = AcceptResult::Kind::Error;
        r.error = error;
    }
    return r;
}

bool OrderStore::hasEarlyEvents()
{
    QSqlQuery &q = m_st->anyEarlyEvent;
    const bool any = execOrReport(q, nullptr) && q.next() && q.value(0).toBool();
    q.finish();
    return any;
}

namespace {

QString varsText(const QJsonObject &vars)
{
    return vars.isEmpty() ? u"{}"_s : QString::fromUtf8(QJsonDocument(vars).toJson(QJsonDocument::Compact));
}

} // namespace

// The two inserts every accepted order makes, on the native handle and many rows per statement:
// bulk intake is bound by per-row overhead, and Qt Sql's per-value QVariant binding costs more
// than SQLite's insert. Ids are given by acceptMany, so they are bound too.
struct OrderStore::BulkInserts
{
    MultiRowInsert orders { u"orders"_s,
        { u"id"_s, u"order_no"_s, u"account"_s, u"openid"_s, u"nickname"_s, u"product"_s, u"amount_fen"_s,
            u"placed_at"_s, u"close_at"_s, u"close_at_given"_s, u"use_time"_s, u"url"_s, u"vars"_s,
            u"status"_s, u"status_at"_s, u"created_at"_s },
        u"ON CONFLICT (order_no) DO NOTHING"_s };
    MultiRowInsert reminders { u"reminders"_s,
        { u"id"_s, u"order_id"_s, u"account"_s, u"round"_s, u"due_at"_s, u"state"_s, u"client_msg_id"_s,
            u"reason"_s, u"updated_at"_s } };
};

QList<AcceptResult> OrderStore::acceptMany(const QList<OrderInput> &orders, const AccountPlans &plans,
    qint64 now, BatchMode mode, bool *committed, QString *error, const StoreCursor *cursor)
{
    *committed = false;
    Transaction tx(m_db.db());
    if (!tx.isActive()) {
        *error = u"cannot start a transaction: "_s + tx.error();
        return {};
    }
    if (!m_bulk)
        m_bulk = std::make_unique<BulkInserts>();
    QList<AcceptResult> results(orders.size());
    if (!insertNew(orders, plans, now, results, error))
        return {}; // the transaction rolls back: nothing of this call is kept
    QList<qsizetype> taken; // numbers already stored: settled once every new order is in
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (results.at(i).kind != AcceptResult::Kind::Created)
            taken << i;
    }
    bool wrote = taken.size() < orders.size();
    for (qsizetype i : std::as_const(taken)) {
        QString why;
        if (!settleTaken(orders.at(i), now, results[i], &why)) {
            *error = u"order %1 (index %2): %3"_s.arg(orders.at(i).orderNo).arg(i).arg(why);
            return {};
        }
        if (results.at(i).kind == AcceptResult::Kind::Conflict && mode == BatchMode::AllOrNothing) {
            *error = u"order %1 (index %2) already exists with different content"_s.arg(orders.at(i).orderNo)
                         .arg(i);
            return results.mid(0, i + 1);
        }
    }
    if (cursor) {
        QSqlQuery &c = m_st->saveCursor;
        c.addBindValue(cursor->name);
        c.addBindValue(cursor->value);
        c.addBindValue(now);
        if (!execOrReport(c, error))
            return {};
        wrote = true;
    }
    if (!wrote) {
        *committed = true; // nothing to write: every order was already there
        return results;
    }
    QList<qint64> created;
    for (const AcceptResult &r : std::as_const(results))
        if (r.kind == AcceptResult::Kind::Created)
            created << r.order.id;
    if (!created.isEmpty()
        && !m_db.notify({ ChangeNotice::Kind::Orders, m_db.options().instance, created }, error))
        return {};
    if (!tx.commit()) {
        *error = u"cannot commit: "_s + tx.error();
        return {};
    }
    *committed = true;
    return results;
}

bool OrderStore::insertNew(const QList<OrderInput> &orders, const AccountPlans &plans, qint64 now,
    QList<AcceptResult> &results, QString *error)
{
    Statements &st = *m_st;
    // Ids are chosen here, not by the database, so that one statement can carry many orders and
    // each still knows its id.
    QList<qint64> orderIds;
    if (!reserveIds(st.lastOrderId, orders.size(), &orderIds, error))
        return false;

    // Early events are rare; asking once per call keeps the common path to plain inserts.
    const bool checkEarly = hasEarlyEvents();
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const OrderInput &in = orders.at(i);
        AcceptResult &r = results[i];
        if (checkEarly && !takeEarlyEvent(in.orderNo, &r.early, error))
            return false;
        r.kind = AcceptResult::Kind::Created; // until the insert says otherwise
        r.order.id = orderIds.at(i);
        r.order.input = in;
        r.order.closeAt = plans.of(in.account).effectiveCloseAt(in.placedAt, in.closeAt);
        r.order.status = r.early ? r.early->first : OrderStatus::Unpaid;
        r.order.statusAt = r.early ? std::optional<qint64>(r.early->second) : std::nullopt;
        r.order.createdAt = now;
    }

    qint64 written = 0;
    const bool inserted = m_bulk->orders.insert(
        m_db.db(), orders.size(),
        [&](auto &ins, qsizetype i, int at) {
            const OrderRecord &o = results.at(i).order;
            ins.bind(at, o.id);
            ins.bind(at + 1, o.input.orderNo);
            ins.bind(at + 2, o.input.account);
            ins.bind(at + 3, o.input.openid);
            ins.bind(at + 4, o.input.nickname);
            ins.bind(at + 5, o.input.product);
            ins.bind(at + 6, o.input.amountFen);
            ins.bind(at + 7, o.input.placedAt);
            ins.bind(at + 8, o.closeAt);
            ins.bind(at + 9, o.input.closeAt);
            ins.bind(at + 10, o.input.useTime);
            ins.bind(at + 11, o.input.url);
            ins.bind(at + 12, varsText(o.input.vars));
            ins.bind(at + 13, wireName(o.status));
            ins.bind(at + 14, o.statusAt);
            ins.bind(at + 15, now);
        },
        &written, error);
    if (!inserted)
        return false;
    if (written < orders.size() && !markTaken(results, error))
        return false;

    QList<ReminderRecord *> rows; // each order's list is complete once planned: they stay put
    QList<Error> why; // beside rows: a skip's or cancel's reason as a code
    for (AcceptResult &r : results) {
        if (r.kind != AcceptResult::Kind::Created)
            continue;
        why += planReminders(plans.of(r.order.input.account), now, r);
        r.early.reset();
        for (ReminderRecord &rem : r.reminders)
            rows << &rem;
    }
    QList<qint64> reminderIds;
    if (!reserveIds(st.lastReminderId, rows.size(), &reminderIds, error))
        return false;
    for (qsizetype k = 0; k < rows.size(); ++k)
        rows[k]->id = reminderIds.at(k);
    const bool planned = m_bulk->reminders.insert(
        m_db.db(), rows.size(),
        [&](auto &ir, qsizetype k, int at) {
            const ReminderRecord &rem = *rows.at(k);
            ir.bind(at, rem.id);
            ir.bind(at + 1, rem.orderId);
            ir.bind(at + 2, rem.account);
            ir.bind(at + 3, qint64(rem.round));
            ir.bind(at + 4, rem.dueAt);
            ir.bind(at + 5, wireName(rem.state));
            ir.bind(at + 6, rem.clientMsgId);
            ir.bind(at + 7, rem.reason);
            ir.bind(at + 8, now);
        },
        nullptr, error);
    if (!planned)
        return false;

    for (qsizetype k = 0; k < rows.size(); ++k) {
        const ReminderRecord *rem = rows.at(k);
        if (rem->state == ReminderState::Scheduled)
            continue;
        // Decided without a send: the history still says what happened and why.
        QSqlQuery &h = st.insertHistory;
        h.addBindValue(rem->id);
        h.addBindValue(now);
        h.addBindValue(now);
        h.addBindValue(wireName(
            rem->state == ReminderState::Cancelled ? AttemptOutcome::Cancelled : AttemptOutcome::Skipped));
        h.addBindValue(bind::text(rem->reason));
        storedError::bind(h, why.at(k)); // which rule skipped it: the history filters by the code
        h.addBindValue(m_db.options().instance);
        if (!execOrReport(h, error))
            return false;
    }
    return true;
}

bool OrderStore::takeEarlyEvent(
    const QString &orderNo, std::optional<std::pair<OrderStatus, qint64>> *early, QString *error)
{
    QSqlQuery &q = m_st->takeEarlyEvent;
    q.addBindValue(orderNo);
    if (!execOrReport(q, error))
        return false;
    if (q.next())
        *early = std::make_pair(orderStatusFromString(q.value(0).toString()).value_or(OrderStatus::Paid),
            q.value(1).toLongLong());
    q.finish();
    return true;
}

bool OrderStore::markTaken(QList<AcceptResult> &results, QString *error)
{
    // Some numbers were already taken (a retry, a conflict, or twice in this call): an order was
    // stored now exactly when its number carries the id given to it above.
    QSqlQuery &q = m_st->idByNo;
    for (AcceptResult &r : results) {
        q.addBindValue(r.order.input.orderNo);
        if (!execOrReport(q, error))
            return false;
        const bool ours = q.next() && q.value(0).toLongLong() == r.order.id;
        q.finish();
        if (!ours)
            r.kind = AcceptResult::Kind::Duplicate; // for now: settleTaken tells a retry from a conflict
    }
    return true;
}

bool OrderStore::reserveIds(QSqlQuery &next, qsizetype count, QList<qint64> *ids, QString *error)
{
    ids->clear();
    if (count == 0)
        return true;
    ids->reserve(count);
    if (m_db.dialect() == SqlDialect::Postgres)
        next.addBindValue(qint64(count));
    if (!execOrReport(next, error)) {
        *error = u"cannot reserve ids: "_s + *error;
        return false;
    }
    while (next.next())
        ids->append(next.value(0).toLongLong());
    next.finish();
    if (m_db.dialect() == SqlDialect::Sqlite && ids->size() == 1) {
        const qint64 last = ids->takeFirst();
        for (qsizetype i = 1; i <= count; ++i)
            ids->append(last + i);
    }
    if (ids->size() != count) {
        *error = u"cannot reserve ids: %1 of %2"_s.arg(ids->size()).arg(count);
        return false;
    }
    return true;
}

QList<Error> OrderStore::planReminders(const ReminderPlan &plan, qint64 now, AcceptResult &r)
{
    const auto &early = r.early;
    const Error earlyProblem = !early       ? Error()
        : early->first == OrderStatus::Paid ? Error(ErrorCode::HistoryPaidBeforeArrived)
                                            : Error(ErrorCode::HistoryClosedBeforeArrived);
    const QString earlyReason = early ? earlyProblem.englishText() : QString();
    QList<Error> why;
    for (const PlannedReminder &p : plan.plan(r.order.input.placedAt, r.order.closeAt)) {
        ReminderRecord rem;
        rem.orderId = r.order.id;
        rem.orderNo = r.order.input.orderNo;
        rem.account = r.order.input.account;
        rem.round = p.round;
        rem.dueAt = p.dueAt;
        rem.state = early ? ReminderState::Cancelled : p.state;
        rem.reason = early ? earlyReason : p.reason;
        rem.clientMsgId = clientMsgIdFor(rem.orderNo, p.round);
        rem.updatedAt = now;
        r.reminders.append(rem);
        why.append(early ? earlyProblem : p.problem);
    }
    return why;
}

bool OrderStore::settleTaken(const OrderInput &in, qint64 now, AcceptResult &r, QString *error)
{
    // The number is taken: the same order again (a safe retry) or a different one (conflict).
    Statements &st = *m_st;
    if (r.early) {
        // The order was already here, so the event was not early after all: put it back untouched.
        st.keepEarlyEvent.addBindValue(in.orderNo);
        st.keepEarlyEvent.addBindValue(wireName(r.early->first));
        st.keepEarlyEvent.addBindValue(r.early->second);
        st.keepEarlyEvent.addBindValue(now);
        if (!execOrReport(st.keepEarlyEvent, error))
            return false;
        r.early.reset();
    }
    st.orderByNo.addBindValue(in.orderNo);
    if (!execOrReport(st.orderByNo, error))
        return false;
    if (!st.orderByNo.next()) {
        *error = u"order vanished during insert"_s;
        return false;
    }
    r.order = readOrder(st.orderByNo, 0);
    st.orderByNo.finish();
    // Only on this rare path is content compared: the hot path stores no digest at all.
    const bool same = r.order.input.fingerprint() == in.fingerprint();
    r.kind = same ? AcceptResult::Kind::Duplicate : AcceptResult::Kind::Conflict;
    r.reminders = remindersOf(r.order.id);
    return true;
}

std::optional<qint64> OrderStore::cursor(const QString &name, QString *error)
{
    QSqlQuery &q = m_st->readCursor;
    q.addBindValue(name);
    if (!execOrReport(q, error))
        return std::nullopt;
    std::optional<qint64> value;
    if (q.next())
        value = q.value(0).toLongLong();
    else
        noteReadError(q, error);
    q.finish();
    return value;
}

OrderEventResult OrderStore::markPaid(const QString &orderNo, qint64 paidAt, qint64 now,
    const QList<UnstartedAttempt> &unstarted, ErrorCode reason)
{
    return recordEvent(orderNo, OrderStatus::Paid, paidAt, now, unstarted, reason);
}

OrderEventResult OrderStore::markClosed(
    const QString &orderNo, qint64 closedAt, qint64 now, const QList<UnstartedAttempt> &unstarted)
{
    return recordEvent(orderNo, OrderStatus::Closed, closedAt, now, unstarted, ErrorCode::HistoryOrderClosed);
}

OrderEventResult OrderStore::recordEvent(const QString &orderNo, OrderStatus kind, qint64 at, qint64 now,
    const QList<UnstartedAttempt> &unstarted, ErrorCode reasonCode)
{
    OrderEventResult r;
    Statements &st = *m_st;
    Transaction tx(m_db.db());
    if (!tx.isActive()) {
        r.error = u"cannot start a transaction: "_s + tx.error();
        return r;
    }
    st.orderByNo.addBindValue(orderNo);
    if (!execOrReport(st.orderByNo, &r.error))
        return r;
    if (!st.orderByNo.next()) {
        noteReadError(st.orderByNo, &r.error); // a failed read is not "order not known yet"
        st.orderByNo.finish();
        if (!r.error.isEmpty())
            return r;
        st.keepEarlyEvent.addBindValue(orderNo);
        st.keepEarlyEvent.addBindValue(wireName(kind));
        st.keepEarlyEvent.addBindValue(at);
        st.keepEarlyEvent.addBindValue(now);
        if (!execOrReport(st.keepEarlyEvent, &r.error))
            return r;
        if (!tx.commit()) {
            r.error = u"cannot commit: "_s + tx.error();
            return r;
        }
        r.ok = true;
        r.known = false;
        r.status = kind;
        return r;
    }
    const OrderRecord order = readOrder(st.orderByNo, 0);
    st.orderByNo.finish();
    r.known = true;
    r.orderId = order.id;
    r.status = order.status;
    if (order.status != OrderStatus::Unpaid) {
        r.ok = true; // already settled: repeating the event changes nothing
        return r;
    }
    st.setStatus.addBindValue(wireName(kind));
    st.setStatus.addBindValue(at);
    st.setStatus.addBindValue(order.id);
    if (!execOrReport(st.setStatus, &r.error))
        return r;
    const StoredReason reason = reasonCode;
    st.cancelOpen.addBindValue(reason.text);
    st.cancelOpen.addBindValue(now);
    st.cancelOpen.addBindValue(order.id);
    if (!execOrReport(st.cancelOpen, &r.error))
        return r;
    while (st.cancelOpen.next())
        r.cancelledReminderIds.append(st.cancelOpen.value(0).toLongLong());
    st.cancelOpen.finish();
    for (qint64 id : std::as_const(r.cancelledReminderIds)) {
        QSqlQuery &h = st.insertHistory;
        h.addBindValue(id);
        h.addBindValue(now);
        h.addBindValue(now);
        h.addBindValue(wireName(AttemptOutcome::Cancelled));
        h.addBindValue(reason.text);
        storedError::bind(h, reason.problem);
        h.addBindValue(m_db.options().instance);
        if (!execOrReport(h, &r.error))
            return r;
    }
    for (const UnstartedAttempt &a : unstarted) {
        st.cancelUnstarted.addBindValue(reason.text);
        st.cancelUnstarted.addBindValue(now);
        st.cancelUnstarted.addBindValue(a.reminderId);
        st.cancelUnstarted.addBindValue(order.id);
        if (!execOrReport(st.cancelUnstarted, &r.error))
            return r;
        const bool cancelled = st.cancelUnstarted.next();
        st.cancelUnstarted.finish();
        if (!cancelled)
            continue; // not this order's, or no longer sending: the caller sends it after all
        st.finishUnstarted.addBindValue(now);
        st.finishUnstarted.addBindValue(wireName(AttemptOutcome::Cancelled));
        st.finishUnstarted.addBindValue(reason.text);
        storedError::bind(st.finishUnstarted, reason.problem);
        st.finishUnstarted.addBindValue(a.attemptId);
        st.finishUnstarted.addBindValue(a.reminderId);
        if (!execOrReport(st.finishUnstarted, &r.error))
            return r;
        r.cancelledReminderIds.append(a.reminderId);
    }
    if (!m_db.notify({ ChangeNotice::Kind::Orders, m_db.options().instance, { order.id } }, &r.error))
        return r;
    if (!tx.commit()) {
        r.error = u"cannot commit: "_s + tx.error();
        return r;
    }
    r.ok = true;
    r.status = kind;
    return r;
}

std::optional<OrderRecord> OrderStore::orderByNo(const QString &orderNo, QString *readError)
{
    QSqlQuery &q = m_st->orderByNo;
    q.addBindValue(orderNo);
    if (!execOrReport(q, nullptr) || !q.next()) {
        noteReadError(q, readError);
        q.finish();
        return std::nullopt;
    }
    OrderRecord o = readOrder(q, 0);
    q.finish();
    return o;
}

std::optional<OrderRecord> OrderStore::orderById(qint64 id)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT "_s + cols(kOrderColumns) + u" FROM orders o WHERE o.id = ?"_s);
    q.addBindValue(id);
    if (!execOrReport(q, nullptr) || !q.next())
        return std::nullopt;
    return readOrder(q, 0);
}

QList<ReminderRecord> OrderStore::remindersOf(qint64 orderId, QString *readError)
{
    QList<ReminderRecord> out;
    QSqlQuery &q = m_st->remindersOf;
    q.addBindValue(orderId);
    if (!execOrReport(q, nullptr)) {
        noteReadError(q, readError);
        return out;
    }
    while (q.next())
        out.append(readReminder(q, 0));
    noteReadError(q, readError);
    q.finish();
    if (!out.isEmpty()) {
        if (const auto o = orderById(orderId))
            for (ReminderRecord &r : out)
                r.orderNo = o->input.orderNo;
    }
    return out;
}

QList<AttemptRecord> OrderStore::attemptsOf(qint64 orderId, QString *readError)
{
    QList<AttemptRecord> out;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT "_s + cols(kAttemptColumns)
        + u" FROM send_attempts a JOIN reminders r ON r.id = a.reminder_id WHERE r.order_id = ? "
          u"ORDER BY a.started_at, a.id"_s);
    q.addBindValue(orderId);
    if (!execOrReport(q, nullptr)) {
        noteReadError(q, readError);
        return out;
    }
    while (q.next())
        out.append(readAttempt(q, 0));
    noteReadError(q, readError);
    return out;
}

qint64 OrderStore::pendingCount(qint64 now)
{
    return std::max<qint64>(StatusQuery::pendingCount(m_db.db(), now), 0); // unreadable: 0, as before
}

} // namespace paynudge
