#pragma once

#include "console/listtab.h"

class QCheckBox;
class QDateEdit;
class QDialog;
class QPushButton;

namespace paynudge {

class ReadService;
class HistoryModel;
struct HistoryFilter;
struct HistoryRow;

// The Send history tab: filters by outcome, account, date range (quick ranges or from/to) and a
// search of order number, customer and product; the table; export of what the filters select to CSV.
class HistoryView : public ListTab
{
    Q_OBJECT
public:
    HistoryView(Engine &engine, ReadService &reads, QWidget *parent = nullptr);

    HistoryModel &model() const { return *m_model; }
    QComboBox &outcomeBox() const { return *m_outcome; }
    // Skipped by which rule (issue 17): all rows, or the skips of one SkipRule.
    QComboBox &skipRuleBox() const { return *m_skipRule; }
    QCheckBox &fromCheck() const { return *m_fromOn; }
    QCheckBox &toCheck() const { return *m_toOn; }
    QDateEdit &fromDate() const { return *m_from; }
    QDateEdit &toDate() const { return *m_to; }
    // Today / Yesterday / Last 7 days / Last 30 days, all dates, or the from/to below it.
    QComboBox &rangeBox() const { return *m_range; }
    // A quick range moves at the shop's midnight: filters again when its days changed (a timer
    // calls it every minute).
    void followQuickRange();

    QList<ActionTarget> selectedTargets() const override;
    // Asks where, then writes the filtered history there on a reader thread.
    void exportCsv();
    // "Look up at WeChat" for the selected failed send: WeChat's record of it by its rid.
    // Returns the dialog (shown, deleted on close), or nullptr when the selection has none.
    QDialog *lookUpAtWeChat();
    QPushButton &lookupButton() const { return *m_lookup; }

signals:
    void message(const QString &text);
    void exported(const QString &path, qint64 rows);

protected:
    void applyFilter() override;
    QString countText(int rows) const override;

private:
    HistoryFilter currentFilter() const;
    void rangeChosen();
    void datesEdited();
    const HistoryRow *lookupRow() const; // the one selected row WeChat can be asked about

    ReadService &m_reads;
    HistoryModel *m_model = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_skipRule = nullptr;
    QComboBox *m_range = nullptr;
    QCheckBox *m_fromOn = nullptr;
    QCheckBox *m_toOn = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_lookup = nullptr;
    QTimer m_dayCheck;
};

} // namespace paynudge
