#pragma once

#include <QMainWindow>

class QLabel;

namespace paynudge {

class Engine;

// The operator console. This first version shows what the engine is doing; the pending-order
// and history views come with their own issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine &engine, QWidget *parent = nullptr);

private:
    void refresh();

    Engine &m_engine;
    QLabel *m_status = nullptr;
};

} // namespace paynudge
