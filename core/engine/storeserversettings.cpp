#include "engine/storeserversettings.h"

#include "common/logging.h"
#include "secrets/secretstore.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace paynudge {

QString storePasswordKeychainKey()
{
    return u"store/password"_s;
}

QString storePasswordFallbackFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"secrets/store-password"_s);
}

std::optional<StoreServer> storeServerFor(const StoreSettings &settings, const QString &dataDir, Error *error)
{
    StoreServer server;
    server.host = settings.host;
    server.port = settings.port;
    server.database = settings.database;
    server.user = settings.user;
    server.sslMode = settings.sslMode;
    QString why;
    std::optional<QString> password = SecretStore::resolve(
        { settings.passwordEnv, settings.passwordFile, storePasswordKeychainKey() }, &why);
    if (!password && (!settings.passwordEnv.isEmpty() || !settings.passwordFile.isEmpty())) {
        // Named and unreadable: starting without it would only fail later with a vaguer message.
        *error = Error(ErrorCode::StorePasswordUnreadable, {}, { why });
        return std::nullopt;
    }
    // No keychain entry (or no keychain): the file the settings keep a typed password in, if any.
    const QString fallback = storePasswordFallbackFile(dataDir);
    if (!password && !dataDir.isEmpty() && QFileInfo::exists(fallback)) {
        password = SecretStore::fromFile(fallback, &why);
        if (!password) {
            *error = Error(ErrorCode::StorePasswordUnreadable, {}, { why });
            return std::nullopt;
        }
    }
    server.password = password.value_or(QString());
    if (!server.password.isEmpty())
        logging::registerSecret(server.password);
    return server;
}

} // namespace paynudge
