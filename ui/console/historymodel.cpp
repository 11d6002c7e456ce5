#include "console/historymodel.h"

#include "common/clock.h"
#include "console/consoletext.h"
#include "engine/engine.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace paynudge {

HistoryModel::HistoryModel(Engine &engine, ReadService &reads, QObject *parent)
    : CachingIdTableModel(engine, reads, parent)
{
    setSortState(int(m_query.sortColumn), m_query.order);
    connect(&engine, &Engine::remindersChanged, this, [this](const QList<qint64> &reminderIds) {
        noteChanged(this->reads().attemptsOfReminders(reminderIds));
        catchUp();
    });
    // Paid, closed and accepted orders write history rows (cancelled, skipped) of their own.
    connect(&engine, &Engine::orderSettled, this, &HistoryModel::catchUp);
    connect(&engine, &Engine::ordersAccepted, this, &HistoryModel::catchUp);
    // Another engine on a shared store sent, settled or cancelled: its attempts show here at once.
    connect(&engine, &Engine::storeChanged, this, [this](const ChangeNotice &notice) {
        if (notice.kind == ChangeNotice::Kind::Reminders) {
            if (notice.ids.isEmpty())
                recheckVisibleRows();
            noteChanged(this->reads().attemptsOfReminders(notice.ids));
        }
        if (notice.kind == ChangeNotice::Kind::Reminders || notice.kind == ChangeNotice::Kind::Orders)
            catchUp();
    });
    load(Apply::Reset);
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kHistoryColumnCount;
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_query.filter = filter;
    load(Apply::Reset);
}

void HistoryModel::applySort(int column, Qt::SortOrder order)
{
    m_query.sortColumn = HistoryColumn(column);
    m_query.order = order;
}

void HistoryModel::readIds(ReadService::Done<QList<qint64>> done)
{
    m_lastAttemptId = reads().lastAttemptId();
    reads().historyIds(this, m_query, std::move(done));
}

IdTableModel::KeyReader HistoryModel::keyReader()
{
    return reads().historyKeys(m_query);
}

void HistoryModel::readRows(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    for (HistoryRow &row : reads().historyRows(ids))
        m_cache.insert(row.attemptId, std::move(row));
}

void HistoryModel::poll()
{
    recheckVisibleRows();
    catchUp();
}

void HistoryModel::catchUp()
{
    const QList<qint64> ids = reads().attemptsAfter(m_lastAttemptId);
    if (ids.isEmpty())
        return;
    m_lastAttemptId = ids.last();
    noteChanged(ids);
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (HistoryColumn(section)) {
    case HistoryColumn::Time:
        return tr("Time");
    case HistoryColumn::Order:
        return tr("Order");
    case HistoryColumn::Round:
        return tr("Round");
    case HistoryColumn::Account:
        return tr("Account");
    case HistoryColumn::Outcome:
        return tr("Outcome");
    case HistoryColumn::Errcode:
        return tr("Errcode");
    case HistoryColumn::Reason:
        return tr("Reason");
    case HistoryColumn::Msgid:
        return tr("Msgid");
    case HistoryColumn::Attempts:
        return tr("Attempts");
    case HistoryColumn::Latency:
        return tr("Latency");
    case HistoryColumn::Mode:
        return tr("Mode");
    case HistoryColumn::Engine:
        return tr("Sent by");
    }
    return {};
}

QString HistoryModel::displayText(const HistoryRow &row, int column) const
{
    switch (HistoryColumn(column)) {
    case HistoryColumn::Time:
        // Always the date too: the history spans days, and "20:47" next to "12-04 20:47" misleads.
        return ConsoleText::dateTime(
            row.startedAt, engine().clock().nowMs(), engine().config().reminder.plan.zone);
    case HistoryColumn::Order:
        return row.orderNo;
    case HistoryColumn::Round:
        return QString::number(row.round);
    case HistoryColumn::Account: {
        const AccountConfig *a = engine().config().account(row.account);
        return a ? a->displayName() : row.account;
    }
    case HistoryColumn::Outcome:
        return ConsoleText::outcome(row.outcome);
    case HistoryColumn::Errcode:
        return row.errcode ? QString::number(*row.errcode) : QString();
    case HistoryColumn::Reason:
        // The rehearsed message itself is the tooltip and the order's detail (as the customer's
        // card); its key=value form is no reading for the list.
        if (row.outcome == AttemptOutcome::DryRun && !row.detail.isEmpty())
            return tr("rehearsed only: the customer received nothing (double-click to see the message)");
        return row.reasonText(engine().config());
    case HistoryColumn::Msgid:
        return row.msgid ? QString::number(*row.msgid) : QString();
    case HistoryColumn::Attempts:
        return QString::number(row.attempts);
    case HistoryColumn::Latency:
        return row.latencyMs ? ConsoleText::latency(*row.latencyMs) : QString();
    case HistoryColumn::Mode:
        if (!row.manual)
            return tr("automatic");
        return row.actor.isEmpty() ? tr("manual") : tr("manual (%1)").arg(row.actor);
    case HistoryColumn::Engine:
        return row.engine;
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = HistoryColumn(index.column());
    // The view asks for a dozen roles per cell: only these need the row (paint costs per cell).
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case HistoryColumn::Round:
        case HistoryColumn::Errcode:
        case HistoryColumn::Attempts:
        case HistoryColumn::Latency:
        case HistoryColumn::Msgid:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole)
        return {};
    const HistoryRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
        if (column == HistoryColumn::Reason || column == HistoryColumn::Outcome) {
            QString tip = row->reasonText(engine().config());
            if (!row->detail.isEmpty() && row->detail != tip)
                tip += (tip.isEmpty() ? QString() : u"\n"_s) + row->detail;
            return tip;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == HistoryColumn::Outcome
            && (row->outcome == AttemptOutcome::Failed || row->outcome == AttemptOutcome::Unknown))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (column == HistoryColumn::Outcome && row->outcome == AttemptOutcome::Retrying)
            return QBrush(QColor(0xd3, 0x54, 0x00));
        return {};
    default:
        return {};
    }
}

} // namespace paynudge
