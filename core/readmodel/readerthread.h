#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>

namespace paynudge {

// One lane of the ReadService: runs long reads (sorting a million ids, statistics, CSV export,
// counting the pending orders) on a thread of its own with its own read-only connection, so the
// window never freezes. SQLite's WAL lets it read while the engine writes; on a shared PostgreSQL
// store the lane's connection is a clone of the engine's (same server and login). A store that lives in
// memory cannot be opened twice: then the work runs on the caller's connection, still delivered
// on a later turn of the event loop so callers see one behaviour.
class ReaderThread : public QObject
{
    Q_OBJECT
public:
    // `db` is the engine's connection (used only for an in-memory store, cloned for a PostgreSQL
    // one); `storePath` the file (or the server, for the log).
    ReaderThread(QSqlDatabase db, const QString &storePath, const QString &name,
        QThread::Priority priority = QThread::InheritPriority, QObject *parent = nullptr);
    ~ReaderThread() override;

    // Runs `work` with a connection, then `done` with its result on this object's thread —
    // unless `context` is gone by then.
    template<typename R>
    void run(QObject *context, std::function<R(QSqlDatabase &)> work, std::function<void(R)> done)
    {
        submit(context,
            [work = std::move(work), done = std::move(done)](QSqlDatabase &db) -> std::function<void()> {
                R result = work(db);
                return [done, result = std::move(result)] { done(result); };
            });
    }

    // Jobs submitted and not yet delivered (tests wait for zero).
    int pending() const { return m_pending; }

signals:
    void idle();

private:
    using Job = std::function<std::function<void()>(QSqlDatabase &)>;
    struct Worker;

    void submit(QObject *context, Job job);
    void deliver(QPointer<QObject> context, const std::function<void()> &done);

    QSqlDatabase m_db;
    QString m_storePath;
    QThread *m_thread = nullptr;
    std::unique_ptr<Worker> m_worker;
    int m_pending = 0;
};

} // namespace paynudge
