#include "readmodel/readservice.h"

#include "readmodel/historycsv.h"
#include "readmodel/readerthread.h"
#include "store/engineregistry.h"
#include "store/statusquery.h"

#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReads, "paynudge.core.readmodel.reads")

namespace paynudge {
namespace {

QList<qint64> idsOrLogged(QList<qint64> ids, const QString &error, const char *what)
{
    if (!error.isEmpty())
        qCWarning(lcReads).noquote() << "reading" << what << "failed:" << error;
    return ids;
}

} // namespace

ReadService::ReadService(QSqlDatabase engineDb, const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_db(std::move(engineDb))
    , m_storePath(storePath)
{ }

// The lanes close their connections on their own threads, after their queued jobs.
ReadService::~ReadService() = default;

ReaderThread &ReadService::lane(Lane which)
{
    std::unique_ptr<ReaderThread> &slot = m_lanes[int(which)];
    if (slot)
        return *slot;
    static const char *const names[] = { "pending", "history", "statistics", "status" };
    // The status count must never slow the window down: it runs at a low priority, as the tray's did.
    slot = std::make_unique<ReaderThread>(m_db, m_storePath, QString::fromLatin1(names[int(which)]),
        which == Lane::Status ? QThread::LowPriority : QThread::InheritPriority);
    connect(slot.get(), &ReaderThread::idle, this, [this] {
        if (pending() == 0)
            emit idle();
    });
    return *slot;
}

int ReadService::pending() const
{
    int n = 0;
    for (const std::unique_ptr<ReaderThread> &l : m_lanes)
        n += l ? l->pending() : 0;
    return n;
}

void ReadService::pendingIds(
    QObject *context, const PendingQuery &query, qint64 now, Done<QList<qint64>> done)
{
    lane(Lane::Pending)
        .run<QList<qint64>>(
            context,
            [query, now](QSqlDatabase &db) {
                QString error;
                QList<qint64> ids = query.ids(db, now, &error);
                return idsOrLogged(std::move(ids), error, "the pending orders");
            },
            std::move(done));
}

void ReadService::pendingTotal(QObject *context, const PendingQuery &query, qint64 now, Done<qint64> done)
{
    lane(Lane::Pending)
        .run<qint64>(
            context,
            [query, now](QSqlDatabase &db) {
                QString error;
                const qint64 total = query.totalFen(db, now, &error);
                if (!error.isEmpty())
                    qCWarning(lcReads).noquote() << "reading the pending total failed:" << error;
                return total;
            },
            std::move(done));
}

void ReadService::historyIds(QObject *context, const HistoryQuery &query, Done<QList<qint64>> done)
{
    lane(Lane::History)
        .run<QList<qint64>>(
            context,
            [query](QSqlDatabase &db) {
                QString error;
                QList<qint64> ids = query.ids(db, &error);
                return idsOrLogged(std::move(ids), error, "the send history");
            },
            std::move(done));
}

void ReadService::statistics(QObject *context, const QList<qint64> &bounds, Done<Statistics> done)
{
    lane(Lane::Statistics)
        .run<Statistics>(
            context,
            [bounds](QSqlDatabase &db) {
                QString error;
                Statistics s = computeStatistics(db, bounds, &error);
                if (!error.isEmpty())
                    qCWarning(lcReads).noquote() << "reading the statistics failed:" << error;
                return s;
            },
            std::move(done));
}

void ReadService::splitTest(QObject *context, const QList<qint64> &bounds, Done<QList<SplitTestFigures>> done)
{
    lane(Lane::Statistics)
        .run<QList<SplitTestFigures>>(
            context,
            [bounds](QSqlDatabase &db) {
                if (bounds.size() < 2)
                    return QList<SplitTestFigures>();
                QString error;
                QList<SplitTestFigures> figures
                    = computeSplitTestFigures(db, bounds.first(), bounds.last(), &error);
                if (!error.isEmpty())
                    qCWarning(lcReads).noquote() << "reading the split tests failed:" << error;
                return figures;
            },
            std::move(done));
}

void ReadService::exportHistory(QObject *context, const HistoryQuery &query, const Config &config,
    const QString &path, Done<ExportResult> done, const HistoryCsv::OutcomeText &outcomeText)
{
    lane(Lane::History)
        .run<ExportResult>(
            context,
            [query, config, path, outcomeText](QSqlDatabase &db) {
                ExportResult r;
                QSaveFile file(path); // all or nothing: a failed export leaves no half file
                if (!file.open(QIODevice::WriteOnly)) {
                    r.error = file.errorString();
                    return r;
                }
                r.rows = HistoryCsv::write(db, query, config, &file, &r.error, outcomeText);
                if (r.rows >= 0 && !file.commit()) {
                    r.rows = -1;
                    r.error = file.errorString();
                }
                return r;
            },
            std::move(done));
}

void ReadService::auditPage(QObject *context, const AuditFilter &filter, Done<AuditQuery::Page> done)
{
    lane(Lane::History)
        .run<AuditQuery::Page>(
            context,
            [filter](QSqlDatabase &db) {
                AuditQuery::Page page = AuditQuery::page(db, filter);
                if (!page.error.isEmpty())
                    qCWarning(lcReads).noquote() << "reading the audit log failed:" << page.error;
                return page;
            },
            std::move(done));
}

void ReadService::exportAudit(QObject *context, const AuditFilter &filter, const QTimeZone &zone,
    const QString &path, const AuditQuery::Words &words, Done<ExportResult> done)
{
    lane(Lane::History)
        .run<ExportResult>(
            context,
            [filter, zone, path, words](QSqlDatabase &db) {
                ExportResult r;
                QSaveFile file(path); // all or nothing, as the history's export
                if (!file.open(QIODevice::WriteOnly)) {
                    r.error = file.errorString();
                    return r;
                }
                r.rows = AuditQuery::writeCsv(db, filter, zone, words, &file, &r.error);
                if (r.rows >= 0 && !file.commit()) {
                    r.rows = -1;
                    r.error = file.errorString();
                }
                return r;
            },
            std::move(done));
}

void ReadService::pendingCount(QObject *context, qint64 now, Done<qint64> done)
{
    lane(Lane::Status)
        .run<qint64>(
            context, [now](QSqlDatabase &db) { return StatusQuery::pendingCount(db, now); }, std::move(done));
}

void ReadService::nextDueAt(
    QObject *context, const QSet<QString> &pausedAccounts, Done<std::optional<qint64>> done)
{
    lane(Lane::Status)
        .run<std::optional<qint64>>(
            context,
            [pausedAccounts](QSqlDatabase &db) { return StatusQuery::nextDueAt(db, pausedAccounts); },
            std::move(done));
}

void ReadService::unknownCount(QObject *context, Done<qint64> done)
{
    lane(Lane::Status)
        .run<qint64>(
            context, [](QSqlDatabase &db) { return StatusQuery::unknownCount(db); }, std::move(done));
}

void ReadService::engines(QObject *context, Done<std::optional<QList<EngineRecord>>> done)
{
    lane(Lane::Status)
        .run<std::optional<QList<EngineRecord>>>(
            context,
            [](QSqlDatabase &db) -> std::optional<QList<EngineRecord>> {
                QString error;
                QList<EngineRecord> out = EngineRegistry::read(db, &error);
                if (error.isEmpty())
                    return out;
                qCWarning(lcReads).noquote() << "reading the engines failed:" << error;
                return std::nullopt;
            },
            std::move(done));
}

void ReadService::optOuts(QObject *context, const OptOutQuery &query, Done<std::optional<OptOutPage>> done)
{
    lane(Lane::Status)
        .run<std::optional<OptOutPage>>(
            context,
            [query](QSqlDatabase &db) -> std::optional<OptOutPage> {
                QString error;
                OptOutPage page = query.read(db, &error);
                if (error.isEmpty())
                    return page;
                qCWarning(lcReads).noquote() << "reading the do-not-remind list failed:" << error;
                return std::nullopt;
            },
            std::move(done));
}

QList<PendingRow> ReadService::pendingRows(const QList<qint64> &orderIds)
{
    QString error;
    return PendingQuery::rows(m_db, orderIds, &error);
}

SortedIdList::KeyOf ReadService::pendingKeys(const PendingQuery &query, qint64 now)
{
    return query.keyReader(m_db, now);
}

QList<qint64> ReadService::ordersOfReminders(const QList<qint64> &reminderIds)
{
    QString error;
    return PendingQuery::ordersOfReminders(m_db, reminderIds, &error);
}

QList<qint64> ReadService::ordersClosingBetween(qint64 after, qint64 upTo)
{
    QString error;
    return PendingQuery::closingBetween(m_db, after, upTo, &error);
}

QList<qint64> ReadService::ordersAfter(qint64 orderId)
{
    QString error;
    return PendingQuery::ordersAfter(m_db, orderId, &error);
}

qint64 ReadService::lastOrderId()
{
    return PendingQuery::lastOrderId(m_db);
}

QList<HistoryRow> ReadService::historyRows(const QList<qint64> &attemptIds)
{
    QString error;
    return HistoryQuery::rows(m_db, attemptIds, &error);
}

SortedIdList::KeyOf ReadService::historyKeys(const HistoryQuery &query)
{
    return query.keyReader(m_db);
}

QList<qint64> ReadService::attemptsOfReminders(const QList<qint64> &reminderIds)
{
    QString error;
    return HistoryQuery::attemptsOfReminders(m_db, reminderIds, &error);
}

QList<qint64> ReadService::attemptsAfter(qint64 attemptId)
{
    QString error;
    return HistoryQuery::attemptsAfter(m_db, attemptId, &error);
}

qint64 ReadService::lastAttemptId()
{
    return HistoryQuery::lastAttemptId(m_db);
}

} // namespace paynudge
