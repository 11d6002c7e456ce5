#include "store/sqlstore.h"

#include "store/accountstates.h"
#include "store/auditlog.h"
#include "store/bindvalues.h"
#include "store/engineregistry.h"
#include "store/optoutlist.h"
#include "store/orderstore.h"
#include "store/reminderqueue.h"
#include "store/sqlerror.h"
#include "store/storebackup.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace paynudge {

SqlStore::SqlStore() = default;

// The parts hold statements on the connection: they go before it.
SqlStore::~SqlStore()
{
    m_engines.reset();
    m_accountStates.reset();
    m_queue.reset();
    m_orders.reset();
}

bool SqlStore::open(const Database::Options &options, QString *error)
{
    Error why;
    const bool ok = open(options, &why);
    if (!ok)
        *error = why.englishText();
    return ok;
}

bool SqlStore::open(const Database::Options &options, Error *error)
{
    if (!m_db.open(options, error))
        return false;
    makeParts();
    return true;
}

void SqlStore::makeParts()
{
    m_accountStates.reset();
    m_queue.reset();
    m_orders.reset();
    m_orders = std::make_unique<OrderStore>(m_db);
    m_queue = std::make_unique<ReminderQueue>(m_db);
    m_accountStates = std::make_unique<AccountStates>(m_db);
    if (!m_engines)
        m_engines = std::make_unique<EngineRegistry>(m_db); // keeps when this engine started
    if (!m_optOuts)
        m_optOuts = std::make_unique<OptOutList>(m_db); // holds no statements: survives a reconnect
}

AcceptResult SqlStore::accept(const OrderInput &order, const AccountPlans &plans, qint64 now)
{
    return m_orders->accept(order, plans, now);
}

QList<AcceptResult> SqlStore::acceptMany(const QList<OrderInput> &orders, const AccountPlans &plans,
    qint64 now, BatchMode mode, bool *committed, QString *error)
{
    return m_orders->acceptMany(orders, plans, now, mode, committed, error);
}

QList<AcceptResult> SqlStore::acceptPolled(const QList<OrderInput> &orders, const AccountPlans &plans,
    qint64 now, const StoreCursor &cursor, bool *committed, QString *error)
{
    return m_orders->acceptMany(orders, plans, now, BatchMode::Independent, committed, error, &cursor);
}

std::optional<qint64> SqlStore::cursor(const QString &name, QString *error)
{
    return m_orders->cursor(name, error);
}

OrderEventResult SqlStore::markPaid(const QString &orderNo, qint64 paidAt, qint64 now,
    const QList<UnstartedAttempt> &unstarted, ErrorCode reason)
{
    return m_orders->markPaid(orderNo, paidAt, now, unstarted, reason);
}

OrderEventResult SqlStore::markClosed(
    const QString &orderNo, qint64 closedAt, qint64 now, const QList<UnstartedAttempt> &unstarted)
{
    return m_orders->markClosed(orderNo, closedAt, now, unstarted);
}

std::optional<OrderRecord> SqlStore::orderByNo(const QString &orderNo, QString *readError)
{
    return m_orders->orderByNo(orderNo, readError);
}

std::optional<OrderRecord> SqlStore::orderById(qint64 id)
{
    return m_orders->orderById(id);
}

QList<ReminderRecord> SqlStore::remindersOf(qint64 orderId, QString *readError)
{
    return m_orders->remindersOf(orderId, readError);
}

QList<AttemptRecord> SqlStore::attemptsOf(qint64 orderId, QString *readError)
{
    return m_orders->attemptsOf(orderId, readError);
}

qint64 SqlStore::pendingCount(qint64 now)
{
    return m_orders->pendingCount(now);
}

ClaimReport SqlStore::claimDue(
    qint64 now, int limit, const QSet<QString> &pausedAccounts, bool manualOnly, qint64 lateLimitMs)
{
    return m_queue->claimDue(now, limit, pausedAccounts, manualOnly, lateLimitMs);
}

std::optional<qint64> SqlStore::nextDueAt(const QSet<QString> &pausedAccounts)
{
    return m_queue->nextDueAt(pausedAccounts);
}

void SqlStore::setClaimRules(const ClaimRules &rules)
{
    m_queue->setClaimRules(rules);
}

bool SqlStore::recordResults(const QList<AttemptResult> &results, QString *error, QList<qint64> *fenced)
{
    return m_queue->recordResults(results, error, fenced);
}

RecoveryReport SqlStore::recoverInterrupted(
    qint64 now, qint64 dedupeWindowMs, const QSet<QString> &accountsWithoutDedupeKey)
{
    return m_queue->recoverInterrupted(now, dedupeWindowMs, accountsWithoutDedupeKey);
}

qint64 SqlStore::countInState(ReminderState state)
{
    return m_queue->countInState(state);
}

Error SqlStore::sendNow(qint64 reminderId, qint64 now, const QString &actor)
{
    return m_queue->sendNow(reminderId, now, actor);
}

Error SqlStore::skip(qint64 reminderId, qint64 now, const QString &actor)
{
    return m_queue->skip(reminderId, now, actor);
}

Error SqlStore::resolveUnknownAsSent(qint64 reminderId, qint64 now, const QString &actor)
{
    return m_queue->resolveUnknownAsSent(reminderId, now, actor);
}

Error SqlStore::resolveUnknownByResend(qint64 reminderId, qint64 now, const QString &actor)
{
    return m_queue->resolveUnknownByResend(reminderId, now, actor);
}

Error SqlStore::resend(qint64 orderId, qint64 now, const QString &actor, qint64 *newReminderId)
{
    return m_queue->resend(orderId, now, actor, newReminderId);
}

bool SqlStore::appendAudit(const QList<AuditRecord> &records, QString *error)
{
    Transaction tx(m_db.db());
    if (!tx.isActive() || !AuditLog(m_db).append(records, error) || !tx.commit()) {
        if (!tx.error().isEmpty())
            *error = tx.error();
        return false;
    }
    return true;
}

QList<AuditRecord> SqlStore::readAudit(const AuditFilter &filter, qint64 *total, QString *error)
{
    return AuditLog::read(m_db.db(), filter, total, error);
}

std::optional<QString> SqlStore::configSnapshot(QString *error)
{
    return AuditLog(m_db).configSnapshot(error);
}

bool SqlStore::keepConfigSnapshot(const QList<AuditRecord> &records, const QString &snapshot, QString *error)
{
    return AuditLog(m_db).appendWithSnapshot(records, snapshot, error);
}

QHash<QString, AccountState> SqlStore::loadAccountStates()
{
    return m_accountStates->load();
}

bool SqlStore::saveAccountState(const AccountState &state, QString *error)
{
    return m_accountStates->save(state, error);
}

bool SqlStore::saveTemplateList(const StoredTemplateList &list, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(
        u"INSERT INTO template_catalog (account, appid, kind, fetched_at, answer) VALUES (?, ?, ?, ?, ?) "
        u"ON CONFLICT (account) DO UPDATE SET appid = excluded.appid, kind = excluded.kind, "
        u"fetched_at = excluded.fetched_at, answer = excluded.answer"_s);
    q.addBindValue(list.account);
    q.addBindValue(bind::text(list.appid));
    q.addBindValue(list.kind);
    q.addBindValue(list.fetchedAt);
    q.addBindValue(list.answer);
    return execOrReport(q, error);
}

std::optional<StoredTemplateList> SqlStore::loadTemplateList(
    const QString &account, const QString &appid, const QString &kind)
{
    QSqlQuery q(m_db.db());
    q.prepare(
        u"SELECT fetched_at, answer FROM template_catalog WHERE account = ? AND appid = ? AND kind = ?"_s);
    q.addBindValue(account);
    q.addBindValue(bind::text(appid));
    q.addBindValue(kind);
    if (!execOrReport(q, nullptr) || !q.next())
        return std::nullopt;
    return StoredTemplateList { account, appid, kind, q.value(0).toLongLong(), q.value(1).toString() };
}

bool SqlStore::putOptOut(const OptOutRecord &entry, bool *created, QString *error)
{
    return m_optOuts->put(entry, created, error);
}

bool SqlStore::removeOptOut(
    const QString &openid, const QString &actor, qint64 now, bool *removed, QString *error)
{
    return m_optOuts->remove(openid, actor, now, removed, error);
}

std::optional<OptOutRecord> SqlStore::optOut(const QString &openid, QString *error)
{
    return m_optOuts->get(openid, error);
}

OptOutPage SqlStore::optOuts(const OptOutQuery &query, QString *error)
{
    return m_optOuts->list(query, error);
}

bool SqlStore::importOptOuts(
    const QList<OptOutRecord> &entries, qint64 now, OptOutImportResult *result, QString *error)
{
    return m_optOuts->importMany(entries, now, result, error);
}

std::unique_ptr<StoreCopy> SqlStore::beginCopy(const QString &target, QString *error)
{
    auto copy = std::make_unique<StoreBackup>();
    if (!copy->start(m_db.db(), target, error))
        return nullptr;
    return copy;
}

bool SqlStore::heartbeat(qint64 now, QString *error)
{
    return m_engines->heartbeat(now, error);
}

void SqlStore::signOff(qint64 now)
{
    m_engines->signOff(now);
}

QList<EngineRecord> SqlStore::engines(QString *error)
{
    return m_engines->engines(error);
}

RecoveryReport SqlStore::takeOverExpired(
    qint64 now, qint64 dedupeWindowMs, const QSet<QString> &accountsWithoutDedupeKey)
{
    return m_queue->takeOverExpired(now, dedupeWindowMs, accountsWithoutDedupeKey);
}

int SqlStore::schemaVersion()
{
    return m_db.schemaVersion();
}

std::optional<QSet<QString>> SqlStore::unpaidAmong(const QStringList &orderNos, QString *error)
{
    QSet<QString> unpaid;
    // In slices, so a huge batch stays under the servers' limits on bound values.
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < orderNos.size(); from += kSlice) {
        const QStringList slice = orderNos.mid(from, kSlice);
        QStringList marks;
        marks.fill(u"?"_s, slice.size());
        QSqlQuery q(m_db.db());
        q.setForwardOnly(true);
        if (!prepareOrReport(q,
                u"SELECT order_no FROM orders WHERE status = ? AND order_no IN ("_s + marks.join(u',') + u')',
                error))
            return std::nullopt;
        q.addBindValue(wireName(OrderStatus::Unpaid));
        for (const QString &no : slice)
            q.addBindValue(no);
        if (!execOrReport(q, error))
            return std::nullopt;
        while (q.next())
            unpaid.insert(q.value(0).toString());
        if (q.lastError().isValid()) {
            if (error)
                *error = q.lastError().text();
            return std::nullopt;
        }
    }
    return unpaid;
}

bool SqlStore::answers(QString *error)
{
    if (!m_db.shared())
        return true;
    QSqlQuery q(m_db.db());
    if (q.exec(u"SELECT 1"_s) && q.next())
        return true;
    if (error)
        *error = q.lastError().text().trimmed();
    return false;
}

bool SqlStore::reconnect(Error *error)
{
    if (!m_db.shared())
        return true;
    // Until the server takes connections the parts keep their statements (failing on the lost session).
    QString why;
    if (!m_db.serverAnswers(&why)) {
        *error = Error(ErrorCode::StoreServerUnreachable, {}, { m_db.path(), why });
        return false;
    }
    // The statements the parts prepared lived on the old session: they go before it and are
    // prepared anew on the new one (on a closed connection too, where they fail with its error).
    m_accountStates.reset();
    m_queue.reset();
    m_orders.reset();
    const bool ok = m_db.reopen(error);
    makeParts();
    return ok;
}

} // namespace paynudge
