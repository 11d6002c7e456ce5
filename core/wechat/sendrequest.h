#pragma once

#include "config/config.h"
#include "send/messagerenderer.h"

#include <QJsonObject>
#include <QString>

namespace paynudge::wechat {

// The HTTP request for one reminder of an account's message kind (wechat-api.md §2.1, §3.1, §3.2):
//   template    → POST /cgi-bin/message/template/send   (client_msg_id; url or miniprogram{appid,pagepath})
//   subscribe   → POST /cgi-bin/message/subscribe/bizsend (page = web link; miniprogram{appid,pagepath})
//   miniprogram → POST /cgi-bin/message/subscribe/send   (page = mini-program page; miniprogram_state; lang)
struct SendRequest
{
    QString path;
    QJsonObject body;
    // Only template/send documents a dedupe key; a retry of the other kinds after an unanswered
    // attempt could deliver twice.
    bool idempotent = false;

    static QString pathFor(MessageKind kind);
    // Whether the kind's request carries a dedupe key (crash recovery asks this without a request).
    static bool isIdempotent(MessageKind kind) { return kind == MessageKind::Template; }
    static SendRequest build(const AccountConfig &account, const RenderedMessage &message,
        const QString &openid, const QString &clientMsgId);
};

} // namespace paynudge::wechat
