#pragma once

#include "console/rowcache.h"
#include "readmodel/pendingquery.h"

#include <QPixmap>
#include <QTimer>
#include <functional>

namespace paynudge {

// The pending orders: unpaid, before their close time. Countdowns to the next reminder and to
// the auto-close tick every second for the rows on screen only. The list holds still while the
// operator is at it (IdTableModel::setHoldStill): new orders are appended and marked new, orders
// paid, closed or past their close time stay greyed and struck through where they are; the
// rows are put in order on demand (a header click, View → Refresh) or once the operator has
// left the list alone for kIdleResortMs.
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

    // Without a mouse move, click, key or scroll in the list for this long, and with neither the
    // pointer over it nor a menu or dialog open, held changes are sorted in — at most once in
    // this time, so a list watched without the mouse does not jump each second either. Long
    // enough to move from a row to the toolbar and read a confirmation; short enough that a
    // list glanced at again is in order.
    static constexpr qint64 kIdleResortMs = 20'000;
    // A pointer left over the list this long without a move, click, key or scroll no longer
    // holds it: the operator is reading from afar, not about to click.
    static constexpr qint64 kParkedMs = 120'000;
    // The operator touched the list (mouse, keys, wheel): the idle time starts again.
    void noteActivity();
    // Whether the operator is at the list right now (pointer over it, a menu or dialog open);
    // without activity for kParkedMs it counts no more.
    void setAttentionCheck(std::function<bool()> check) { m_attention = std::move(check); }

    // Orders in the list that are still pending (rows that left are not counted).
    int liveRowCount() const { return rowCount() - leftCount(); }
    // What those orders are worth together, in fen; -1 until it has been read.
    qint64 totalFen() const { return m_totalFen; }

signals:
    void totalChanged();

protected:
    void readIds(ReadService::Done<QList<qint64>> done) override;
    KeyReader keyReader() override;
    void applySort(int column, Qt::SortOrder order) override;
    void readRows(const QList<qint64> &ids) override;
    void poll() override;

private:
    QString displayText(const PendingRow &row, int column, qint64 now) const;
    QString leftText(const PendingRow &row, qint64 now) const;
    void catchUp();
    void resortIfIdle(qint64 now);
    // Reads the total again; one read at a time, the last request wins.
    void readTotal();

    PendingQuery m_query;
    QTimer m_ticker;
    qint64 m_closeCheckedAt = 0; // orders closing after this have been let go
    qint64 m_lastOrderId = 0; // orders after this are new to the list
    qint64 m_lastActivity = 0;
    qint64 m_lastResort = 0;
    std::function<bool()> m_attention;
    qint64 m_totalFen = -1;
    bool m_totalReading = false;
    bool m_totalStale = false;
    mutable QPixmap m_newBadge; // made on first use, in the UI's language
};

} // namespace paynudge
