#pragma once

#include "readmodel/sortkey.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <functional>
#include <optional>

namespace paynudge {

// The order of a console table: the ids of its rows in sort order, 8 bytes a row, while the
// rows themselves stay in the store and are read a page at a time. Changes are placed by binary
// search against the sort keys of neighbouring rows, so a million rows need about twenty key
// reads, never a re-sort.
class SortedIdList
{
public:
    // A row's current key, or nothing when it no longer belongs to the list (it is stepped over).
    using KeyOf = std::function<std::optional<SortKey>(qint64 id)>;

    void assign(QList<qint64> ids) { m_ids = std::move(ids); }
    void clear() { m_ids.clear(); }
    const QList<qint64> &ids() const { return m_ids; }
    qsizetype size() const { return m_ids.size(); }
    qint64 at(qsizetype row) const { return m_ids.at(row); }
    qsizetype indexOf(qint64 id) const { return m_ids.indexOf(id); }
    // Where each of `ids` is (-1: not in the list): a scan each for a few, one pass for many.
    QHash<qint64, qsizetype> locate(const QList<qint64> &ids) const;

    // Where a row with `key` belongs among the others: the first row that sorts after it. Rows in
    // `unsettled` (changed, not yet placed again) and the row `exclude` are stepped over, as their
    // place says nothing about their key. With `exclude` set, the result counts as if that row
    // were taken out first.
    qsizetype insertPosition(const SortKey &key, Qt::SortOrder order, const KeyOf &keyOf,
        const QSet<qint64> &unsettled, qsizetype exclude = -1) const;

    // Whether the row at `row` still sorts between its settled neighbours.
    bool isInPlace(qsizetype row, const SortKey &key, Qt::SortOrder order, const KeyOf &keyOf,
        const QSet<qint64> &unsettled) const;

    void insert(qsizetype row, qint64 id) { m_ids.insert(row, id); }
    void removeAt(qsizetype row) { m_ids.removeAt(row); }
    // Moves the row at `from` so that it ends up at index `to` of the resulting list.
    void move(qsizetype from, qsizetype to) { m_ids.move(from, to); }

private:
    bool settled(qsizetype row, const QSet<qint64> &unsettled, qsizetype exclude) const;
    // The nearest row to `from` in [lo, hi) that is settled and still has a key: right first, then left.
    qsizetype probeNear(qsizetype from, qsizetype lo, qsizetype hi, const KeyOf &keyOf,
        const QSet<qint64> &unsettled, qsizetype exclude, SortKey *key) const;

    QList<qint64> m_ids;
};

} // namespace paynudge
