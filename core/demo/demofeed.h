#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace paynudge {

class Engine;

// A realistic stream of sample orders for the demo: Chinese products and nicknames over two
// shops, a new order every few seconds, and each customer's fate drawn as it arrives — about a
// fifth pay before their first reminder, a third after it, some after the second, the rest
// never (their orders close) — plus a few customers who do not follow the official account.
class DemoFeed : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int firstReminderSec = 20; // must match the demo's rounds
        int secondReminderSec = 75;
        int closeAfterSec = 180;
        int minGapMs = 2500; // between orders
        int maxGapMs = 6000;
    };

    DemoFeed(Engine &engine, quint32 seed, QObject *parent = nullptr);
    DemoFeed(Engine &engine, quint32 seed, Timing timing, QObject *parent = nullptr);

    // Places a first handful of orders (some already reminded, some already paid) and starts
    // the stream.
    void start(int backlog = 12);
    void stop();
    // One new order now; its payment, if any, is scheduled.
    void placeOrder(qint64 placedAt);

    // Customers the demo's sender fails with 43004.
    const QSet<QString> &unfollowed() const { return m_unfollowed; }
    int placed() const { return m_placed; }

signals:
    void orderPlaced(const QString &orderNo);

private:
    void scheduleNext();

    Engine &m_engine;
    QRandomGenerator m_random;
    Timing m_timing;
    QTimer m_next;
    QSet<QString> m_unfollowed;
    int m_placed = 0;
};

} // namespace paynudge
