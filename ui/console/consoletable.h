#pragma once

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

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void reportVisibleRows();
    void refreshToolTip();

    std::optional<QPoint> m_toolTipAt; // where the last tooltip was asked for (viewport)
};

} // namespace paynudge
