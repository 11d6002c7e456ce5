#pragma once

#include "config/config.h"

#include <QString>
#include <functional>

class QObject;

namespace paynudge::wechat {

class WeChatClient;

// WeChat's own record of one request (POST /cgi-bin/openapi/rid/get, wechat-api.md §5): what
// arrived, from which IP, and what WeChat answered — the quickest way to settle a 40164 or a
// 47003. Only the account that made the request may ask, within 7 days. Every text is redacted:
// access tokens in the URL, AppSecrets and tokens in the bodies.
struct RidRecord
{
    QString rid;
    QString error; // the lookup failed: why (then the fields below are empty)
    qint64 invokeTime = 0; // epoch ms
    qint64 costMs = 0;
    QString requestUrl;
    QString requestBody;
    QString responseBody;
    QString clientIp;

    bool ok() const { return error.isEmpty(); }
};

class RidLookup
{
public:
    using Done = std::function<void(const RidRecord &)>;

    // `done` runs later on `context`'s thread.
    static void lookup(
        WeChatClient &client, const AccountConfig &account, const QString &rid, QObject *context, Done done);
    // Blanks secrets in a request/response text: access_token=… in URLs and the values of
    // "access_token", "secret", "appsecret" and "refresh_token" in JSON.
    static QString redact(const QString &text);
    // A JSON body laid out for reading (indented), anything else as it is.
    static QString readable(const QString &body);
};

} // namespace paynudge::wechat
