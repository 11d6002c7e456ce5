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

    // A new random token (hex, 256 bits) for the intake API.
    static QString generateToken();
};

} // namespace paynudge
