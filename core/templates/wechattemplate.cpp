#include "templates/wechattemplate.h"

#include "send/messagerenderer.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge {

QList<TemplateKey> keysOfContent(const QString &content)
{
    static const QRegularExpression placeholder(u"\\{\\{\\s*([A-Za-z0-9_]+)\\.DATA\\s*\\}\\}"_s);
    QList<TemplateKey> keys;
    QStringList seen;
    qsizetype lastEnd = 0;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(content)) {
        // The label is what stands between the previous placeholder (or line start) and this one.
        QString before = content.mid(lastEnd, m.capturedStart() - lastEnd);
        const qsizetype newline = before.lastIndexOf(u'\n');
        if (newline >= 0)
            before = before.mid(newline + 1);
        lastEnd = m.capturedEnd();
        const QString name = m.captured(1);
        if (seen.contains(name))
            continue;
        seen << name;
        QString label = before.trimmed();
        while (label.endsWith(u'：') || label.endsWith(u':'))
            label.chop(1);
        keys.append({ name, MessageRenderer::keyType(name), label.trimmed(), {} });
    }
    return keys;
}

QStringList WeChatTemplate::keyNames() const
{
    QStringList names;
    for (const TemplateKey &k : keys)
        names << k.name;
    return names;
}

const TemplateKey *WeChatTemplate::key(const QString &name) const
{
    for (const TemplateKey &k : keys)
        if (k.name == name)
            return &k;
    return nullptr;
}

const WeChatTemplate *TemplateCatalog::find(const QString &templateId) const
{
    for (const WeChatTemplate &t : templates)
        if (t.id == templateId)
            return &t;
    return nullptr;
}

QString templateListPath(MessageKind kind)
{
    return kind == MessageKind::Template ? u"/cgi-bin/template/get_all_private_template"_s
                                         : u"/wxaapi/newtmpl/gettemplate"_s;
}

std::optional<TemplateCatalog> readTemplateList(
    MessageKind kind, const QJsonObject &answer, qint64 fetchedAt, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    // get_all_private_template answers a list without errcode; gettemplate carries errcode 0.
    if (answer.contains(u"errcode"_s) && answer.value(u"errcode"_s).toInt() != 0)
        return fail(u"errcode %1 %2"_s.arg(answer.value(u"errcode"_s).toInt())
                        .arg(answer.value(u"errmsg"_s).toString()));
    const bool subscribe = kind != MessageKind::Template;
    const QString listName = subscribe ? u"data"_s : u"template_list"_s;
    if (!answer.value(listName).isArray())
        return fail(u"the answer has no %1 list"_s.arg(listName));

    TemplateCatalog catalog;
    catalog.kind = kind;
    catalog.fetchedAt = fetchedAt;
    catalog.answer = answer;
    for (const QJsonValue &v : answer.value(listName).toArray()) {
        const QJsonObject o = v.toObject();
        WeChatTemplate t;
        t.id = o.value(subscribe ? u"priTmplId"_s : u"template_id"_s).toString();
        if (t.id.isEmpty())
            continue;
        t.title = o.value(u"title"_s).toString();
        t.content = o.value(u"content"_s).toString();
        t.example = o.value(u"example"_s).toString();
        t.subscribeType = subscribe ? o.value(u"type"_s).toInt() : 0;
        t.keys = keysOfContent(t.content);
        QHash<QString, QStringList> enums;
        for (const QJsonValue &e : o.value(u"keywordEnumValueList"_s).toArray()) {
            QStringList values;
            for (const QJsonValue &value : e.toObject().value(u"enumValueList"_s).toArray())
                values << value.toString();
            enums.insert(e.toObject().value(u"keywordCode"_s).toString(), values);
        }
        for (TemplateKey &k : t.keys)
            k.enumValues = enums.value(k.name);
        catalog.templates.append(t);
    }
    return catalog;
}

} // namespace paynudge
