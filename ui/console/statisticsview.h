#pragma once

#include "readmodel/statisticsquery.h"

#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace paynudge {

class SkipCountsLabel;

class ReadService;
class Engine;

// The Statistics tab: reminders sent and failed, orders paid after a reminder, that rate and
// the amount recovered, for today, 7 or 30 days, in total and per account, with a chart per hour
// or day, and their export to CSV. Computed on the
// reader thread; refreshed while the tab is shown, a little after the engine reports changes.
class StatisticsView : public QWidget
{
    Q_OBJECT
public:
    StatisticsView(Engine &engine, ReadService &reads, QWidget *parent = nullptr);

    StatisticsPeriod period() const { return m_period; }
    void setPeriod(StatisticsPeriod period);
    void refresh();
    const Statistics &current() const { return m_current; }
    QComboBox &periodBox() const { return *m_periodBox; }
    // The figure shown for one of "sent", "failed", "paid", "rate", "recovered" (tests).
    QString figure(const QString &name) const;
    QChart &chart() const;
    // One row per account (display name) with its figures, and the total.
    QTableWidget &accountTable() const { return *m_accounts; }
    // Reminders skipped in the period, per rule (issue 17).
    SkipCountsLabel &skipCounts() const { return *m_skips; }
    // Asks where, then writes the figures shown (per account and in total) there as CSV.
    void exportCsv();

signals:
    void updated();
    void message(const QString &text);
    void exported(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const Statistics &s);
    void updateChart(const Statistics &s);
    void updateAccounts(const Statistics &s);
    QString accountName(const QString &key) const;

    Engine &m_engine;
    ReadService &m_reads;
    StatisticsPeriod m_period = StatisticsPeriod::Today;
    Statistics m_current;
    QComboBox *m_periodBox = nullptr;
    QHash<QString, QLabel *> m_figures;
    QChartView *m_chartView = nullptr;
    QTableWidget *m_accounts = nullptr;
    SkipCountsLabel *m_skips = nullptr;
    QTimer m_changed; // engine changes, debounced
    QTimer m_clock; // the current hour or day moves on
    quint64 m_generation = 0;
};

} // namespace paynudge
