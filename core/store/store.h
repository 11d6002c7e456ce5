#pragma once

#include "domain/reminderplan.h"
#include "store/optoutlist.h"
#include "store/storetypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace paynudge {

// A copy of the store written a few pages at a time while the engine goes on (the daily backup).
// Destroying it before it is done removes the partial copy.
class StoreCopy
{
public:
    virtual ~StoreCopy() = default;
    enum class Step
    {
        More,
        Busy, // the store was locked: try again later
        Done, // the copy is complete and in place
        Failed
    };
    // Copies up to `pages` pages (-1: all the rest at once).
    virtual Step step(int pages, QString *error) = 0;
    virtual QString target() const = 0;
};

// Where orders, reminders, account states and template lists live: everything the engine
// keeps. The engine and the intake reach the store only through this, so a second backend is
// one class implementing it (SqlStore is the one there is). Errors come back as the
// backend's message; saysStoreCannotWrite() (store/sqlerror.h) tells a fault of the store from
// a refusal of the data.
class Store
{
public:
    virtual ~Store() = default;

    // Orders: accepting (with their planned reminders, in one transaction) and settling.
    virtual AcceptResult accept(const OrderInput &order, const AccountPlans &plans, qint64 now) = 0;
    // Results come back in input order. *committed says whether anything was written.
    virtual QList<AcceptResult> acceptMany(const QList<OrderInput> &orders, const AccountPlans &plans,
        qint64 now, BatchMode mode, bool *committed, QString *error)
        = 0;
    // acceptMany (Independent) that also moves `cursor` in the same transaction: orders polled from
    // a source outside PayNudge are kept together with how far the source has been read.
    virtual QList<AcceptResult> acceptPolled(const QList<OrderInput> &orders, const AccountPlans &plans,
        qint64 now, const StoreCursor &cursor, bool *committed, QString *error)
        = 0;
    // The value of the cursor `name`; empty when it was never set or (with *error) the store cannot be read.
    virtual std::optional<qint64> cursor(const QString &name, QString *error) = 0;
    // Settles an unpaid order and cancels its open reminders, `unstarted` among them; `reason` is
    // what their history rows say (HistoryOrderPaid, or HistoryPaidShopCheck when the shop's own
    // books said so right before the send).
    virtual OrderEventResult markPaid(const QString &orderNo, qint64 paidAt, qint64 now,
        const QList<UnstartedAttempt> &unstarted, ErrorCode reason)
        = 0;
    virtual OrderEventResult markClosed(
        const QString &orderNo, qint64 closedAt, qint64 now, const QList<UnstartedAttempt> &unstarted)
        = 0;
    // With `readError`: a store that cannot be read sets it, so a caller tells "no such order"
    // from "could not look".
    virtual std::optional<OrderRecord> orderByNo(const QString &orderNo, QString *readError) = 0;
    virtual std::optional<OrderRecord> orderById(qint64 id) = 0;
    virtual QList<ReminderRecord> remindersOf(qint64 orderId, QString *readError) = 0;
    virtual QList<AttemptRecord> attemptsOf(qint64 orderId, QString *readError) = 0;
    // Orders still unpaid and not past their close time.
    virtual qint64 pendingCount(qint64 now) = 0;

    // Reminders and their claims (see ReminderQueue for what each does).
    virtual ClaimReport claimDue(
        qint64 now, int limit, const QSet<QString> &pausedAccounts, bool manualOnly, qint64 lateLimitMs)
        = 0;
    virtual std::optional<qint64> nextDueAt(const QSet<QString> &pausedAccounts) = 0;
    // Who is reminded (issue 17): the rules claimDue judges each due reminder by from now on; a reminder
    // a rule stops is skipped, its history row naming the rule. Without any set, nobody is skipped.
    virtual void setClaimRules(const ClaimRules &rules) = 0;
    // On a shared store a result whose claim was taken over by another engine (its lease ran out)
    // is not recorded: its reminder id goes to *fenced, the rest are recorded.
    virtual bool recordResults(
        const QList<AttemptResult> &results, QString *error, QList<qint64> *fenced = nullptr)
        = 0;
    // At start: reminders left `sending` by a crash of this engine (on a shared store: those it
    // claimed itself, and those whose claim's lease ran out).
    virtual RecoveryReport recoverInterrupted(
        qint64 now, qint64 dedupeWindowMs, const QSet<QString> &accountsWithoutDedupeKey)
        = 0;

    // Several engines on one store (a shared store; a single-file store has one engine and
    // answers these trivially). Who this engine is and how long its claims last come with open().
    virtual bool shared() const = 0;
    // This engine is alive: its row in `engines` and the leases of everything it is sending move
    // on to now + lease.
    virtual bool heartbeat(qint64 now, QString *error) = 0;
    // This engine stops cleanly (its row says so; its claims were settled by the stop).
    virtual void signOff(qint64 now) = 0;
    virtual QList<EngineRecord> engines(QString *error) = 0;
    // Reminders other engines claimed whose lease ran out (they died or lost the store), taken over
    // as recoverInterrupted treats a crash; the history says which engine took them.
    virtual RecoveryReport takeOverExpired(
        qint64 now, qint64 dedupeWindowMs, const QSet<QString> &accountsWithoutDedupeKey)
        = 0;
    // Of `orderNos`, those still unpaid, read in one statement: on a shared store another engine may
    // have settled an order after this one claimed its reminder. nullopt (and *error): cannot read.
    virtual std::optional<QSet<QString>> unpaidAmong(const QStringList &orderNos, QString *error) = 0;
    // A shared store's server connection: whether it answers now (one round trip), and opening it
    // anew after it was lost (a server restart, the network). A single-file store always answers.
    virtual bool answers(QString *error) = 0;
    virtual bool reconnect(Error *error) = 0;
    virtual qint64 countInState(ReminderState state) = 0;
    // The operator's commands: no error on success, else why not.
    virtual Error sendNow(qint64 reminderId, qint64 now, const QString &actor) = 0;
    virtual Error skip(qint64 reminderId, qint64 now, const QString &actor) = 0;
    virtual Error resolveUnknownAsSent(qint64 reminderId, qint64 now, const QString &actor) = 0;
    virtual Error resolveUnknownByResend(qint64 reminderId, qint64 now, const QString &actor) = 0;
    virtual Error resend(qint64 orderId, qint64 now, const QString &actor, qint64 *newReminderId) = 0;

    // The audit log (issue 17, store/auditlog.h): lines appended in one transaction; read newest
    // first by a filter (*total: the lines it matches over all pages); the snapshot of the
    // configuration the engine last saw (nullopt: none yet), kept together with its audit lines.
    virtual bool appendAudit(const QList<AuditRecord> &records, QString *error) = 0;
    virtual QList<AuditRecord> readAudit(const AuditFilter &filter, qint64 *total, QString *error) = 0;
    virtual std::optional<QString> configSnapshot(QString *error) = 0;
    virtual bool keepConfigSnapshot(
        const QList<AuditRecord> &records, const QString &snapshot, QString *error)
        = 0;

    // Accounts' pause states, kept across restarts.
    virtual QHash<QString, AccountState> loadAccountStates() = 0;
    virtual bool saveAccountState(const AccountState &state, QString *error) = 0;

    // Template lists read from WeChat, as WeChat answered (TemplateCache reads them).
    virtual bool saveTemplateList(const StoredTemplateList &list, QString *error) = 0;
    virtual std::optional<StoredTemplateList> loadTemplateList(
        const QString &account, const QString &appid, const QString &kind)
        = 0;

    // The do-not-remind list (issue 17; see OptOutList): each change is audited as `actor` in its own
    // transaction and announced to the other consoles of a shared store. *error: the store failed.
    virtual bool putOptOut(const OptOutRecord &entry, bool *created, QString *error) = 0;
    virtual bool removeOptOut(
        const QString &openid, const QString &actor, qint64 now, bool *removed, QString *error)
        = 0;
    virtual std::optional<OptOutRecord> optOut(const QString &openid, QString *error) = 0;
    virtual OptOutPage optOuts(const OptOutQuery &query, QString *error) = 0;
    virtual bool importOptOuts(
        const QList<OptOutRecord> &entries, qint64 now, OptOutImportResult *result, QString *error)
        = 0;

    // Backup: a consistent copy into `target` (which must not exist) while writes go on.
    virtual std::unique_ptr<StoreCopy> beginCopy(const QString &target, QString *error) = 0;
    // For the log: which version of the schema the store has.
    virtual int schemaVersion() = 0;
};

} // namespace paynudge
