#include "templates/templatecache.h"

#include "store/store.h"
#include "templates/mappingsuggester.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paynudge {

bool TemplateCache::save(const AccountConfig &account, const TemplateCatalog &catalog, QString *error)
{
    return m_store.saveTemplateList(
        { account.key, account.appid, wireName(catalog.kind), catalog.fetchedAt,
            QString::fromUtf8(QJsonDocument(catalog.answer).toJson(QJsonDocument::Compact)) },
        error);
}

std::optional<TemplateCatalog> TemplateCache::load(const AccountConfig &account)
{
    const auto list = m_store.loadTemplateList(account.key, account.appid, wireName(account.kind));
    if (!list)
        return std::nullopt;
    const QJsonObject answer = QJsonDocument::fromJson(list->answer.toUtf8()).object();
    return readTemplateList(account.kind, answer, list->fetchedAt);
}

QList<QPair<QString, QString>> previewMapping(const AccountConfig &account, TemplateCache *cache)
{
    if (!account.fields.isEmpty())
        return account.fields;
    if (cache && !account.templateId.isEmpty())
        if (const auto catalog = cache->load(account))
            if (const WeChatTemplate *t = catalog->find(account.templateId))
                return suggestMapping(*t);
    return genericMapping();
}

} // namespace paynudge
