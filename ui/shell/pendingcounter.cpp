#include "shell/pendingcounter.h"

#include "common/clock.h"
#include "engine/engine.h"
#include "store/database.h"
#include "store/orderstore.h"

#include <QLoggingCategory>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCounter, "paynudge.ui.pendingcounter")

namespace paynudge {

// Lives on the counting thread: the connection is opened, used and closed there.
struct PendingCounter::Worker : QObject
{
    explicit Worker(const QString &path)
        : m_path(path)
    { }
    void close()
    {
        m_orders.reset();
        m_db.reset();
    }

    qint64 count(qint64 now)
    {
        if (!m_db) {
            m_db = std::make_unique<Database>();
            QString error;
            const QString name = u"tray-count-%1"_s.arg(quintptr(this), 0, 16);
            if (!m_db->open({ m_path, name, false }, &error)) {
                qCWarning(lcCounter).noquote() << "cannot open the store to count pending orders:" << error;
                m_db.reset();
                return -1;
            }
            m_orders = std::make_unique<OrderStore>(*m_db);
        }
        return m_orders->pendingCount(now);
    }

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderStore> m_orders;
};

PendingCounter::PendingCounter(Engine &engine, int minIntervalMs, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_spacing.setSingleShot(true);
    m_spacing.setInterval(minIntervalMs);
    connect(&m_spacing, &QTimer::timeout, this, [this] {
        if (m_again && !m_busy)
            start();
    });
    if (m_engine.storePath() == u":memory:")
        return; // one connection only: count where the engine is
    m_thread = new QThread(this);
    m_thread->setObjectName(u"tray-count"_s);
    m_worker = std::make_unique<Worker>(m_engine.storePath());
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

PendingCounter::~PendingCounter()
{
    if (!m_thread)
        return;
    // The worker's connection must close on its own thread before the thread ends.
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_worker.reset();
}

void PendingCounter::request()
{
    m_again = true;
    if (!m_busy && !m_spacing.isActive())
        start();
}

void PendingCounter::start()
{
    m_again = false;
    m_busy = true;
    const qint64 now = m_engine.clock().nowMs();
    if (!m_thread) {
        QMetaObject::invokeMethod(
            this, [this, now] { finished(m_engine.pendingCount(now)); }, Qt::QueuedConnection);
        return;
    }
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(worker, [this, worker, now] {
        const qint64 pending = worker->count(now);
        QMetaObject::invokeMethod(
            this, [this, pending] { finished(pending); }, Qt::QueuedConnection);
    });
}

void PendingCounter::finished(qint64 pending)
{
    m_busy = false;
    m_spacing.start();
    if (pending >= 0)
        emit counted(pending);
}

} // namespace paynudge
