#include "wechat/ridlookup.h"

#include "common/logging.h"
#include "wechat/wechatclient.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge::wechat {

QString RidLookup::redact(const QString &text)
{
    static const QRegularExpression jsonSecret(
        u"(\"(?:access_token|secret|appsecret|refresh_token)\"\\s*:\\s*\")[^\"]*\""_s,
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(jsonSecret, u"\\1***\""_s);
    return logging::redact(out);
}

QString RidLookup::readable(const QString &body)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || doc.isNull())
        return body;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

void RidLookup::lookup(
    WeChatClient &client, const AccountConfig &account, const QString &rid, QObject *context, Done done)
{
    client.post(account, u"/cgi-bin/openapi/rid/get"_s, { { u"rid"_s, rid } }, context,
        [rid, done = std::move(done)](const CallOutcome &outcome) {
            RidRecord r;
            r.rid = rid;
            const ApiReply &a = outcome.reply;
            if (outcome.tokenFailure)
                r.error = outcome.tokenFailure->hint;
            else if (!a.answeredOk() || !a.errcode)
                r.error = a.problem.isEmpty() ? u"WeChat's answer carries no errcode"_s : a.problem;
            else if (*a.errcode != 0)
                r.error = u"errcode %1: %2"_s.arg(*a.errcode).arg(a.errmsg);
            if (!r.ok()) {
                done(r);
                return;
            }
            const QJsonObject q = a.json.value(u"request"_s).toObject();
            r.invokeTime = q.value(u"invoke_time"_s).toInteger() * 1000; // seconds since the epoch
            r.costMs = q.value(u"cost_in_ms"_s).toInteger();
            r.requestUrl = redact(q.value(u"request_url"_s).toString());
            r.requestBody = readable(redact(q.value(u"request_body"_s).toString()));
            r.responseBody = readable(redact(q.value(u"response_body"_s).toString()));
            r.clientIp = q.value(u"client_ip"_s).toString();
            done(r);
        });
}

} // namespace paynudge::wechat
