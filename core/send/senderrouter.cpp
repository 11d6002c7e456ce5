#include "senderrouter.h"

namespace paynudge {

SenderRouter::SenderRouter(Sender *fallback, QObject *parent)
    : Sender(parent)
    , m_fallback(fallback)
{
    listen(fallback);
}

void SenderRouter::listen(Sender *sender)
{
    for (const auto &s : std::as_const(m_listening))
        if (s == sender)
            return;
    m_listening.append(sender);
    connect(sender, &Sender::finished, this, &Sender::finished);
}

void SenderRouter::route(const QString &account, Sender *sender)
{
    m_routes.insert(account, sender);
    listen(sender);
}

void SenderRouter::clearRoutes()
{
    m_routes.clear();
}

Sender *SenderRouter::senderFor(const QString &account) const
{
    return m_routes.value(account, m_fallback);
}

void SenderRouter::send(const OutgoingMessage &message)
{
    senderFor(message.order.input.account)->send(message);
}

} // namespace paynudge
