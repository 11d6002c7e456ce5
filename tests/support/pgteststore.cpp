#include "pgteststore.h"

#include "postgresserver.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paynudge::test {

namespace {
PgTestStore *g_instance = nullptr;
}

bool testStoreIsPostgres()
{
    return qEnvironmentVariable("PAYNUDGE_TEST_STORE").compare(u"postgres"_s, Qt::CaseInsensitive) == 0;
}

PgTestStore *PgTestStore::get()
{
    if (!g_instance) {
        g_instance = new PgTestStore;
        // The server goes with the application (its QProcess and connections need one), not with
        // the static objects after it.
        qAddPostRoutine(&PgTestStore::shutDown);
    }
    return g_instance;
}

void PgTestStore::shutDown()
{
    delete g_instance;
    g_instance = nullptr;
}

PgTestStore::PgTestStore()
    : m_server(new PostgresServer)
    , m_password(QString::number(QRandomGenerator::global()->generate64(), 36))
{
    m_unavailable = m_server->unavailableReason();
    if (!m_unavailable.isEmpty())
        return;
    QString error;
    if (!setUp(&error))
        m_unavailable = u"the test's PostgreSQL did not start: "_s + error;
}

PgTestStore::~PgTestStore()
{
    delete m_server; // stops it
}

bool PgTestStore::setUp(QString *error)
{
    if (!m_server->start()) {
        *error = m_server->errorString();
        return false;
    }
    // The role owns its database, as on a shop's server: PayNudge migrates without a superuser.
    if (!m_server->exec(u"CREATE ROLE "_s + user() + u" LOGIN PASSWORD '"_s + m_password + u"'"_s)
        || !m_server->exec(u"CREATE DATABASE "_s + database() + u" OWNER "_s + user())) {
        *error = m_server->errorString();
        return false;
    }
    qputenv(kPasswordEnv, m_password.toUtf8());
    return true;
}

bool PgTestStore::reset(QString *error)
{
    if (!m_unavailable.isEmpty()) {
        *error = m_unavailable;
        return false;
    }
    QSqlDatabase db = m_server->admin(database());
    QSqlQuery q(db);
    // A connection a test left open would make the drop wait for its locks for ever.
    const QStringList steps { u"SET lock_timeout = '10s'"_s, u"DROP SCHEMA public CASCADE"_s,
        u"CREATE SCHEMA public AUTHORIZATION "_s + user(), u"RESET lock_timeout"_s };
    for (const QString &step : steps) {
        if (!q.exec(step)) {
            *error = step + u": "_s + q.lastError().text();
            return false;
        }
    }
    return true;
}

StoreServer PgTestStore::storeServer() const
{
    StoreServer s;
    s.host = m_server->host();
    s.port = m_server->port();
    s.database = database();
    s.user = user();
    s.password = m_password;
    s.sslMode = u"disable"_s;
    return s;
}

Database::Options PgTestStore::options(
    const QString &instance, const QString &connectionName, qint64 leaseMs) const
{
    static QAtomicInt serial;
    Database::Options o;
    o.server = storeServer();
    o.path = o.server->describe();
    o.instance = instance;
    o.leaseMs = leaseMs;
    o.connectionName = connectionName.isEmpty()
        ? u"pg-test-store-%1-%2"_s.arg(instance).arg(serial.fetchAndAddRelaxed(1))
        : connectionName;
    return o;
}

void PgTestStore::fillConfig(Config &config, const QString &instance) const
{
    config.store.backend = u"postgres"_s;
    config.store.host = m_server->host();
    config.store.port = m_server->port();
    config.store.database = database();
    config.store.user = user();
    config.store.passwordEnv = QString::fromLatin1(kPasswordEnv);
    config.store.passwordFile.clear();
    config.store.sslMode = u"disable"_s;
    config.store.instance = instance;
}

QSqlDatabase PgTestStore::connection(const QString &connectionName) const
{
    return m_server->connection(connectionName, user(), m_password, database());
}

} // namespace paynudge::test
