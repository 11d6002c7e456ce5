#include "httpprobe.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

namespace paynudge::test {

HttpProbe::Result HttpProbe::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Result r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
    r.body = reply->readAll();
    r.date = reply->rawHeader("Date");
    r.json = QJsonDocument::fromJson(r.body).object();
    delete reply;
    return r;
}

HttpProbe::Result HttpProbe::get(const QUrl &url)
{
    return wait(m_nam.get(QNetworkRequest(url)));
}

HttpProbe::Result HttpProbe::post(const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return wait(m_nam.post(request, body));
}

HttpProbe::Result HttpProbe::postJson(const QUrl &url, const QJsonObject &body)
{
    return post(url, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace paynudge::test
