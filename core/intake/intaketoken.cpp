#include "intake/intaketoken.h"

#include "common/logging.h"
#include "secrets/secretstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIntakeToken, "paynudge.core.intake.token")

namespace paynudge {
namespace {

QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

QString IntakeToken::keychainKey()
{
    return u"intake-token"_s;
}

QString IntakeToken::dataFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"intake-token"_s);
}

bool IntakeToken::isExplicit(const IntakeSettings &settings)
{
    return !settings.token.isEmpty() || !settings.tokenFile.isEmpty();
}

QByteArray IntakeToken::fromAuthorization(const QByteArray &header)
{
    const QByteArray h = header.trimmed();
    if (h.size() < 7 || h.left(7).toLower() != "bearer ")
        return {};
    return h.mid(7).trimmed();
}

bool IntakeToken::matches(const QByteArray &candidate) const
{
    const QByteArray given = digest(candidate);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < m_digest.size(); ++i)
        diff |= static_cast<unsigned char>(given.at(i) ^ m_digest.at(i));
    return diff == 0 && !m_value.isEmpty();
}

std::optional<IntakeToken> IntakeToken::resolve(const Options &options, QString *error)
{
    const IntakeSettings &s = options.settings;
    if (!s.token.isEmpty()) {
        logging::registerSecret(s.token);
        return make(s.token, Source::Config, u"the configuration ([intake] token)"_s, false);
    }
    if (!s.tokenFile.isEmpty()) {
        QString why;
        const auto value = SecretStore::fromFile(s.tokenFile, &why);
        if (!value) {
            *error = u"[intake] tokenFile: "_s + why;
            return std::nullopt;
        }
        if (value->size() < 16) {
            *error = u"[intake] tokenFile: the token in %1 is shorter than 16 characters"_s.arg(s.tokenFile);
            return std::nullopt;
        }
        return make(*value, Source::ConfigFile, s.tokenFile, false);
    }

    const QString keychainLocation = u"the OS keychain (service paynudge, key %1)"_s.arg(keychainKey());
    QString keychainError = u"not used"_s;
    if (options.useKeychain) {
        if (const auto value = SecretStore::fromKeychain(keychainKey(), &keychainError))
            return make(*value, Source::Keychain, keychainLocation, false);
    }
    // A token kept in the file earlier (no keychain then) is still the shop's token.
    const QString file = dataFilePath(options.dataDir);
    if (QFileInfo::exists(file)) {
        QString why;
        const auto value = SecretStore::fromFile(file, &why);
        if (!value) {
            *error = u"intake token: "_s + why;
            return std::nullopt;
        }
        return make(*value, Source::DataFile, file, false);
    }

    const QString fresh = SecretStore::generateToken();
    logging::registerSecret(fresh);
    QString writeError;
    if (options.useKeychain && SecretStore::toKeychain(keychainKey(), fresh, &writeError))
        return make(fresh, Source::Keychain, keychainLocation, true);
    qCInfo(lcIntakeToken).noquote() << "no keychain for the intake token ("
                                    << (writeError.isEmpty() ? keychainError : writeError)
                                    << "); keeping it in an owner-only file";
    if (!SecretStore::toFile(file, fresh, &writeError)) {
        *error = u"cannot store the new intake token: "_s + writeError;
        return std::nullopt;
    }
    return make(fresh, Source::DataFile, file, true);
}

IntakeToken IntakeToken::make(const QString &value, Source source, const QString &location, bool generated)
{
    IntakeToken t;
    t.m_value = value;
    t.m_digest = digest(value.toUtf8());
    t.m_source = source;
    t.m_location = location;
    t.m_generated = generated;
    return t;
}

} // namespace paynudge
