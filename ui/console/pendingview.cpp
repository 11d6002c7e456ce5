#include "console/pendingview.h"

#include "console/consoletable.h"
#include "console/pendingordersmodel.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace paynudge {

PendingView::PendingView(Engine &engine, ReadService &reads, QWidget *parent)
    : ListTab(engine, u"pending"_s, parent)
{
    m_model = new PendingOrdersModel(engine, reads, this);
    m_search->setPlaceholderText(tr("Search order number or nickname (Ctrl+F)"));
    attach(m_model, { 145, 185, 100, 200, 85, 105, 110, 105, 90, 110 });
}

void PendingView::applyFilter()
{
    const PendingFilter filter { m_search->text().trimmed(), m_account->currentData().toString() };
    if (filter.search == m_model->filter().search && filter.account == m_model->filter().account)
        return;
    m_model->setFilter(filter);
}

QString PendingView::countText(int rows) const
{
    return tr("%n order(s)", nullptr, rows);
}

QList<ActionTarget> PendingView::selectedTargets() const
{
    QList<ActionTarget> out;
    for (int row : m_table->selectedRows()) {
        const PendingRow *r = m_model->rowAt(row);
        if (!r)
            continue;
        // A reminder already in flight can be neither sent now nor skipped.
        const qint64 open = r->nextState == ReminderState::Sending ? 0 : r->nextReminderId;
        out << ActionTarget { r->orderId, r->orderNo, r->nickname, r->openid, r->account, open,
            r->unknownReminderId };
    }
    return out;
}

} // namespace paynudge
