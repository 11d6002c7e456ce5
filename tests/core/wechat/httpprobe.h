#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace paynudge::test {

// Plain blocking HTTP for tests that talk to the fake WeChat server directly, without
// PayNudge's client, so the fake is checked against the reference on its own.
class HttpProbe
{
public:
    struct Result
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QJsonObject json;
        QByteArray date; // the Date header
        int errcode() const { return json.value(QStringLiteral("errcode")).toInt(); }
    };

    Result get(const QUrl &url);
    Result post(const QUrl &url, const QByteArray &body);
    Result postJson(const QUrl &url, const QJsonObject &body);

private:
    Result wait(QNetworkReply *reply);
    QNetworkAccessManager m_nam;
};

} // namespace paynudge::test
