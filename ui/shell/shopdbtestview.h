#pragma once

#include "shopdb/shopdbprobe.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace paynudge {

// The settings' Test of the shop's database in an operator's words: connected or why not, each
// query's time and what is wrong with it, and the first new orders in a small table (openids
// masked, as everywhere in the UI).
class ShopDbTestView : public QWidget
{
    Q_OBJECT
public:
    explicit ShopDbTestView(QWidget *parent = nullptr);

    void showRunning();
    void showResult(const shopdb::ProbeResult &result);
    // A problem before the database was asked (a value the settings cannot use).
    void showProblem(const QString &text);

    QString summary() const; // the lines above the table, for tests
    QTableWidget *rows() const { return m_rows; }

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_rows = nullptr;
};

} // namespace paynudge
