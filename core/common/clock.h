#pragma once

#include <QObject>
#include <QtGlobal>

namespace paynudge {

// Every time-dependent decision in the core asks a Clock, so tests drive time instead of
// waiting for it. Times are UTC epoch milliseconds throughout the core.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Clock() override;
    virtual qint64 nowMs() const = 0;

signals:
    // Emitted when time moves by more than the normal flow (a test advancing a manual clock),
    // so timers armed against the old "now" can re-arm.
    void jumped();
};

class SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    qint64 nowMs() const override;
};

class ManualClock final : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(qint64 startMs, QObject *parent = nullptr);
    qint64 nowMs() const override { return m_now; }
    void setNow(qint64 ms);
    void advance(qint64 ms) { setNow(m_now + ms); }

private:
    qint64 m_now;
};

} // namespace paynudge
