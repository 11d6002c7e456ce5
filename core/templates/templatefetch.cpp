#include "templates/templatefetch.h"

#include "common/clock.h"
#include "wechat/errorclassifier.h"
#include "wechat/wechatclient.h"

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

TemplateFetchResult resultOf(const wechat::CallOutcome &outcome, const AccountConfig &account, qint64 now)
{
    TemplateFetchResult r;
    if (outcome.tokenFailure) {
        const wechat::TokenFailure &f = *outcome.tokenFailure;
        r.tryLater = f.status == SendStatus::Transient || f.status == SendStatus::OutcomeUnknown;
        r.errcode = f.errcode;
        r.problem = f.hint;
        return r;
    }
    const wechat::ApiReply &a = outcome.reply;
    r.errcode = a.errcode;
    if (a.transport != wechat::ApiReply::Transport::Answered || a.httpStatus >= 500) {
        r.tryLater = true;
        r.problem = a.problem;
        return r;
    }
    if (!a.answeredOk()) {
        r.problem = a.problem;
        return r;
    }
    if (a.errcode && *a.errcode != 0) {
        const wechat::Verdict v = wechat::classify(*a.errcode, a.errmsg, wechat::Endpoint::Send, account);
        r.tryLater = v.status == SendStatus::Transient;
        r.problem = u"errcode %1 %2"_s.arg(*a.errcode).arg(a.errmsg);
        return r;
    }
    r.catalog = readTemplateList(account.kind, a.json, now, &r.problem);
    return r;
}

} // namespace

void fetchTemplateCatalog(wechat::WeChatClient &client, const Clock &clock, const AccountConfig &account,
    QObject *context, std::function<void(const TemplateFetchResult &)> done)
{
    client.get(account, templateListPath(account.kind), context,
        [&clock, account, done = std::move(done)](
            const wechat::CallOutcome &outcome) { done(resultOf(outcome, account, clock.nowMs())); });
}

} // namespace paynudge
