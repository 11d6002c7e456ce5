#include "store/auditlog.h"

#include "readmodel/querytools.h"
#include "store/bindvalues.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/transaction.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace paynudge {

AuditLog::AuditLog(Database &db)
    : m_db(db)
{ }

bool AuditLog::append(const QList<AuditRecord> &records, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO audit_log (at, actor, kind, subject, old_value, new_value, detail) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const AuditRecord &r : records) {
        q.addBindValue(r.at);
        q.addBindValue(bind::text(r.actor));
        q.addBindValue(bind::text(r.kind));
        q.addBindValue(bind::text(r.subject));
        q.addBindValue(bind::text(r.oldValue));
        q.addBindValue(bind::text(r.newValue));
        q.addBindValue(bind::text(r.detail));
        if (!execOrReport(q, error))
            return false;
    }
    return true;
}

namespace {
// The WHERE clause of `filter` (without the page's cursor) and its values in order.
QString whereOf(const AuditFilter &filter, SqlDialect dialect, QVariantList *binds)
{
    QStringList terms;
    if (filter.from) {
        terms << u"at >= ?"_s;
        *binds << *filter.from;
    }
    if (filter.to) {
        terms << u"at < ?"_s;
        *binds << *filter.to;
    }
    if (!filter.kind.isEmpty()) {
        terms << u"kind = ?"_s;
        *binds << filter.kind;
    }
    if (!filter.actor.isEmpty()) {
        terms << u"actor = ?"_s;
        *binds << filter.actor;
    }
    if (!filter.search.isEmpty()) {
        const QString like = querytools::likeOperator(dialect);
        QStringList any;
        for (const char16_t *column : { u"subject", u"old_value", u"new_value", u"detail" }) {
            any << QString::fromUtf16(column) + u' ' + like + u" ? ESCAPE '\\'"_s;
            *binds << querytools::containsPattern(filter.search);
        }
        terms << u'(' + any.join(u" OR "_s) + u')';
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

AuditRecord recordAt(const QSqlQuery &q)
{
    return { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString() };
}

const QString kSnapshotKey = u"config_snapshot"_s;
} // namespace

QString AuditLog::pageStatement(const AuditFilter &filter, SqlDialect dialect, QVariantList *binds)
{
    const QString where = whereOf(filter, dialect, binds);
    QString sql
        = u"SELECT id, at, actor, kind, subject, old_value, new_value, detail FROM audit_log"_s + where;
    if (filter.beforeId > 0) {
        // Older than the cursor's line in the page order (at, id): its `at` bounds the index range.
        sql += (where.isEmpty() ? u" WHERE "_s : u" AND "_s)
            + u"(at < (SELECT at FROM audit_log WHERE id = ?) OR (at = (SELECT at FROM audit_log WHERE id = "
              u"?) "
              u"AND id < ?))"_s;
        *binds << filter.beforeId << filter.beforeId << filter.beforeId;
    }
    sql += u" ORDER BY at DESC, id DESC LIMIT ?"_s;
    *binds << qMax(0, filter.limit);
    return sql;
}

QList<AuditRecord> AuditLog::read(QSqlDatabase &db, const AuditFilter &filter, qint64 *total, QString *error)
{
    const SqlDialect dialect = querytools::dialectOf(db);
    if (total) {
        QVariantList binds;
        const QString where = whereOf(filter, dialect, &binds);
        QSqlQuery count(db);
        count.setForwardOnly(true);
        if (!prepareOrReport(count, u"SELECT COUNT(*) FROM audit_log"_s + where, error))
            return {};
        querytools::bindAll(count, binds);
        if (!execOrReport(count, error) || !count.next())
            return {};
        *total = count.value(0).toLongLong();
    }
    QVariantList binds;
    const QString sql = pageStatement(filter, dialect, &binds);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareOrReport(q, sql, error))
        return {};
    querytools::bindAll(q, binds);
    if (!execOrReport(q, error))
        return {};
    QList<AuditRecord> out;
    while (q.next())
        out << recordAt(q);
    return out;
}

std::optional<QString> AuditLog::configSnapshot(QString *error)
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(kSnapshotKey);
    if (!execOrReport(q, error) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool AuditLog::appendWithSnapshot(const QList<AuditRecord> &records, const QString &snapshot, QString *error)
{
    Transaction tx(m_db.db());
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db.db());
    q.prepare(
        u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(kSnapshotKey);
    q.addBindValue(snapshot);
    if (!execOrReport(q, error) || !append(records, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace paynudge
