#include "enginecluster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace paynudge::test {

namespace {

const QString kPasswordEnv = u"PN_TEST_PG_PASSWORD"_s;
const QString kSecretEnv = u"PN_TEST_WECHAT_SECRET"_s;
const QByteArray kIntakeToken = AppProcess::kTestIntakeToken;

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

EngineCluster::EngineCluster()
    : m_fake(std::make_unique<FakeWeChat>(m_clock))
{
    m_fake->setRecording(false); // thousands of sends: no per-request log in memory
    m_fake->addTemplate(QString::fromLatin1(kAppid), QString::fromLatin1(kTemplate));
    QObject::connect(
        m_fake.get(), &FakeWeChat::delivered, m_fake.get(), [this](const FakeWeChat::Delivery &d) {
            Received &r = m_received[d.openid];
            ++r.deliveries;
            r.firstAt = r.firstAt ? r.firstAt : d.at;
            r.lastAt = d.at;
            ++m_deliveries;
        });
    QObject::connect(
        m_fake.get(), &FakeWeChat::deduplicated, m_fake.get(), [this](const FakeWeChat::Delivery &d) {
            ++m_received[d.openid].repeats;
            ++m_repeats;
        });
}

EngineCluster::~EngineCluster()
{
    stopEngines();
}

bool EngineCluster::startServers()
{
    if (!m_pg.start()) {
        m_error = m_pg.errorString();
        return false;
    }
    if (!m_fake->listen()) {
        m_error = u"the fake WeChat cannot listen"_s;
        return false;
    }
    return true;
}

QString EngineCluster::config(int i, quint16 port) const
{
    const Settings &s = m_settings;
    return u"[reminder]\nrounds=%1\ncloseAfter=3600\nsafetyTick=1\nbatchSize=%2\nmaxInFlight=%3\n"
           u"[store]\nbackend=postgres\nhost=127.0.0.1\nport=%4\ndatabase=%5\nuser=%6\npasswordEnv=%7\n"
           u"sslMode=disable\ninstance=%8\nleaseSeconds=%9\n"_s.arg(s.roundSeconds)
               .arg(s.batchSize)
               .arg(s.maxInFlight)
               .arg(m_pg.port())
               .arg(m_database, m_pg.adminUser(), kPasswordEnv, instance(i))
               .arg(s.leaseSeconds)
        + u"[intake]\nlisten=127.0.0.1:%1\ntoken=%2\n"
          u"[wechat]\napiBase=%3\ntimeout=5\nmaxInFlight=%4\n"
          u"[accounts/%5]\nname=集群测试店\nappid=%6\nsecretEnv=%7\nkind=template\ntemplateId=%8\n"
          u"url=https://shop.example/order/{order_no}\n"
          u"fields/character_string1={order_no}\nfields/thing2={product}\nfields/amount3={amount}\n"
          u"fields/time4={placed_at:yyyy-MM-dd HH:mm}\nfields/time5={close_at:yyyy-MM-dd HH:mm}\n"_s.arg(port)
              .arg(QString::fromLatin1(kIntakeToken), m_fake->baseUrl().toString())
              .arg(s.wechatInFlight)
              .arg(QString::fromLatin1(kAccount), QString::fromLatin1(kAppid), kSecretEnv,
                  QString::fromLatin1(kTemplate));
}

bool EngineCluster::startEngines(const QString &database, int count, const Settings &settings)
{
    stopEngines();
    m_settings = settings;
    m_database = database;
    // Identifiers cannot be bound; the name is the test's own constant.
    m_pg.closeAdmin(database);
    m_pg.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database));
    if (!m_pg.exec(u"CREATE DATABASE %1"_s.arg(database))) {
        m_error = m_pg.errorString();
        return false;
    }
    for (int i = 0; i < count; ++i) {
        auto e = std::make_unique<Engine>();
        e->app = std::make_unique<AppProcess>();
        e->port = freePort();
        e->app->writeConfig(config(i, e->port));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kPasswordEnv, m_pg.adminPassword());
        env.insert(kSecretEnv, u"cluster-appsecret-0123456789abcdef"_s);
        e->app->process().setProcessEnvironment(env);
        m_engines.push_back(std::move(e));
    }
    // All at once: the first to get the advisory lock migrates, the others wait for it.
    for (auto &e : m_engines)
        if (!e->app->start()) {
            m_error = u"cannot start paynudge"_s;
            return false;
        }
    for (auto &e : m_engines)
        if (!startEngine(*e))
            return false;
    return true;
}

bool EngineCluster::startEngine(Engine &e)
{
    if (!e.app->waitUntilRunning(60000)) {
        m_error = u"an engine did not come up:\n"_s + e.app->output().right(3000);
        return false;
    }
    e.client = std::make_unique<HttpClient>(e.port, kIntakeToken);
    if (e.client->request("GET", "/api/v1/health", {}, 10000).status != 200) {
        m_error = u"an engine's intake API does not answer:\n"_s + e.app->output().right(3000);
        return false;
    }
    return true;
}

bool EngineCluster::restartEngine(int i)
{
    Engine &e = *m_engines.at(size_t(i));
    e.app->waitForExit(10000);
    e.client.reset();
    if (!e.app->start()) {
        m_error = u"cannot start paynudge"_s;
        return false;
    }
    return startEngine(e);
}

void EngineCluster::stopEngines()
{
    for (auto &e : m_engines)
        e->app->terminate();
    for (auto &e : m_engines)
        if (!e->app->waitForExit(10000)) {
            e->app->kill();
            e->app->waitForExit(5000);
        }
    m_engines.clear();
}

HttpClient &EngineCluster::client(int engine)
{
    return *m_engines.at(size_t(engine))->client;
}

QJsonObject EngineCluster::order(const QString &orderNo, qint64 placedAtSec)
{
    return { { u"order_no"_s, orderNo }, { u"account"_s, QString::fromLatin1(kAccount) },
        { u"openid"_s, openidOf(orderNo) }, { u"nickname"_s, u"顾客"_s }, { u"product"_s, u"有机苹果 5kg"_s },
        { u"amount_fen"_s, 12850 }, { u"placed_at"_s, double(placedAtSec) } };
}

bool EngineCluster::postBatches(int engine, const QList<QJsonObject> &orders, int batch, int connections)
{
    std::vector<std::unique_ptr<HttpClient>> conns;
    for (int c = 0; c < connections; ++c)
        conns.push_back(std::make_unique<HttpClient>(intakePort(engine), kIntakeToken));
    qsizetype next = 0;
    int running = 0;
    bool ok = true;
    QEventLoop loop;
    std::function<void(HttpClient *)> post = [&](HttpClient *c) {
        if (next >= orders.size()) {
            if (running == 0)
                loop.quit();
            return;
        }
        QJsonArray list;
        for (qsizetype k = next; k < std::min(orders.size(), next + batch); ++k)
            list.append(orders.at(k));
        next += batch;
        ++running;
        c->send("POST", "/api/v1/orders:batch",
            QJsonDocument(QJsonObject { { u"orders"_s, list } }).toJson(QJsonDocument::Compact),
            [&, c](const HttpClient::Response &r) {
                --running;
                if (r.status != 200 && r.status != 201) {
                    ok = false;
                    m_error = u"batch → %1 %2"_s.arg(r.status).arg(QString::fromUtf8(r.body.left(300)));
                }
                post(c);
            });
    };
    for (auto &c : conns)
        post(c.get());
    if (running > 0)
        loop.exec();
    return ok;
}

void EngineCluster::markPaid(
    int engine, const QStringList &orderNos, QHash<QString, int> *statuses, int connections)
{
    std::vector<std::unique_ptr<HttpClient>> conns;
    for (int c = 0; c < connections; ++c)
        conns.push_back(std::make_unique<HttpClient>(intakePort(engine), kIntakeToken));
    qsizetype next = 0;
    int running = 0;
    QEventLoop loop;
    std::function<void(HttpClient *)> post = [&](HttpClient *c) {
        if (next >= orderNos.size()) {
            if (running == 0)
                loop.quit();
            return;
        }
        const QString no = orderNos.at(next++);
        ++running;
        c->send("POST", "/api/v1/orders/" + no.toUtf8() + "/paid", "{}",
            [&, c, no](const HttpClient::Response &r) {
                --running;
                statuses->insert(no, r.status);
                post(c);
            });
    };
    for (auto &c : conns)
        post(c.get());
    if (running > 0)
        loop.exec();
}

void EngineCluster::clearReceived()
{
    m_received.clear();
    m_deliveries = 0;
    m_repeats = 0;
}

qint64 EngineCluster::count(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_pg.admin(m_database));
    if (!q.prepare(sql))
        return -1;
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList EngineCluster::rows(const QString &sql)
{
    QStringList out;
    QSqlQuery q(m_pg.admin(m_database));
    if (!q.exec(sql))
        return { q.lastError().text() };
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        out << values.join(u'|');
    }
    return out;
}

bool EngineCluster::waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

} // namespace paynudge::test
