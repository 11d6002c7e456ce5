#include "store/reminderqueue.h"

#include "common/durationtext.h"
#include "domain/clientmsgid.h"
#include "store/bindvalues.h"
#include "store/changenotice.h"
#include "store/claimjudge.h"
#include "store/database.h"
#include "store/dialectsql.h"
#include "store/optoutlist.h"
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
// by the (order_id, round) key. Binds: now, kManualSpacingMs. %1: the dialect's two-value min.
constexpr char16_t kSupersededBy[] = uR"(CASE WHEN r.manual = 1 THEN NULL ELSE (
    SELECT max(s.manual) FROM reminders s WHERE s.order_id = r.order_id AND (
        (s.manual = 0 AND s.round > r.round AND (s.state = 'retry_wait' OR s.state = 'sending' OR s.state = 'sent'
            OR s.state = 'dry_run' OR s.state = 'unknown' OR (s.state = 'scheduled' AND s.due_at <= ?)))
        OR (s.manual = 1 AND (s.state = 'scheduled' OR s.state = 'retry_wait'
            OR ((s.state = 'sending' OR s.state = 'sent' OR s.state = 'dry_run' OR s.state = 'unknown')
                AND s.last_attempt_at > %1(r.due_at, coalesce(r.first_attempt_at, r.due_at)) - ?)))))
    END)";

// The claim's query: a range scan of reminders_state_due in due order, the order by primary key.
// Paused accounts change rarely and are few: their keys are bound into a NOT IN list. On a shared
// store the rows it returns stay locked to this claim and rows other engines are claiming are
// passed over (SKIP LOCKED), so no two engines ever claim one reminder.
QString dueSql(qsizetype pausedAccounts, SqlDialect dialect)
{
    QString sql = u"SELECT "_s + joinedColumns() + u", "_s
        + QString::fromUtf16(kSupersededBy).arg(dialectsql::least(dialect))
        + u" FROM reminders r JOIN orders o ON o.id = r.order_id WHERE r.state = ? AND r.due_at <= ? "
          u"AND (? = 0 OR r.manual = 1)"_s;
    if (pausedAccounts > 0)
        sql += u" AND r.account NOT IN ("_s + bind::placeholders(pausedAccounts) + u')';
    // SQLite's index holds the row id after due_at, so (due_at, id) is its order; PostgreSQL's does
    // not, and a tie broken by id there would sort every row of a backlog due at the same moment.
    const QString order = dialect == SqlDialect::Postgres ? u"r.due_at"_s : u"r.due_at, r.id"_s;
    return sql + u" ORDER BY "_s + order + u" LIMIT ?"_s + dialectsql::claimLock(dialect);
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
        , leaseTokenOf(db)
    { }
    bool prepare(SqlDialect dialect, QString *error)
    {
        // Results are read once, front to back: no row cache.
        for (QSqlQuery *q : { &dueScheduled, &dueRetry, &nextDue, &openAttempt, &updateReminder })
            q->setForwardOnly(true);
        const QString due = dueSql(0, dialect);
        const QString idSet = dialectsql::idSet(dialect);
        return prepareOrReport(dueScheduled, due, error)
            && prepareOrReport(dueRetry, due, error)
            // A whole batch in two statements: the ids travel as one bound array. The attempts are
            // opened first: each claim's lease token is its attempt's id (the newest of the reminder).
            && prepareOrReport(openAttempt,
                u"INSERT INTO send_attempts (reminder_id, started_at, outcome, manual, actor, engine) "
                u"SELECT id, ?, 'in_flight', manual, requested_by, ? FROM reminders "
                u"WHERE id IN ("_s
                    + idSet + u") RETURNING id, reminder_id"_s,
                error)
            && prepareOrReport(markSending,
                u"UPDATE reminders SET state = 'sending', attempts = attempts + 1, "
                u"first_attempt_at = COALESCE(first_attempt_at, ?), last_attempt_at = ?, updated_at = ?, "
                u"claimed_by = ?, lease_until = ?, lease_token = (SELECT max(a.id) FROM send_attempts a "
                u"WHERE a.reminder_id = reminders.id) WHERE id IN ("_s
                    + idSet + u")"_s,
                error)
            && prepareOrReport(
                settle, u"UPDATE reminders SET state = ?, reason = ?, updated_at = ? WHERE id = ?"_s, error)
            && prepareOrReport(finishAttempt,
                u"UPDATE send_attempts SET finished_at = ?, outcome = ?, errcode = ?, errmsg = ?, "
                u"reason_code = ?, reason_args = ?, rid = ?, msgid = ?, latency_ms = ?, detail = ?, variant "
                u"= ? "
                u"WHERE id = ?"_s,
                error)
            && prepareOrReport(updateReminder,
                u"UPDATE reminders SET state = ?, due_at = COALESCE(?, due_at), reason = ?, errcode = ?, "
                u"msgid = COALESCE(?, msgid), maybe_sent_at = COALESCE(maybe_sent_at, ?), updated_at = ?, "
                u"lease_until = NULL WHERE id = ? AND state = 'sending' AND lease_token = ? RETURNING id"_s,
                error)
            && prepareOrReport(leaseTokenOf, u"SELECT lease_token FROM reminders WHERE id = ?"_s, error)
            && prepareOrReport(history,
                u"INSERT INTO send_attempts (reminder_id, started_at, finished_at, outcome, errmsg, "
                u"reason_code, reason_args, manual, actor, engine) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                error)
            && prepareOrReport(nextDue, u"SELECT MIN(due_at) FROM reminders WHERE state = ?"_s, error);
    }

    QSqlQuery dueScheduled, dueRetry, markSending, openAttempt, settle, finishAttempt, updateReminder,
        history, nextDue, leaseTokenOf;
};

ReminderQueue::ReminderQueue(Database &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>(db.db()))
{
    QString error;
    if (!m_st->prepare(db.dialect(), &error))
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
        if (!prepareOrReport(adHoc, dueSql(paused.size(), m_db.dialect()), error))
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

bool ReminderQueue::claimInIndexOrder(QString *error)
{
    if (m_db.dialect() != SqlDialect::Postgres)
        return true;
    // Before autovacuum has analysed a bulk-loaded table the planner takes the due rows for a
    // handful and plans "fetch them all, sort, take 20": a claim that grows with the backlog
    // (205 ms at 100k due). Without a sort the only plan left is reminders_state_due in due order,
    // 20 rows whatever the backlog and whatever the statistics. For this transaction only.
    QSqlQuery q(m_db.db());
    // A sort the claim's rules still need (a GROUP BY) then costs 1e10 in the plan, past every JIT
    // threshold: compiling it took 150 ms a claim. Nothing in a claim is worth compiling.
    if (q.exec(u"SET LOCAL enable_sort = off"_s) && q.exec(u"SET LOCAL jit = off"_s))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
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
    if (!claimInIndexOrder(&report.error))
        return report;
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
    const auto settle = [&](ReminderRecord &reminder, ReminderState to, const StoredReason &reason,
                            bool manual = false, const QString &actor = {}) {
        st.settle.addBindValue(wireName(to));
        st.settle.addBindValue(reason.text);
        st.settle.addBindValue(now);
        st.settle.addBindValue(reminder.id);
        if (!execOrReport(st.settle, &report.error)
            || !writeHistory(reminder.id, now,
                to == ReminderState::Cancelled ? AttemptOutcome::Cancelled : AttemptOutcome::Skipped, reason,
                manual, actor, &report.error))
            return false;
        reminder.state = to;
        reminder.reason = reason.text;
        (to == ReminderState::Cancelled ? report.cancelled : report.skipped).append(reminder);
        return true;
    };
    QList<ClaimedReminder> passed; // by the order's state, superseding and the late limit
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
        passed.append(c);
    }
    // Who is reminded (issue 17): the rules of each reminder's account, judged in due order.
    std::optional<ClaimJudge> judge;
    if (m_rules.enabled && !passed.isEmpty()) {
        judge.emplace(m_db, m_rules, now);
        if (!judge->load(passed, &report.error))
            return failedClaim(report.error);
    }
    for (ClaimedReminder &c : passed) {
        ReminderRecord &reminder = c.reminder;
        if (judge) {
            if (const Error rule = judge->judge(c)) {
                if (!settle(reminder, ReminderState::Skipped, rule, c.manual, c.actor))
                    return failedClaim(report.error);
                continue;
            }
        }
        reminder.state = ReminderState::Sending;
        reminder.attempts += 1;
        if (!reminder.firstAttemptAt)
            reminder.firstAttemptAt = now;
        reminder.lastAttemptAt = now;
        report.claimed.append(c);
    }
    QList<qint64> changed;
    if (!report.claimed.isEmpty()) {
        QList<qint64> ids;
        ids.reserve(report.claimed.size());
        for (const ClaimedReminder &c : std::as_const(report.claimed))
            ids << c.reminder.id;
        const QString idArray = dialectsql::idArray(ids, m_db.dialect());
        const Database::Options &self = m_db.options();
        // Each statement is bound right before it runs: values bound to one that never ran (the
        // first failed) would stay and make every later claim fail with "parameter count mismatch".
        st.openAttempt.addBindValue(now);
        st.openAttempt.addBindValue(self.instance);
        st.openAttempt.addBindValue(idArray);
        if (!execOrReport(st.openAttempt, &report.error))
            return failedClaim(report.error);
        QHash<qint64, qint64> attemptOf; // reminder id → attempt id
        while (st.openAttempt.next())
            attemptOf.insert(st.openAttempt.value(1).toLongLong(), st.openAttempt.value(0).toLongLong());
        st.openAttempt.finish();
        for (ClaimedReminder &c : report.claimed)
            c.attemptId = attemptOf.value(c.reminder.id);
        st.markSending.addBindValue(now);
        st.markSending.addBindValue(now);
        st.markSending.addBindValue(now);
        st.markSending.addBindValue(self.instance);
        st.markSending.addBindValue(now + self.leaseMs);
        st.markSending.addBindValue(idArray);
        if (!execOrReport(st.markSending, &report.error))
            return failedClaim(report.error);
        changed = ids;
    }
    for (const ReminderRecord &r : std::as_const(report.skipped))
        changed << r.id;
    for (const ReminderRecord &r : std::as_const(report.cancelled))
        changed << r.id;
    if (!changed.isEmpty() && !notifyReminders(changed, &report.error))
        return failedClaim(report.error);
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
    if (results.isEmpty())
        return true;
    Transaction tx(m_db.db());
    if (!tx.isActive()) {
        *error = u"cannot start a transaction: "_s + tx.error();
        return false;
    }
    Statements &st = *m_st;
    QList<qint64> recorded;
    for (const AttemptResult &r : results) {
        // The reminder first: its row lock orders this against a takeover, and its lease token
        // says whether the claim is still this attempt's.
        QSqlQuery &u = st.updateReminder;
        u.addBindValue(wireName(r.nextState));
        u.addBindValue(bind::optional(r.nextDueAt));
        u.addBindValue(bind::text(r.reason));
        u.addBindValue(bind::optional(r.errcode));
        u.addBindValue(bind::optional(r.msgid));
        u.addBindValue(bind::optional(r.maybeSentAt));
        u.addBindValue(r.finishedAt);
        u.addBindValue(r.reminderId);
        u.addBindValue(r.attemptId);
        if (!execOrReport(u, error)) // before binding the next: see claimDue
            return false;
        const bool updated = u.next();
        u.finish();
        if (!updated) {
            // Not `sending` any more under this claim: settled meanwhile (a paid event cancelled
            // it), which still records what the attempt did, or taken over by another engine after
            // this one's lease ran out, which records nothing: the other engine owns it now.
            QSqlQuery &t = st.leaseTokenOf;
            t.addBindValue(r.reminderId);
            if (!execOrReport(t, error))
                return false;
            const bool ours = t.next() && !t.value(0).isNull() && t.value(0).toLongLong() == r.attemptId;
            t.finish();
            if (!ours) {
                qCInfo(lcQueue) << "result of attempt" << r.attemptId << "of reminder" << r.reminderId
                                << "not recorded: its claim was taken over";
                if (fenced)
                    fenced->append(r.reminderId);
                continue;
            }
        }
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
        a.addBindValue(bind::text(r.variant));
        a.addBindValue(r.attemptId);
        if (!execOrReport(a, error))
            return false;
        recorded << r.reminderId;
    }
    if (!recorded.isEmpty() && !notifyReminders(recorded, error))
        return false;
    if (!tx.commit()) {
        *error = u"cannot commit the outcomes: "_s + tx.error();
        return false;
    }
    return true;
}

bool ReminderQueue::notifyReminders(const QList<qint64> &ids, QString *error)
{
    return m_db.notify({ ChangeNotice::Kind::Reminders, m_db.options().instance, ids }, error);
}

RecoveryReport ReminderQueue::recoverInterrupted(
    qint64 now, qint64 dedupeWindowMs, const QSet<QString> &accountsWithoutDedupeKey)
{
    if (!m_db.shared())
        return recover(u"state = 'sending'"_s, {}, now, dedupeWindowMs, accountsWithoutDedupeKey, false);
    // Other engines go on sending from the shared store: only this engine's own claims were cut
    // short by its stop, and those of engines whose lease ran out.
    return recover(u"state = 'sending' AND (claimed_by = ? OR lease_until < ?)"_s,
        { m_db.options().instance, now }, now, dedupeWindowMs, accountsWithoutDedupeKey, false);
}

RecoveryReport ReminderQueue::takeOverExpired(
    qint64 now, qint64 dedupeWindowMs, const QSet<QString> &accountsWithoutDedupeKey)
{
    if (!m_db.shared())
        return {}; // one engine on a file: its own crash is all recoverInterrupted has to handle
    // The partial index reminders_sending_lease holds exactly the rows in `sending`.
    return recover(u"state = 'sending' AND lease_until < ? AND claimed_by <> ?"_s,
        { now, m_db.options().instance }, now, dedupeWindowMs, accountsWithoutDedupeKey, true);
}

RecoveryReport ReminderQueue::recover(const QString &which, const QVariantList &binds, qint64 now,
    qint64 dedupeWindowMs, const QSet<QString> &accountsWithoutDedupeKey, bool takeover)
{
    RecoveryReport report;
    Transaction tx(m_db.db());
    if (!tx.isActive()) {
        report.error = u"cannot start a transaction: "_s + tx.error();
        return report;
    }
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    // The interrupted attempt may have been delivered from its start on; an earlier one that may
    // have been delivered opened the window sooner. On a shared store a row another engine is
    // recovering right now is left to it.
    const QString lock = m_db.shared() ? u" FOR UPDATE SKIP LOCKED"_s : QString();
    if (!prepareOrReport(q,
            u"SELECT id, account, COALESCE(maybe_sent_at, last_attempt_at, first_attempt_at), claimed_by "
            u"FROM reminders WHERE "_s
                + which + lock,
            &report.error))
        return report;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!execOrReport(q, &report.error))
        return report;
    QHash<qint64, qint64> maybeSentAt;
    QHash<qint64, QString> claimedBy;
    QSet<qint64> withoutKey;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 since = q.value(2).isNull() ? now : q.value(2).toLongLong();
        maybeSentAt.insert(id, since);
        claimedBy.insert(id, q.value(3).toString());
        if (accountsWithoutDedupeKey.contains(q.value(1).toString()))
            withoutKey.insert(id);
        (!withoutKey.contains(id) && now - since < dedupeWindowMs ? report.retried : report.unknown)
            .append(id);
    }
    q.finish();

    // The claim ends here: a result of the interrupted attempt that still comes back (from an
    // engine that lost its lease) matches no lease token and is fenced off.
    QSqlQuery retry(m_db.db());
    retry.prepare(
        u"UPDATE reminders SET state = 'retry_wait', due_at = ?, maybe_sent_at = ?, updated_at = ?, "
        u"lease_until = NULL, lease_token = NULL WHERE id = ?"_s);
    QSqlQuery lost(m_db.db());
    lost.prepare(u"UPDATE reminders SET state = 'unknown', reason = ?, maybe_sent_at = ?, updated_at = ?, "
                 u"lease_until = NULL, lease_token = NULL WHERE id = ?"_s);
    QSqlQuery attempt(m_db.db());
    attempt.prepare(u"UPDATE send_attempts SET outcome = ?, finished_at = ?, errmsg = ?, reason_code = ?, "
                    u"reason_args = ? WHERE reminder_id = ? AND outcome = 'in_flight'"_s);
    const auto why = [&](ErrorCode crash) {
        if (!takeover)
            return StoredReason(crash);
        return StoredReason(Error(ErrorCode::HistoryTakenOver, {}, { m_db.options().instance }));
    };
    const auto fail = [&](const QString &message) {
        RecoveryReport failed;
        failed.error = message;
        return failed;
    };
    for (qint64 id : std::as_const(report.retried)) {
        const StoredReason reason = why(ErrorCode::HistoryInterruptedRetrying);
        retry.addBindValue(now);
        retry.addBindValue(maybeSentAt.value(id));
        retry.addBindValue(now);
        retry.addBindValue(id);
        if (!execOrReport(retry, &report.error))
            return fail(report.error);
        attempt.addBindValue(wireName(AttemptOutcome::Retrying));
        attempt.addBindValue(now);
        attempt.addBindValue(reason.text);
        storedError::bind(attempt, reason.problem);
        attempt.addBindValue(id);
        if (!execOrReport(attempt, &report.error))
            return fail(report.error);
    }
    for (qint64 id : std::as_const(report.unknown)) {
        const StoredReason reason = why(ErrorCode::HistoryInterrupted);
        lost.addBindValue(withoutKey.contains(id)
                ? u"interrupted; this kind of message carries no client_msg_id, so a resend could "
                  u"reach the customer twice"_s
                : u"interrupted; the attempt is too long ago to retry without risking a duplicate"_s);
        lost.addBindValue(maybeSentAt.value(id));
        lost.addBindValue(now);
        lost.addBindValue(id);
        if (!execOrReport(lost, &report.error))
            return fail(report.error);
        attempt.addBindValue(wireName(AttemptOutcome::Unknown));
        attempt.addBindValue(now);
        attempt.addBindValue(reason.text);
        storedError::bind(attempt, reason.problem);
        attempt.addBindValue(id);
        if (!execOrReport(attempt, &report.error))
            return fail(report.error);
    }
    if (takeover) {
        QHash<QString, int> fromEngine; // one line per engine lost, not one per reminder
        for (const QString &engine : std::as_const(claimedBy))
            ++fromEngine[engine];
        for (auto it = fromEngine.cbegin(); it != fromEngine.cend(); ++it)
            qCWarning(lcQueue).noquote()
                << "took over" << it.value() << "reminders from engine" << it.key() << "(its lease ran out)";
    }
    const QList<qint64> changed = report.retried + report.unknown;
    if (!changed.isEmpty() && !notifyReminders(changed, &report.error))
        return fail(report.error);
    if (!tx.commit())
        return fail(u"cannot commit the recovery: "_s + tx.error());
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
    h.addBindValue(m_db.options().instance);
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

QString ReminderQueue::claimQueryPlan(qint64 now)
{
    QSqlQuery q(m_db.db());
    QStringList details;
    if (m_db.dialect() == SqlDialect::Postgres) {
        // EXPLAIN takes no parameters and cannot be prepared: the claim's statement is prepared
        // under a name of its own and explained with fixed values (no input reaches this text).
        QString sql = dueSql(0, SqlDialect::Postgres);
        for (int n = 1; sql.contains(u'?'); ++n)
            sql.replace(sql.indexOf(u'?'), 1, u'$' + QString::number(n));
        // Run as often as the engine runs its own first: from the sixth run on, PostgreSQL's plan
        // cache may use a generic plan, the one that matters for a sweeping engine.
        const QString args = u"(%1, %2, 'scheduled', %1, 0, 20)"_s.arg(now).arg(kManualSpacingMs);
        Transaction tx(m_db.db()); // rolled back: it only plans as the claim's does
        if (tx.isActive() && claimInIndexOrder(nullptr)
            && q.exec(u"PREPARE paynudge_claim_plan AS "_s + sql)) {
            bool ran = true;
            for (int run = 0; run < 6 && ran; ++run)
                ran = q.exec(u"EXECUTE paynudge_claim_plan"_s + args);
            if (ran && q.exec(u"EXPLAIN EXECUTE paynudge_claim_plan"_s + args))
                while (q.next())
                    details << q.value(0).toString();
            q.exec(u"DEALLOCATE paynudge_claim_plan"_s);
        }
        return details.join(u'\n');
    }
    q.prepare(u"EXPLAIN QUERY PLAN "_s + dueSql(0, SqlDialect::Sqlite));
    q.addBindValue(now);
    q.addBindValue(kManualSpacingMs);
    q.addBindValue(wireName(ReminderState::Scheduled));
    q.addBindValue(now);
    q.addBindValue(0);
    q.addBindValue(20);
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
    // The do-not-remind list binds the operator too (issue 17).
    if (Error optedOut = OptOutList::refusalFor(m_db.db(), r->orderId))
        return optedOut;
    if (Error tooSoon = tooSoonAfterASend(r->orderId, reminderId, now))
        return tooSoon;
    Transaction tx(m_db.db());
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
    if (!execOrReport(q, &error) || !notifyReminders({ reminderId }, &error))
        return { ErrorCode::StoreFailed, {}, { error } };
    if (q.numRowsAffected() != 1)
        return ErrorCode::ReminderChanged;
    return tx.commit() ? Error() : Error(ErrorCode::StoreFailed, {}, { tx.error() });
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
        || !writeHistory(reminderId, now, AttemptOutcome::Skipped, reason, true, actor, &error)
        || !notifyReminders({ reminderId }, &error))
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
        || !writeHistory(reminderId, now, AttemptOutcome::Sent, reason, true, actor, &error)
        || !notifyReminders({ reminderId }, &error))
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
    // The do-not-remind list binds the operator too (issue 17).
    if (Error optedOut = OptOutList::refusalFor(m_db.db(), orderId))
        return optedOut;
    if (Error tooSoon = tooSoonAfterASend(orderId, 0, now))
        return tooSoon;
    QSqlQuery ins(m_db.db());
    ins.prepare(u"INSERT INTO reminders (order_id, account, round, manual, requested_by, due_at, state, "
                u"client_msg_id, "
                u"updated_at) VALUES (?, ?, ?, 1, ?, ?, 'scheduled', ?, ?) RETURNING id"_s);
    ins.addBindValue(orderId);
    ins.addBindValue(account);
    ins.addBindValue(round);
    ins.addBindValue(bind::text(actor));
    ins.addBindValue(now);
    ins.addBindValue(clientMsgIdFor(orderNo, round, true));
    ins.addBindValue(now);
    if (!execOrReport(ins, &error) || !ins.next())
        return { ErrorCode::StoreFailed, {}, { error } };
    const qint64 id = ins.value(0).toLongLong();
    ins.finish();
    if (!notifyReminders({ id }, &error))
        return { ErrorCode::StoreFailed, {}, { error } };
    if (newReminderId)
        *newReminderId = id;
    return tx.commit() ? Error() : Error(ErrorCode::ResendNotCommitted, {}, { tx.error() });
}

} // namespace paynudge
