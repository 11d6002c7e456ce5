#include "templates/templatekeys.h"

#include "templates/wechattemplate.h"

using namespace Qt::StringLiterals;

namespace paynudge {

QStringList templateKeys(const QString &content)
{
    QStringList keys;
    for (const TemplateKey &k : keysOfContent(content))
        keys << k.name;
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
