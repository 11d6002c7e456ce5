#pragma once

#include "store/database.h"
#include "store/store.h"

#include <memory>

namespace paynudge {

class AccountStates;
class EngineRegistry;
class OptOutList;
class OrderStore;
class ReminderQueue;

// The store over one Qt Sql connection: a SQLite file (WAL), the default, or a PostgreSQL database
// that several engines share (Database::Options::server). Its parts do the SQL, in the dialect's
// words where the two differ; this puts them behind Store.
class SqlStore final : public Store
{
public:
    SqlStore();
    ~SqlStore() override;

    // Opens (checking the file first when options ask), migrates and prepares the parts.
    bool open(const Database::Options &options, Error *error);
    bool open(const Database::Options &options, QString *error); // *error: the English text
    // open() refused a damaged file (its header or quick check).
    bool damaged() const { return m_db.openFailure() == Database::OpenFailure::Damaged; }

    // The SQLite parts, for tests of the store and the console's readers until the read service.
    Database &database() { return m_db; }
    OrderStore &orders() { return *m_orders; }
    ReminderQueue &queue() { return *m_queue; }
    EngineRegistry &engineRegistry() { return *m_engines; }

    AcceptResult accept(const OrderInput &order, const AccountPlans &plans, qint64 now) override;
    QList<AcceptResult> acceptMany(const QList<OrderInput> &orders, const AccountPlans &plans, qint64 now,
        BatchMode mode, bool *committed, QString *error) override;
    QList<AcceptResult> acceptPolled(const QList<OrderInput> &orders, const AccountPlans &plans, qint64 now,
        const StoreCursor &cursor, bool *committed, QString *error) override;
    std::optional<qint64> cursor(const QString &name, QString *error) override;
    OrderEventResult markPaid(const QString &orderNo, qint64 paidAt, qint64 now,
        const QList<UnstartedAttempt> &unstarted, ErrorCode reason) override;
    OrderEventResult markClosed(const QString &orderNo, qint64 closedAt, qint64 now,
        const QList<UnstartedAttempt> &unstarted) override;
    std::optional<OrderRecord> orderByNo(const QString &orderNo, QString *readError) override;
    std::optional<OrderRecord> orderById(qint64 id) override;
    QList<ReminderRecord> remindersOf(qint64 orderId, QString *readError) override;
    QList<AttemptRecord> attemptsOf(qint64 orderId, QString *readError) override;
    qint64 pendingCount(qint64 now) override;

    ClaimReport claimDue(qint64 now, int limit, const QSet<QString> &pausedAccounts, bool manualOnly,
        qint64 lateLimitMs) override;
    std::optional<qint64> nextDueAt(const QSet<QString> &pausedAccounts) override;
    void setClaimRules(const ClaimRules &rules) override;
    bool recordResults(
        const QList<AttemptResult> &results, QString *error, QList<qint64> *fenced = nullptr) override;
    RecoveryReport recoverInterrupted(
        qint64 now, qint64 dedupeWindowMs, const QSet<QString> &accountsWithoutDedupeKey) override;
    bool shared() const override { return m_db.shared(); }
    bool heartbeat(qint64 now, QString *error) override;
    void signOff(qint64 now) override;
    QList<EngineRecord> engines(QString *error) override;
    RecoveryReport takeOverExpired(
        qint64 now, qint64 dedupeWindowMs, const QSet<QString> &accountsWithoutDedupeKey) override;
    std::optional<QSet<QString>> unpaidAmong(const QStringList &orderNos, QString *error) override;
    bool answers(QString *error) override;
    bool reconnect(Error *error) override;
    qint64 countInState(ReminderState state) override;
    Error sendNow(qint64 reminderId, qint64 now, const QString &actor) override;
    Error skip(qint64 reminderId, qint64 now, const QString &actor) override;
    Error resolveUnknownAsSent(qint64 reminderId, qint64 now, const QString &actor) override;
    Error resolveUnknownByResend(qint64 reminderId, qint64 now, const QString &actor) override;
    Error resend(qint64 orderId, qint64 now, const QString &actor, qint64 *newReminderId) override;

    bool appendAudit(const QList<AuditRecord> &records, QString *error) override;
    QList<AuditRecord> readAudit(const AuditFilter &filter, qint64 *total, QString *error) override;
    std::optional<QString> configSnapshot(QString *error) override;
    bool keepConfigSnapshot(
        const QList<AuditRecord> &records, const QString &snapshot, QString *error) override;

    QHash<QString, AccountState> loadAccountStates() override;
    bool saveAccountState(const AccountState &state, QString *error) override;

    bool saveTemplateList(const StoredTemplateList &list, QString *error) override;
    std::optional<StoredTemplateList> loadTemplateList(
        const QString &account, const QString &appid, const QString &kind) override;

    bool putOptOut(const OptOutRecord &entry, bool *created, QString *error) override;
    bool removeOptOut(
        const QString &openid, const QString &actor, qint64 now, bool *removed, QString *error) override;
    std::optional<OptOutRecord> optOut(const QString &openid, QString *error) override;
    OptOutPage optOuts(const OptOutQuery &query, QString *error) override;
    bool importOptOuts(
        const QList<OptOutRecord> &entries, qint64 now, OptOutImportResult *result, QString *error) override;

    std::unique_ptr<StoreCopy> beginCopy(const QString &target, QString *error) override;
    int schemaVersion() override;

private:
    void makeParts();

    Database m_db;
    std::unique_ptr<OrderStore> m_orders;
    std::unique_ptr<ReminderQueue> m_queue;
    std::unique_ptr<AccountStates> m_accountStates;
    std::unique_ptr<EngineRegistry> m_engines;
    std::unique_ptr<OptOutList> m_optOuts;
};

} // namespace paynudge
