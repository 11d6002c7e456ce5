#pragma once

#include "config/config.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace paynudge {

// The bearer token the shop's backend sends with every intake request. Where it comes from, in
// order: [intake] token, [intake] tokenFile, the OS keychain (key "intake-token"), an owner-only
// file under the data dir. When none holds one, a new token is generated and kept in the
// keychain, or in that file where no keychain runs. The value is registered with the log
// scrubber and never logged; only where it lives is.
class IntakeToken
{
public:
    enum class Source
    {
        Config,
        ConfigFile,
        Keychain,
        DataFile
    };

    struct Options
    {
        IntakeSettings settings;
        QString dataDir;
        bool useKeychain = true; // tests turn it off so they never touch the user's keychain
    };

    static std::optional<IntakeToken> resolve(const Options &options, QString *error);

    const QString &value() const { return m_value; }
    Source source() const { return m_source; }
    QString location() const { return m_location; } // "the keychain (intake-token)", a file path…
    bool generated() const { return m_generated; }

    // Constant time whatever the input: compares digests, so neither content nor length leaks
    // through timing.
    bool matches(const QByteArray &candidate) const;
    // The token of an "Authorization: Bearer <token>" value; empty when absent or another scheme.
    static QByteArray fromAuthorization(const QByteArray &header);

    static QString keychainKey();
    static QString dataFilePath(const QString &dataDir);
    // Whether a token was configured on purpose (needed before listening beyond loopback).
    static bool isExplicit(const IntakeSettings &settings);

private:
    static IntakeToken make(const QString &value, Source source, const QString &location, bool generated);

    QString m_value;
    QByteArray m_digest;
    Source m_source = Source::Config;
    QString m_location;
    bool m_generated = false;
};

} // namespace paynudge
