#pragma once

#include "common/error.h"

#include <QString>

namespace paynudge {

// The data dir remembers that a store was created in it: a small file written once the store is
// open. A store that is later missing or 0 bytes (deleted, truncated, a failed copy) is then
// refused instead of silently replaced by an empty one — its orders would be gone without a word.
class StoreMarker
{
public:
    StoreMarker(const QString &dataDir, const QString &storePath);

    // Why starting on the store would lose orders (it existed and is now missing or empty), or no error.
    Error vanishedProblem() const;
    // Notes that the store exists (after it was opened). A failure is only logged by the caller.
    bool remember(QString *error) const;

    QString path() const { return m_markerPath; }

private:
    QString m_markerPath;
    QString m_storePath;
};

} // namespace paynudge
