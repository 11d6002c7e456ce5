#pragma once

#include "config/config.h"
#include "store/database.h"

#include <QSqlDatabase>
#include <QString>

namespace paynudge::test {

class PostgresServer;

// A shared store on a real PostgreSQL for tests: one PostgresServer per test process, started on
// first use and stopped when the application ends, with a role and a database for PayNudge. Each
// test case calls reset() for an empty database (the next open migrates it afresh).
//
//   PgTestStore *pg = PgTestStore::get();
//   if (!pg->unavailableReason().isEmpty())
//       QSKIP(qPrintable(pg->unavailableReason()));
//   QVERIFY2(pg->reset(&error), qPrintable(error));
//   SqlStore store;
//   QVERIFY2(store.open(pg->options(u"engine-a"_s), &error), qPrintable(error));
class PgTestStore
{
public:
    // The process's one instance; the server starts on the first call (never null).
    static PgTestStore *get();

    // Empty when the server runs; else why not, for QSKIP (binaries or driver missing, start failed).
    QString unavailableReason() const { return m_unavailable; }
    // Empties PayNudge's database: its schema is dropped and made again. Connections of earlier test
    // cases must be closed (the drop waits for their locks at most a few seconds, then fails).
    bool reset(QString *error);

    // Options for a store connection as engine `instance` (connection name: unique when empty).
    Database::Options options(const QString &instance = QStringLiteral("engine-a"),
        const QString &connectionName = {}, qint64 leaseMs = 60'000) const;
    StoreServer storeServer() const;
    // [store] of `config` pointed at this database: backend=postgres, host, port, database, user,
    // passwordEnv naming kPasswordEnv (which this process has set to the password).
    void fillConfig(Config &config, const QString &instance = QStringLiteral("engine-a")) const;
    static constexpr const char *kPasswordEnv = "PAYNUDGE_TEST_STORE_PASSWORD";

    // A plain connection as PayNudge's role of the caller's own (not opened yet; the caller
    // removes it with QSqlDatabase::removeDatabase): reading what the store holds, LISTEN.
    QSqlDatabase connection(const QString &connectionName) const;
    PostgresServer &server() { return *m_server; }

    static QString database() { return QStringLiteral("paynudge"); }
    static QString user() { return QStringLiteral("paynudge"); }

private:
    PgTestStore();
    ~PgTestStore();
    bool setUp(QString *error);
    static void shutDown();

    PostgresServer *m_server = nullptr;
    QString m_password;
    QString m_unavailable;
};

// Whether the suites' store-opening helpers (EngineFixture, StoreReader, ConsoleFixture) open the
// shared PostgreSQL store instead of a SQLite file: PAYNUDGE_TEST_STORE=postgres, which
// paynudge_add_pg_variant (tests/CMakeLists.txt) sets for a suite's `<name>_pg` registration.
bool testStoreIsPostgres();

} // namespace paynudge::test
