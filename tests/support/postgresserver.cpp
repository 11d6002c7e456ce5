#include "postgresserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QVersionNumber>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace paynudge::test {

namespace {

// PAYNUDGE_TEST_PG_BINDIR, else Debian's newest /usr/lib/postgresql/<version>/bin, else PATH.
QString findBinDir()
{
    const QString fromEnv = qEnvironmentVariable("PAYNUDGE_TEST_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QDir versions(u"/usr/lib/postgresql"_s);
    QVersionNumber newest;
    QString found;
    const QStringList entries = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QString bin = versions.filePath(entry + u"/bin"_s);
        const QVersionNumber v = QVersionNumber::fromString(entry);
        if (QFileInfo(bin + u"/initdb"_s).isExecutable() && QFileInfo(bin + u"/postgres"_s).isExecutable()
            && (found.isEmpty() || v > newest)) {
            newest = v;
            found = bin;
        }
    }
    if (!found.isEmpty())
        return found;
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

} // namespace

PostgresServer::PostgresServer()
    : TestDbServer(u"postgres"_s)
    , m_binDir(findBinDir())
{
    // SIGINT is the fast shutdown: it does not wait for clients (a test's open connections).
    setShutdownSignal(SIGINT);
    // SIGQUIT is its crash: no checkpoint, recovery at the next start. A SIGKILL'd postmaster
    // would leave its backends holding the shared memory, and the next start waits for them.
    setCrashSignal(SIGQUIT);
    if (!unavailableReason().isEmpty())
        return;
    setSocketPath(tempPath());
    if (m_binDir.isEmpty() || !QFileInfo(m_binDir + u"/initdb"_s).isExecutable()
        || !QFileInfo(m_binDir + u"/postgres"_s).isExecutable()) {
        setUnavailable(u"PostgreSQL is not installed (initdb and postgres, package postgresql-15)"_s);
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(driver())) {
        setUnavailable(u"Qt's PostgreSQL driver QPSQL is missing (package libqt6sql6-psql)"_s);
        return;
    }
    if (::geteuid() == 0) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw) {
            setUnavailable(u"running as root, and there is no user 'postgres' to run PostgreSQL as"_s);
            return;
        }
        m_dropRoot = true;
        m_uid = pw->pw_uid;
        m_gid = pw->pw_gid;
        if (::chown(QFile::encodeName(tempPath()).constData(), m_uid, m_gid) != 0)
            setUnavailable(u"cannot hand the temporary directory to the user 'postgres'"_s);
    }
    setAdminPassword(QString::number(QRandomGenerator::global()->generate64(), 36)
        + QString::number(QRandomGenerator::global()->generate64(), 36));
}

QString PostgresServer::driver() const
{
    return u"QPSQL"_s;
}

QString PostgresServer::adminUser() const
{
    return u"postgres"_s;
}

QString PostgresServer::defaultDatabase() const
{
    return u"postgres"_s;
}

std::function<void()> PostgresServer::childSetup() const
{
    if (!m_dropRoot)
        return {};
    const uid_t uid = m_uid;
    const gid_t gid = m_gid;
    return [uid, gid] {
        // Between fork and exec: plain system calls only.
        if (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
            ::_exit(126);
    };
}

bool PostgresServer::initialize(QString *error)
{
    const QString pwfile = tempPath() + u"/superuser.pw"_s;
    QFile f(pwfile);
    if (!f.open(QIODevice::WriteOnly) || f.write(adminPassword().toUtf8() + '\n') < 0) {
        *error = u"postgres: cannot write "_s + pwfile;
        return false;
    }
    f.close();
    if (m_dropRoot && ::chown(QFile::encodeName(pwfile).constData(), m_uid, m_gid) != 0) {
        *error = u"postgres: cannot hand "_s + pwfile + u" to the user 'postgres'"_s;
        return false;
    }
    // -N: a test's data directory needs no fsync at creation; the server itself runs durable.
    const bool ok = runTool(m_binDir + u"/initdb"_s,
        { u"-D"_s, dataDir(), u"-U"_s, adminUser(), u"--pwfile="_s + pwfile, u"--auth-local=trust"_s,
            u"--auth-host=scram-sha-256"_s, u"-E"_s, u"UTF8"_s, u"--locale=C"_s, u"-N"_s },
        error);
    QFile::remove(pwfile);
    return ok;
}

QString PostgresServer::serverProgram() const
{
    return m_binDir + u"/postgres"_s;
}

// A commit waits for its WAL to be written (synchronous_commit), so a kill() keeps it; what fsync
// adds is safety against the machine losing power, which a test does not need, and it costs
// seconds under load (a crash recovery fsyncs the whole data directory).
QStringList PostgresServer::serverArguments() const
{
    return { u"-D"_s, dataDir(), u"-p"_s, QString::number(port()), u"-k"_s, socketPath(), u"-c"_s,
        u"listen_addresses=127.0.0.1"_s, u"-c"_s, u"synchronous_commit=on"_s, u"-c"_s, u"fsync=off"_s };
}

void PostgresServer::configure(
    QSqlDatabase &db, const QString &user, const QString &password, const QString &database, bool admin) const
{
    TestDbServer::configure(db, user, password, database, admin);
    // The NOTICEs of DROP … IF EXISTS would go to the test's stderr.
    db.setConnectOptions(u"connect_timeout=5;options=-cclient_min_messages=warning"_s);
}

} // namespace paynudge::test
