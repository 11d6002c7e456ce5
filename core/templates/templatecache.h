#pragma once

#include "templates/wechattemplate.h"

#include <optional>

namespace paynudge {

class Store;

// The template lists read from WeChat, kept in the store with the time they were read, so a
// start or a send needs no request to know an account's template (refreshed on demand: the
// settings' "Load templates from WeChat", or a template the list does not have yet).
class TemplateCache
{
public:
    explicit TemplateCache(Store &store)
        : m_store(store)
    { }

    // Replaces what the store holds for the account.
    bool save(const AccountConfig &account, const TemplateCatalog &catalog, QString *error);
    // The account's list, unless none was kept or it was read for another AppID or kind.
    std::optional<TemplateCatalog> load(const AccountConfig &account);

private:
    Store &m_store;
};

// The mapping a preview or a dry run shows for the account: its own fields/…, else the one
// suggested for its cached template (what a real send would use), else genericMapping().
QList<QPair<QString, QString>> previewMapping(const AccountConfig &account, TemplateCache *cache);

} // namespace paynudge
