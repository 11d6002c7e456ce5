#include "common/clock.h"

#include <QDateTime>

namespace paynudge {

Clock::~Clock() = default;

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

ManualClock::ManualClock(qint64 startMs, QObject *parent)
    : Clock(parent)
    , m_now(startMs)
{ }

void ManualClock::setNow(qint64 ms)
{
    m_now = ms;
    emit jumped();
}

} // namespace paynudge
