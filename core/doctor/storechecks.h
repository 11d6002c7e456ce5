#pragma once

#include "doctor/setupcheck.h"

#include <QList>
#include <QString>

namespace paynudge {

// The ids of the store's checks, the same for a file and a shared store.
inline const QString kStoreIntegrityCheck = QStringLiteral("store.integrity");
inline const QString kStoreSchemaCheck = QStringLiteral("store.schema");

// The store file, read only: doctor never creates, migrates or repairs a store.
//  - store.integrity: it opens read-only and passes PRAGMA quick_check (a missing store is
//    only a warning: the first start creates it);
//  - store.schema: its schema version against this PayNudge's;
//  - engine.running: whether a PayNudge engine holds the store's lock (no engine, no reminders).
QList<SetupCheck> checkStore(const QString &storePath);
// store.schema for a store at `version`, whichever backend holds it.
SetupCheck checkSchemaVersion(int version);
// `thisProcess`: the window asks about the engine it runs itself.
SetupCheck checkEngineRunning(const QString &storePath, bool thisProcessRunsIt);

} // namespace paynudge
