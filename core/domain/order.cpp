#include "domain/order.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace paynudge {

QString OrderInput::fingerprint() const
{
    // Length-prefixed fields in a fixed order: equal content gives equal bytes, and no two
    // different orders can run together into the same bytes. QJsonObject iterates vars sorted,
    // so their order as sent does not matter.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](QStringView text) {
        const QByteArray utf8 = text.toUtf8();
        const qint64 size = utf8.size();
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(utf8);
    };
    for (QStringView field : { QStringView(orderNo), QStringView(account), QStringView(openid),
             QStringView(nickname), QStringView(product), QStringView(useTime), QStringView(url) })
        add(field);
    add(QString::number(amountFen));
    add(QString::number(placedAt));
    add(closeAt ? QString::number(*closeAt) : u"-"_s);
    for (auto it = vars.constBegin(); it != vars.constEnd(); ++it) {
        add(it.key());
        add(it.value().toString());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace paynudge
