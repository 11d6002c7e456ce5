#include "wechat/sendrequest.h"

using namespace Qt::StringLiterals;

namespace paynudge::wechat {

QString SendRequest::pathFor(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Template:
        return u"/cgi-bin/message/template/send"_s;
    case MessageKind::Subscribe:
        return u"/cgi-bin/message/subscribe/bizsend"_s;
    case MessageKind::MiniProgram:
        return u"/cgi-bin/message/subscribe/send"_s;
    }
    return {};
}

SendRequest SendRequest::build(const AccountConfig &account, const RenderedMessage &message,
    const QString &openid, const QString &clientMsgId)
{
    QJsonObject data;
    for (const auto &[key, value] : message.data)
        data.insert(key, QJsonObject { { u"value"_s, value } });

    QJsonObject body { { u"touser"_s, openid }, { u"template_id"_s, message.templateId },
        { u"data"_s, data } };
    const QJsonObject miniprogram { { u"appid"_s, message.miniprogramAppid },
        { u"pagepath"_s, message.miniprogramPage } };

    SendRequest r;
    r.path = pathFor(account.kind);
    r.idempotent = isIdempotent(account.kind);
    switch (account.kind) {
    case MessageKind::Template:
        // When both are set WeChat opens the mini program; the web link is its fallback on old clients.
        if (!message.url.isEmpty())
            body.insert(u"url"_s, message.url);
        if (!message.miniprogramAppid.isEmpty())
            body.insert(u"miniprogram"_s, miniprogram);
        body.insert(u"client_msg_id"_s, clientMsgId);
        break;
    case MessageKind::Subscribe:
        if (!message.url.isEmpty())
            body.insert(u"page"_s, message.url);
        if (!message.miniprogramAppid.isEmpty())
            body.insert(u"miniprogram"_s, miniprogram);
        break;
    case MessageKind::MiniProgram:
        if (!message.miniprogramPage.isEmpty())
            body.insert(u"page"_s, message.miniprogramPage);
        body.insert(u"miniprogram_state"_s, account.miniprogramState);
        body.insert(u"lang"_s, account.lang);
        break;
    }
    r.body = body;
    return r;
}

} // namespace paynudge::wechat
