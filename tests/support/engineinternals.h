#pragma once

#include "store/orderstore.h"
#include "store/reminderqueue.h"

#include <QSqlDatabase>
#include <QString>

namespace paynudge {

class Database;
class SqlStore;
class Store;
class Engine;
class PaymentGate;
class Sweeper;

namespace test {

// What only tests may touch inside an engine: the parts its commands hide. A test that reads
// the store opens a StoreReader instead; this is for what must go through the engine's own
// objects (a pragma of its connection, the sweeper's backoff, a store-level call).
class EngineInternals
{
public:
    // The engine's own SQLite connection: per-connection pragmas (query_only, max_page_count)
    // and writes that fake what a crash or an operator left behind.
    static QSqlDatabase &connection(Engine &engine);
    static Store &store(Engine &engine);
    static SqlStore &sqlite(Engine &engine);
    static Database &database(Engine &engine);
    static OrderStore &orders(Engine &engine);
    static ReminderQueue &queue(Engine &engine);
    static Sweeper &sweeper(Engine &engine);
    // Between the sweeper and the senders: tests give it a scripted payment check.
    static PaymentGate &gate(Engine &engine);
    // A shared store's engine that stalls: its heartbeats stop (its leases run out) while it runs on.
    static void stopHeartbeats(Engine &engine);
};

// A connection of the test's own on a store file, read-only (the engine keeps its own); on the
// test's PostgreSQL store when the suite runs there (testStoreIsPostgres()).
class StoreReader
{
public:
    explicit StoreReader(const QString &storePath);
    ~StoreReader();
    StoreReader(const StoreReader &) = delete;
    StoreReader &operator=(const StoreReader &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace test
} // namespace paynudge
