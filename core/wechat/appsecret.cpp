#include "wechat/appsecret.h"

#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace paynudge::wechat {

std::optional<QString> AppSecret::resolve(const AccountConfig &account, QString *error)
{
    QString why;
    std::optional<QString> secret;
    if (!account.secretEnv.isEmpty())
        secret = SecretStore::fromEnv(account.secretEnv, &why);
    else if (!account.secretFile.isEmpty())
        secret = SecretStore::fromFile(account.secretFile, &why);
    else
        secret = SecretStore::fromKeychain(keychainKey(account.key), &why);
    if (!secret && error)
        *error = u"no AppSecret for account %1: %2 (set secretEnv or secretFile in [accounts/%1], or store "
                 u"it in the "
                 u"keychain as %3)"_s.arg(account.key, why, keychainKey(account.key));
    return secret;
}

} // namespace paynudge::wechat
