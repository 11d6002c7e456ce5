#pragma once

#include "config/configwriter.h"
#include "store/storetypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace paynudge::configaudit {

// What the audit log says of a secret instead of its value (issue 17): old and new stay empty.
inline constexpr char16_t kSecretChanged[] = u"changed";
// Who changed a setting by editing the configuration file itself, found at start or reload.
inline constexpr char16_t kConfigFileActor[] = u"config file";

// Keys whose values are secrets wherever they appear ("intake/token", ".../secret", ".../password"):
// only "changed" is ever recorded of them, and no snapshot holds them.
bool isSecret(const QString &key);

// One audit line per key added, removed or changed between `before` and `after` (kind setting,
// subject the key, old → new; a secret as kSecretChanged without values), then one per
// `secretsStored` (secrets kept outside the file: an AppSecret, the intake token, a password).
// The one diff the settings dialog and the engine's check of the file both use.
QList<AuditRecord> diff(const ConfigValues &before, const ConfigValues &after, const QString &actor,
    qint64 at, const QStringList &secretsStored = {});

// The engine's snapshot of the values it last saw: JSON of `values` without any secret.
QString snapshotOf(const ConfigValues &values);
// The values of a snapshot; nullopt when it is not one.
std::optional<ConfigValues> valuesOfSnapshot(const QString &snapshot);

} // namespace paynudge::configaudit
