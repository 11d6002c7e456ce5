#include "store/reminderqueue.h"

#include "common/durationtext.h"
#include "domain/clientmsgid.h"
#include "store/bindvalues.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/sqlerror.h"
#include "store/statusquery.h"
#include "store/storederror.h"
#include "store/transaction.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QStringList>
#include <QVariant>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcQueue, "paynudge.core.store.queue")

namespace paynudge {
namespace {

QString joinedColumns()
{
    return QString::fromUtf16(kReminderColumns) + u", "_s + QString::fromUtf16(kOrderColumns)
        + u", r.requested_by"_s;
}

// Whether something supersedes a due round: NULL nothing, 0 a later round of its order that is
// due as well or already on its way, 1 an operator's send of its order that waits to go or went
// out later than kManualSpacingMs before the round's due time. The order's few reminders are read
// by the (order_id, round) key. Binds: now, kManualSpacingMs.
constexpr char16_t kSupersededBy[] = uR"(CASE WHEN r.manual = 1 THEN NULL ELSE (
    SELECT max(s.manual) FROM reminders s WHERE s.order_id = r.order_id AND (
        (s.manual = 0 AND s.round > r.round AND (s.state = 'retry_wait' OR s.state = 'sending' OR s.state = 'sent'
            OR s.state = 'dry_run' OR s.state = 'unknown' OR (s.state = 'scheduled' AND s.due_at <= ?)))
        OR (s.manual = 1 AND (s.state = 'scheduled' OR s.state = 'retry_wait'
            OR ((s.state = 'sending' OR s.state = 'sent' OR s.state = 'dry_run' OR s.state = 'unknown')
                AND s.last_attempt_at > min(r.due_at, coalesce(r.first_attempt_at, r.due_at)) - ?)))))
    END)";

// The claim's query: a range scan of reminders_state_due in due order, the order by primary key.
// Paused accounts change rarely and are few: their keys are bound into a NOT IN list.
QString dueSql(qsizetype pausedAccounts)
{
    QString sql = u"SELECT "_s + joinedColumns() + u", "_s + QString::fromUtf16(kSupersededBy)
        + u" FROM reminders r JOIN orders o ON o.id = r.order_id WHERE r.state = ? AND r.due_at <= ? "
          u"AND (? = 0 OR r.manual = 1)"_s;
    if (pausedAccounts > 0)
        sql += u" AND r.account NOT IN ("_s + bind::placeholders(pausedAccounts) + u')';
    return sql + u" ORDER BY r.due_at, r.id LIMIT ?"_s;
}

constexpr int kOrderFirst = kReminderColumnCount;
constexpr int kRequestedBy = kOrderFirst + 16; // after the 16 order columns
constexpr int kSupersededByColumn = kRequestedBy + 1;

// Every state in which a reminder's message went out or may have: what a customer may have got.
constexpr char16_t kWentOut[]
    = u"(state = 'sending' OR state = 'sent' OR state = 'dry_run' OR state = 'unknown')";

} // namespace

struct ReminderQueue::Statements
{
    explicit Statements(QSqlDatabase &db)
        : dueScheduled(db)
        , dueRetry(db)
        , markSending(db)
        , openAttempt(db)
        , settle(db)
        , finishAttempt(db)
        , updateReminder(db)
        , history(db)
        , nextDue(db)
    { }
    bool prepare(QString *error)
    {
        // Results are read once, front to back: no row cache.
        for (QSqlQuery *q : { &dueScheduled, &dueRetry, &nextDue })
            q->setForwardOnly(true);
        const QString due = dueSql(0);
        return prepareOrReport(dueScheduled, due, error)
            && prepareOrReport(dueRetry, due, error)
            // A whole batch in two statements: the ids travel as one bound JSON array.
            && prepareOrReport(markSending,
                u"UPDATE reminders SET state = 'sending', attempts = attempts + 1, "
                u"first_attempt_at = COALESCE(first_attempt_at, ?), last_attempt_at = ?, updated_at = ? "
                u"WHERE id IN (SELECT value FROM json_each(?))"_s,
                error)
            && prepareOrReport(openAttempt,
                u"INSERT INTO send_attempts (reminder_id, started_at, outcome, manual, actor) "
                u"SELECT id, ?, 'in_flight', manual, requested_by FROM reminders "
                u"WHERE id IN (SELECT value FROM json_each(?)) RETURNING id, reminder_id"_s,
                error)
            && prepareOrReport(
                settle, u"UPDATE reminders SET state = ?, reason = ?, updated_at = ? WHERE id = ?"_s, error)
            && prepareOrReport(finishAttempt,
                u"UPDATE send_attempts SET finished_at = ?, outcome = ?, errcode = ?, errmsg = ?, "
                u"reason_code = ?, reason_args = ?, rid = ?, msgid = ?, latency_ms = ?, detail = ? WHERE id = ?"_s,
                error)
            && prepareOrReport(updateReminder,
                u"UPDATE reminders SET state = ?, due_at = COALESCE(?, due_at), reason = ?, errcode = ?, "
                u"msgid = COALESCE(?, msgid), maybe_sent_at = COALESCE(maybe_sent_at, ?), updated_at = ? "
                u"WHERE id = ? AND state = 'sending'"_s,
                error)
            && prepareOrReport(history,
                u"INSERT INTO send_attempts (reminder_id, started_at, finished_at, outcome, errmsg, "
                u"reason_code, reason_args, manual, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                error)
            && prepareOrReport(nextDue, u"SELECT MIN(due_at) FROM reminders WHERE state = ?"_s, error);
    }

    QSqlQuery dueScheduled, dueRetry, markSending, openAttempt, settle, finishAttempt, updateReminder,
        history, nextDue;
};

ReminderQueue::ReminderQueue(Database &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>(db.db()))
{
    QString error;
    if (!m_st->prepare(&error))
        qCCritical(lcQueue).noquote() << "cannot prepare queue statements:" << error;
}

ReminderQueue::~ReminderQueue() = default;

QList<ClaimedReminder> ReminderQueue::dueIn(ReminderState state, qint64 now, int limit,
    const QSet<QString> &paused, bool manualOnly, QHash<qint64, bool> *supersededByManual, QString *error)
{
    QList<ClaimedReminder> out;
    QSqlQuery adHoc(m_db.db());
    adHoc.setForwardOnly(true);
    QSqlQuery *q = state == ReminderState::Scheduled ? &m_st->dueScheduled : &m_st->dueRetry;
    if (!paused.isEmpty()) {
        if (!prepareOrReport(adHoc, dueSql(paused.size()), error))
            return out;
        q = &adHoc;
    }
    q->addBindValue(now);
    q->addBindValue(kManualSpacingMs);
    q->addBindValue(wireName(state));
    q->addBindValue(now);
    q->addBindValue(manualOnly ? 1 : 0);
    for (const QString &account : paused)
        q->addBindValue(account);
    q->addBindValue(limit);
    if (!execOrReport(*q, error))
        return out;
    while (q->next()) {
        ClaimedReminder c;
        c.reminder = readReminder(*q, 0);
        c.order = readOrder(*q, kOrderFirst);
        c.reminder.orderNo = c.order.input.orderNo;
        c.manual = c.reminder.manual;
        c.actor = q->value(kRequestedBy).toString();
        if (const QVariant by = q->value(kSupersededByColumn); !by.isNull())
            supersededByManual->insert(c.reminder.id, by.toInt() == 1);
        out.append(c);
    }
    q->finish();
    return out;
}

namespace {
// A claim that failed half-way keeps nothing (its transaction rolls back) but says why, so the
// sweeper backs off instead of taking it for "nothing due".
ClaimReport failedClaim(const QString &error)
{
    ClaimReport r;
    r.error = error.isEmpty() ? u"cannot settle a due reminder"_s : error;
    return r;
}
} // namespace

ClaimReport ReminderQueue::claimDue(
    qint64 now, int limit, const QSet<QString> &pausedAccounts, bool manualOnly, qint64 lateLimitMs)
{
    ClaimReport report;
    if (limit <= 0)
        return report;
    Transaction tx(m_db.db());
    if (!tx.isActive()) {
        report.error = u"cannot start a transaction: "_s + tx.error();
        return report;
    }
    QHash<qint64, bool> supersededByManual; // reminder id → an operator's send (else a later round)
    auto due = dueIn(
        ReminderState::Scheduled, now, limit, pausedAccounts, manualOnly, &supersededByManual, &report.error);
    due += dueIn(
        ReminderState::RetryWait, now, limit, pausedAccounts, manualOnly, &supersededByManual, &report.error);
    if (!report.error.isEmpty())
        return report;
    std::sort(due.begin(), due.end(), [](const ClaimedReminder &a, const ClaimedReminder &b) {
        return std::tie(a.reminder.dueAt, a.reminder.id) < std::tie(b.reminder.dueAt, b.reminder.id);
    });
    if (due.size() > limit)
        due.resize(limit);

    Statements &st = *m_st;
    // Settles a due reminder without sending it, with a history row saying why.
    const auto settle = [&](ReminderRecord &reminder, ReminderState to, const StoredReason &reason) {
        st.settle.addBindValue(wireName(to));
        st.settle.addBindValue(reason.text);
        st.settle.addBindValue(now);
        st.settle.addBindValue(reminder.id);
        if (!execOrReport(st.settle, &report.error)
            || !writeHistory(reminder.id, now,
                to == ReminderState::Cancelled ? AttemptOutcome::Cancelled : AttemptOutcome::Skipped, reason,
                false, {}, &report.error))
            return false;
        reminder.state = to;
        reminder.reason = reason.text;
        (to == ReminderState::Cancelled ? report.cancelled : report.skipped).append(reminder);
        return true;
    };
    for (ClaimedReminder &c : due) {
        ReminderRecord &reminder = c.reminder;
        const OrderRecord &order = c.order;
        if (order.status != OrderStatus::Unpaid || now >= order.closeAt) {
            const bool cancelled = order.status != OrderStatus::Unpaid;
            const ErrorCode reason = cancelled
                ? (order.status == OrderStatus::Paid ? ErrorCode::HistoryOrderPaid
                                                     : ErrorCode::HistoryOrderClosed)
                : ErrorCode::HistoryClosedBeforeSent;
            if (!settle(reminder, cancelled ? ReminderState::Cancelled : ReminderState::Skipped, reason))
                return failedClaim(report.error);
            continue;
        }
        if (const auto by = supersededByManual.constFind(reminder.id); by != supersededByManual.cend()) {
            Error reason = *by
                ? Error(ErrorCode::HistorySupersededByOperator, {}, { durationText(kManualSpacingMs) })
                : Error(ErrorCode::HistorySupersededByRound);
            if (reminder.maybeSentAt)
                reason = Error(ErrorCode::HistoryMaybeDeliveredBefore).because(reason);
            if (!settle(reminder, ReminderState::Skipped, reason))
                return failedClaim(report.error);
            continue;
        }
        // Lateness counts from the first attempt of a retried reminder (its due time moved with
        // each retry). One that may have been delivered ends within the dedupe window anyway.
        const qint64 plannedAt = std::min(reminder.dueAt, reminder.firstAttemptAt.value_or(reminder.dueAt));
        if (lateLimitMs > 0 && !reminder.manual && !reminder.maybeSentAt && now - plannedAt > lateLimitMs) {
            if (!settle(reminder, ReminderState::Skipped,
                    Error(ErrorCode::HistoryLate, {},
                        { durationText(now - plannedAt), durationText(lateLimitMs) })))
                return failedClaim(report.error);
            continue;
        }
        reminder.state = ReminderState::Sending;
        reminder.attempts += 1;
        if (!reminder.firstAttemptAt)
            reminder.firstAttemptAt = now;
        reminder.lastAttemptAt = now;
        report.claimed.append(c);
    }
    if (!report.claimed.isEmpty()) {
        QStringList ids;
        ids.reserve(report.claimed.size());
        for (const ClaimedReminder &c : std::as_const(report.claimed))
            ids << QString::number(c.reminder.id);
        const QString idArray = u'[' + ids.join(u',') + u']';
        // Each statement is bound right before it runs: values bound to one that never ran (the
        // first failed) would stay and make every later claim fail with "parameter count mismatch".
        st.markSending.addBindValue(now);
        st.markSending.addBindValue(now);
        st.markSending.addBindValue(now);
        st.markSending.addBindValue(idArray);
        if (!execOrReport(st.markSending, &report.error))
            return failedClaim(report.error);
        st.openAttempt.addBindValue(now);
        st.openAttempt.addBindValue(idArray);
        if (!execOrReport(st.openAttempt, &report.error))
            return failedClaim(report.error);
        QHash<qint64, qint64> attemptOf; // reminder id → attempt id
        while (st.openAttempt.next())
            attemptOf.insert(st.openAttempt.value(1).toLongLong(), st.openAttempt.value(0).toLongLong());
        st.openAttempt.finish();
        for (ClaimedReminder &c : report.claimed)
            c.attemptId = attemptOf.value(c.reminder.id);
    }
    if (!tx.commit()) {
        report = {};
        report.error = u"cannot commit the claim: "_s + tx.error();
    }
    return report;
}

std::optional<qint64> ReminderQueue::nextDueAt(const QSet<QString> &pausedAccounts)
{
    if (!pausedAccounts.isEmpty())
        return StatusQuery::nextDueAt(m_db.db(), pausedAccounts);
    // The sweeper asks after every sweep: without paused accounts, on statements prepared once.
    std::optional<qint64> best;
    for (ReminderState s : { ReminderState::Scheduled, ReminderState::RetryWait }) {
        QSqlQuery &q = m_st->nextDue;
        q.addBindValue(wireName(s));
        if (execOrReport(q, nullptr) && q.next() && !q.value(0).isNull()) {
            const qint64 v = q.value(0).toLongLong();
            best = best ? std::min(*best, v) : v;
        }
        q.finish();
    }
    return best;
}

bool ReminderQueue::recordResults(const QList<AttemptResult> &results, QString *error, QList<qint64> *fenced)
{
    (void)fenced; // TODO(issue 16, queue helper): fence by lease_token on a shared store
    if (results.isEmpty())
        return true;
    Transaction tx(m_db.db());
    if (!tx.isActive()) {
        *error = u"cannot start a transaction: "_s + tx.error();
        return false;
    }
    Statements &st = *m_st;
    for (const AttemptResult &r : results) {
        QSqlQuery &a = st.finishAttempt;
        a.addBindValue(r.finishedAt);
        a.addBindValue(wireName(r.outcome));
        a.addBindValue(bind::optional(r.errcode));
        a.addBindValue(bind::text(r.errmsg));
        storedError::bind(a, r.problem);
        a.addBindValue(bind::text(r.rid));
        a.addBindValue(bind::optional(r.msgid));
        a.addBindValue(bind::optional(r.latencyMs));
        a.addBindValue(bind::text(r.detail));
        a.addBindValue(r.attemptId);
        if (!execOrReport(a, error)) // before binding the next: see claimDue
            return false;
        QSqlQuery &u = st.updateReminder;
        u.addBindValue(wireName(r.nextState));
        u.addBindValue(bind::optional(r.nextDueAt));
        u.addBindValue(bind::text(r.reason));
        u.addBindValue(bind::optional(r.errcode));
        u.addBindValue(bind::optional(r.msgid));
        u.addBindValue(bind::optional(r.maybeSentAt));
        u.addBindValue(r.finishedAt);
        u.addBindValue(r.reminderId);
        if (!execOrReport(u, error))
            return false;
    }
    if (!tx.commit()) {
        *error = u"cannot commit the outcomes: "_s + tx.error();
        return false;
    }
    return true;
}

RecoveryReport ReminderQueue::recoverInterrupted(
    qint64 now, qint64 dedupeWindowMs, const QSet<QString> &accountsWithoutDedupeKey)
{
    RecoveryReport report;
    Transaction tx(m_db.db());
    if (!tx.isActive())
        return report;
    QSqlQuery q(m_db.db());
    // The interrupted attempt may have been delivered from its start on; an earlier one that may
    // have been delivered opened the window sooner.
    q.prepare(
        u"SELECT id, account, COALESCE(maybe_sent_at, last_attempt_at, first_attempt_at) FROM reminders "
        u"WHERE state = 'sending'"_s);
    if (!execOrReport(q, nullptr))
        return report;
    QHash<qint64, qint64> maybeSentAt;
    QSet<qint64> withoutKey;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 since = q.value(2).isNull() ? now : q.value(2).toLongLong();
        maybeSentAt.insert(id, since);
        if (accountsWithoutDedupeKey.contains(q.value(1).toString()))
            withoutKey.insert(id);
        (!withoutKey.contains(id) && now - since < dedupeWindowMs ? report.retried : report.unknown)
            .append(id);
    }
    q.finish();

    QSqlQuery retry(m_db.db());
    retry.prepare(u"UPDATE reminders SET state = 'retry_wait', due_at = ?, maybe_sent_at = ?, updated_at = ? "
                  u"WHERE id = ?"_s);
    QSqlQuery lost(m_db.db());
    lost.prepare(
        u"UPDATE reminders SET state = 'unknown', reason = ?, maybe_sent_at = ?, updated_at = ? WHERE id = ?"_s);
    QSqlQuery attempt(m_db.db());
    attempt.prepare(u"UPDATE send_attempts SET outcome = ?, finished_at = ?, errmsg = ?, reason_code = ?, "
                    u"reason_args = ? WHERE reminder_id = ? AND outcome = 'in_flight'"_s);
    const StoredReason interrupted = ErrorCode::HistoryInterrupted;
    const StoredReason retrying = ErrorCode::HistoryInterruptedRetrying;
    for (qint64 id : std::as_const(report.retried)) {
        retry.addBindValue(now);
        retry.addBindValue(maybeSentAt.value(id));
        retry.addBindValue(now);
        retry.addBindValue(id);
        attempt.addBindValue(wireName(AttemptOutcome::Retrying));
        attempt.addBindValue(now);
        attempt.addBindValue(retrying.text);
        storedError::bind(attempt, retrying.problem);
        attempt.addBindValue(id);
        if (!execOrReport(retry, nullptr) || !execOrReport(attempt, nullptr))
            return {};
    }
    for (qint64 id : std::as_const(report.unknown)) {
        lost.addBindValue(withoutKey.contains(id)
                ? u"interrupted; this kind of message carries no client_msg_id, so a resend could "
                  u"reach the customer twice"_s
                : u"interrupted; the attempt is too long ago to retry without risking a duplicate"_s);
        lost.addBindValue(maybeSentAt.value(id));
        lost.addBindValue(now);
        lost.addBindValue(id);
        attempt.addBindValue(wireName(AttemptOutcome::Unknown));
        attempt.addBindValue(now);
        attempt.addBindValue(interrupted.text);
        storedError::bind(attempt, interrupted.problem);
        attempt.addBindValue(id);
        if (!execOrReport(lost, nullptr) || !execOrReport(attempt, nullptr))
            return {};
    }
    if (!tx.commit())
        return {};
    return report;
}

bool ReminderQueue::writeHistory(qint64 reminderId, qint64 now, AttemptOutcome outcome,
    const StoredReason &reason, bool manual, const QString &actor, QString *error)
{
    QSqlQuery &h = m_st->history;
    h.addBindValue(reminderId);
    h.addBindValue(now);
    h.addBindValue(now);
    h.addBindValue(wireName(outcome));
    h.addBindValue(bind::text(reason.text));
    storedError::bind(h, reason.problem);
    h.addBindValue(manual ? 1 : 0);
    h.addBindValue(bind::text(actor));
    return execOrReport(h, error);
}

std::optional<ReminderRecord> ReminderQueue::reminder(qint64 id)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT "_s + QString::fromUtf16(kReminderColumns)
        + u", o.order_no FROM reminders r JOIN orders o ON o.id = r.order_id WHERE r.id = ?"_s);
    q.addBindValue(id);
    if (!execOrReport(q, nullptr) || !q.next())
        return std::nullopt;
    ReminderRecord r = readReminder(q, 0);
    r.orderNo = q.value(kReminderColumnCount).toString();
    return r;
}

QString ReminderQueue::claimQueryPlan()
{
    QSqlQuery q(m_db.db());
    q.prepare(u"EXPLAIN QUERY PLAN "_s + dueSql(0));
    q.addBindValue(0);
    q.addBindValue(kManualSpacingMs);
    q.addBindValue(wireName(ReminderState::Scheduled));
    q.addBindValue(0);
    q.addBindValue(0);
    q.addBindValue(20);
    QStringList details;
    if (execOrReport(q, nullptr))
        while (q.next())
            details << q.value(3).toString();
    return details.join(u'\n');
}

qint64 ReminderQueue::countInState(ReminderState state)
{
    return StatusQuery::countInState(m_db.db(), state);
}

Error ReminderQueue::tooSoonAfterASend(qint64 orderId, qint64 exceptReminderId, qint64 now)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT max(last_attempt_at) FROM reminders WHERE order_id = ? AND id <> ? AND "_s
        + QString::fromUtf16(kWentOut) + u" AND last_attempt_at > ?"_s);
    q.addBindValue(orderId);
    q.addBindValue(exceptReminderId);
    q.addBindValue(now - kManualSpacingMs);
    QString error;
    if (!execOrReport(q, &error))
        return { ErrorCode::StoreFailed, {}, { error } };
    if (!q.next() || q.value(0).isNull())
        return {};
    const qint64 wentAt = q.value(0).toLongLong();
    return { ErrorCode::SendTooSoon, {},
        { durationText(now - wentAt), durationText(wentAt + kManualSpacingMs - now),
            durationText(kManualSpacingMs) } };
}

Error ReminderQueue::reopen(
    qint64 reminderId, qint64 now, const QString &actor, const QList<ReminderState> &from, ErrorCode refusal)
{
    const auto r = reminder(reminderId);
    if (!r)
        return ErrorCode::ReminderNotFound;
    if (!from.contains(r->state))
        return { refusal, {}, { wireName(r->state) } };
    if (Error tooSoon = tooSoonAfterASend(r->orderId, reminderId, now))
        return tooSoon;
    QSqlQuery q(m_db.db());
    // An operator's send of an `unknown` reminder is their decision to risk a second message: its
    // dedupe window starts afresh.
    q.prepare(u"UPDATE reminders SET state = ?, due_at = ?, manual = 1, requested_by = ?, updated_at = ?, "
              u"first_attempt_at = CASE WHEN state = 'unknown' THEN NULL ELSE first_attempt_at END, "
              u"maybe_sent_at = CASE WHEN state = 'unknown' THEN NULL ELSE maybe_sent_at END, reason = '' "
              u"WHERE id = ? AND state = ?"_s);
    q.addBindValue(
        wireName(r->state == ReminderState::RetryWait ? ReminderState::RetryWait : ReminderState::Scheduled));
    q.addBindValue(now);
    q.addBindValue(bind::text(actor));
    q.addBindValue(now);
    q.addBindValue(reminderId);
    q.addBindValue(wireName(r->state));
    QString error;
    if (!execOrReport(q, &error))
        return { ErrorCode::StoreFailed, {}, { error } };
    return q.numRowsAffected() == 1 ? Error() : Error(ErrorCode::ReminderChanged);
}

Error ReminderQueue::sendNow(qint64 reminderId, qint64 now, const QString &actor)
{
    return reopen(reminderId, now, actor, { ReminderState::Scheduled, ReminderState::RetryWait },
        ErrorCode::ReminderNotSendable);
}

Error ReminderQueue::resolveUnknownByResend(qint64 reminderId, qint64 now, const QString &actor)
{
    return reopen(reminderId, now, actor, { ReminderState::Unknown }, ErrorCode::ReminderNotUnknown);
}

Error ReminderQueue::skip(qint64 reminderId, qint64 now, const QString &actor)
{
    Transaction tx(m_db.db());
    const auto r = reminder(reminderId);
    if (!r)
        return ErrorCode::ReminderNotFound;
    if (r->state != ReminderState::Scheduled && r->state != ReminderState::RetryWait)
        return { ErrorCode::ReminderNotSkippable, {}, { wireName(r->state) } };
    const StoredReason reason = actor.isEmpty() ? Error(ErrorCode::HistorySkippedByOperator)
                                                : Error(ErrorCode::HistorySkippedBy, {}, { actor });
    m_st->settle.addBindValue(wireName(ReminderState::Skipped));
    m_st->settle.addBindValue(reason.text);
    m_st->settle.addBindValue(now);
    m_st->settle.addBindValue(reminderId);
    QString error;
    if (!execOrReport(m_st->settle, &error)
        || !writeHistory(reminderId, now, AttemptOutcome::Skipped, reason, true, actor, &error))
        return error.isEmpty() ? Error(ErrorCode::SkipNotRecorded)
                               : Error(ErrorCode::StoreFailed, {}, { error });
    return tx.commit() ? Error() : Error(ErrorCode::SkipNotCommitted, {}, { tx.error() });
}

Error ReminderQueue::resolveUnknownAsSent(qint64 reminderId, qint64 now, const QString &actor)
{
    Transaction tx(m_db.db());
    const auto r = reminder(reminderId);
    if (!r)
        return ErrorCode::ReminderNotFound;
    if (r->state != ReminderState::Unknown)
        return { ErrorCode::ReminderNotUnknown, {}, { wireName(r->state) } };
    const StoredReason reason = actor.isEmpty() ? Error(ErrorCode::HistoryMarkedSentByOperator)
                                                : Error(ErrorCode::HistoryMarkedSentBy, {}, { actor });
    m_st->settle.addBindValue(wireName(ReminderState::Sent));
    m_st->settle.addBindValue(reason.text);
    m_st->settle.addBindValue(now);
    m_st->settle.addBindValue(reminderId);
    QString error;
    if (!execOrReport(m_st->settle, &error)
        || !writeHistory(reminderId, now, AttemptOutcome::Sent, reason, true, actor, &error))
        return error.isEmpty() ? Error(ErrorCode::DecisionNotRecorded)
                               : Error(ErrorCode::StoreFailed, {}, { error });
    return tx.commit() ? Error() : Error(ErrorCode::DecisionNotCommitted, {}, { tx.error() });
}

Error ReminderQueue::resend(qint64 orderId, qint64 now, const QString &actor, qint64 *newReminderId)
{
    Transaction tx(m_db.db());
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT o.order_no, o.account, o.status, o.close_at, COALESCE(MAX(r.round), 0) "
              u"FROM orders o LEFT JOIN reminders r ON r.order_id = o.id WHERE o.id = ? GROUP BY o.id"_s);
    q.addBindValue(orderId);
    QString error;
    if (!execOrReport(q, &error))
        return { ErrorCode::StoreFailed, {}, { error } };
    if (!q.next())
        return ErrorCode::OrderNotFound;
    const QString orderNo = q.value(0).toString();
    const QString account = q.value(1).toString();
    const QString status = q.value(2).toString();
    const qint64 closeAt = q.value(3).toLongLong();
    const int round = q.value(4).toInt() + 1;
    q.finish();
    if (status != wireName(OrderStatus::Unpaid))
        return { ErrorCode::OrderNotUnpaid, {}, { orderNo, status } };
    if (now >= closeAt)
        return { ErrorCode::OrderPastClose, {}, { orderNo } };
    if (Error tooSoon = tooSoonAfterASend(orderId, 0, now))
        return tooSoon;
    QSqlQuery ins(m_db.db());
    ins.prepare(u"INSERT INTO reminders (order_id, account, round, manual, requested_by, due_at, state, "
                u"client_msg_id, "
                u"updated_at) VALUES (?, ?, ?, 1, ?, ?, 'scheduled', ?, ?)"_s);
    ins.addBindValue(orderId);
    ins.addBindValue(account);
    ins.addBindValue(round);
    ins.addBindValue(bind::text(actor));
    ins.addBindValue(now);
    ins.addBindValue(clientMsgIdFor(orderNo, round, true));
    ins.addBindValue(now);
    if (!execOrReport(ins, &error))
        return { ErrorCode::StoreFailed, {}, { error } };
    if (newReminderId)
        *newReminderId = ins.lastInsertId().toLongLong();
    return tx.commit() ? Error() : Error(ErrorCode::ResendNotCommitted, {}, { tx.error() });
}

RecoveryReport ReminderQueue::takeOverExpired(qint64, qint64, const QSet<QString> &)
{
    return {}; // TODO(issue 16, queue helper): expired leases on a shared store
}

} // namespace paynudge
