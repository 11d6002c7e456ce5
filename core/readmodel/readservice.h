#pragma once

#include "config/config.h"
#include "readmodel/auditquery.h"
#include "readmodel/historycsv.h"
#include "readmodel/historyquery.h"
#include "readmodel/optoutquery.h"
#include "readmodel/pendingquery.h"
#include "readmodel/sortedidlist.h"
#include "readmodel/splittestquery.h"
#include "readmodel/statisticsquery.h"
#include "store/storetypes.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace paynudge {

class ReaderThread;

// Everything the window and the tray read from the store, and the only place that opens
// connections for them. Long reads (a million sorted ids, statistics, CSV export) and the status's
// reads (pending orders, the next due time, reminders waiting for a decision) run on reader
// threads — one lane per kind, so a sort of the pending orders never holds up the history — each
// with its own read-only connection: the service never creates, migrates or writes a store. Their
// results come back on this object's thread, unless `context` is gone by then. Small reads (a page
// of rows, one row's sort key) run at once on the engine's connection, which also serves
// everything for a store in memory.
class ReadService : public QObject
{
    Q_OBJECT
public:
    template<typename R> using Done = std::function<void(R)>;

    struct ExportResult
    {
        qint64 rows = -1; // -1: not written (error says why)
        QString error;
    };

    // `engineDb` is the engine's connection to the store at `storePath`.
    ReadService(QSqlDatabase engineDb, const QString &storePath, QObject *parent = nullptr);
    ~ReadService() override;

    // On a reader thread: the ids of a list in order (empty, and logged, if it cannot be read).
    void pendingIds(QObject *context, const PendingQuery &query, qint64 now, Done<QList<qint64>> done);
    // On the same lane, after the ids: what the matching orders are worth together (fen; -1: unknown).
    void pendingTotal(QObject *context, const PendingQuery &query, qint64 now, Done<qint64> done);
    void historyIds(QObject *context, const HistoryQuery &query, Done<QList<qint64>> done);
    void statistics(QObject *context, const QList<qint64> &bounds, Done<Statistics> done);
    // On the statistics' lane: each split test's figures per text over the period the bounds span.
    void splitTest(QObject *context, const QList<qint64> &bounds, Done<QList<SplitTestFigures>> done);
    // Writes the history the query selects to `path` as CSV, all or nothing.
    // Outcomes are worded by `outcomeText` (it runs on the reader thread: translations only).
    void exportHistory(QObject *context, const HistoryQuery &query, const Config &config, const QString &path,
        Done<ExportResult> done, const HistoryCsv::OutcomeText &outcomeText = {});
    // The audit page (issue 17), on the history's lane: a page of lines, and the whole filter as CSV.
    void auditPage(QObject *context, const AuditFilter &filter, Done<AuditQuery::Page> done);
    void exportAudit(QObject *context, const AuditFilter &filter, const QTimeZone &zone, const QString &path,
        const AuditQuery::Words &words, Done<ExportResult> done);
    // Orders awaiting payment at `now`; -1 if the store cannot be read.
    void pendingCount(QObject *context, qint64 now, Done<qint64> done);
    // The earliest due time of a scheduled or retrying reminder of an account not in `pausedAccounts`.
    void nextDueAt(QObject *context, const QSet<QString> &pausedAccounts, Done<std::optional<qint64>> done);
    // Reminders waiting for the operator's decision (state unknown).
    void unknownCount(QObject *context, Done<qint64> done);
    // The engines on the store and their last signs of life; nothing (and logged) if unreadable.
    void engines(QObject *context, Done<std::optional<QList<EngineRecord>>> done);
    // A page of the do-not-remind list (issue 17); nothing (and logged) if unreadable.
    void optOuts(QObject *context, const OptOutQuery &query, Done<std::optional<OptOutPage>> done);

    // At once, on the engine's connection.
    QList<PendingRow> pendingRows(const QList<qint64> &orderIds);
    SortedIdList::KeyOf pendingKeys(const PendingQuery &query, qint64 now);
    QList<qint64> ordersOfReminders(const QList<qint64> &reminderIds);
    QList<qint64> ordersClosingBetween(qint64 after, qint64 upTo);
    QList<qint64> ordersAfter(qint64 orderId);
    qint64 lastOrderId();
    QList<HistoryRow> historyRows(const QList<qint64> &attemptIds);
    SortedIdList::KeyOf historyKeys(const HistoryQuery &query);
    QList<qint64> attemptsOfReminders(const QList<qint64> &reminderIds);
    QList<qint64> attemptsAfter(qint64 attemptId);
    qint64 lastAttemptId();

    // Jobs submitted and not yet delivered, over all lanes (tests wait for zero).
    int pending() const;

signals:
    // No job is left on any lane.
    void idle();

private:
    enum class Lane
    {
        Pending,
        History,
        Statistics,
        Status,
        Count
    };
    ReaderThread &lane(Lane which);

    QSqlDatabase m_db;
    QString m_storePath;
    std::unique_ptr<ReaderThread> m_lanes[int(Lane::Count)]; // started on first use
};

} // namespace paynudge
