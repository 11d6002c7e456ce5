#pragma once

#include "readmodel/auditquery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace paynudge {

class Engine;
class ReadService;

// The "Audit log" page (issue 17): who changed which setting, took which action, changed the
// do-not-remind list — newest first, filtered by kind, who, days and a search, read a page at a
// time on a reader thread, exported as CSV, read again when the log changes.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    AuditView(Engine &engine, ReadService &reads, QWidget *parent = nullptr);

    AuditFilter currentFilter() const;
    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *rangeBox() const { return m_range; }
    QLineEdit *actorEdit() const { return m_actor; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *moreButton() const { return m_more; }
    QLabel *countLabel() const { return m_count; }
    // Reads the first page again (soon: several changes in a row read once).
    void refresh();
    // Asks for a file and writes every line the filters select (FileDialog's seam in tests).
    void exportCsv();

    // The words of the columns, in the UI's language (also the CSV's).
    static AuditQuery::Words words();

signals:
    // Reading ended: the table shows what the filters select.
    void loaded();
    void message(const QString &text);
    void exported(const QString &path, qint64 rows);

private:
    void load(bool more);
    void showPage(const AuditQuery::Page &page, bool more);

    Engine &m_engine;
    ReadService &m_reads;
    QComboBox *m_kind = nullptr;
    QComboBox *m_range = nullptr;
    QLineEdit *m_actor = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTimer m_soon; // one read for a burst of changes and keystrokes
    qint64 m_lastId = 0; // the oldest line shown: the next page's cursor
    int m_generation = 0; // a filter changed: answers to earlier reads are dropped
};

} // namespace paynudge
