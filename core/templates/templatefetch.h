#pragma once

#include "templates/wechattemplate.h"

#include <functional>
#include <optional>

class QObject;

namespace paynudge {

class Clock;
namespace wechat {
class WeChatClient;
}

// How reading an account's template list from WeChat ended.
struct TemplateFetchResult
{
    std::optional<TemplateCatalog> catalog;
    // Not read, but nothing is wrong with the setup: WeChat was not reached, busy or timed out
    // (a list is read again without harm).
    bool tryLater = false;
    std::optional<int> errcode;
    QString problem; // why there is no list, in words (secrets redacted)

    bool ok() const { return catalog.has_value(); }
};

// Reads the account's templates through the client (its token, one refresh on a rejected
// token): get_all_private_template or /wxaapi/newtmpl/gettemplate by the account's kind.
// `done` runs later on `context`'s thread.
void fetchTemplateCatalog(wechat::WeChatClient &client, const Clock &clock, const AccountConfig &account,
    QObject *context, std::function<void(const TemplateFetchResult &)> done);

} // namespace paynudge
