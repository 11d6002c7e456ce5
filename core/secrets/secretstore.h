#pragma once

#include <QString>
#include <optional>

namespace paynudge {

// Where PayNudge keeps secrets (AppSecrets, the intake token): the OS keychain where one
// exists; on a server without one, an environment variable or a file only its owner can read.
// Never the INI file, never a log line.
class SecretStore
{
public:
    static std::optional<QString> fromEnv(const QString &variable, QString *error);
    // Refuses a file that its group or others can read: a leaked AppSecret cannot be revoked quietly.
    static std::optional<QString> fromFile(const QString &path, QString *error);
    // Writes with mode 0600 (creating the folder), replacing atomically.
    static bool toFile(const QString &path, const QString &value, QString *error);

    // OS keychain (Secret Service on Linux) under the service "paynudge". Blocking: call at
    // start or from a settings dialog, not from a hot path. Fails cleanly where no keychain runs.
    static std::optional<QString> fromKeychain(const QString &key, QString *error);
    static bool toKeychain(const QString &key, const QString &value, QString *error);
    static bool removeFromKeychain(const QString &key, QString *error);

    // Where one secret of the configuration comes from: an environment variable, an owner-only
    // file, or (neither named) the keychain under `keychainKey`.
    struct Source
    {
        QString env;
        QString file;
        QString keychainKey;
    };
    // Reads it from the first place `source` names. The keychain read blocks.
    static std::optional<QString> resolve(const Source &source, QString *error);
    // Where a secret typed by the operator was kept.
    struct Kept
    {
        QString file; // the owner-only file it went to; empty: the OS keychain
        QString keychainError; // why the keychain was not used (empty when it was, or never tried)
    };
    // Keeps `secret`: in source.file when it names one, else in the keychain when `useKeychain` and
    // one answers, else in `fallbackFile` (owner-only) — typing a secret never ends without it
    // stored. nullopt (and *error) only when no file could be written either.
    static std::optional<Kept> keep(const Source &source, const QString &secret, const QString &fallbackFile,
        bool useKeychain, QString *error);

    // A new random token (hex, 256 bits) for the intake API.
    static QString generateToken();
};

} // namespace paynudge
