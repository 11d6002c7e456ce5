#include "testdbserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <atomic>
#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace paynudge::test {

namespace {

constexpr int kReadyTimeoutMs = 60000;
constexpr int kStopTimeoutMs = 60000;
constexpr int kToolTimeoutMs = 120000;
// A probed port can be taken between the probe and the server's bind: try another one.
constexpr int kPortAttempts = 3;

std::atomic<int> g_serial { 0 };

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// The child's setup, then: a server whose test crashed goes down with it instead of lingering.
// SIGKILL: its data is a dead test's, and a MariaDB told SIGTERM that way was seen to hang.
std::function<void()> withParentDeathSignal(std::function<void()> setup)
{
    return [setup = std::move(setup)] {
        if (setup)
            setup();
        // After any change of user: the kernel clears this setting when credentials change.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    };
}

} // namespace

TestDbServer::TestDbServer(const QString &kind)
    : m_kind(kind)
    , m_serial(++g_serial)
    , m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/paynudge-"_s + kind + u"-XXXXXX"_s))
{
    if (!m_dir->isValid())
        m_unavailable = u"cannot make a temporary directory: "_s + m_dir->errorString();
}

TestDbServer::~TestDbServer()
{
    stop();
    for (const QString &name : std::as_const(m_adminConnections))
        QSqlDatabase::removeDatabase(name);
}

QString TestDbServer::host() const
{
    return u"127.0.0.1"_s;
}

QString TestDbServer::tempPath() const
{
    return m_dir->path();
}

QString TestDbServer::dataDir() const
{
    return tempPath() + u"/data"_s;
}

QString TestDbServer::logPath() const
{
    return tempPath() + u"/server.log"_s;
}

bool TestDbServer::start()
{
    if (!m_unavailable.isEmpty()) {
        m_error = m_unavailable;
        return false;
    }
    if (isRunning())
        return true;
    m_error.clear();
    if (!m_initialized) {
        if (!initialize(&m_error))
            return false;
        m_initialized = true;
    }
    if (m_port != 0)
        return startOnce(); // the same port as before: a restart, as the shop's server would do
    for (int attempt = 0; attempt < kPortAttempts; ++attempt) {
        m_port = freePort();
        if (m_port == 0) {
            m_error = u"no free port on 127.0.0.1"_s;
            return false;
        }
        if (startOnce())
            return true;
        if (!m_error.contains(u"already in use"_s))
            break;
    }
    m_port = 0;
    return false;
}

bool TestDbServer::startOnce()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(serverProgram());
    m_process->setArguments(serverArguments());
    m_process->setWorkingDirectory(tempPath());
    m_process->setStandardOutputFile(logPath(), QIODevice::Append);
    m_process->setStandardErrorFile(logPath(), QIODevice::Append);
    m_process->setChildProcessModifier(withParentDeathSignal(childSetup()));
    m_process->start();
    if (!m_process->waitForStarted(kReadyTimeoutMs)) {
        m_error = m_kind + u": cannot run "_s + serverProgram() + u": "_s + m_process->errorString();
        return false;
    }
    // Poll the server until it takes a connection, watching for it to give up instead.
    QElapsedTimer waited;
    waited.start();
    while (true) {
        if (admin().isOpen()) {
            m_error.clear();
            return true;
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error = m_kind + u" exited at start (code "_s + QString::number(m_process->exitCode())
                + u"):\n"_s + logTail();
            return false;
        }
        if (waited.hasExpired(kReadyTimeoutMs)) {
            const QString why = m_error;
            kill();
            m_error = m_kind + u" took no connection within 60 s ("_s + why + u"):\n"_s + logTail();
            return false;
        }
        m_process->waitForFinished(50);
    }
}

bool TestDbServer::stop()
{
    closeAdminConnections();
    if (!isRunning())
        return true;
    ::kill(m_process->processId(), m_shutdownSignal);
    if (!m_process->waitForFinished(kStopTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(kStopTimeoutMs);
        m_error = m_kind + u" did not shut down within 60 s"_s;
        return false;
    }
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        m_error = m_kind + u" shut down with code "_s + QString::number(m_process->exitCode()) + u":\n"_s
            + logTail();
        return false;
    }
    return true;
}

void TestDbServer::kill()
{
    closeAdminConnections();
    if (!isRunning())
        return;
    ::kill(m_process->processId(), m_crashSignal);
    if (!m_process->waitForFinished(kStopTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(kStopTimeoutMs);
    }
}

void TestDbServer::closeAdminConnections()
{
    // Closed, not removed: the next admin() opens them again, and a test holding a copy keeps a
    // valid (closed) handle instead of a dangling one.
    for (const QString &name : std::as_const(m_adminConnections))
        QSqlDatabase::database(name, false).close();
}

QString TestDbServer::adminConnectionName(const QString &database) const
{
    return u"paynudge-test-%1-%2-admin-%3"_s.arg(m_kind).arg(m_serial).arg(database);
}

QSqlDatabase TestDbServer::admin(const QString &database)
{
    const QString name = adminConnectionName(database);
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(driver(), name);
        m_adminConnections << name;
    }
    if (!db.isOpen()) {
        if (!isRunning()) {
            m_error = m_kind + u" is not running"_s;
            return db;
        }
        configure(db, adminUser(), m_adminPassword, database, true);
        if (!db.open())
            m_error = db.lastError().text();
    }
    return db;
}

void TestDbServer::closeAdmin(const QString &database)
{
    QSqlDatabase::database(adminConnectionName(database), false).close();
}

bool TestDbServer::exec(const QString &sql, const QVariantList &values, const QString &database)
{
    QSqlDatabase db = admin(database);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    bool ok;
    if (values.isEmpty()) {
        ok = q.exec(sql); // DDL: not every statement can be prepared
    } else {
        ok = q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    if (!ok)
        m_error = q.lastError().text() + u" — in: "_s + sql;
    return ok;
}

QSqlDatabase TestDbServer::connection(const QString &connectionName, const QString &user,
    const QString &password, const QString &database) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driver(), connectionName);
    configure(db, user, password, database, false);
    return db;
}

QSqlDatabase TestDbServer::adminConnection(const QString &connectionName, const QString &database) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driver(), connectionName);
    configure(db, adminUser(), m_adminPassword, database, true);
    return db;
}

void TestDbServer::configure(
    QSqlDatabase &db, const QString &user, const QString &password, const QString &database, bool admin) const
{
    Q_UNUSED(admin)
    db.setHostName(host());
    db.setPort(m_port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database.isEmpty() ? defaultDatabase() : database);
}

bool TestDbServer::runTool(const QString &program, const QStringList &arguments, QString *error) const
{
    QProcess tool;
    tool.setProgram(program);
    tool.setArguments(arguments);
    tool.setWorkingDirectory(tempPath());
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.setChildProcessModifier(withParentDeathSignal(childSetup()));
    tool.start();
    const bool finished = tool.waitForFinished(kToolTimeoutMs);
    if (finished && tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0)
        return true;
    if (!finished)
        tool.kill();
    *error = m_kind + u": "_s + program + u" failed ("_s
        + (finished ? u"code "_s + QString::number(tool.exitCode()) : tool.errorString()) + u"):\n"_s
        + QString::fromLocal8Bit(tool.readAll().right(4000));
    return false;
}

QString TestDbServer::logTail() const
{
    QFile log(logPath());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    if (log.size() > 4000)
        log.seek(log.size() - 4000);
    return QString::fromLocal8Bit(log.readAll());
}

} // namespace paynudge::test
