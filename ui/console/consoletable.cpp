#include "console/consoletable.h"

#include "console/idtablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QToolTip>
#include <algorithm>

namespace paynudge {

ConsoleTable::ConsoleTable(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setCornerButtonEnabled(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    viewport()->installEventFilter(this);
    viewport()->setMouseTracking(true); // a pointer moving over the rows is the operator at work
    // A column the operator resized is as wide as they made it: nothing of it was given.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting)
            m_given.remove(column);
    });
    installEventFilter(this); // keys arrive at the table, the mouse at its viewport
}

void ConsoleTable::setStretchColumns(const QList<int> &columns)
{
    m_stretch = columns;
    refitColumns();
}

void ConsoleTable::refitColumns()
{
    m_given.clear();
    fitColumns();
}

void ConsoleTable::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    if (m_stretch.isEmpty() || !model())
        return;
    header->setStretchLastSection(false); // a restored header may bring it back
    int used = 0;
    int given = 0;
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c))
            used += header->sectionSize(c);
    for (int c : std::as_const(m_stretch))
        given += m_given.value(c);
    // What the stretch columns may have beyond their own widths, shared out evenly.
    int extra = std::max(0, given + viewport()->width() - used);
    m_fitting = true;
    for (qsizetype i = 0; i < m_stretch.size(); ++i) {
        const int c = m_stretch.at(i);
        const int share = extra / int(m_stretch.size() - i);
        header->resizeSection(c, header->sectionSize(c) - m_given.value(c) + share);
        m_given.insert(c, share);
        extra -= share;
    }
    m_fitting = false;
}

bool ConsoleTable::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
        if (watched == viewport())
            fitColumns();
        break;
    case QEvent::Enter:
        if (watched == viewport())
            m_pointerInside = true;
        emit operatorActive();
        break;
    case QEvent::Leave:
        if (watched == viewport())
            m_pointerInside = false;
        emit operatorActive();
        break;
    case QEvent::MouseMove:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::ContextMenu:
        emit operatorActive();
        break;
    default:
        break;
    }
    return QTableView::eventFilter(watched, event);
}

void ConsoleTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    // Rows coming and going shift what is on screen without a scroll.
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConsoleTable::reportVisibleRows);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ConsoleTable::reportVisibleRows);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ConsoleTable::reportVisibleRows);
    connect(model, &QAbstractItemModel::modelReset, this, &ConsoleTable::reportVisibleRows);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ConsoleTable::reportVisibleRows);
    reportVisibleRows();
}

QList<int> ConsoleTable::selectedRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ConsoleTable::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    if (dy != 0)
        reportVisibleRows();
}

void ConsoleTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    reportVisibleRows();
}

void ConsoleTable::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    reportVisibleRows();
}

bool ConsoleTable::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip)
        m_toolTipAt = static_cast<QHelpEvent *>(event)->pos();
    else if (event->type() == QEvent::Leave)
        m_toolTipAt.reset();
    return QTableView::viewportEvent(event);
}

void ConsoleTable::refreshToolTip()
{
    // A tooltip stays up while the mouse rests: rows arriving or leaving above it would leave it
    // showing the text of the row that was there before (a neighbour's). Ask again for the row
    // under the mouse now; a cell without a tooltip hides it.
    if (!m_toolTipAt || !QToolTip::isVisible())
        return;
    QHelpEvent again(QEvent::ToolTip, *m_toolTipAt, viewport()->mapToGlobal(*m_toolTipAt));
    QTableView::viewportEvent(&again);
}

void ConsoleTable::reportVisibleRows()
{
    refreshToolTip(); // whatever moved what is on screen moved it under the tooltip too
    auto *m = qobject_cast<IdTableModel *>(model());
    if (!m)
        return;
    const int rows = m->rowCount();
    if (rows == 0 || !isVisible()) {
        m->setVisibleRows(-1, -1);
        return;
    }
    const int first = std::max(0, rowAt(0));
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = rows - 1;
    m->setVisibleRows(first, last);
}

} // namespace paynudge
