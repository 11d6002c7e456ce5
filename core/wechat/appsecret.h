#pragma once

#include "config/config.h"

#include <QString>
#include <optional>

namespace paynudge::wechat {

// Where an account's AppSecret comes from: `secretEnv`, `secretFile` (owner-only) or, when the
// config names neither, the OS keychain under "appsecret/<account key>". Accounts that get their
// token from the shop's own service (tokenSource=url) need none.
class AppSecret
{
public:
    static bool needed(const AccountConfig &account) { return account.tokenSource != TokenSource::Url; }
    static bool fromKeychain(const AccountConfig &account)
    {
        return needed(account) && account.secretEnv.isEmpty() && account.secretFile.isEmpty();
    }
    static QString keychainKey(const QString &accountKey)
    {
        return QStringLiteral("appsecret/") + accountKey;
    }

    // Reads the secret (registered with logging::registerSecret) or says why not, in words an
    // operator can act on. The keychain read blocks: call it at start or from a dialog.
    static std::optional<QString> resolve(const AccountConfig &account, QString *error);
};

} // namespace paynudge::wechat
