#include "templates/templatecache.h"

#include "store/bindvalues.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "templates/mappingsuggester.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace paynudge {

bool TemplateCache::save(const AccountConfig &account, const TemplateCatalog &catalog, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(
        u"INSERT INTO template_catalog (account, appid, kind, fetched_at, answer) VALUES (?, ?, ?, ?, ?) "
        u"ON CONFLICT (account) DO UPDATE SET appid = excluded.appid, kind = excluded.kind, "
        u"fetched_at = excluded.fetched_at, answer = excluded.answer"_s);
    q.addBindValue(account.key);
    q.addBindValue(bind::text(account.appid));
    q.addBindValue(wireName(catalog.kind));
    q.addBindValue(catalog.fetchedAt);
    q.addBindValue(QString::fromUtf8(QJsonDocument(catalog.answer).toJson(QJsonDocument::Compact)));
    return execOrReport(q, error);
}

std::optional<TemplateCatalog> TemplateCache::load(const AccountConfig &account)
{
    QSqlQuery q(m_db.db());
    q.prepare(
        u"SELECT fetched_at, answer FROM template_catalog WHERE account = ? AND appid = ? AND kind = ?"_s);
    q.addBindValue(account.key);
    q.addBindValue(bind::text(account.appid));
    q.addBindValue(wireName(account.kind));
    if (!execOrReport(q, nullptr) || !q.next())
        return std::nullopt;
    const QJsonObject answer = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    return readTemplateList(account.kind, answer, q.value(0).toLongLong());
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
