#include "store/storeconnect.h"

#include "common/logging.h"
#include "config/configkeys.h"

using namespace Qt::StringLiterals;

namespace paynudge::storeconnect {

QString keychainKey()
{
    return u"store/password"_s;
}

SecretStore::Source passwordSource(const StoreSettings &settings)
{
    return { settings.passwordEnv, settings.passwordFile, keychainKey() };
}

std::optional<StoreServer> server(const StoreSettings &settings, Error *error)
{
    StoreServer s;
    s.host = settings.host;
    s.port = settings.port;
    s.database = settings.database;
    s.user = settings.user;
    s.sslMode = settings.sslMode;
    QString why;
    if (std::optional<QString> password = SecretStore::resolve(passwordSource(settings), &why)) {
        logging::registerSecret(*password);
        s.password = *password;
    } else if (!settings.passwordEnv.isEmpty() || !settings.passwordFile.isEmpty()) {
        *error = Error(ErrorCode::StorePasswordUnreadable,
            ConfigKey::get(settings.passwordEnv.isEmpty() ? ConfigKeyId::StorePasswordFile
                                                          : ConfigKeyId::StorePasswordEnv)
                .path(),
            { why });
        return std::nullopt;
    }
    return s;
}

} // namespace paynudge::storeconnect
