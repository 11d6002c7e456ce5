#include "send/senderrouter.h"

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

QList<OutgoingMessage> SenderRouter::withdraw(const QString &orderNo)
{
    // Every sender that ever served: a route may have changed since the message was handed over.
    QList<OutgoingMessage> out;
    for (const QPointer<Sender> &s : std::as_const(m_listening))
        if (s)
            out += s->withdraw(orderNo);
    return out;
}

} // namespace paynudge
