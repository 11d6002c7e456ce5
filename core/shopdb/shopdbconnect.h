#pragma once

#include "common/error.h"
#include "config/config.h"
#include "secrets/secretstore.h"

#include <QString>
#include <optional>

namespace paynudge::shopdb {

// How PayNudge reaches the shop's own database ([shopdb]): the Qt driver, the password, one
// connection per thread. The poller, the payment check and the settings' Test all open theirs here.

// "QMYSQL" for driver=mysql (MySQL and MariaDB), "QPSQL" for postgres.
QString qtDriver(const ShopDbSettings &settings);
// The Debian package with that driver (named when it is missing).
QString driverPackage(const ShopDbSettings &settings);
// "mysql 127.0.0.1:3306/shop": for logs and the console; no user, no password.
QString describe(const ShopDbSettings &settings);

// Every [shopdb] key the same: a poller or check made for `a` serves `b` unchanged.
bool sameSettings(const ShopDbSettings &a, const ShopDbSettings &b);

// The password: passwordEnv, passwordFile, else the keychain under keychainKey(). The keychain read
// blocks: call it at start or from a dialog, then hand the value to the thread that connects.
// Registered as a secret, so no log line shows it. Empty user and no password named: none needed.
std::optional<QString> password(const ShopDbSettings &settings, QString *error);
QString keychainKey();
// Where a password typed in the settings goes when no keychain answers (owner-only).
QString fallbackPasswordFile(const QString &dataDir);
SecretStore::Source passwordSource(const ShopDbSettings &settings);

// Opens a connection called `connectionName` for the calling thread (QSqlDatabase connections
// belong to the thread that made them), giving up after `timeoutSec`. The session only reads.
// Failure: ShopDbDriverMissing, or ShopDbCannotConnect with what the driver said.
bool open(const ShopDbSettings &settings, const QString &password, const QString &connectionName,
    int timeoutSec, Error *error);

} // namespace paynudge::shopdb
