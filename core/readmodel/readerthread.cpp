#include "readmodel/readerthread.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReader, "paynudge.core.readmodel.reader")

namespace paynudge {

// Lives on the reader thread; its connection is opened, used and closed there only.
struct ReaderThread::Worker
{
    QObject anchor; // moved to the thread: queued jobs run in its context
    QString path;
    QString name;
    QString sourceConnection; // a PostgreSQL store: the engine's connection, cloned (same server, same login)
    QString connectionName;
    QSqlDatabase db;

    QSqlDatabase &connection()
    {
        if (db.isOpen())
            return db;
        static std::atomic<int> serial { 0 };
        connectionName = u"%1-reader-%2"_s.arg(name).arg(++serial);
        if (!sourceConnection.isEmpty()) {
            // The overload by name is the one meant for another thread than the source's.
            db = QSqlDatabase::cloneDatabase(sourceConnection, connectionName);
            if (db.open()) {
                // Read-only as the SQLite reader is: the console's reads never write by mistake.
                QSqlQuery(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s, db);
                return db;
            }
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
            // Sorts of a million rows spill to temporary files (SQLite's default), not to memory.
            if (db.open())
                return db;
        }
        // The password stays out of the log: the store is named by its path or server, not its options.
        qCWarning(lcReader).noquote() << "cannot open" << path << "for reading:" << db.lastError().text();
        return db;
    }

    void close()
    {
        if (connectionName.isEmpty())
            return;
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        connectionName.clear();
    }
};

ReaderThread::ReaderThread(QSqlDatabase db, const QString &storePath, const QString &name,
    QThread::Priority priority, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_storePath(storePath)
{
    const bool server = m_db.driverName() == u"QPSQL"_s;
    if (!server && (m_storePath.isEmpty() || m_storePath == u":memory:"))
        return;
    m_worker = std::make_unique<Worker>();
    m_worker->path = m_storePath;
    if (server)
        m_worker->sourceConnection = m_db.connectionName();
    m_worker->name = name;
    m_thread = new QThread(this);
    m_thread->setObjectName(name + u"-reader"_s);
    m_worker->anchor.moveToThread(m_thread);
    m_thread->start(priority);
}

ReaderThread::~ReaderThread()
{
    if (!m_thread)
        return;
    // The connection belongs to the reader thread: it is closed there, after the queued jobs.
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        &worker->anchor, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ReaderThread::submit(QObject *context, Job job)
{
    ++m_pending;
    QPointer<QObject> guard(context);
    if (!m_thread) {
        QTimer::singleShot(0, this, [this, guard, job = std::move(job)] { deliver(guard, job(m_db)); });
        return;
    }
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        &worker->anchor,
        [this, worker, guard, job = std::move(job)] {
            std::function<void()> done = job(worker->connection());
            QMetaObject::invokeMethod(
                this, [this, guard, done = std::move(done)] { deliver(guard, done); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ReaderThread::deliver(QPointer<QObject> context, const std::function<void()> &done)
{
    --m_pending;
    if (context)
        done();
    if (m_pending == 0)
        emit idle();
}

} // namespace paynudge
