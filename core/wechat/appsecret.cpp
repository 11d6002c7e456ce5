#include "wechat/appsecret.h"

#include "secrets/secretstore.h"

#include <QDir>

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

QString AppSecret::fallbackFile(const QString &dataDir, const QString &accountKey)
{
    return QDir(dataDir).filePath(u"secrets/appsecret-%1"_s.arg(accountKey));
}

std::optional<AppSecret::Kept> AppSecret::keep(const AccountConfig &account, const QString &secret,
    const QString &dataDir, bool useKeychain, QString *error)
{
    Kept kept;
    if (!account.secretFile.isEmpty()) {
        kept.file = account.secretFile;
        if (!SecretStore::toFile(kept.file, secret, error))
            return std::nullopt;
        return kept;
    }
    if (useKeychain && SecretStore::toKeychain(keychainKey(account.key), secret, &kept.keychainError))
        return kept;
    if (!useKeychain)
        kept.keychainError = u"no keychain in use"_s;
    kept.file = fallbackFile(dataDir, account.key);
    if (!SecretStore::toFile(kept.file, secret, error))
        return std::nullopt;
    return kept;
}

} // namespace paynudge::wechat
