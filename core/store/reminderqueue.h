#pragma once

#include "common/error.h"
#include "domain/order.h"
#include "store/storetypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>

namespace paynudge {

class Database;
struct StoredReason;

// One customer never gets an operator's send and a round minutes apart: a round falling due within
// this long after an operator's send of its order (or while one waits to go) is skipped as
// superseded, and an operator's send within this long after a reminder of the order went out is
// refused with the time it may be made.
inline constexpr qint64 kManualSpacingMs = 5 * 60 * 1000;

// The due-reminder queue: claiming in due order, recording outcomes, crash recovery and the
// operator's commands on single reminders.
class ReminderQueue
{
public:
    explicit ReminderQueue(Database &db);
    ~ReminderQueue();

    // Claims up to `limit` reminders due at `now` (scheduled or waiting to retry), earliest
    // first, marks them sending and opens an attempt row for each — all in one transaction.
    // Reminders of paused accounts stay where they are. `manualOnly` takes only those an
    // operator asked for (quiet hours). Of several due rounds of one order only the latest goes
    // out; the earlier ones, and a round near an operator's send (kManualSpacingMs), are skipped as
    // superseded. `lateLimitMs` > 0: a round that would go out later than that after its due
    // time is skipped (an operator's send never is).
    ClaimReport claimDue(qint64 now, int limit, const QSet<QString> &pausedAccounts, bool manualOnly = false,
        qint64 lateLimitMs = 0);

    // Who is reminded: what claimDue judges each due reminder by (issue 17). Default: nobody is skipped.
    void setClaimRules(const ClaimRules &rules) { m_rules = rules; }
    const ClaimRules &claimRules() const { return m_rules; }

    // Earliest due time of anything claimable, or nothing when the queue is empty.
    std::optional<qint64> nextDueAt(const QSet<QString> &pausedAccounts);

    // Records finished attempts in one transaction (many finish together under load).
    // On a shared store a result is fenced by its claim (lease_token = its attempt id): one whose
    // reminder another engine took over is not recorded and its reminder id goes to *fenced.
    bool recordResults(const QList<AttemptResult> &results, QString *error, QList<qint64> *fenced = nullptr);

    // On start: reminders left in `sending` by a crash. Retried with the same client_msg_id while
    // the interrupted attempt (or an earlier one that may have been delivered) is inside the dedupe
    // window; otherwise, and always for `accountsWithoutDedupeKey` (kinds whose request has no
    // client_msg_id, so WeChat cannot drop a duplicate), left `unknown`.
    RecoveryReport recoverInterrupted(
        qint64 now, qint64 dedupeWindowMs, const QSet<QString> &accountsWithoutDedupeKey = {});

    // A shared store: reminders other engines left `sending` whose lease ran out, recovered as
    // recoverInterrupted recovers a crash (skipping rows another engine is taking over right now).
    // A single-file store has no other engine: nothing.
    RecoveryReport takeOverExpired(
        qint64 now, qint64 dedupeWindowMs, const QSet<QString> &accountsWithoutDedupeKey = {});

    // Operator commands. Each returns no error on success, else why not. Sending (send
    // now, resend, resolve by resend) is refused within kManualSpacingMs of a reminder of the order
    // that went out.
    Error sendNow(qint64 reminderId, qint64 now, const QString &actor);
    Error skip(qint64 reminderId, qint64 now, const QString &actor);
    Error resolveUnknownAsSent(qint64 reminderId, qint64 now, const QString &actor);
    Error resolveUnknownByResend(qint64 reminderId, qint64 now, const QString &actor);
    // A new manual reminder for the order, due now, with its own client_msg_id.
    Error resend(qint64 orderId, qint64 now, const QString &actor, qint64 *newReminderId);

    std::optional<ReminderRecord> reminder(qint64 id);
    // The store's plan for the claim query (tests check it is an index range scan, never a scan of
    // the table): SQLite's EXPLAIN QUERY PLAN details, or PostgreSQL's EXPLAIN lines.
    // `now`: what is due (a backlog due all at once is the case that must not sort the table).
    QString claimQueryPlan(qint64 now = 0);
    // Counts of reminders by state (for the status bar, health and tests).
    qint64 countInState(ReminderState state);

private:
    struct Statements;
    // In the claim's transaction on PostgreSQL: its query is read in index order, never sorted.
    bool claimInIndexOrder(QString *error);
    QList<ClaimedReminder> dueIn(ReminderState state, qint64 now, int limit, const QSet<QString> &paused,
        bool manualOnly, QHash<qint64, bool> *supersededByManual, QString *error);
    Error reopen(qint64 reminderId, qint64 now, const QString &actor, const QList<ReminderState> &from,
        ErrorCode refusal);
    Error tooSoonAfterASend(qint64 orderId, qint64 exceptReminderId, qint64 now);
    // Crash recovery and takeover: the `sending` rows `which` selects (binds in order), each
    // retried inside the dedupe window or left unknown; `takeover` words the history so.
    RecoveryReport recover(const QString &which, const QVariantList &binds, qint64 now, qint64 dedupeWindowMs,
        const QSet<QString> &accountsWithoutDedupeKey, bool takeover);
    // Announces changed reminders to the other engines and consoles (a shared store; in the transaction).
    bool notifyReminders(const QList<qint64> &ids, QString *error);
    bool writeHistory(qint64 reminderId, qint64 now, AttemptOutcome outcome, const StoredReason &reason,
        bool manual, const QString &actor, QString *error = nullptr);

    Database &m_db;
    std::unique_ptr<Statements> m_st;
    ClaimRules m_rules;
};

} // namespace paynudge
