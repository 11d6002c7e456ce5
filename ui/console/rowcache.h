#pragma once

#include "console/idtablemodel.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace paynudge {

// The rows of a console table that have been read, by id: a few pages, never the table.
template<typename Row> class RowCache
{
public:
    const Row *find(qint64 id) const
    {
        const auto it = m_rows.constFind(id);
        return it == m_rows.cend() ? nullptr : &it.value();
    }
    bool contains(qint64 id) const { return m_rows.contains(id); }
    void insert(qint64 id, Row row) { m_rows.insert(id, std::move(row)); }
    void forget(const QList<qint64> &ids)
    {
        for (qint64 id : ids)
            m_rows.remove(id);
    }
    void keepOnly(const QSet<qint64> &ids)
    {
        for (auto it = m_rows.begin(); it != m_rows.end();)
            it = ids.contains(it.key()) ? std::next(it) : m_rows.erase(it);
    }
    void clear() { m_rows.clear(); }
    QList<qint64> ids() const { return m_rows.keys(); }
    qsizetype size() const { return m_rows.size(); }

private:
    QHash<qint64, Row> m_rows;
};

// An IdTableModel whose rows are cached as `Row`s; subclasses read them (readRows) and show them.
template<typename Row> class CachingIdTableModel : public IdTableModel
{
public:
    using IdTableModel::IdTableModel;

    // The row at `row`, read with its page if it was not cached; null if the store lost it.
    const Row *rowAt(int row) const
    {
        ensureRow(row);
        return m_cache.find(idAt(row));
    }

protected:
    bool isCached(qint64 id) const override { return m_cache.contains(id); }
    void forgetRows(const QList<qint64> &ids) override { m_cache.forget(ids); }
    void keepOnlyRows(const QSet<qint64> &ids) override { m_cache.keepOnly(ids); }
    qsizetype cachedRows() const override { return m_cache.size(); }

    RowCache<Row> m_cache;
};

} // namespace paynudge
