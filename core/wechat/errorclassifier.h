#pragma once

#include "common/error.h"
#include "config/config.h"
#include "send/sender.h"

#include <QString>

namespace paynudge::wechat {

// WeChat appends a changing "rid: …" (older: "hint: [...]") to errmsg; the history keeps the
// text and the request id apart so equal errors read equal.
struct SplitErrmsg
{
    QString message;
    QString rid;
};
SplitErrmsg splitErrmsg(const QString &errmsg);

// The caller address a 40164 errmsg names ("invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in
// whitelist"), empty when it names none.
QString whitelistIpFrom(const QString &errmsg);

// The same errcode means different things from a token endpoint and from a send: 40001 from
// /cgi-bin/token is a wrong AppSecret, from a send a token to refresh.
enum class Endpoint
{
    Token,
    Send
};

// What to do about an errcode (wechat-api.md §4). Classification is by errcode only.
struct Verdict
{
    SendStatus status = SendStatus::MessageRejected;
    bool tokenRejected = false; // 40001/40014/42001 on a send: expire that token, refresh once, retry once
    QString hint; // what happened and what to do, in words an operator can act on (problem's English)
    Error problem; // the same, to be worded where it is shown
};

Verdict classify(int errcode, const QString &errmsg, Endpoint where, const AccountConfig &account);

// What the operator is told when WeChat rejects a freshly fetched token too (the hint: its English).
Error tokenRejectedTwiceProblem(int errcode, const AccountConfig &account);
QString tokenRejectedTwiceHint(int errcode, const AccountConfig &account);

// Where the account's AppSecret (or token) comes from, for hints: "environment variable X", …
QString secretSourceText(const AccountConfig &account);

// 45009: the daily quota resets at 00:00 Beijing time (UTC+8, no daylight saving). The reference
// marks the reset time unconfirmed; midnight China time is what it recommends assuming.
qint64 nextQuotaReset(qint64 nowMs);
// 45011: "retry next minute".
qint64 nextMinute(qint64 nowMs);

} // namespace paynudge::wechat
