#include "readmodel/sortedidlist.h"

namespace paynudge {

bool SortedIdList::settled(qsizetype row, const QSet<qint64> &unsettled, qsizetype exclude) const
{
    return row != exclude && !unsettled.contains(m_ids.at(row));
}

QHash<qint64, qsizetype> SortedIdList::locate(const QList<qint64> &ids) const
{
    QHash<qint64, qsizetype> at;
    at.reserve(ids.size());
    for (qint64 id : ids)
        at.insert(id, -1);
    if (ids.size() <= 16) {
        for (qint64 id : ids)
            at[id] = m_ids.indexOf(id);
        return at;
    }
    for (qsizetype row = 0; row < m_ids.size(); ++row) {
        const auto it = at.find(m_ids.at(row));
        if (it != at.end())
            it.value() = row;
    }
    return at;
}

qsizetype SortedIdList::probeNear(qsizetype from, qsizetype lo, qsizetype hi, const KeyOf &keyOf,
    const QSet<qint64> &unsettled, qsizetype exclude, SortKey *key) const
{
    for (qsizetype row = from; row < hi; ++row) {
        if (!settled(row, unsettled, exclude))
            continue;
        if (const auto k = keyOf(m_ids.at(row))) {
            *key = *k;
            return row;
        }
    }
    for (qsizetype row = from - 1; row >= lo; --row) {
        if (!settled(row, unsettled, exclude))
            continue;
        if (const auto k = keyOf(m_ids.at(row))) {
            *key = *k;
            return row;
        }
    }
    return -1;
}

qsizetype SortedIdList::insertPosition(const SortKey &key, Qt::SortOrder order, const KeyOf &keyOf,
    const QSet<qint64> &unsettled, qsizetype exclude) const
{
    qsizetype lo = 0;
    qsizetype hi = m_ids.size();
    while (lo < hi) {
        SortKey probeKey;
        const qsizetype probe = probeNear(lo + (hi - lo) / 2, lo, hi, keyOf, unsettled, exclude, &probeKey);
        if (probe < 0)
            break; // nothing settled in range: any place in it is right
        if (compareSortKeys(probeKey, key, order) < 0)
            lo = probe + 1;
        else
            hi = probe;
    }
    if (exclude >= 0 && lo > exclude)
        --lo;
    return lo;
}

bool SortedIdList::isInPlace(qsizetype row, const SortKey &key, Qt::SortOrder order, const KeyOf &keyOf,
    const QSet<qint64> &unsettled) const
{
    for (qsizetype before = row - 1; before >= 0; --before) {
        if (!settled(before, unsettled, row))
            continue;
        const auto k = keyOf(m_ids.at(before));
        if (!k)
            continue;
        if (compareSortKeys(*k, key, order) > 0)
            return false;
        break;
    }
    for (qsizetype after = row + 1; after < m_ids.size(); ++after) {
        if (!settled(after, unsettled, row))
            continue;
        const auto k = keyOf(m_ids.at(after));
        if (!k)
            continue;
        return compareSortKeys(key, *k, order) <= 0;
    }
    return true;
}

} // namespace paynudge
