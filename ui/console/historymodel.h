#pragma once

#include "console/rowcache.h"
#include "readmodel/historyquery.h"

namespace paynudge {

// The send history: one row per attempt (and per decision without a send: skipped, cancelled,
// marked sent), newest first by default. New attempts appear and finished ones update in place.
class HistoryModel final : public CachingIdTableModel<HistoryRow>
{
    Q_OBJECT
public:
    HistoryModel(Engine &engine, ReadService &reads, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const HistoryQuery &query() const { return m_query; }
    void setFilter(const HistoryFilter &filter);

protected:
    void readIds(ReadService::Done<QList<qint64>> done) override;
    KeyReader keyReader() override;
    void applySort(int column, Qt::SortOrder order) override;
    void readRows(const QList<qint64> &ids) override;
    void poll() override;

private:
    QString displayText(const HistoryRow &row, int column) const;
    void catchUp();

    HistoryQuery m_query;
    qint64 m_lastAttemptId = 0; // attempts after this are new to the list
};

} // namespace paynudge
