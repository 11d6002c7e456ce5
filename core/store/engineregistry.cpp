#include "store/engineregistry.h"

#include "store/bindvalues.h"
#include "store/changenotice.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace paynudge {

bool EngineRegistry::heartbeat(qint64 now, QString *error)
{
    const Database::Options &o = m_db.options();
    const bool first = m_startedAt == 0;
    if (first)
        m_startedAt = now;
    Transaction tx(m_db.db());
    if (!tx.isActive()) {
        *error = u"cannot start a transaction: "_s + tx.error();
        return false;
    }
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO engines (instance, host, pid, version, started_at, heartbeat_at, stopped_at) "
              u"VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (instance) DO UPDATE SET host = excluded.host, "
              u"pid = excluded.pid, version = excluded.version, started_at = excluded.started_at, "
              u"heartbeat_at = excluded.heartbeat_at, stopped_at = NULL"_s);
    q.addBindValue(o.instance);
    q.addBindValue(bind::text(QSysInfo::machineHostName()));
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(bind::text(QCoreApplication::applicationVersion()));
    q.addBindValue(m_startedAt);
    q.addBindValue(now);
    if (!execOrReport(q, error))
        return false;
    QSqlQuery lease(m_db.db());
    lease.prepare(u"UPDATE reminders SET lease_until = ? WHERE state = 'sending' AND claimed_by = ?"_s);
    lease.addBindValue(now + o.leaseMs);
    lease.addBindValue(o.instance);
    if (!execOrReport(lease, error))
        return false;
    // The consoles list the engines: a new one shows at once, the rest by their heartbeats' age.
    if (first && !m_db.notify({ ChangeNotice::Kind::Engines, o.instance, {} }, error))
        return false;
    if (!tx.commit()) {
        *error = u"cannot commit the heartbeat: "_s + tx.error();
        return false;
    }
    return true;
}

void EngineRegistry::signOff(qint64 now)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"UPDATE engines SET stopped_at = ?, heartbeat_at = ? WHERE instance = ?"_s);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(m_db.options().instance);
    // A store already gone: the others see the heartbeat stop. (Outside a transaction the notice
    // is sent at once, after the update.)
    if (execOrReport(q, nullptr))
        m_db.notify({ ChangeNotice::Kind::Engines, m_db.options().instance, {} });
}

QList<EngineRecord> EngineRegistry::engines(QString *error)
{
    return read(m_db.db(), error);
}

QList<EngineRecord> EngineRegistry::read(QSqlDatabase &db, QString *error)
{
    QList<EngineRecord> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareOrReport(q,
            u"SELECT instance, host, pid, version, started_at, heartbeat_at, stopped_at FROM engines "
            u"ORDER BY instance"_s,
            error)
        || !execOrReport(q, error))
        return out;
    while (q.next()) {
        EngineRecord e;
        e.instance = q.value(0).toString();
        e.host = q.value(1).toString();
        e.pid = q.value(2).toLongLong();
        e.version = q.value(3).toString();
        e.startedAt = q.value(4).toLongLong();
        e.heartbeatAt = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            e.stoppedAt = q.value(6).toLongLong();
        out << e;
    }
    return out;
}

} // namespace paynudge
