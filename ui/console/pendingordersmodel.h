#pragma once

#include "console/rowcache.h"
#include "readmodel/pendingquery.h"

#include <QTimer>

namespace paynudge {

// The pending orders: unpaid, before their close time. Countdowns to the next reminder and to
// the auto-close tick every second for the rows on screen only; orders leave the list the
// moment they are paid, closed or past their close time.
class PendingOrdersModel final : public CachingIdTableModel<PendingRow>
{
    Q_OBJECT
public:
    enum Role
    {
        OrderIdRole = Qt::UserRole + 1,
    };

    PendingOrdersModel(Engine &engine, ReadService &reads, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const PendingFilter &filter() const { return m_query.filter; }
    void setFilter(const PendingFilter &filter);

    // Repaints the countdowns of the visible rows and lets go of orders whose close time passed.
    void tick();
    // The once-a-second timer that calls tick() (tests drive tick() themselves).
    void setTicking(bool on);

protected:
    void readIds(ReadService::Done<QList<qint64>> done) override;
    KeyReader keyReader() override;
    void applySort(int column, Qt::SortOrder order) override;
    void readRows(const QList<qint64> &ids) override;

private:
    QString displayText(const PendingRow &row, int column, qint64 now) const;
    void catchUp();

    PendingQuery m_query;
    QTimer m_ticker;
    qint64 m_closeCheckedAt = 0; // orders closing after this have been let go
    qint64 m_lastOrderId = 0; // orders after this are new to the list
};

} // namespace paynudge
