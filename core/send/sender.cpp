#include "send/sender.h"

namespace paynudge {

Sender::~Sender() = default;

QList<OutgoingMessage> Sender::withdraw(const QString &)
{
    return {}; // a sender that starts every message at once has nothing waiting
}

} // namespace paynudge
