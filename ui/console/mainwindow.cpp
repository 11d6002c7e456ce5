#include "mainwindow.h"

#include "engine/engine.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace paynudge {

MainWindow::MainWindow(Engine &engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
{
    setWindowTitle(tr("PayNudge — 催付助手"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_status = new QLabel(central);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch();
    setCentralWidget(central);
    resize(720, 420);

    connect(&m_engine, &Engine::remindersChanged, this, &MainWindow::refresh);
    connect(&m_engine, &Engine::ordersAccepted, this, &MainWindow::refresh);
    connect(&m_engine, &Engine::pausedChanged, this, &MainWindow::refresh);
    refresh();
}

void MainWindow::refresh()
{
    const qint64 scheduled = m_engine.queue().countInState(ReminderState::Scheduled);
    m_status->setText(tr("Store: %1\nScheduled reminders: %2\nSending: %3")
                          .arg(m_engine.storePath())
                          .arg(scheduled)
                          .arg(m_engine.isPaused() ? tr("paused") : tr("running")));
}

} // namespace paynudge
