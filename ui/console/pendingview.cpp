#include "console/pendingview.h"

#include "console/consoletable.h"
#include "console/consoletext.h"
#include "console/pendingordersmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace paynudge {

PendingView::PendingView(Engine &engine, ReadService &reads, QWidget *parent)
    : ListTab(engine, u"pending"_s, parent)
{
    m_model = new PendingOrdersModel(engine, reads, this);
    m_search->setPlaceholderText(tr("Search order number or nickname (Ctrl+F)"));
    attach(m_model, { 175, 160, 100, 180, 85, 105, 110, 105, 90, 110 });
    m_table->setStretchColumns({ int(PendingColumn::Customer), int(PendingColumn::Product) });

    // While the operator is at the list it holds still; it is put in order once they leave it.
    connect(m_table, &ConsoleTable::operatorActive, m_model, &PendingOrdersModel::noteActivity);
    ConsoleTable *table = m_table;
    m_model->setAttentionCheck([table] {
        return table->pointerInside() || QApplication::activeModalWidget()
            || QApplication::activePopupWidget();
    });
    connect(m_model, &PendingOrdersModel::totalChanged, this, &PendingView::updateSummary);
    connect(m_model, &IdTableModel::heldRowsChanged, this, &PendingView::updateSummary);
    // A double-click names the order by identity: the row may move once the dialog is open.
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->idAt(index.row()))
            emit detailRequested(id);
    });
}

void PendingView::applyFilter()
{
    const PendingFilter filter { m_search->text().trimmed(), m_account->currentData().toString() };
    if (filter.search == m_model->filter().search && filter.account == m_model->filter().account)
        return;
    m_model->setFilter(filter);
}

QString PendingView::countText(int) const
{
    // Rows that left (greyed until the next re-sort) are neither counted nor summed.
    const QString count = tr("%n order(s)", nullptr, m_model->liveRowCount());
    if (m_model->totalFen() < 0)
        return count;
    return tr("%1 · total %2").arg(count, ConsoleText::amount(m_model->totalFen()));
}

QList<ActionTarget> PendingView::selectedTargets() const
{
    QList<ActionTarget> out;
    for (int row : m_table->selectedRows()) {
        const PendingRow *r = m_model->rowAt(row);
        if (!r || m_model->hasLeft(r->orderId))
            continue; // paid or closed since: nothing left to send or skip
        out << targetOf(*r);
    }
    return out;
}

ActionTarget PendingView::targetOf(const PendingRow &r)
{
    // A reminder already in flight can be neither sent now nor skipped.
    const qint64 open = r.nextState == ReminderState::Sending ? 0 : r.nextReminderId;
    return ActionTarget { r.orderId, r.orderNo, r.nickname, r.openid, r.account, open, r.unknownReminderId };
}

} // namespace paynudge
