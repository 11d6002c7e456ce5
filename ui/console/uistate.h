#pragma once

#include <QList>
#include <QPair>
#include <QRect>
#include <QString>

class QHeaderView;
class QMainWindow;

namespace paynudge {

// Where the window was and how its tables were laid out — geometry, toolbars, each table's
// column order, widths and sort, the current tab — kept in a small INI of the console's own
// under the data dir, never in the shop's configuration.
class UiState
{
public:
    using Headers = QList<QPair<QString, QHeaderView *>>;

    explicit UiState(QString path);
    QString path() const { return m_path; }

    void save(const QMainWindow &window, const Headers &headers, int tab) const;
    // Where the window opens the first time: 1280×800 at most, smaller on a smaller screen (a
    // 1366×768 laptop keeps the status bar and a margin for the frame), centred in `available`.
    static QRect defaultGeometry(const QRect &available);
    // False when nothing was saved yet (the window keeps its defaults).
    bool restore(QMainWindow &window, const Headers &headers, int *tab) const;

private:
    QString m_path;
};

} // namespace paynudge
