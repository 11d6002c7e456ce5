#include "templates/templatemappings.h"

#include "templates/mappingsuggester.h"
#include "templates/templatecache.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMappings, "paynudge.core.templates")

namespace paynudge {

TemplateMappings::TemplateMappings(wechat::WeChatClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{ }

QString TemplateMappings::signature(const AccountConfig &a)
{
    return a.key + u'|' + a.appid + u'|' + wireName(a.kind) + u'|' + a.templateId;
}

Error TemplateMappings::notListed(const AccountConfig &a, int listed)
{
    return { a.fields.isEmpty() ? ErrorCode::TemplateNotListedNoFields : ErrorCode::TemplateNotListed, {},
        { a.key, a.templateId.isEmpty() ? u"(none)"_s : a.templateId, QString::number(listed) } };
}

TemplateMappings::Resolution TemplateMappings::fromCatalog(
    const AccountConfig &account, const TemplateCatalog &catalog) const
{
    Resolution r;
    const WeChatTemplate *t = catalog.find(account.templateId);
    if (!t) {
        r.status = SendStatus::AccountConfig;
        r.problem = notListed(account, int(catalog.templates.size()));
        return r;
    }
    r.tmpl = *t;
    r.fields = suggestMapping(*t);
    return r;
}

void TemplateMappings::resolve(const AccountConfig &account, QObject *context, Done done)
{
    const QString sig = signature(account);
    if (const auto it = m_resolved.constFind(sig); it != m_resolved.cend()) {
        QTimer::singleShot(0, context, [done, r = *it] { done(r); });
        return;
    }
    auto &waiting = m_waiting[sig];
    waiting.append({ QPointer<QObject>(context), std::move(done) });
    if (waiting.size() > 1)
        return; // the one request under way answers it too

    if (m_cache) {
        if (const auto catalog = m_cache->load(account); catalog && catalog->find(account.templateId)) {
            const Resolution r = fromCatalog(account, *catalog);
            QTimer::singleShot(0, this, [this, sig, r] { settle(sig, r); });
            return;
        }
    }
    // Not cached, or cached before the template was added: read the list again.
    qCInfo(lcMappings).noquote() << "account" << account.key
                                 << "names no fields: reading its templates from WeChat";
    fetchTemplateCatalog(m_client, m_clock, account, this,
        [this, account](const TemplateFetchResult &result) { fetched(account, result); });
}

void TemplateMappings::fetched(const AccountConfig &account, const TemplateFetchResult &result)
{
    Resolution r;
    if (result.ok()) {
        if (m_cache) {
            QString error;
            if (!m_cache->save(account, *result.catalog, &error))
                qCWarning(lcMappings).noquote()
                    << "cannot keep the template list of" << account.key << ":" << error;
        }
        r = fromCatalog(account, *result.catalog);
    } else {
        r.status = result.tryLater ? SendStatus::Transient : SendStatus::AccountConfig;
        r.errcode = result.errcode;
        r.problem = { ErrorCode::TemplateListUnreadable, {}, { account.key, result.problem } };
    }
    settle(signature(account), r);
}

void TemplateMappings::settle(const QString &sig, const Resolution &resolution)
{
    if (resolution.ok())
        m_resolved.insert(sig, resolution);
    const auto waiting = m_waiting.take(sig);
    for (const auto &[context, done] : waiting)
        if (context)
            done(resolution);
}

} // namespace paynudge
