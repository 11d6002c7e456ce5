#pragma once

#include "console/operatoractions.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace paynudge {

class ConsoleTable;
class Engine;
class IdTableModel;

// What the two list tabs share: a filter row with a search box (typing waits for a pause, so a
// search over a million rows runs once, not per key), an account filter and a row count, the
// table below it, and what the operator has selected.
class ListTab : public QWidget
{
    Q_OBJECT
public:
    ConsoleTable &table() const { return *m_table; }
    QLineEdit &searchBox() const { return *m_search; }
    QComboBox &accountBox() const { return *m_account; }

    virtual QList<ActionTarget> selectedTargets() const = 0;
    void focusSearch();
    // Fills the account filter from the configuration (again after a settings change).
    void updateAccounts();

signals:
    void selectionChanged();

protected:
    ListTab(Engine &engine, const QString &name, QWidget *parent);
    // Shows `model` in the table with these column widths; call once, from the constructor.
    void attach(IdTableModel *model, const QList<int> &widths);
    virtual void applyFilter() = 0;
    virtual QString countText(int rows) const = 0;
    void updateSummary();

    Engine &m_engine;
    QHBoxLayout *m_filters = nullptr; // subclasses add their own filters before the search box
    ConsoleTable *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_account = nullptr;

private:
    IdTableModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTimer m_searchDelay;
};

// The account filter both lists use: "All accounts", then each configured one by name.
void fillAccountBox(QComboBox &box, const Engine &engine);

} // namespace paynudge
