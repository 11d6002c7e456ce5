#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QObject;

namespace paynudge::wechat {

// One HTTP exchange with WeChat (or the shop's token service), read the way WeChat answers:
// errors come as HTTP 200 with a JSON body, so the body is parsed whatever the status.
struct ApiReply
{
    enum class Transport
    {
        Answered, // an HTTP response arrived (any status)
        NotSent, // refused / no such host: the request never reached the server
        Lost, // the connection broke after the request left: it may have been processed
        TimedOut, // no complete answer within the timeout: it may have been processed
    };
    Transport transport = Transport::Answered;
    int httpStatus = 0;
    bool isJson = false;
    QJsonObject json;
    std::optional<int> errcode; // absent when the body carries none (token replies)
    QString errmsg; // without the rid/hint suffix, secrets redacted
    QString rid;
    QString problem; // transport, HTTP or parse problem in words, secrets redacted
    qint64 latencyMs = 0;

    bool answeredOk() const { return transport == Transport::Answered && httpStatus == 200 && isJson; }
};

class ApiCall
{
public:
    using Done = std::function<void(const ApiReply &)>;

    // `done` runs later on `context`'s thread (never inside the call), unless `context` is gone.
    static void get(QNetworkAccessManager &nam, const QUrl &url, int timeoutMs, QObject *context, Done done);
    // Sends compact raw UTF-8 JSON (no \u escapes: WeChat rejects those with 40033).
    static void postJson(QNetworkAccessManager &nam, const QUrl &url, const QJsonObject &body, int timeoutMs,
        QObject *context, Done done);

    // apiBase (which may carry a path prefix, e.g. a relay) + an API path + query.
    static QUrl endpoint(const QUrl &apiBase, const QString &path, const QUrlQuery &query = {});
};

} // namespace paynudge::wechat
