#include "common/hostport.h"

using namespace Qt::StringLiterals;

namespace paynudge {

QString hostPortText(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + address.toString() + u']'
        : address.toString();
    return host + u':' + QString::number(port);
}

} // namespace paynudge
