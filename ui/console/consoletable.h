#pragma once

#include <QHash>
#include <QTableView>
#include <optional>

namespace paynudge {

class IdTableModel;

// The table both lists use: whole-row extended selection, sorting through the model (in SQL),
// fixed row heights (a million rows cost nothing to lay out), and it tells its IdTableModel
// which rows are on screen whenever that changes.
class ConsoleTable : public QTableView
{
    Q_OBJECT
public:
    explicit ConsoleTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    QList<int> selectedRows() const;
    // These columns take the width the others leave (a wide window widens the product, not
    // the last column) and give it back when the window narrows, never below the width they
    // have by themselves (as set, restored or dragged by the operator).
    void setStretchColumns(const QList<int> &columns);
    // The header was restored: its widths are the columns' own now; shares the spare width out.
    void refitColumns();
    // The mouse pointer is over the rows (not the header or elsewhere).
    bool pointerInside() const { return m_pointerInside; }

signals:
    // The operator moved the mouse over the rows, clicked, scrolled or typed in the table.
    void operatorActive();

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void reportVisibleRows();
    void fitColumns();
    void refreshToolTip();

    bool m_pointerInside = false;
    QList<int> m_stretch;
    QHash<int, int> m_given; // width fitColumns() added to a stretch column, not the operator
    bool m_fitting = false;
    std::optional<QPoint> m_toolTipAt; // where the last tooltip was asked for (viewport)
};

} // namespace paynudge
