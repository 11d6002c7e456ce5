#pragma once

#include "store/storetypes.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>

namespace paynudge {

class Engine;

// Durability without one fsync per order: orders that arrive within a short window are
// committed together in one transaction (each standing alone: a conflict in one does not
// refuse the others), and each caller hears its result only after that commit.
class GroupCommitter : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const AcceptResult &)>;

    explicit GroupCommitter(Engine &engine, QObject *parent = nullptr);
    ~GroupCommitter() override;

    // How long the first order of a group waits for company at most (the server commits
    // sooner when no other request can arrive). 0: only what the event loop has already read.
    void setWindowMs(int ms) { m_windowMs = ms; }
    int windowMs() const { return m_windowMs; }
    // A group this large is committed at once, without waiting for the window.
    void setMaxGroup(int orders) { m_maxGroup = orders; }

    void submit(const OrderInput &order, Done done);
    // Commits what is waiting now (also on destruction: nothing accepted is dropped).
    void flush();
    int pending() const { return int(m_orders.size()); }

signals:
    // One transaction committed `orders` orders (tests and diagnostics).
    void groupCommitted(int orders);

private:
    Engine &m_engine;
    QTimer m_timer;
    int m_windowMs = 2;
    int m_maxGroup = 2000;
    QList<OrderInput> m_orders;
    QList<Done> m_done;
};

} // namespace paynudge
