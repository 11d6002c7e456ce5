#include "readmodel/engineliveness.h"

#include <algorithm>

namespace paynudge {

QList<EngineLiveness> EngineLiveness::of(const QList<EngineRecord> &engines, qint64 now, qint64 leaseMs)
{
    QList<EngineLiveness> out;
    out.reserve(engines.size());
    for (const EngineRecord &e : engines) {
        EngineLiveness l;
        l.record = e;
        if (e.stoppedAt) {
            l.state = State::Stopped;
            l.sinceMs = std::max<qint64>(0, now - *e.stoppedAt);
        } else {
            l.sinceMs = std::max<qint64>(0, now - e.heartbeatAt);
            l.state = l.sinceMs > leaseMs ? State::NotAnswering : State::Alive;
        }
        out << l;
    }
    std::stable_sort(out.begin(), out.end(),
        [](const EngineLiveness &a, const EngineLiveness &b) { return int(a.state) < int(b.state); });
    return out;
}

} // namespace paynudge
