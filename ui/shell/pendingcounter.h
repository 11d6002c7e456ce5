#pragma once

#include <QObject>
#include <QTimer>
#include <memory>

class QThread;

namespace paynudge {

class Engine;

// Counts the orders awaiting payment for the tray, on a thread of its own with its own
// connection to the store: with a million pending orders the count takes about 100 ms
// (BENCHMARKS.md, "Tray"), which the window's thread must not spend. Requests coalesce: at
// most one count runs, and counts follow each other no faster than `minIntervalMs`.
class PendingCounter : public QObject
{
    Q_OBJECT
public:
    explicit PendingCounter(Engine &engine, int minIntervalMs = 2000, QObject *parent = nullptr);
    ~PendingCounter() override;

    void request();
    bool isBusy() const { return m_busy; }

signals:
    void counted(qint64 pending);

private:
    struct Worker;
    void start();
    void finished(qint64 pending);

    Engine &m_engine;
    QThread *m_thread = nullptr; // null: an in-memory store, counted on this thread
    std::unique_ptr<Worker> m_worker;
    QTimer m_spacing;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace paynudge
