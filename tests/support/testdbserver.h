#pragma once

#include <QProcess>
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantList>
#include <functional>
#include <memory>

namespace paynudge::test {

// A real database server of the test's own: its data directory in a temporary directory, its own
// port on 127.0.0.1 and its own socket, started and stopped by the test. The shop-database tests
// run the server the shops run, not a mock. MariaDbServer and PostgresServer say how to make the
// data directory and how to run the server; the life cycle is the same for both.
//
//   MariaDbServer server;
//   if (!server.unavailableReason().isEmpty())
//       QSKIP(qPrintable(server.unavailableReason()));
//   QVERIFY2(server.start(), qPrintable(server.errorString()));
class TestDbServer
{
public:
    virtual ~TestDbServer();
    TestDbServer(const TestDbServer &) = delete;
    TestDbServer &operator=(const TestDbServer &) = delete;

    // Empty when the server can run here; otherwise why not (binaries or the Qt driver missing),
    // for the test's QSKIP.
    QString unavailableReason() const { return m_unavailable; }

    // The first start makes the data directory and picks a free port; a later one (after stop()
    // or kill()) reuses both, so a test can take the database down and bring it back as it was.
    // Returns once the server accepts connections (60 s at most); false with errorString().
    bool start();
    // Graceful shutdown (open connections are closed by the server); waits until the process ends.
    bool stop();
    // A crash: the server ends at once without shutting down (SIGKILL; PostgreSQL's immediate
    // shutdown, which takes its backends along); the next start recovers. Waits until it ended.
    void kill();
    bool restart() { return stop() && start(); }
    bool isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }

    // Why start(), stop() or exec() failed, with the end of the server's log when it helps.
    QString errorString() const { return m_error; }
    QString host() const;
    int port() const { return m_port; }
    // MariaDB's socket file; PostgreSQL's socket directory (what libpq takes as the host).
    QString socketPath() const { return m_socket; }
    QString dataDir() const;
    QString logPath() const;

    virtual QString driver() const = 0; // the Qt SQL driver: QMYSQL or QPSQL
    virtual QString adminUser() const = 0;
    QString adminPassword() const { return m_adminPassword; }
    virtual QString defaultDatabase() const = 0;

    // The superuser's connection to `database` (the server's default when empty), opened on first
    // use; stop() and kill() close it, the next call opens it again. Not open when it cannot be
    // (errorString() says why).
    QSqlDatabase admin(const QString &database = {});
    // Closes that connection (before dropping its database, say); the next admin() reopens it.
    void closeAdmin(const QString &database = {});
    // One statement as the superuser, `values` bound in order (never pasted into the text).
    bool exec(const QString &sql, const QVariantList &values = {}, const QString &database = {});

    // The superuser's connection of the caller's own, not opened yet, for another thread (a
    // QSqlDatabase belongs to the thread that made it; admin() is the test thread's).
    QSqlDatabase adminConnection(const QString &connectionName, const QString &database = {}) const;

    // A connection for `user` over TCP to 127.0.0.1:port(), not opened yet: the caller opens it
    // (and sees the server refuse a wrong password) and removes it with QSqlDatabase::removeDatabase.
    QSqlDatabase connection(const QString &connectionName, const QString &user, const QString &password,
        const QString &database) const;

protected:
    // `kind` names the server in connection names and messages ("mariadb", "postgres").
    explicit TestDbServer(const QString &kind);

    void setUnavailable(const QString &reason) { m_unavailable = reason; }
    void setAdminPassword(const QString &password) { m_adminPassword = password; }
    void setSocketPath(const QString &path) { m_socket = path; }
    // The signal that shuts the server down cleanly without waiting for clients to disconnect.
    // Data, not a virtual: the base destructor stops the server.
    void setShutdownSignal(int signal) { m_shutdownSignal = signal; }
    void setCrashSignal(int signal) { m_crashSignal = signal; }
    QString tempPath() const;

    // Makes the data directory (once, before the first start); false with the reason.
    virtual bool initialize(QString *error) = 0;
    virtual QString serverProgram() const = 0;
    virtual QStringList serverArguments() const = 0;
    // How a connection for `user` reaches the server (the superuser's may take the socket).
    virtual void configure(QSqlDatabase &db, const QString &user, const QString &password,
        const QString &database, bool admin) const;
    // Runs in the child between fork and exec (dropping root, for PostgreSQL). Async-signal-safe only.
    virtual std::function<void()> childSetup() const { return {}; }

    // Runs a setup tool (mariadb-install-db, initdb) to its end; false with its output.
    bool runTool(const QString &program, const QStringList &arguments, QString *error) const;

private:
    bool startOnce();
    void closeAdminConnections();
    QString adminConnectionName(const QString &database) const;
    QString logTail() const;

    QString m_kind;
    int m_serial;
    QString m_unavailable;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    bool m_initialized = false;
    int m_port = 0;
    int m_shutdownSignal = 15; // SIGTERM
    int m_crashSignal = 9; // SIGKILL
    QString m_socket;
    QString m_adminPassword;
    QStringList m_adminConnections;
};

} // namespace paynudge::test
