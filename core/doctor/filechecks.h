#pragma once

#include "config/config.h"
#include "doctor/setupcheck.h"

#include <QString>

namespace paynudge {

// What the files around the store need: room to grow, a folder this user can write that others
// cannot read, and an intake token file only its owner can read.

// disk.space: below kWarnBytes a warning, below kProblemBytes a problem (SQLite cannot commit).
SetupCheck checkFreeSpace(const QString &storePath);
inline constexpr qint64 kFreeSpaceWarnBytes = 200LL * 1024 * 1024;
inline constexpr qint64 kFreeSpaceProblemBytes = 20LL * 1024 * 1024;

// datadir.access: the folder exists (or can be created) and this user can write in it.
SetupCheck checkDataDirWritable(const QString &dataDir);
// datadir.permissions: an existing folder holding the store or the intake token is owner-only.
SetupCheck checkDataDirPermissions(const QString &dataDir, const QString &storePath);
// intake.token: where the intake token is kept, and that a token file is owner-only. Never reads
// the keychain and never generates a token.
SetupCheck checkIntakeToken(const IntakeSettings &intake, const QString &configPath, const QString &dataDir);

// The nearest folder of `path` (itself included) that exists: where a folder would be created.
QString nearestExistingFolder(const QString &path);

} // namespace paynudge
