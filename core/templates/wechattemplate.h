#pragma once

#include "config/config.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace paynudge {

// One {{key.DATA}} of a template, as WeChat shows it to the customer: "订单编号：{{character_string1.DATA}}"
// is key character_string1, type character_string, label 订单编号.
struct TemplateKey
{
    QString name; // character_string1
    QString type; // the name without its number: character_string, thing, time, first, keyword, …
    QString label; // the text before the placeholder on its line, without the colon
    QStringList enumValues; // subscribe templates: the values an enum/const key allows (keywordEnumValueList)

    // first and remark are no longer shown since 2023-05-04 (wechat-api.md §2.4).
    bool displayed() const { return type != QLatin1String("first") && type != QLatin1String("remark"); }
};

// A template of the account, from get_all_private_template (template messages) or
// /wxaapi/newtmpl/gettemplate (subscribe messages), wechat-api.md §2.2 and §3.1.
struct WeChatTemplate
{
    QString id; // template_id / priTmplId
    QString title;
    QString content; // with {{key.DATA}} placeholders
    QString example;
    int subscribeType = 0; // gettemplate's type: 2 one-time, 3 long-term; 0 for template messages
    QList<TemplateKey> keys; // in the order the content shows them

    QStringList keyNames() const;
    const TemplateKey *key(const QString &name) const;
    bool hasKey(const QString &name) const { return key(name) != nullptr; }
};

// The keys of a template's content, each with its type and label, in order.
QList<TemplateKey> keysOfContent(const QString &content);

// An account's template list as WeChat gave it, with when.
struct TemplateCatalog
{
    MessageKind kind = MessageKind::Template;
    QList<WeChatTemplate> templates;
    qint64 fetchedAt = 0; // epoch ms
    QJsonObject answer; // the answer as it came, which the store keeps

    const WeChatTemplate *find(const QString &templateId) const;
};

// The endpoint that lists the templates of an account of this kind: get_all_private_template
// for template messages, /wxaapi/newtmpl/gettemplate for the subscribe kinds.
QString templateListPath(MessageKind kind);

// Reads a template list answer of that endpoint. nullopt when the answer is not one (an errcode
// other than 0, no list); *problem then says why.
std::optional<TemplateCatalog> readTemplateList(
    MessageKind kind, const QJsonObject &answer, qint64 fetchedAt, QString *problem = nullptr);

} // namespace paynudge
