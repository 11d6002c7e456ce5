#include "store/optoutlist.h"

#include "readmodel/openidmask.h"
#include "store/auditlog.h"
#include "store/bindvalues.h"
#include "store/changenotice.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/transaction.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

AuditRecord auditLine(const QString &openid, const QString &actor, qint64 now, const QString &oldReason,
    const QString &newReason, const QString &detail)
{
    AuditRecord a;
    a.at = now;
    a.actor = actor;
    a.kind = QString::fromUtf16(auditKind::OptOut);
    a.subject = openid;
    a.oldValue = oldReason;
    a.newValue = newReason;
    a.detail = detail;
    return a;
}

} // namespace

std::optional<OptOutRecord> OptOutList::read(QSqlDatabase &db, const QString &openid, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareOrReport(
            q, u"SELECT openid, reason, actor, created_at FROM optouts WHERE openid = ?"_s, error))
        return std::nullopt;
    q.addBindValue(openid);
    if (!execOrReport(q, error) || !q.next())
        return std::nullopt;
    return OptOutRecord { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toLongLong() };
}

Error OptOutList::refusalFor(QSqlDatabase &db, qint64 orderId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString error;
    if (!prepareOrReport(q,
            u"SELECT x.openid, x.reason FROM orders o JOIN optouts x ON x.openid = o.openid WHERE o.id = ?"_s,
            &error))
        return { ErrorCode::StoreFailed, {}, { error } };
    q.addBindValue(orderId);
    if (!execOrReport(q, &error))
        return { ErrorCode::StoreFailed, {}, { error } };
    if (!q.next())
        return {};
    return { ErrorCode::CustomerOptedOut, {}, { maskOpenid(q.value(0).toString()), q.value(1).toString() } };
}

std::optional<OptOutRecord> OptOutList::get(const QString &openid, QString *error)
{
    return read(m_db.db(), openid, error);
}

OptOutPage OptOutList::list(const OptOutQuery &query, QString *error)
{
    return query.read(m_db.db(), error);
}

bool OptOutList::write(const OptOutRecord &entry, std::optional<QString> *previous, QString *error)
{
    QString readError;
    const auto before = read(m_db.db(), entry.openid, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    *previous = before ? std::optional<QString>(before->reason) : std::nullopt;
    if (before && before->reason == entry.reason)
        return true;
    QSqlQuery q(m_db.db());
    // A changed reason is a new entry in the operator's eyes: who gave it and when come with it.
    if (before)
        q.prepare(u"UPDATE optouts SET reason = ?, actor = ?, created_at = ? WHERE openid = ?"_s);
    else
        q.prepare(u"INSERT INTO optouts (reason, actor, created_at, openid) VALUES (?, ?, ?, ?) "
                  u"ON CONFLICT (openid) DO NOTHING"_s);
    q.addBindValue(bind::text(entry.reason));
    q.addBindValue(bind::text(entry.actor));
    q.addBindValue(entry.createdAt);
    q.addBindValue(entry.openid);
    if (!execOrReport(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        // Another console listed or removed the customer between the read and the write.
        *error = u"the do-not-remind list changed meanwhile; try again"_s;
        return false;
    }
    return true;
}

bool OptOutList::put(const OptOutRecord &entry, bool *created, QString *error)
{
    Transaction tx(m_db.db());
    if (!tx.isActive()) {
        *error = u"cannot start a transaction: "_s + tx.error();
        return false;
    }
    std::optional<QString> previous;
    if (!write(entry, &previous, error))
        return false;
    *created = !previous;
    if (previous && *previous == entry.reason)
        return true; // nothing changed: nothing to audit or announce
    const AuditRecord line = auditLine(entry.openid, entry.actor, entry.createdAt,
        previous.value_or(QString()), entry.reason, previous ? u"changed"_s : u"added"_s);
    if (!AuditLog(m_db).append({ line }, error)
        || !m_db.notify({ ChangeNotice::Kind::OptOuts, m_db.options().instance, {} }, error))
        return false;
    if (!tx.commit()) {
        *error = u"cannot commit the do-not-remind list: "_s + tx.error();
        return false;
    }
    return true;
}

bool OptOutList::remove(
    const QString &openid, const QString &actor, qint64 now, bool *removed, QString *error)
{
    Transaction tx(m_db.db());
    if (!tx.isActive()) {
        *error = u"cannot start a transaction: "_s + tx.error();
        return false;
    }
    QSqlQuery q(m_db.db());
    q.prepare(u"DELETE FROM optouts WHERE openid = ? RETURNING reason"_s);
    q.addBindValue(openid);
    if (!execOrReport(q, error))
        return false;
    *removed = q.next();
    if (!*removed)
        return true;
    const QString reason = q.value(0).toString();
    q.finish();
    if (!AuditLog(m_db).append({ auditLine(openid, actor, now, reason, {}, u"removed"_s) }, error)
        || !m_db.notify({ ChangeNotice::Kind::OptOuts, m_db.options().instance, {} }, error))
        return false;
    if (!tx.commit()) {
        *error = u"cannot commit the do-not-remind list: "_s + tx.error();
        return false;
    }
    return true;
}

bool OptOutList::importMany(
    const QList<OptOutRecord> &entries, qint64 now, OptOutImportResult *result, QString *error)
{
    *result = {};
    Transaction tx(m_db.db());
    if (!tx.isActive()) {
        *error = u"cannot start a transaction: "_s + tx.error();
        return false;
    }
    OptOutImportResult counts; // told only once committed
    QList<AuditRecord> lines;
    for (OptOutRecord entry : entries) {
        entry.createdAt = now;
        std::optional<QString> previous;
        if (!write(entry, &previous, error))
            return false;
        if (previous && *previous == entry.reason) {
            ++counts.unchanged;
            continue;
        }
        ++(previous ? counts.updated : counts.added);
        lines << auditLine(entry.openid, entry.actor, now, previous.value_or(QString()), entry.reason,
            previous ? u"changed (import)"_s : u"added (import)"_s);
    }
    if (!lines.isEmpty()) {
        if (!AuditLog(m_db).append(lines, error)
            || !m_db.notify({ ChangeNotice::Kind::OptOuts, m_db.options().instance, {} }, error))
            return false;
        if (!tx.commit()) {
            *error = u"cannot commit the import: "_s + tx.error();
            return false;
        }
    }
    *result = counts;
    return true;
}

} // namespace paynudge
