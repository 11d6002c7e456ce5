#pragma once

#include "common/error.h"
#include "config/config.h"
#include "secrets/secretstore.h"
#include "store/database.h"

#include <optional>

namespace paynudge::storeconnect {

// The keychain entry of the store's database password when [store] names neither passwordEnv nor
// passwordFile.
QString keychainKey();
SecretStore::Source passwordSource(const StoreSettings &settings);

// The PostgreSQL server [store] names, its password read from passwordEnv, passwordFile or the
// keychain (SecretStore::resolve, as for the shop's database) and registered as a secret so no
// log line shows it. A password that was named and cannot be read is an error
// (StorePasswordUnreadable); with none named and none in the keychain the user logs in without one
// (a local socket or trust setup). nullopt only on that error.
std::optional<StoreServer> server(const StoreSettings &settings, Error *error);

} // namespace paynudge::storeconnect
