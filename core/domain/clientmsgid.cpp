#include "domain/clientmsgid.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace paynudge {

QString clientMsgIdFor(const QString &orderNo, int round, bool manual)
{
    const QString suffix = (manual ? u"-m"_s : u"-"_s) + QString::number(round);
    const QString readable = u"pn-"_s + orderNo + suffix;
    if (readable.size() <= kClientMsgIdMaxLength)
        return readable;
    // Long order numbers: a digest keeps the id short and still unique per order and round.
    const QByteArray digest = QCryptographicHash::hash(orderNo.toUtf8(), QCryptographicHash::Sha256).toHex();
    const int room = kClientMsgIdMaxLength - 3 - int(suffix.size());
    return u"pn-"_s + QString::fromLatin1(digest.left(room)) + suffix;
}

} // namespace paynudge
