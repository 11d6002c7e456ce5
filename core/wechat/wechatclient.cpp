#include "wechat/wechatclient.h"

#include "wechat/errorclassifier.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClient, "paynudge.core.wechat.client")

namespace paynudge::wechat {

WeChatClient::WeChatClient(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_reach(clock)
    , m_tokens(m_nam, clock)
{
    m_tokens.setReachability(&m_reach);
    setSettings(m_settings);
}

WeChatClient::~WeChatClient() = default;

void WeChatClient::setSettings(const WeChatSettings &settings)
{
    m_settings = settings;
    m_tokens.setApi(settings.apiBase, settings.timeoutMs());
}

void WeChatClient::setAccounts(const QList<AccountConfig> &accounts)
{
    m_tokens.setAccounts(accounts);
}

void WeChatClient::post(
    const AccountConfig &account, const QString &path, const QJsonObject &body, QObject *context, Done done)
{
    attempt(account, path, body, context, std::move(done), false);
}

void WeChatClient::get(const AccountConfig &account, const QString &path, QObject *context, Done done)
{
    attempt(account, path, std::nullopt, context, std::move(done), false);
}

void WeChatClient::attempt(const AccountConfig &account, const QString &path,
    const std::optional<QJsonObject> &body, QObject *context, Done done, bool retry)
{
    QPointer<QObject> guard(context);
    m_tokens.get(account.key, this, [=, done = std::move(done)](const TokenResult &token) mutable {
        if (!guard)
            return;
        if (!token.ok()) {
            CallOutcome out;
            out.tokenFailure = token.failure;
            out.tokenRetried = retry;
            done(out);
            return;
        }
        QUrlQuery query;
        query.addQueryItem(u"access_token"_s, token.token);
        auto answered = [=, done = std::move(done)](const ApiReply &reply) mutable {
            m_reach.note(reply);
            const bool tokenRejected = reply.answeredOk() && reply.errcode
                && classify(*reply.errcode, reply.errmsg, Endpoint::Send, account).tokenRejected;
            if (tokenRejected && !retry) {
                qCInfo(lcClient).noquote() << "account" << account.key << ": token rejected with errcode"
                                           << *reply.errcode << "; refreshing once and retrying once";
                m_tokens.expire(account.key, token.token);
                attempt(account, path, body, guard, std::move(done), true);
                return;
            }
            CallOutcome out;
            out.reply = reply;
            out.tokenRetried = retry;
            done(out);
        };
        const QUrl url = ApiCall::endpoint(m_settings.apiBase, path, query);
        if (body)
            ApiCall::postJson(m_nam, url, *body, m_settings.timeoutMs(), guard, std::move(answered));
        else
            ApiCall::get(m_nam, url, m_settings.timeoutMs(), guard, std::move(answered));
    });
}

void WeChatClient::testAccount(const AccountConfig &account)
{
    if (account.appid.isEmpty() && account.tokenSource != TokenSource::Url) {
        QTimer::singleShot(0, this, [this, key = account.key] {
            emit accountTested(key, false, u"account %1 has no appid: it only runs dry"_s.arg(key), Error());
        });
        return;
    }
    m_tokens.fetchOnce(account, this, [this, account](const TokenResult &r) {
        if (r.ok())
            emit accountTested(account.key, true,
                u"ok: %1 gave an access token for account %2, valid for %3 s"_s
                    .arg(
                        account.tokenSource == TokenSource::Url ? u"the shop's token service"_s : u"WeChat"_s,
                        account.key)
                    .arg(r.expiresInSec),
                Error());
        else
            emit accountTested(account.key, false, r.failure->hint, r.failure->problem);
    });
}

} // namespace paynudge::wechat
