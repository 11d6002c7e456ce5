#pragma once

#include "config/config.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QStringList>
#include <QVariantList>
#include <functional>

class QSqlQuery;
class QThread;

namespace paynudge::shopdb {

// What one query in the shop's database gave: its rows (values by column), or why not.
struct QueryResult
{
    bool ok = false;
    QStringList columns;
    QList<QVariantList> rows;
    QString error; // English, the password redacted
    qint64 elapsedMs = 0; // from run() to the answer

    // The column's index, or -1.
    int column(const QString &name) const { return int(columns.indexOf(name)); }
};

// The part of ShopDbWorker on its thread: holds the connection, runs the queries.
class WorkerThreadSide : public QObject
{
    Q_OBJECT
public:
    WorkerThreadSide(const ShopDbSettings &settings, const QString &password, const QString &connectionName,
        int timeoutSec, int maxBackoffMs);

    void run(const std::function<bool(QSqlQuery &, QString *)> &prepare);
    void close(); // on the thread, as it ends: a connection is removed where it was made

signals:
    void done(const paynudge::shopdb::QueryResult &result);

private:
    bool ensureOpen(QString *error);
    bool runOnce(const std::function<bool(QSqlQuery &, QString *)> &prepare, QueryResult *result);

    ShopDbSettings m_settings;
    QString m_password;
    QString m_connection;
    int m_timeoutSec;
    int m_maxBackoffMs;
    bool m_open = false;
    int m_backoffMs = 0; // after a failed connect: how long until the next try
    QElapsedTimer m_sinceFailure;
    QString m_lastError;
};

// A connection to the shop's database on a thread of its own, so that no query (or a server
// that stopped answering) holds the thread that asked. Queries run one at a time in the order
// run() was called; each answer comes back on the asking thread, never from inside run().
// A failed connection is opened again for the next query, at most once per backoff step (1 s
// doubling to maxBackoffMs): in between a query fails at once with the last error instead of
// waiting for another connect timeout. The poller and the payment check each own one, so a
// long catch-up page never delays a check right before a send.
class ShopDbWorker : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutSec = 5; // connect (and, MySQL, read/write) timeout
        int maxBackoffMs = 15000;
    };
    // Prepares the query (on the worker's thread): false with *error when it cannot.
    using Prepare = std::function<bool(QSqlQuery &query, QString *error)>;
    using Done = std::function<void(const QueryResult &result)>;

    // `purpose` names the connection in logs ("poller", "check"); the password is not kept
    // anywhere else than in the connection.
    ShopDbWorker(const ShopDbSettings &settings, const QString &password, const QString &purpose,
        const Options &options, QObject *parent = nullptr);
    ShopDbWorker(const ShopDbSettings &settings, const QString &password, const QString &purpose,
        QObject *parent = nullptr);
    // Waits up to two seconds for a running query; a query still running then finishes on its
    // own and its thread cleans up after it.
    ~ShopDbWorker() override;

    // Runs the query `prepare` sets up and reads all its rows; `done` gets the result on this
    // object's thread (not called once this object is gone).
    void run(Prepare prepare, Done done);
    bool busy() const { return m_running; }

private:
    struct Job
    {
        Prepare prepare;
        Done done;
        QElapsedTimer started;
    };
    void startNext();
    void finished(const paynudge::shopdb::QueryResult &result);

    QThread *m_thread = nullptr;
    WorkerThreadSide *m_side = nullptr; // lives on m_thread
    QQueue<Job> m_jobs;
    bool m_running = false;
};

} // namespace paynudge::shopdb

Q_DECLARE_METATYPE(paynudge::shopdb::QueryResult)
