#pragma once

#include "config/config.h"
#include "secrets/secretstore.h"

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

    // Where an AppSecret typed by the operator was kept.
    using Kept = SecretStore::Kept;
    // Keeps `secret` for `account`: in its secretFile when it names one, else in the OS keychain
    // when `useKeychain` and one answers, else in an owner-only file in `dataDir`
    // (fallbackFile()) — typing a secret never ends without it stored. The caller points the
    // account's secretFile at Kept::file when it differs. nullopt (and *error) only when no
    // file could be written either.
    static std::optional<Kept> keep(const AccountConfig &account, const QString &secret,
        const QString &dataDir, bool useKeychain, QString *error);
    static QString fallbackFile(const QString &dataDir, const QString &accountKey);

private:
    static SecretStore::Source sourceOf(const AccountConfig &account)
    {
        return { account.secretEnv, account.secretFile, keychainKey(account.key) };
    }
};

} // namespace paynudge::wechat
