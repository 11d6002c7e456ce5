#include "config/configaudit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace paynudge::configaudit {

bool isSecret(const QString &key)
{
    const QString name = key.section(u'/', -1);
    return key == u"intake/token" || name == u"secret" || name == u"password" || name == u"appSecret";
}

namespace {
AuditRecord settingLine(const QString &key, const QString &actor, qint64 at)
{
    AuditRecord r;
    r.at = at;
    r.actor = actor;
    r.kind = QString::fromUtf16(auditKind::Setting);
    r.subject = key;
    return r;
}
} // namespace

QList<AuditRecord> diff(const ConfigValues &before, const ConfigValues &after, const QString &actor,
    qint64 at, const QStringList &secretsStored)
{
    QSet<QString> keys(before.keyBegin(), before.keyEnd());
    keys.unite(QSet<QString>(after.keyBegin(), after.keyEnd()));
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort(); // the same change reads the same way every time
    QList<AuditRecord> out;
    QSet<QString> secretsSeen;
    for (const QString &key : std::as_const(sorted)) {
        const auto was = before.constFind(key);
        const auto now = after.constFind(key);
        // A key added with an empty value, or removed while empty, changes nothing Config::load sees.
        const QString oldValue = was == before.constEnd() ? QString() : *was;
        const QString newValue = now == after.constEnd() ? QString() : *now;
        if (oldValue == newValue)
            continue;
        AuditRecord r = settingLine(key, actor, at);
        if (isSecret(key)) {
            r.detail = QString::fromUtf16(kSecretChanged);
            secretsSeen.insert(key);
        } else {
            r.oldValue = oldValue;
            r.newValue = newValue;
        }
        out << r;
    }
    for (const QString &key : secretsStored) {
        if (secretsSeen.contains(key))
            continue;
        secretsSeen.insert(key);
        AuditRecord r = settingLine(key, actor, at);
        r.detail = QString::fromUtf16(kSecretChanged);
        out << r;
    }
    return out;
}

QString snapshotOf(const ConfigValues &values)
{
    QJsonObject o;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (!isSecret(it.key()))
            o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ConfigValues> valuesOfSnapshot(const QString &snapshot)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(snapshot.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    ConfigValues values;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        values.insert(it.key(), it.value().toString());
    return values;
}

} // namespace paynudge::configaudit
