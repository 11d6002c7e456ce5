#include "mariadbserver.h"

#include <QStandardPaths>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace paynudge::test {

namespace {

// The server binary lives in sbin, which a test user's PATH may lack.
QString findProgram(const QStringList &names)
{
    for (const QString &name : names) {
        QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            path = QStandardPaths::findExecutable(
                name, { u"/usr/sbin"_s, u"/usr/bin"_s, u"/usr/local/sbin"_s, u"/usr/local/bin"_s });
        if (!path.isEmpty())
            return path;
    }
    return {};
}

// mariadbd refuses to run as root unless told to, and then runs as root.
QStringList asRootIfRoot()
{
    return ::geteuid() == 0 ? QStringList { u"--user=root"_s } : QStringList {};
}

} // namespace

MariaDbServer::MariaDbServer()
    : TestDbServer(u"mariadb"_s)
    , m_installDb(findProgram({ u"mariadb-install-db"_s, u"mysql_install_db"_s }))
    , m_server(findProgram({ u"mariadbd"_s, u"mysqld"_s }))
{
    setShutdownSignal(SIGTERM);
    if (!unavailableReason().isEmpty())
        return;
    setSocketPath(tempPath() + u"/mariadbd.sock"_s);
    if (m_installDb.isEmpty() || m_server.isEmpty())
        setUnavailable(
            u"MariaDB is not installed (mariadb-install-db and mariadbd, package mariadb-server)"_s);
    else if (!QSqlDatabase::isDriverAvailable(driver()))
        setUnavailable(u"Qt's MariaDB driver QMYSQL is missing (package libqt6sql6-mysql)"_s);
}

QString MariaDbServer::driver() const
{
    return u"QMYSQL"_s;
}

QString MariaDbServer::adminUser() const
{
    return u"root"_s;
}

bool MariaDbServer::initialize(QString *error)
{
    // --no-defaults: nothing from the machine's my.cnf (its datadir, socket or port) leaks in.
    // --tmpdir (passed on to the bootstrap server): its own, or two tests installing at once
    // collide on the same temporary table file in /tmp.
    return runTool(m_installDb,
        QStringList { u"--no-defaults"_s, u"--datadir="_s + dataDir(), u"--tmpdir="_s + tempPath(),
            u"--auth-root-authentication-method=normal"_s, u"--skip-test-db"_s, u"--skip-name-resolve"_s }
            + asRootIfRoot(),
        error);
}

QStringList MariaDbServer::serverArguments() const
{
    return QStringList { u"--no-defaults"_s, u"--datadir="_s + dataDir(), u"--socket="_s + socketPath(),
        u"--port="_s + QString::number(port()), u"--bind-address=127.0.0.1"_s,
        u"--pid-file="_s + tempPath() + u"/mariadbd.pid"_s, u"--tmpdir="_s + tempPath(),
        u"--skip-name-resolve"_s }
    + asRootIfRoot();
}

void MariaDbServer::configure(
    QSqlDatabase &db, const QString &user, const QString &password, const QString &database, bool admin) const
{
    TestDbServer::configure(db, user, password, database, admin);
    if (admin) {
        // root@localhost: the socket (an empty host makes the client take it).
        db.setHostName({});
        db.setConnectOptions(u"UNIX_SOCKET="_s + socketPath() + u";MYSQL_OPT_CONNECT_TIMEOUT=5"_s);
    } else {
        db.setConnectOptions(u"MYSQL_OPT_CONNECT_TIMEOUT=5"_s);
    }
}

} // namespace paynudge::test
