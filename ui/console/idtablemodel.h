#pragma once

#include "readmodel/readservice.h"
#include "readmodel/sortedidlist.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>
#include <functional>

namespace paynudge {

class Engine;

// A table over the store that keeps only the order of its rows in memory (their ids, 8 bytes a
// row) and reads the rows themselves a page at a time, around what the view asks for. Sorting
// and filtering run in SQL on a reader thread of the ReadService, so a million rows never freeze the window.
// Changes the engine reports are placed exactly — binary search on the rows' sort keys — and
// announced with fine-grained insert, remove and move signals; only a new filter resets.
class IdTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    IdTableModel(Engine &engine, ReadService &reads, QObject *parent = nullptr);
    ~IdTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const { return int(m_list.indexOf(id)); }
    bool isLoading() const { return m_loading; }

    // The rows the view shows, so periodic repaints (countdowns) touch only those.
    void setVisibleRows(int first, int last);
    int firstVisibleRow() const { return m_firstVisible; }
    int lastVisibleRow() const { return m_lastVisible; }

    // Reads the list again (same filter and sort); rows are put in order and lose their "new" mark.
    void reload();

    // Held still, changes never move a row the operator may be looking at: a row that changed
    // stays where it is, a new one is appended at the end and marked new, one that left stays in
    // its place, marked as gone, until the next re-sort (reload() or a sort).
    // Off (the default), changes are placed at once where the sort puts them.
    void setHoldStill(bool on) { m_holdStill = on; }
    bool holdsStill() const { return m_holdStill; }
    bool isNew(qint64 id) const { return m_arrived.contains(id); }
    bool hasLeft(qint64 id) const { return m_left.contains(id); }
    int leftCount() const { return int(m_left.size()); }
    // Changes were held since the list was last read in order.
    bool hasHeldChanges() const { return m_heldChanges; }
    // Places the changes noted so far now instead of on the next turn of the event loop.
    void flushChanges();

    static constexpr int kPage = 100; // rows read at a time
    // On a shared store: how often the rows on screen are read again, for a missed notice.
    static constexpr int kSharedPollMs = 5000;
    static constexpr int kMaxCached = 3000; // rows kept beyond what is on screen

signals:
    void loadingChanged(bool loading);
    void loaded();
    // Rows arrived or left while held still, or a re-sort let them go.
    void heldRowsChanged();

protected:
    enum class Apply
    {
        Reset,
        Layout
    };
    using KeyReader = SortedIdList::KeyOf;

    // What a concrete table provides: its rows' ids in order (asked of the read service, which
    // reads them on a reader thread), a key reader, and its cache of rows.
    virtual void readIds(ReadService::Done<QList<qint64>> done) = 0;
    virtual KeyReader keyReader() = 0;
    virtual void applySort(int column, Qt::SortOrder order) = 0;
    virtual bool isCached(qint64 id) const = 0;
    virtual void readRows(const QList<qint64> &ids) = 0;
    virtual void forgetRows(const QList<qint64> &ids) = 0;
    virtual void keepOnlyRows(const QSet<qint64> &ids) = 0;
    virtual qsizetype cachedRows() const = 0;

    // The list is read again with a new filter (reset) or sort (layout change, selection kept).
    void load(Apply how);
    // Rows that may have joined, left, moved or changed.
    void noteChanged(const QList<qint64> &ids);
    // Rows on screen may have changed without a word (a shared store's notice missed): their keys
    // and rows are read again; rows off screen are forgotten, so they are read afresh when shown.
    void recheckVisibleRows();
    // On a shared store, every kSharedPollMs: what a missed notice would have said (poll()).
    virtual void poll() { recheckVisibleRows(); }
    // Makes sure the page around `row` is cached (data() calls it).
    void ensureRow(int row) const;
    Engine &engine() const { return m_engine; }
    ReadService &reads() const { return m_reads; }
    void setSortState(int column, Qt::SortOrder order);

private:
    void applyLoaded(const QList<qint64> &ids, Apply how);
    void reconcile();
    void reconcileHeld(const QList<qint64> &changed, const KeyReader &keyOf);

    Engine &m_engine;
    ReadService &m_reads;
    SortedIdList m_list;
    int m_sortColumn = 0;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_loading = false;
    quint64 m_generation = 0;
    QElapsedTimer m_loadTimer;
    QSet<qint64> m_changed;
    QTimer m_coalesce;
    int m_firstVisible = -1;
    int m_lastVisible = -1;
    bool m_holdStill = false;
    bool m_heldChanges = false;
    QSet<qint64> m_arrived;
    QSet<qint64> m_left;
    QTimer m_poll;
};

} // namespace paynudge
