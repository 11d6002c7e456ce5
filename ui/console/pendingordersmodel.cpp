#include "console/pendingordersmodel.h"

#include "common/clock.h"
#include "console/consoletext.h"
#include "engine/engine.h"
#include "readmodel/openidmask.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// White words on orange, the size of the text beside it.
QPixmap badge(const QString &words)
{
    QFont font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(words) + 8, metrics.height() + 2);
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xe6, 0x7e, 0x22));
    painter.drawRoundedRect(QRectF(QPointF(0, 0), size), 4, 4);
    painter.setPen(Qt::white);
    painter.setFont(font);
    painter.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter, words);
    return pixmap;
}

} // namespace

PendingOrdersModel::PendingOrdersModel(Engine &engine, ReadService &reads, QObject *parent)
    : CachingIdTableModel(engine, reads, parent)
{
    setSortState(int(m_query.sortColumn), m_query.order);
    setHoldStill(true);
    m_lastActivity = m_lastResort = engine.clock().nowMs();
    // Orders join and leave the list: its worth changes with them.
    connect(this, &IdTableModel::loaded, this, &PendingOrdersModel::readTotal);
    connect(this, &IdTableModel::heldRowsChanged, this, &PendingOrdersModel::readTotal);
    connect(&engine, &Engine::ordersAccepted, this, [this](const QList<qint64> &ids) {
        noteChanged(ids);
        catchUp();
    });
    connect(&engine, &Engine::orderSettled, this,
        [this](qint64 orderId, OrderStatus, const QList<qint64> &) { noteChanged({ orderId }); });
    connect(&engine, &Engine::remindersChanged, this, [this](const QList<qint64> &reminderIds) {
        noteChanged(this->reads().ordersOfReminders(reminderIds));
    });
    // A paused account shows "paused" instead of a countdown.
    connect(&engine, &Engine::accountStateChanged, this, &PendingOrdersModel::tick);
    // Another engine on a shared store: an order paid there leaves this list at once.
    connect(&engine, &Engine::storeChanged, this, [this](const ChangeNotice &notice) {
        switch (notice.kind) {
        case ChangeNotice::Kind::Orders:
            if (notice.ids.isEmpty())
                recheckVisibleRows();
            noteChanged(notice.ids);
            catchUp();
            break;
        case ChangeNotice::Kind::Reminders:
            // With ids, the engine's remindersChanged() follows (handled above); without, "many".
            if (notice.ids.isEmpty())
                recheckVisibleRows();
            break;
        case ChangeNotice::Kind::Accounts:
            tick();
            break;
        case ChangeNotice::Kind::Engines:
        case ChangeNotice::Kind::OptOuts:
            break;
        }
    });
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &PendingOrdersModel::tick);
    m_ticker.start();
    load(Apply::Reset);
}

int PendingOrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kPendingColumnCount;
}

void PendingOrdersModel::setFilter(const PendingFilter &filter)
{
    m_query.filter = filter;
    load(Apply::Reset);
}

void PendingOrdersModel::applySort(int column, Qt::SortOrder order)
{
    m_query.sortColumn = PendingColumn(column);
    m_query.order = order;
}

void PendingOrdersModel::readIds(ReadService::Done<QList<qint64>> done)
{
    // The list is read as of `now`: later closings and new orders are caught up from here.
    const qint64 now = engine().clock().nowMs();
    m_closeCheckedAt = now;
    m_lastResort = now;
    m_lastOrderId = reads().lastOrderId();
    reads().pendingIds(this, m_query, now, std::move(done));
}

IdTableModel::KeyReader PendingOrdersModel::keyReader()
{
    return reads().pendingKeys(m_query, engine().clock().nowMs());
}

void PendingOrdersModel::readRows(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    for (PendingRow &row : reads().pendingRows(ids))
        m_cache.insert(row.orderId, std::move(row));
}

void PendingOrdersModel::setTicking(bool on)
{
    if (on)
        m_ticker.start();
    else
        m_ticker.stop();
}

void PendingOrdersModel::tick()
{
    const int first = std::max(0, firstVisibleRow());
    const int last = std::min(rowCount() - 1, lastVisibleRow());
    if (firstVisibleRow() >= 0 && first <= last)
        emit dataChanged(index(first, int(PendingColumn::NextReminder)),
            index(last, int(PendingColumn::AutoClose)), { Qt::DisplayRole });
    if (isLoading())
        return; // the list being read is valid for the time it was read at; changes wait for it
    const qint64 now = engine().clock().nowMs();
    if (now > m_closeCheckedAt) {
        noteChanged(reads().ordersClosingBetween(m_closeCheckedAt, now));
        m_closeCheckedAt = now;
    }
    catchUp();
    resortIfIdle(now);
}

void PendingOrdersModel::noteActivity()
{
    m_lastActivity = engine().clock().nowMs();
}

void PendingOrdersModel::resortIfIdle(qint64 now)
{
    const qint64 quiet = now - m_lastActivity;
    if (!hasHeldChanges() || quiet < kIdleResortMs || now - m_lastResort < kIdleResortMs)
        return;
    if (quiet < kParkedMs && m_attention && m_attention())
        return;
    reload();
}

void PendingOrdersModel::readTotal()
{
    if (m_totalReading) {
        m_totalStale = true;
        return;
    }
    m_totalReading = true;
    m_totalStale = false;
    reads().pendingTotal(this, m_query, engine().clock().nowMs(), [this](qint64 fen) {
        m_totalReading = false;
        if (m_totalStale) {
            readTotal();
            return;
        }
        m_totalFen = fen;
        emit totalChanged();
    });
}

void PendingOrdersModel::poll()
{
    recheckVisibleRows();
    catchUp();
}

void PendingOrdersModel::catchUp()
{
    // Orders another process stored (an import) carry no signal to this one.
    const QList<qint64> ids = reads().ordersAfter(m_lastOrderId);
    if (ids.isEmpty())
        return;
    m_lastOrderId = ids.last();
    noteChanged(ids);
}

QVariant PendingOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (PendingColumn(section)) {
    case PendingColumn::OrderNo:
        return tr("Order");
    case PendingColumn::Customer:
        return tr("Customer");
    case PendingColumn::Account:
        return tr("Account");
    case PendingColumn::Product:
        return tr("Product");
    case PendingColumn::Amount:
        return tr("Amount");
    case PendingColumn::PlacedAt:
        return tr("Placed at");
    case PendingColumn::NextReminder:
        return tr("Next reminder");
    case PendingColumn::AutoClose:
        return tr("Auto-close in");
    case PendingColumn::RoundsSent:
        return tr("Rounds sent");
    case PendingColumn::State:
        return tr("State");
    }
    return {};
}

QString PendingOrdersModel::leftText(const PendingRow &row, qint64 now) const
{
    if (row.status != OrderStatus::Unpaid || row.closeAt <= now)
        return ConsoleText::orderStatus(row.status, row.closeAt, now);
    return tr("no longer listed");
}

QString PendingOrdersModel::displayText(const PendingRow &row, int column, qint64 now) const
{
    if (hasLeft(row.orderId)) {
        switch (PendingColumn(column)) {
        case PendingColumn::NextReminder:
        case PendingColumn::AutoClose:
            return u"—"_s;
        case PendingColumn::State:
            return leftText(row, now);
        default:
            break;
        }
    }
    switch (PendingColumn(column)) {
    case PendingColumn::OrderNo:
        return row.orderNo;
    case PendingColumn::Customer:
        return row.nickname + u"  "_s + maskOpenid(row.openid);
    case PendingColumn::Account: {
        const AccountConfig *a = engine().config().account(row.account);
        return a ? a->displayName() : row.account;
    }
    case PendingColumn::Product:
        return row.product;
    case PendingColumn::Amount:
        return ConsoleText::amount(row.amountFen);
    case PendingColumn::PlacedAt:
        return ConsoleText::time(row.placedAt, now, engine().config().reminder.plan.zone);
    case PendingColumn::NextReminder:
        if (!row.nextDueAt)
            return u"—"_s;
        if (row.nextState == ReminderState::Sending)
            return tr("sending…");
        if (engine().isPaused() || engine().isAccountPaused(row.account))
            return tr("paused");
        if (row.nextState == ReminderState::RetryWait)
            return tr("retry in %1").arg(ConsoleText::countdown(*row.nextDueAt - now));
        return ConsoleText::countdown(*row.nextDueAt - now);
    case PendingColumn::AutoClose:
        return ConsoleText::countdown(row.closeAt - now);
    case PendingColumn::RoundsSent:
        return u"%1 / %2"_s.arg(row.roundsSent).arg(row.rounds);
    case PendingColumn::State:
        return row.state ? ConsoleText::state(*row.state) : u"—"_s;
    }
    return {};
}

QVariant PendingOrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = PendingColumn(index.column());
    // The view asks for a dozen roles per cell: only these need the row (paint costs per cell).
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case PendingColumn::Amount:
        case PendingColumn::NextReminder:
        case PendingColumn::AutoClose:
        case PendingColumn::RoundsSent:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == OrderIdRole)
        return idAt(index.row()); // the order itself, even before its row is read
    const qint64 id = idAt(index.row());
    if (role == Qt::DecorationRole) {
        // New, appended at the end out of the sort, until the next re-sort: a "new" badge.
        if (column != PendingColumn::OrderNo || !isNew(id))
            return {};
        if (m_newBadge.isNull())
            m_newBadge = badge(tr("NEW"));
        return m_newBadge;
    }
    if (role == Qt::FontRole) {
        if (!hasLeft(id))
            return {};
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole)
        return {};
    const PendingRow *row = rowAt(index.row());
    if (!row)
        return {};
    if (hasLeft(id) && role == Qt::ForegroundRole)
        return QBrush(QColor(0x99, 0x99, 0x99));
    if (role == Qt::ToolTipRole && (column == PendingColumn::OrderNo || column == PendingColumn::State)) {
        if (hasLeft(id))
            return tr("This order has left the list (%1); the row goes at the next re-sort — click a "
                      "column header or press F5.")
                .arg(leftText(*row, engine().clock().nowMs()));
        if (isNew(id))
            return tr("A new order, added at the end so that no row moves under the mouse; it takes its "
                      "place at the next re-sort — click a column header or press F5.");
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column(), engine().clock().nowMs());
    case Qt::ToolTipRole:
        if (column == PendingColumn::Customer || column == PendingColumn::Product)
            return QString(row->nickname + u" · "_s + maskOpenid(row->openid) + u"\n"_s + row->product);
        if (column == PendingColumn::State && row->state == ReminderState::Unknown)
            return tr(
                "WeChat's answer to this reminder is unknown: mark it sent or resend it (Actions menu)");
        return {};
    case Qt::ForegroundRole:
        if (column == PendingColumn::State
            && (row->state == ReminderState::Unknown || row->state == ReminderState::Failed))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (column == PendingColumn::State && row->state == ReminderState::RetryWait)
            return QBrush(QColor(0xd3, 0x54, 0x00));
        return {};
    default:
        return {};
    }
}

} // namespace paynudge
