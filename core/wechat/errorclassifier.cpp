#include "wechat/errorclassifier.h"

#include "common/logging.h"
#include "wechat/sendrequest.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge::wechat {
namespace {

enum class Class
{
    Transient, // retry with backoff, same client_msg_id
    Token, // refresh the token once and retry once
    Quota, // pause the account until the quota resets
    Config, // pause the account until an operator fixes it; never retried in a loop
    Bug, // PayNudge sent something WeChat cannot parse: pause too, so nothing loops
    Recipient, // this customer cannot get it
    Message, // this content cannot be sent
};

struct Entry
{
    int errcode;
    Class cls;
    const char16_t *hint; // %appid %key %template %source %page %mpappid %api %permission: from the account
};

// wechat-api.md §4, one row per errcode.
constexpr Entry kTable[] = {
    { -1, Class::Transient, u"WeChat reported a system error (errcode -1); retrying" },
    { 45011, Class::Transient,
        u"WeChat's per-minute limit for this API was reached (errcode 45011); retrying next minute" },
    { 43108, Class::Transient,
        u"another message to this customer was still being delivered (errcode 43108); retrying" },

    { 40001, Class::Token, u"access token invalid or not the latest (errcode 40001)" },
    { 40014, Class::Token, u"access token invalid (errcode 40014)" },
    { 42001, Class::Token, u"access token expired (errcode 42001)" },

    { 45009, Class::Quota,
        u"the daily quota of this WeChat API is used up for account %key (errcode 45009); sending "
        u"resumes at 00:00 Beijing time, or clear the quota in the MP backend (10 times a month)" },

    { 40013, Class::Config,
        u"WeChat does not know the AppID %appid (errcode 40013): check appid in [accounts/%key]" },
    { 40125, Class::Config,
        u"WeChat rejected the AppSecret of %appid (errcode 40125): set the current AppSecret (%source), then "
        u"resume the account" },
    { 40243, Class::Config,
        u"the AppSecret of %appid is frozen by the account's admin (errcode 40243): unfreeze or reset it in "
        u"the MP backend, then resume the account" },
    { 41002, Class::Config,
        u"the token request carried no AppID (errcode 41002): set appid in [accounts/%key]" },
    { 41004, Class::Config, u"the token request carried no AppSecret (errcode 41004): provide it (%source)" },
    { 89503, Class::Config,
        u"WeChat waits for the account's admin to confirm this computer's IP (errcode 89503): confirm it in "
        u"the MP backend, then resume the account" },
    { 89506, Class::Config,
        u"the account's admin rejected this computer's IP (errcode 89506): WeChat accepts a new request "
        u"after 24 hours" },
    { 89507, Class::Config,
        u"the account's admin rejected this computer's IP (errcode 89507): WeChat accepts a new request "
        u"after 1 hour" },
    { 50004, Class::Config, u"WeChat forbids the token API for %appid (errcode 50004): see the MP backend" },
    { 50007, Class::Config, u"the WeChat account %appid is frozen (errcode 50007): see the MP backend" },
    { 48001, Class::Config,
        u"account %key lacks permission for this API (errcode 48001): %permission; check kind= in "
        u"[accounts/%key]" },
    { 45103, Class::Config,
        u"WeChat no longer supports the API account %key sends with (errcode 45103, %api): choose a kind= "
        u"in [accounts/%key] that WeChat still offers (template, subscribe or miniprogram), then resume the "
        u"account" },
    { 48004, Class::Config,
        u"WeChat has banned this API for account %key (errcode 48004): see the MP backend" },
    { 50002, Class::Config,
        u"WeChat restricts account %key (errcode 50002, user limited): see the MP backend" },
    { 40036, Class::Config,
        u"the template id \"%template\" is empty or malformed (errcode 40036): check templateId in "
        u"[accounts/%key]" },
    { 40037, Class::Config,
        u"WeChat does not accept template id \"%template\" for account %key (errcode 40037): it was deleted, "
        u"belongs to another account or its category changed; check templateId in [accounts/%key]" },
    { 43116, Class::Config,
        u"WeChat restricts template \"%template\" (errcode 43116): choose another template for account "
        u"%key" },
    { 43107, Class::Config,
        u"WeChat has banned subscribe messages or this template for account %key (errcode 43107): see the MP "
        u"backend" },
    { 40246, Class::Config,
        u"WeChat rejected the template's keywords (errcode 40246): check the template of account %key" },
    { 40247, Class::Config,
        u"the template of account %key comes from the retired industry library (errcode 40247): add one from "
        u"the category library" },

    { 41001, Class::Bug, u"the request carried no access token (errcode 41001)" },
    { 40002, Class::Bug, u"WeChat rejected the grant_type of the token request (errcode 40002)" },
    { 47001, Class::Bug, u"WeChat could not parse the request body (errcode 47001)" },
    { 40033, Class::Bug, u"WeChat rejected \\u escapes in the request body (errcode 40033)" },
    { 40008, Class::Bug, u"WeChat rejected the message type (errcode 40008)" },
    { 45109, Class::Bug, u"the API used has been retired by WeChat (errcode 45109)" },
    { 43002, Class::Bug, u"WeChat requires POST for this API (errcode 43002)" },

    { 40003, Class::Recipient,
        u"WeChat does not know this customer's openid for account %key (errcode 40003): empty, from another "
        u"AppID (e.g. a mini program) or the customer is gone" },
    { 43004, Class::Recipient, u"the customer does not follow the official account (errcode 43004)" },
    { 43019, Class::Recipient, u"the customer is on the official account's blacklist (errcode 43019)" },
    { 48002, Class::Recipient,
        u"the customer has turned off messages from the official account (errcode 48002)" },
    { 43101, Class::Recipient,
        u"the customer has no remaining subscription consent for this template (errcode 43101)" },

    { 47003, Class::Message,
        u"WeChat rejected a template value (errcode 47003): check the field mapping of account %key" },
    { 45168, Class::Message, u"WeChat found sensitive words in the message (errcode 45168)" },
    { 40249, Class::Message, u"WeChat judged the message to be marketing content (errcode 40249)" },
    { 40039, Class::Message,
        u"WeChat rejected the link's length (errcode 40039): check url in [accounts/%key]" },
    // The page comes from the account's settings, so every message of the account carries it.
    { 41030, Class::Config,
        u"WeChat rejected the mini-program page \"%page\" (errcode 41030): it must be a page of the "
        u"released version of mini program %mpappid, spelt as in its app.json; check miniprogramPage in "
        u"[accounts/%key], then resume the account" },
};

const Entry *find(int errcode)
{
    for (const Entry &e : kTable)
        if (e.errcode == errcode)
            return &e;
    return nullptr;
}

// 48001 means a missing feature, and which one depends on the kind of message the account sends.
QString permissionNeeded(const AccountConfig &a)
{
    switch (a.kind) {
    case MessageKind::Template:
        break;
    case MessageKind::Subscribe:
        return u"subscription notices need the subscription-notice feature (订阅通知) added to the official "
               u"account in the MP backend"_s;
    case MessageKind::MiniProgram:
        return u"subscribe messages need the subscribe-message permission (订阅消息) of mini program %1, "
               u"enabled in the mini program's MP backend"_s.arg(a.appid.isEmpty() ? u"(none)"_s : a.appid);
    }
    return u"template messages need a certified service account (认证服务号) with the template-message "
           u"feature (模板消息) added in the MP backend"_s;
}

QString fill(const char16_t *pattern, const AccountConfig &a)
{
    QString s = QString::fromUtf16(pattern);
    if (s.contains(u"%permission"_s))
        s.replace(u"%permission"_s, permissionNeeded(a));
    s.replace(u"%page"_s, a.miniprogramPage);
    // A mini-program account's page is its own; the other kinds link to miniprogramAppid.
    const QString mp = a.kind == MessageKind::MiniProgram ? a.appid : a.miniprogramAppid;
    s.replace(u"%mpappid"_s, mp.isEmpty() ? u"(none)"_s : mp);
    s.replace(u"%appid"_s, a.appid.isEmpty() ? u"(none)"_s : a.appid);
    s.replace(u"%api"_s, SendRequest::pathFor(a.kind)); // after %appid, which it prefixes
    s.replace(u"%key"_s, a.key);
    s.replace(u"%template"_s, a.templateId);
    s.replace(u"%source"_s, secretSourceText(a));
    return s;
}

QString whitelistHint(const QString &errmsg)
{
    const QString ip = whitelistIpFrom(errmsg);
    if (ip.isEmpty())
        return u"WeChat refused the call from this computer's IP (errcode 40164): add the computer's public "
               u"IP to the "
               u"IP whitelist (mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单) or send through a relay "
               u"with a "
               u"fixed IP, then resume the account"_s;
    return u"WeChat refused the call from IP %1 (errcode 40164): add %1 to the IP whitelist "
           u"(mp.weixin.qq.com → "
           u"设置与开发 → 基本配置 → IP白名单), then resume the account"_s.arg(ip);
}

} // namespace

SplitErrmsg splitErrmsg(const QString &errmsg)
{
    static const QRegularExpression suffix(u"^(.*?)[\\s,;]*\\b(?:rid|hint):\\s*\\[?([^\\]\\s]*)\\]?\\s*$"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QString clean = logging::redact(errmsg);
    const auto m = suffix.match(clean);
    if (!m.hasMatch())
        return { clean.trimmed(), {} };
    return { m.captured(1).trimmed(), m.captured(2) };
}

QString whitelistIpFrom(const QString &errmsg)
{
    static const QRegularExpression ip(
        u"invalid ip\\s+([0-9A-Fa-f:.]+)"_s, QRegularExpression::CaseInsensitiveOption);
    const auto m = ip.match(errmsg);
    if (!m.hasMatch())
        return {};
    QString candidate = m.captured(1);
    while (candidate.endsWith(u'.') || candidate.endsWith(u':'))
        candidate.chop(1);
    return QHostAddress(candidate).isNull() ? QString() : candidate;
}

QString secretSourceText(const AccountConfig &account)
{
    if (account.tokenSource == TokenSource::Url)
        return u"the shop's token service %1"_s.arg(logging::urlForLog(account.tokenUrl));
    if (!account.secretEnv.isEmpty())
        return u"environment variable %1"_s.arg(account.secretEnv);
    if (!account.secretFile.isEmpty())
        return u"file %1"_s.arg(account.secretFile);
    return u"keychain entry appsecret/%1"_s.arg(account.key);
}

QString tokenRejectedTwiceHint(int errcode, const AccountConfig &account)
{
    const QString why = account.tokenSource == TokenSource::Url
        ? u"the shop's token service may hand out stale tokens"_s
        : u"another system may be force-refreshing the token of %1, or the AppSecret changed"_s.arg(
            account.appid);
    return u"WeChat rejected a freshly fetched access token of account %1 (errcode %2): %3; fix it, then resume the account"_s
        .arg(account.key)
        .arg(errcode)
        .arg(why);
}

Verdict classify(int errcode, const QString &errmsg, Endpoint where, const AccountConfig &account)
{
    const QString text = splitErrmsg(errmsg).message;
    if (errcode == 40164)
        return { SendStatus::AccountConfig, false, whitelistHint(errmsg) };
    if (where == Endpoint::Token && errcode == 40001) // /cgi-bin/token answers a wrong AppSecret with 40001
        return { SendStatus::AccountConfig, false,
            u"WeChat rejected the AppSecret of %1 (errcode 40001 from the token API): set the current "
            u"AppSecret "
            u"(%2), then resume the account"_s.arg(account.appid, secretSourceText(account)) };

    const Entry *e = find(errcode);
    if (!e) {
        // Unknown codes are never retried (a retry could duplicate a message): this reminder fails.
        const QString hint = u"WeChat answered errcode %1: %2"_s.arg(errcode).arg(text);
        if (where == Endpoint::Token)
            return { SendStatus::AccountConfig, false, u"the token request failed: "_s + hint };
        return { SendStatus::MessageRejected, false, hint };
    }
    const QString hint = fill(e->hint, account);
    switch (e->cls) {
    case Class::Transient:
        return { SendStatus::Transient, false, hint };
    case Class::Token:
        if (where == Endpoint::Token) // a token endpoint cannot reject a token: treat as configuration
            return { SendStatus::AccountConfig, false, hint };
        return { SendStatus::AccountConfig, true, hint };
    case Class::Quota:
        return { SendStatus::AccountQuota, false, hint };
    case Class::Config:
        return { SendStatus::AccountConfig, false, hint };
    case Class::Bug:
        return { SendStatus::AccountConfig, false,
            hint
                + u": PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused "
                  u"so "
                  u"nothing is retried in a loop"_s.arg(account.key) };
    case Class::Recipient:
        return { SendStatus::RecipientRejected, false, hint };
    case Class::Message:
        return { SendStatus::MessageRejected, false, text.isEmpty() ? hint : hint + u": "_s + text };
    }
    return { SendStatus::MessageRejected, false, hint };
}

qint64 nextQuotaReset(qint64 nowMs)
{
    constexpr qint64 day = 24LL * 3600 * 1000;
    constexpr qint64 beijing = 8LL * 3600 * 1000;
    const qint64 local = nowMs + beijing;
    const qint64 midnight = (local / day + 1) * day; // epoch times here are positive
    return midnight - beijing;
}

qint64 nextMinute(qint64 nowMs)
{
    constexpr qint64 minute = 60 * 1000;
    return (nowMs / minute + 1) * minute;
}

} // namespace paynudge::wechat
