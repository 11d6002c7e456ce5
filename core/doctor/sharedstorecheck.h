#pragma once

#include "config/config.h"
#include "doctor/setupcheck.h"

#include <QList>

namespace paynudge {

// The shared store ([store] backend=postgres), read only, at `now` (UTC ms):
//  - store.integrity: the server answers with the configured user and password;
//  - store.schema: its schema version against this PayNudge's (none yet: the first engine makes it);
//  - engine.running: the engines whose heartbeat is younger than the lease.
QList<SetupCheck> checkSharedStore(const StoreSettings &settings, const QString &dataDir, qint64 now);

} // namespace paynudge
