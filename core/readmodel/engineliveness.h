#pragma once

#include "store/storetypes.h"

#include <QList>

namespace paynudge {

// Which engines on a shared store answer: one that stopped cleanly says so; one whose last
// heartbeat is older than the lease has lost its claims to the others (it died, or lost the
// store) and counts as not answering, as takeover does.
struct EngineLiveness
{
    enum class State
    {
        Alive,
        NotAnswering,
        Stopped,
    };
    EngineRecord record;
    State state = State::Alive;
    qint64 sinceMs = 0; // how long ago its last heartbeat (Alive, NotAnswering) or its stop was

    // Alive ones first (the order the store gave otherwise: by name).
    static QList<EngineLiveness> of(const QList<EngineRecord> &engines, qint64 now, qint64 leaseMs);
};

} // namespace paynudge
