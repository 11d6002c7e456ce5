#pragma once

#include <QHostAddress>
#include <QString>

namespace paynudge {

// An address and port as a user types them and URLs take them: 127.0.0.1:8787, [::1]:8787.
QString hostPortText(const QHostAddress &address, quint16 port);

} // namespace paynudge
