#pragma once

#include "send/sender.h"

#include <QHash>
#include <QPointer>

namespace paynudge {

// Hands each message to the sender of its order's account (the real WeChat client for a
// configured account, the dry-run sender otherwise) and forwards every result.
class SenderRouter final : public Sender
{
    Q_OBJECT
public:
    explicit SenderRouter(Sender *fallback, QObject *parent = nullptr);

    // Does not take ownership; a sender may serve several accounts.
    void route(const QString &account, Sender *sender);
    void clearRoutes();
    Sender *senderFor(const QString &account) const;

    void send(const OutgoingMessage &message) override;
    QList<OutgoingMessage> withdraw(const QString &orderNo) override;

private:
    void listen(Sender *sender);

    Sender *m_fallback;
    QHash<QString, Sender *> m_routes;
    QList<QPointer<Sender>> m_listening;
};

} // namespace paynudge
