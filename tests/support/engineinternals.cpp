#include "engineinternals.h"

#include "engine/engine.h"
#include "engine/sweeper.h"
#include "pgteststore.h"
#include "shopdb/paymentgate.h"
#include "store/sqlstore.h"

#include <QAtomicInt>

using namespace Qt::StringLiterals;

namespace paynudge::test {

Store &EngineInternals::store(Engine &engine)
{
    return *engine.m_store;
}

SqlStore &EngineInternals::sqlite(Engine &engine)
{
    return dynamic_cast<SqlStore &>(*engine.m_store);
}

QSqlDatabase &EngineInternals::connection(Engine &engine)
{
    return sqlite(engine).database().db();
}

Database &EngineInternals::database(Engine &engine)
{
    return sqlite(engine).database();
}

OrderStore &EngineInternals::orders(Engine &engine)
{
    return sqlite(engine).orders();
}

ReminderQueue &EngineInternals::queue(Engine &engine)
{
    return sqlite(engine).queue();
}

Sweeper &EngineInternals::sweeper(Engine &engine)
{
    return *engine.m_sweeper;
}

PaymentGate &EngineInternals::gate(Engine &engine)
{
    return *engine.m_gate;
}

void EngineInternals::stopHeartbeats(Engine &engine)
{
    engine.m_keepAlive.stop();
}

StoreReader::StoreReader(const QString &storePath)
{
    static QAtomicInt next;
    m_name = u"test-store-reader-%1"_s.arg(next.fetchAndAddRelaxed(1));
    if (testStoreIsPostgres()) { // the suite runs on the shared store: read it there
        m_db = PgTestStore::get()->connection(m_name);
        m_db.open();
        return;
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(storePath);
    m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    m_db.open();
}

StoreReader::~StoreReader()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace paynudge::test
