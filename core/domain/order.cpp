#include "order.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paynudge {

QString OrderInput::fingerprint() const
{
    // Field order is fixed by this object; QJsonObject sorts vars' keys, so equal content
    // gives equal bytes however the sender ordered them.
    QJsonObject o {
        { u"order_no"_s, orderNo },
        { u"account"_s, account },
        { u"openid"_s, openid },
        { u"nickname"_s, nickname },
        { u"product"_s, product },
        { u"amount_fen"_s, QString::number(amountFen) },
        { u"placed_at"_s, QString::number(placedAt) },
        { u"close_at"_s, closeAt ? QJsonValue(QString::number(*closeAt)) : QJsonValue() },
        { u"use_time"_s, useTime },
        { u"url"_s, url },
        { u"vars"_s, vars },
    };
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace paynudge
