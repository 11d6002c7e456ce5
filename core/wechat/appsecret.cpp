#include "wechat/appsecret.h"

#include "secrets/secretstore.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace paynudge::wechat {

std::optional<QString> AppSecret::resolve(const AccountConfig &account, QString *error)
{
    QString why;
    const std::optional<QString> secret = SecretStore::resolve(sourceOf(account), &why);
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
    return SecretStore::keep(
        sourceOf(account), secret, fallbackFile(dataDir, account.key), useKeychain, error);
}

} // namespace paynudge::wechat
