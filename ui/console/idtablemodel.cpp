#include "console/idtablemodel.h"

#include "engine/engine.h"

#include <QLoggingCategory>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIdModel, "paynudge.ui.console.model")

namespace paynudge {

IdTableModel::IdTableModel(Engine &engine, ReadService &reads, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_reads(reads)
{
    // Changes come in bursts (a batch of results, a group commit): place them once per turn.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &IdTableModel::reconcile);
    // Other engines' changes come as notices; a poll makes good one that was missed.
    if (engine.config().store.shared()) {
        m_poll.setInterval(kSharedPollMs);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            if (!m_loading)
                poll();
        });
        m_poll.start();
    }
}

IdTableModel::~IdTableModel() = default;

int IdTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

qint64 IdTableModel::idAt(int row) const
{
    return row >= 0 && row < m_list.size() ? m_list.at(row) : 0;
}

void IdTableModel::setSortState(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_order = order;
}

void IdTableModel::sort(int column, Qt::SortOrder order)
{
    // The same order again (a restored header, a second click racing the first) costs nothing.
    if (column < 0 || column >= columnCount() || (column == m_sortColumn && order == m_order))
        return;
    setSortState(column, order);
    applySort(column, order);
    load(Apply::Layout);
}

void IdTableModel::reload()
{
    load(Apply::Layout);
}

void IdTableModel::setVisibleRows(int first, int last)
{
    m_firstVisible = first;
    m_lastVisible = last;
}

void IdTableModel::load(Apply how)
{
    const quint64 generation = ++m_generation;
    m_loadTimer.start();
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    readIds([this, generation, how](const QList<qint64> &ids) {
        if (generation == m_generation) // a newer filter or sort replaced this one
            applyLoaded(ids, how);
    });
}

void IdTableModel::applyLoaded(const QList<qint64> &ids, Apply how)
{
    if (how == Apply::Reset || m_list.size() == 0) {
        beginResetModel();
        m_list.assign(ids);
        keepOnlyRows({});
        endResetModel();
    } else {
        // A new order of the same rows: the view keeps its selection and current row.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QList<qint64> fromIds;
        fromIds.reserve(from.size());
        QSet<qint64> kept;
        for (const QModelIndex &index : from) {
            fromIds.append(idAt(index.row()));
            kept.insert(fromIds.last());
        }
        m_list.assign(ids);
        QHash<qint64, int> newRow;
        for (qsizetype row = 0; row < m_list.size() && newRow.size() < kept.size(); ++row)
            if (kept.contains(m_list.at(row)))
                newRow.insert(m_list.at(row), int(row));
        QModelIndexList to;
        to.reserve(from.size());
        for (qsizetype i = 0; i < from.size(); ++i) {
            const auto it = newRow.constFind(fromIds.at(i));
            to.append(it == newRow.cend() ? QModelIndex() : index(it.value(), from.at(i).column()));
        }
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    // The list is in order again: what left is gone, what was new has its place.
    const bool marked = !m_arrived.isEmpty() || !m_left.isEmpty();
    m_left.clear();
    m_arrived.clear();
    m_heldChanges = false;
    if (marked)
        emit heldRowsChanged();
    // Operators (and the console benchmark) read how long a million rows took.
    qCInfo(lcIdModel).noquote() << metaObject()->className() << "list read:" << ids.size() << "rows in"
                                << m_loadTimer.elapsed() << "ms";
    m_loading = false;
    emit loadingChanged(false);
    emit loaded();
    if (!m_changed.isEmpty())
        reconcile(); // what changed while the list was read
}

void IdTableModel::noteChanged(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    for (qint64 id : ids)
        m_changed.insert(id);
    if (!m_loading)
        m_coalesce.start();
}

void IdTableModel::recheckVisibleRows()
{
    QList<qint64> shown;
    for (int row = std::max(0, m_firstVisible); row >= 0 && row <= std::min(m_lastVisible, rowCount() - 1);
         ++row)
        shown << idAt(row);
    keepOnlyRows(QSet<qint64>(shown.cbegin(), shown.cend()));
    noteChanged(shown);
}

void IdTableModel::flushChanges()
{
    m_coalesce.stop();
    if (!m_loading)
        reconcile();
}

void IdTableModel::reconcile()
{
    if (m_loading || m_changed.isEmpty())
        return;
    const QList<qint64> changed = std::exchange(m_changed, {}).values();
    forgetRows(changed);
    if (m_holdStill) {
        reconcileHeld(changed, keyReader());
        return;
    }

    // Keys as the store has them now; probes of unchanged rows are remembered for this pass.
    const KeyReader read = keyReader();
    QHash<qint64, std::optional<SortKey>> known;
    const KeyReader keyOf = [&](qint64 id) {
        auto it = known.constFind(id);
        if (it == known.cend())
            it = known.insert(id, read(id));
        return it.value();
    };

    // Where the changed rows are, kept up to date as rows leave and arrive (a scan costs ~1 ms
    // per million rows; this makes it one per change).
    QHash<qint64, qsizetype> at = m_list.locate(changed);
    const auto removedAt = [&at](qsizetype row) {
        for (qsizetype &p : at)
            if (p > row)
                --p;
    };
    const auto insertedAt = [&at](qsizetype row) {
        for (qsizetype &p : at)
            if (p >= row)
                ++p;
    };
    QSet<qint64> unsettled;
    for (auto it = at.cbegin(); it != at.cend(); ++it)
        if (it.value() >= 0)
            unsettled.insert(it.key());

    // Rows that left: paid, closed, past their close time, or outside the filter now.
    for (qint64 id : changed) {
        const qsizetype row = at.value(id);
        if (row < 0 || keyOf(id))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_list.removeAt(row);
        at[id] = -1;
        removedAt(row);
        endRemoveRows();
        unsettled.remove(id);
    }

    const int lastColumn = columnCount() - 1;
    for (qint64 id : changed) {
        const std::optional<SortKey> key = keyOf(id);
        if (!key)
            continue;
        const qsizetype row = at.value(id);
        if (row < 0) {
            const qsizetype to = m_list.insertPosition(*key, m_order, keyOf, unsettled);
            beginInsertRows({}, int(to), int(to));
            m_list.insert(to, id);
            insertedAt(to);
            at[id] = to;
            endInsertRows();
            continue;
        }
        unsettled.remove(id);
        if (!m_list.isInPlace(row, *key, m_order, keyOf, unsettled)) {
            const qsizetype to = m_list.insertPosition(*key, m_order, keyOf, unsettled, row);
            const qsizetype destination = to > row ? to + 1 : to;
            if (to != row && beginMoveRows({}, int(row), int(row), {}, int(destination))) {
                m_list.move(row, to);
                removedAt(row);
                insertedAt(to);
                at[id] = to;
                endMoveRows();
                emit dataChanged(index(int(to), 0), index(int(to), lastColumn));
                continue;
            }
        }
        emit dataChanged(index(int(row), 0), index(int(row), lastColumn));
    }
}

void IdTableModel::reconcileHeld(const QList<qint64> &changed, const KeyReader &keyOf)
{
    const QHash<qint64, qsizetype> at = m_list.locate(changed);
    const int lastColumn = columnCount() - 1;
    QList<std::pair<SortKey, qint64>> arrived;
    bool marks = false;
    for (qint64 id : changed) {
        const qsizetype row = at.value(id, -1);
        const std::optional<SortKey> key = keyOf(id);
        const bool belongs = key.has_value();
        if (row < 0) {
            if (belongs)
                arrived.append({ *key, id });
            continue;
        }
        m_heldChanges = true;
        if (belongs) {
            marks = m_left.remove(id) || marks;
        } else if (!m_left.contains(id)) {
            m_left.insert(id);
            marks = true;
        }
        emit dataChanged(index(int(row), 0), index(int(row), lastColumn));
    }
    if (!arrived.isEmpty()) {
        // At the end, where no row on screen has to move for them; in order among themselves.
        std::sort(arrived.begin(), arrived.end(),
            [this](const auto &a, const auto &b) { return compareSortKeys(a.first, b.first, m_order) < 0; });
        const int first = int(m_list.size());
        beginInsertRows({}, first, first + int(arrived.size()) - 1);
        for (const auto &[key, id] : std::as_const(arrived)) {
            m_list.insert(m_list.size(), id);
            m_arrived.insert(id);
        }
        endInsertRows();
        m_heldChanges = true;
        marks = true;
    }
    if (marks)
        emit heldRowsChanged();
}

void IdTableModel::ensureRow(int row) const
{
    const qint64 id = idAt(row);
    if (id == 0 || isCached(id))
        return;
    auto *self = const_cast<IdTableModel *>(this); // a cache fill, invisible to callers
    if (cachedRows() > kMaxCached) {
        QSet<qint64> keep;
        const int from = std::max(0, m_firstVisible);
        const int to = std::min(int(m_list.size()) - 1, m_lastVisible);
        for (int r = from; r <= to; ++r)
            keep.insert(m_list.at(r));
        self->keepOnlyRows(keep);
    }
    // The page around the row, a little more ahead than behind (views scroll down more).
    const int first = std::max(0, row - kPage / 4);
    const int last = std::min(int(m_list.size()), first + kPage);
    QList<qint64> missing;
    for (int r = first; r < last; ++r)
        if (!isCached(m_list.at(r)))
            missing.append(m_list.at(r));
    self->readRows(missing);
}

} // namespace paynudge
