#include "store/auditlog.h"

#include "store/bindvalues.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QSqlQuery>

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

} // namespace paynudge
