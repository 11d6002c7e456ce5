#pragma once

#include "send/sender.h"
#include "templates/templatefetch.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace paynudge {

class Clock;
class TemplateCache;

// The mapping a send uses, for an account whose configuration names none: the one suggested
// for its template (mappingsuggester.h), the template taken from the store's cache or — before
// the first send, or when the cached list lacks it — read from WeChat and cached. A template
// WeChat does not list, or a list the account may not read, is a setup problem: never a send
// with keys the template lacks (wechat-api.md §2.4: first/keyword1/remark are gone).
// Several sends of one account waiting for the list share one request.
class TemplateMappings : public QObject
{
    Q_OBJECT
public:
    struct Resolution
    {
        SendStatus status
            = SendStatus::Accepted; // Accepted: use `fields`; Transient: try later; AccountConfig
        std::optional<WeChatTemplate> tmpl;
        QList<QPair<QString, QString>> fields;
        std::optional<int> errcode;
        Error problem; // not Accepted: what is wrong and what to do, for the operator

        bool ok() const { return status == SendStatus::Accepted; }
    };
    using Done = std::function<void(const Resolution &)>;

    TemplateMappings(wechat::WeChatClient &client, const Clock &clock, QObject *parent = nullptr);

    // Not owned; without one every resolve reads the list from WeChat once and keeps it in memory.
    void setCache(TemplateCache *cache) { m_cache = cache; }
    // Forget what was resolved (the accounts' settings changed).
    void clear() { m_resolved.clear(); }

    // `done` runs later on `context` (at once for an account resolved before).
    void resolve(const AccountConfig &account, QObject *context, Done done);

    // The reason given when an account's template is not in its list (worded for an account
    // with or without fields/…).
    static Error notListed(const AccountConfig &account, int listed);

private:
    static QString signature(const AccountConfig &account);
    void fetched(const AccountConfig &account, const TemplateFetchResult &result);
    Resolution fromCatalog(const AccountConfig &account, const TemplateCatalog &catalog) const;
    void settle(const QString &signature, const Resolution &resolution);

    wechat::WeChatClient &m_client;
    const Clock &m_clock;
    TemplateCache *m_cache = nullptr;
    QHash<QString, Resolution> m_resolved; // only what resolved to a mapping
    QHash<QString, QList<QPair<QPointer<QObject>, Done>>> m_waiting;
};

} // namespace paynudge
