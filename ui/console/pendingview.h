#pragma once

#include "console/listtab.h"
#include "readmodel/pendingquery.h"

namespace paynudge {

class ReadService;
class PendingOrdersModel;

// The Pending orders tab: search by order number or nickname, filter by account, the live table.
class PendingView : public ListTab
{
    Q_OBJECT
public:
    PendingView(Engine &engine, ReadService &reads, QWidget *parent = nullptr);

    PendingOrdersModel &model() const { return *m_model; }
    QList<ActionTarget> selectedTargets() const override;
    // What the commands act on for a pending row: its open reminder unless in flight, its unknown one.
    static ActionTarget targetOf(const PendingRow &row);

signals:
    // The operator double-clicked an order's row: show its detail.
    void detailRequested(qint64 orderId);

protected:
    void applyFilter() override;
    QString countText(int rows) const override;

private:
    PendingOrdersModel *m_model = nullptr;
};

} // namespace paynudge
