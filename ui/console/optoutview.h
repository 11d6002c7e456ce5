#pragma once

#include "store/storetypes.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace paynudge {

class Engine;
class OptOutDialog;
class ReadService;

// The "Do not remind" page (issue 17): the customers on the do-not-remind list (masked openid,
// reason, by whom, when), newest first, with a search; Add…, Remove (confirmed) and Import CSV….
// It reads on a reader thread and reads again when this console or another on a shared store
// changes the list.
class OptOutView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kShown = 500; // a page of the list; the count says how many match in all

    OptOutView(Engine &engine, ReadService &reads, QWidget *parent = nullptr);

    QTableView &table() const { return *m_table; }
    QLineEdit &searchBox() const { return *m_search; }
    QLabel &summary() const { return *m_summary; }
    // The openids of the rows shown, in order (tests; the table shows them masked).
    QStringList shownOpenids() const { return m_openids; }

    // Opens the add dialog (non-modal, deleted on close); `openid` given: that customer, shown masked.
    OptOutDialog *addCustomer(const QString &openid = {}, const QString &customer = {});
    // Removes the selected customers after the operator confirms; how many were removed.
    int removeSelected();
    // Asks for a CSV file, checks it whole, confirms and imports it; false when nothing was imported.
    bool importCsv();
    // Reads the list again (the search as it stands).
    void refresh();

signals:
    // One line for the status bar.
    void message(const QString &text);
    // A read finished and the table shows it (tests wait for it).
    void loaded();

private:
    void display(const QList<OptOutRecord> &entries, qint64 total);
    void updateButtons();

    Engine &m_engine;
    ReadService &m_reads;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPushButton *m_remove = nullptr;
    QStringList m_openids;
    QTimer m_searchDelay;
    quint64 m_generation = 0; // a read answered after a newer one started is dropped
};

} // namespace paynudge
