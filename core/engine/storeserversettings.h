#pragma once

#include "common/error.h"
#include "config/config.h"
#include "store/database.h"

#include <optional>

namespace paynudge {

// The PostgreSQL server of a shared store ([store] backend=postgres) as Database opens it, its
// password resolved as the shop database's is: passwordEnv, passwordFile, else the OS keychain
// (store/password), else the owner-only file <data dir>/secrets/store-password, else none (a
// server that trusts the local user, or ~/.pgpass).
QString storePasswordKeychainKey();
QString storePasswordFallbackFile(const QString &dataDir);
// nullopt and *error when a named password cannot be read. The password is registered as a secret
// (never logged).
std::optional<StoreServer> storeServerFor(
    const StoreSettings &settings, const QString &dataDir, Error *error);

} // namespace paynudge
