#include "wechat/apicall.h"

#include "common/logging.h"
#include "wechat/errorclassifier.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "paynudge.core.wechat.http")

namespace paynudge::wechat {
namespace {

ApiReply::Transport transportOf(QNetworkReply::NetworkError error, int httpStatus)
{
    if (error == QNetworkReply::NoError || httpStatus > 0)
        return ApiReply::Transport::Answered;
    switch (error) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
    case QNetworkReply::TimeoutError:
        return ApiReply::Transport::TimedOut;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProtocolUnknownError:
        return ApiReply::Transport::NotSent;
    default:
        return ApiReply::Transport::Lost;
    }
}

ApiReply read(QNetworkReply *reply, qint64 latencyMs, int timeoutMs)
{
    ApiReply r;
    r.latencyMs = latencyMs;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.transport = transportOf(reply->error(), r.httpStatus);
    if (r.transport == ApiReply::Transport::TimedOut) {
        r.problem = u"no answer within %1 ms"_s.arg(timeoutMs);
        return r;
    }
    if (r.transport != ApiReply::Transport::Answered) {
        r.problem = logging::redact(reply->errorString());
        return r;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
    r.isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
    r.json = doc.object();
    if (r.isJson && r.json.contains(u"errcode"_s)) {
        r.errcode = r.json.value(u"errcode"_s).toInt();
        const SplitErrmsg split = splitErrmsg(r.json.value(u"errmsg"_s).toString());
        r.errmsg = split.message;
        r.rid = split.rid;
    }
    if (r.httpStatus != 200)
        r.problem = u"HTTP %1 %2"_s.arg(r.httpStatus)
                        .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    else if (!r.isJson)
        r.problem = u"the answer is not a JSON object"_s;
    return r;
}

void watch(QNetworkReply *reply, int timeoutMs, QObject *context, ApiCall::Done done)
{
    QElapsedTimer started;
    started.start();
    QObject::connect(
        reply, &QNetworkReply::finished, context, [reply, started, timeoutMs, done = std::move(done)] {
            reply->deleteLater();
            const ApiReply r = read(reply, started.elapsed(), timeoutMs);
            qCDebug(lcApi).noquote() << (reply->operation() == QNetworkAccessManager::PostOperation ? "POST"
                                                                                                    : "GET")
                                     << logging::urlForLog(reply->url()) << "→" << r.httpStatus
                                     << r.errcode.value_or(0) << r.problem << r.latencyMs << "ms";
            done(r);
        });
}

QNetworkRequest requestFor(const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("PayNudge/" PAYNUDGE_VERSION));
    return request;
}

} // namespace

void ApiCall::get(QNetworkAccessManager &nam, const QUrl &url, int timeoutMs, QObject *context, Done done)
{
    watch(nam.get(requestFor(url, timeoutMs)), timeoutMs, context, std::move(done));
}

void ApiCall::postJson(QNetworkAccessManager &nam, const QUrl &url, const QJsonObject &body, int timeoutMs,
    QObject *context, Done done)
{
    QNetworkRequest request = requestFor(url, timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    watch(nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), timeoutMs, context,
        std::move(done));
}

QUrl ApiCall::endpoint(const QUrl &apiBase, const QString &path, const QUrlQuery &query)
{
    QUrl url = apiBase;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(query);
    return url;
}

} // namespace paynudge::wechat
