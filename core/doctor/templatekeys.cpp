#include "templatekeys.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge {

QStringList templateKeys(const QString &content)
{
    static const QRegularExpression placeholder(u"\\{\\{\\s*([A-Za-z0-9_]+)\\.DATA\\s*\\}\\}"_s);
    QStringList keys;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(content))
        if (!keys.contains(m.captured(1)))
            keys << m.captured(1);
    return keys;
}

MappingFit fitMapping(const QStringList &templateKeys, const QList<QPair<QString, QString>> &fields)
{
    MappingFit fit;
    QStringList mapped;
    for (const auto &[key, pattern] : fields) {
        if (pattern.trimmed().isEmpty())
            continue; // an empty pattern fills nothing
        mapped << key;
        if (!templateKeys.contains(key))
            fit.notInTemplate << key;
    }
    for (const QString &key : templateKeys)
        if (!mapped.contains(key) && key != u"first" && key != u"remark")
            fit.leftEmpty << key;
    return fit;
}

} // namespace paynudge
