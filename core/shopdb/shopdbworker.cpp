#include "shopdb/shopdbworker.h"

#include "common/logging.h"
#include "shopdb/shopdbconnect.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcShopDbWorker, "paynudge.core.shopdb.worker")

namespace paynudge::shopdb {
namespace {

constexpr int kFirstBackoffMs = 1000;

QString connectionNameFor(const QString &purpose)
{
    static std::atomic<int> serial { 0 };
    return u"shopdb-%1-%2"_s.arg(purpose).arg(++serial);
}

} // namespace

WorkerThreadSide::WorkerThreadSide(const ShopDbSettings &settings, const QString &password,
    const QString &connectionName, int timeoutSec, int maxBackoffMs)
    : m_settings(settings)
    , m_password(password)
    , m_connection(connectionName)
    , m_timeoutSec(timeoutSec)
    , m_maxBackoffMs(maxBackoffMs)
{ }

bool WorkerThreadSide::ensureOpen(QString *error)
{
    if (m_open)
        return true;
    if (m_backoffMs > 0 && m_sinceFailure.isValid() && m_sinceFailure.elapsed() < m_backoffMs) {
        *error = m_lastError;
        return false;
    }
    Error why;
    if (shopdb::open(m_settings, m_password, m_connection, m_timeoutSec, &why)) {
        m_open = true;
        m_backoffMs = 0;
        m_lastError.clear();
        return true;
    }
    m_lastError = logging::redact(why.englishText());
    m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : std::min(m_backoffMs * 2, m_maxBackoffMs);
    m_sinceFailure.start();
    *error = m_lastError;
    return false;
}

// One try on the connection as it is. A failed query closes it: the next one connects anew
// (the server may have restarted or dropped an idle session).
bool WorkerThreadSide::runOnce(
    const std::function<bool(QSqlQuery &, QString *)> &prepare, QueryResult *result)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // DECIMAL as its text ("88.10"), not a double that might read 88.09999.
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    QString why;
    bool ok = prepare(query, &why);
    if (!ok && why.isEmpty())
        why = query.lastError().text();
    if (ok && !query.exec()) {
        ok = false;
        why = query.lastError().text();
    }
    if (!ok) {
        result->error = logging::redact(u"the shop's database %1 did not answer the query: %2"_s.arg(
            describe(m_settings), why.trimmed()));
        query = QSqlQuery();
        db.close();
        m_open = false;
        return false;
    }
    const QSqlRecord record = query.record();
    result->columns.clear();
    for (int i = 0; i < record.count(); ++i)
        result->columns << record.fieldName(i);
    result->rows.clear();
    while (query.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            row << query.value(i);
        result->rows << row;
    }
    result->ok = true;
    result->error.clear();
    return true;
}

void WorkerThreadSide::run(const std::function<bool(QSqlQuery &, QString *)> &prepare)
{
    QueryResult result;
    QString error;
    const bool wasOpen = m_open;
    if (!ensureOpen(&error)) {
        result.error = error;
    } else if (!runOnce(prepare, &result) && wasOpen) {
        // A connection that served before may just be stale: one fresh one decides.
        QString again;
        if (ensureOpen(&again))
            runOnce(prepare, &result);
        else
            result.error = again;
    }
    emit done(result);
}

void WorkerThreadSide::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

ShopDbWorker::ShopDbWorker(
    const ShopDbSettings &settings, const QString &password, const QString &purpose, QObject *parent)
    : ShopDbWorker(settings, password, purpose, Options(), parent)
{ }

ShopDbWorker::ShopDbWorker(const ShopDbSettings &settings, const QString &password, const QString &purpose,
    const Options &options, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<paynudge::shopdb::QueryResult>();
    m_thread = new QThread;
    m_thread->setObjectName(u"shopdb-"_s + purpose);
    m_side = new WorkerThreadSide(
        settings, password, connectionNameFor(purpose), options.timeoutSec, options.maxBackoffMs);
    m_side->moveToThread(m_thread);
    // Both run on the worker's thread as it ends (finished is emitted there).
    connect(m_thread, &QThread::finished, m_side, &WorkerThreadSide::close, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_side, &QObject::deleteLater);
    connect(m_side, &WorkerThreadSide::done, this, &ShopDbWorker::finished, Qt::QueuedConnection);
    m_thread->start();
}

ShopDbWorker::~ShopDbWorker()
{
    disconnect(m_side, nullptr, this, nullptr);
    m_thread->quit();
    if (m_thread->wait(2000)) {
        delete m_thread;
        return;
    }
    // A query stuck on a server that stopped answering ends at its timeout; the thread then
    // removes its connection and goes. Waiting longer would hold whoever is stopping PayNudge.
    qCWarning(lcShopDbWorker)
        << "a query in the shop's database is still running; it is left to end on its own";
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

void ShopDbWorker::run(Prepare prepare, Done done)
{
    Job job { std::move(prepare), std::move(done), {} };
    job.started.start();
    m_jobs.enqueue(std::move(job));
    if (!m_running)
        startNext();
}

void ShopDbWorker::startNext()
{
    if (m_jobs.isEmpty()) {
        m_running = false;
        return;
    }
    m_running = true;
    QMetaObject::invokeMethod(
        m_side, [side = m_side, prepare = m_jobs.head().prepare] { side->run(prepare); },
        Qt::QueuedConnection);
}

void ShopDbWorker::finished(const QueryResult &result)
{
    if (m_jobs.isEmpty())
        return;
    Job job = m_jobs.dequeue();
    QueryResult r = result;
    r.elapsedMs = job.started.elapsed();
    startNext();
    if (job.done)
        job.done(r);
}

} // namespace paynudge::shopdb
