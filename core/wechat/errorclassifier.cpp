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
    ErrorCode problem; // its args come from the account (accountArgs)
};

// wechat-api.md §4, one row per errcode (48001's text depends on the kind: permissionProblem).
constexpr Entry kTable[] = {
    { -1, Class::Transient, ErrorCode::WeChatMinus1 },
    { 45011, Class::Transient, ErrorCode::WeChat45011 },
    { 43108, Class::Transient, ErrorCode::WeChat43108 },
    { 40001, Class::Token, ErrorCode::WeChat40001 },
    { 40014, Class::Token, ErrorCode::WeChat40014 },
    { 42001, Class::Token, ErrorCode::WeChat42001 },
    { 45009, Class::Quota, ErrorCode::WeChat45009 },
    { 40013, Class::Config, ErrorCode::WeChat40013 },
    { 40125, Class::Config, ErrorCode::WeChat40125 },
    { 40243, Class::Config, ErrorCode::WeChat40243 },
    { 41002, Class::Config, ErrorCode::WeChat41002 },
    { 41004, Class::Config, ErrorCode::WeChat41004 },
    { 89503, Class::Config, ErrorCode::WeChat89503 },
    { 89506, Class::Config, ErrorCode::WeChat89506 },
    { 89507, Class::Config, ErrorCode::WeChat89507 },
    { 50004, Class::Config, ErrorCode::WeChat50004 },
    { 50007, Class::Config, ErrorCode::WeChat50007 },
    { 48001, Class::Config, ErrorCode::WeChat48001Template },
    { 45103, Class::Config, ErrorCode::WeChat45103 },
    { 48004, Class::Config, ErrorCode::WeChat48004 },
    { 50002, Class::Config, ErrorCode::WeChat50002 },
    { 40036, Class::Config, ErrorCode::WeChat40036 },
    { 40037, Class::Config, ErrorCode::WeChat40037 },
    { 43116, Class::Config, ErrorCode::WeChat43116 },
    { 43107, Class::Config, ErrorCode::WeChat43107 },
    { 40246, Class::Config, ErrorCode::WeChat40246 },
    { 40247, Class::Config, ErrorCode::WeChat40247 },
    { 41001, Class::Bug, ErrorCode::WeChat41001 },
    { 40002, Class::Bug, ErrorCode::WeChat40002 },
    { 47001, Class::Bug, ErrorCode::WeChat47001 },
    { 40033, Class::Bug, ErrorCode::WeChat40033 },
    { 40008, Class::Bug, ErrorCode::WeChat40008 },
    { 45109, Class::Bug, ErrorCode::WeChat45109 },
    { 43002, Class::Bug, ErrorCode::WeChat43002 },
    { 40003, Class::Recipient, ErrorCode::WeChat40003 },
    { 43004, Class::Recipient, ErrorCode::WeChat43004 },
    { 43019, Class::Recipient, ErrorCode::WeChat43019 },
    { 48002, Class::Recipient, ErrorCode::WeChat48002 },
    { 43101, Class::Recipient, ErrorCode::WeChat43101 },
    { 47003, Class::Message, ErrorCode::WeChat47003 },
    { 45168, Class::Message, ErrorCode::WeChat45168 },
    { 40249, Class::Message, ErrorCode::WeChat40249 },
    { 40039, Class::Message, ErrorCode::WeChat40039 },
    // The page comes from the account's settings, so every message of the account carries it.
    { 41030, Class::Config, ErrorCode::WeChat41030 },
};

const Entry *find(int errcode)
{
    for (const Entry &e : kTable)
        if (e.errcode == errcode)
            return &e;
    return nullptr;
}

// 48001 means a missing feature, and which one depends on the kind of message the account sends.
ErrorCode permissionProblem(const AccountConfig &a)
{
    switch (a.kind) {
    case MessageKind::Template:
        break;
    case MessageKind::Subscribe:
        return ErrorCode::WeChat48001Subscribe;
    case MessageKind::MiniProgram:
        return ErrorCode::WeChat48001MiniProgram;
    }
    return ErrorCode::WeChat48001Template;
}

// %1… of an errcode's text (common/errorcodes.h, the wechat group), %9 left for WeChat's words.
QStringList accountArgs(const AccountConfig &a)
{
    // A mini-program account's page is its own; the other kinds link to miniprogramAppid.
    const QString mp = a.kind == MessageKind::MiniProgram ? a.appid : a.miniprogramAppid;
    return { a.key, a.appid.isEmpty() ? u"(none)"_s : a.appid, a.templateId, secretSourceText(a),
        a.miniprogramPage, mp.isEmpty() ? u"(none)"_s : mp, SendRequest::pathFor(a.kind), QString() };
}

Error whitelistProblem(const QString &errmsg)
{
    const QString ip = whitelistIpFrom(errmsg);
    if (ip.isEmpty())
        return ErrorCode::WeChat40164;
    return { ErrorCode::WeChat40164Ip, {}, { ip } };
}

// Of the message class, the code that also shows what WeChat said.
ErrorCode withWeChatsWords(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WeChat47003:
        return ErrorCode::WeChat47003Said;
    case ErrorCode::WeChat45168:
        return ErrorCode::WeChat45168Said;
    case ErrorCode::WeChat40249:
        return ErrorCode::WeChat40249Said;
    case ErrorCode::WeChat40039:
        return ErrorCode::WeChat40039Said;
    default:
        return code;
    }
}

Verdict verdict(SendStatus status, bool tokenRejected, const Error &problem)
{
    return { status, tokenRejected, problem.englishText(), problem };
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

Error tokenRejectedTwiceProblem(int errcode, const AccountConfig &account)
{
    if (account.tokenSource == TokenSource::Url)
        return { ErrorCode::WeChatTokenRejectedTwiceUrl, {}, { account.key, QString::number(errcode) } };
    return { ErrorCode::WeChatTokenRejectedTwice, {},
        { account.key, QString::number(errcode), account.appid } };
}

QString tokenRejectedTwiceHint(int errcode, const AccountConfig &account)
{
    return tokenRejectedTwiceProblem(errcode, account).englishText();
}

Verdict classify(int errcode, const QString &errmsg, Endpoint where, const AccountConfig &account)
{
    const QString text = splitErrmsg(errmsg).message;
    if (errcode == 40164)
        return verdict(SendStatus::AccountConfig, false, whitelistProblem(errmsg));
    if (where == Endpoint::Token && errcode == 40001) // /cgi-bin/token answers a wrong AppSecret with 40001
        return verdict(SendStatus::AccountConfig, false,
            { ErrorCode::WeChatTokenSecretRejected, {}, { account.appid, secretSourceText(account) } });

    const Entry *e = find(errcode);
    if (!e) {
        // Unknown codes are never retried (a retry could duplicate a message): this reminder fails.
        const Error answered(
            where == Endpoint::Token ? ErrorCode::WeChatTokenUnknownErrcode : ErrorCode::WeChatUnknownErrcode,
            {}, { QString::number(errcode), text });
        return verdict(where == Endpoint::Token ? SendStatus::AccountConfig : SendStatus::MessageRejected,
            false, answered);
    }
    QStringList args = accountArgs(account);
    const Error problem(errcode == 48001 ? permissionProblem(account) : e->problem, {}, args);
    switch (e->cls) {
    case Class::Transient:
        return verdict(SendStatus::Transient, false, problem);
    case Class::Token:
        if (where == Endpoint::Token) // a token endpoint cannot reject a token: treat as configuration
            return verdict(SendStatus::AccountConfig, false, problem);
        return verdict(SendStatus::AccountConfig, true, problem);
    case Class::Quota:
        return verdict(SendStatus::AccountQuota, false, problem);
    case Class::Config:
    case Class::Bug: // paused too, so nothing is retried in a loop (the text says so)
        return verdict(SendStatus::AccountConfig, false, problem);
    case Class::Recipient:
        return verdict(SendStatus::RecipientRejected, false, problem);
    case Class::Message:
        if (text.isEmpty())
            return verdict(SendStatus::MessageRejected, false, problem);
        args << text;
        return verdict(SendStatus::MessageRejected, false, { withWeChatsWords(problem.code), {}, args });
    }
    return verdict(SendStatus::MessageRejected, false, problem);
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
