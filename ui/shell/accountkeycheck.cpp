#include "shell/accountkeycheck.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// Any valid account key: the errors are mapped back to sub-keys.
const QString kProbe = u"accounts/probe/"_s;

} // namespace

QList<Error> checkAccountKeys(
    const ConfigValues &accountValues, const QString &roundsText, bool (*concerns)(const QString &subKey))
{
    ConfigValues values;
    if (!roundsText.trimmed().isEmpty())
        values.insert(u"reminder/rounds"_s, roundsText);
    for (auto it = accountValues.cbegin(); it != accountValues.cend(); ++it)
        values.insert(kProbe + it.key(), it.value());
    // Without a key of its own the probe account would not exist; its name never matters.
    values.insert(kProbe + u"name"_s, QString());
    QList<Error> errors;
    ConfigWriter::parse(values, &errors);
    QList<Error> out;
    for (const Error &e : std::as_const(errors)) {
        if (!e.field.startsWith(kProbe))
            continue;
        const QString sub = e.field.mid(kProbe.size());
        if (concerns(sub))
            out.append(Error(e.code, sub, e.args));
    }
    return out;
}

int roundOfKey(const QString &subKey)
{
    static const QRegularExpression re(u"^round([0-9]+)(\\.(templateId|fields/.*))?$"_s);
    const auto m = re.match(subKey);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString variantOfKey(const QString &subKey)
{
    // A round's templateId and fields are the round's (roundOfKey); anything else shaped
    // <name>.weight|templateId|fields/… is a variant's, however bad the name, so an editor can
    // tell its own keys apart and replace them all.
    static const QRegularExpression re(u"^([^./]+)\\.(weight|templateId|fields/.*)$"_s);
    const auto m = re.match(subKey);
    if (!m.hasMatch() || roundOfKey(subKey) > 0)
        return {};
    return m.captured(1);
}

} // namespace paynudge
