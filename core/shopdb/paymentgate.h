#pragma once

#include "config/config.h"
#include "send/sender.h"
#include "shopdb/paymentcheck.h"
#include "shopdb/shoplinkstate.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace paynudge {

class Clock;

// The payment check right before sending: a Sender between the sweeper and the real one. What the
// sweeper hands over in one turn of the event loop (a claimed batch) is asked of the shop's books
// in ONE check; orders still unpaid go on to the real sender, the others are announced
// (shopSaysPaid) for the engine to settle, and none of their messages goes out. While a message
// waits here it counts as in flight for the sweeper and withdraw() returns it, so a payment that
// comes meanwhile cancels it.
// When the check cannot run: onCheckFailure=hold keeps the messages and asks again after 1 s
// doubling to 30 s (a message whose order closes meanwhile is finished as skipped); send passes
// them on unchecked. Without a check every message passes straight through.
class PaymentGate final : public Sender
{
    Q_OBJECT
public:
    static constexpr qint64 kFirstRetryMs = 1000;
    static constexpr qint64 kMaxRetryMs = 30 * 1000;

    PaymentGate(Sender &inner, Clock &clock, QObject *parent = nullptr);
    ~PaymentGate() override;

    // The check to ask (not owned; nullptr: none), what it asks (the health's kind) and what to do
    // when it fails. Messages waiting for the previous check's answer are asked of this one.
    void setCheck(PaymentCheck *check, HealthReason::Kind kind, CheckFailurePolicy onFailure);
    PaymentCheck *check() const { return m_check; }
    CheckFailurePolicy onFailure() const { return m_onFailure; }

    void send(const OutgoingMessage &message) override;
    QList<OutgoingMessage> withdraw(const QString &orderNo) override;

    // PayNudge stops: what waits here is finished as not sent (tried again after the next start)
    // instead of being left `sending`, which a restart would take for a send that may have gone out.
    void releaseAll();

    // Whether the check runs: since when it fails and why (Engine::health() words it).
    const ShopLinkState &linkState() const { return m_link; }
    // Messages waiting here: for the answer, for the check to work again, for their order's settle.
    int waiting() const;

signals:
    // The shop's books say this order is no longer unpaid. The handler settles it (withdrawing its
    // messages from here); what it gives back (the store failed) waits here and is announced again.
    void shopSaysPaid(const QString &orderNo);
    // linkState() started or stopped failing.
    void linkStateChanged();

private:
    void askSoon();
    void ask(const QList<OutgoingMessage> &messages);
    void onAnswered(quint64 ticket, const PaymentCheckAnswer &answer);
    void onCheckFailed(const QList<OutgoingMessage> &messages, const QString &error);
    void retryHeld();
    void settlePaid(const QString &orderNo);
    void retrySettles();
    void skipClosed();
    void armCloseTimer();
    void armRetry();
    void armSettleRetry();
    void finishUnsent(const OutgoingMessage &message, SendStatus status, const Error &why);

    Sender &m_inner;
    Clock &m_clock;
    QPointer<PaymentCheck> m_check;
    CheckFailurePolicy m_onFailure = CheckFailurePolicy::Hold;
    ShopLinkState m_link;

    QList<OutgoingMessage> m_collecting; // handed over in this turn: asked together at its end
    bool m_askQueued = false;
    quint64 m_nextTicket = 1;
    QHash<quint64, QList<OutgoingMessage>> m_asking; // ticket → messages waiting for its answer
    QList<OutgoingMessage> m_held; // the check failed: asked again when m_retry fires
    int m_failures = 0; // checks failed in a row
    QTimer m_retry;
    qint64 m_retryAt = 0; // in the clock's time, like the other waits
    QList<OutgoingMessage> m_paid; // the shop says paid: never sent, waiting for the settle
    QSet<QString> m_paidOrders; // their orders, until a settle takes their messages
    int m_settleFailures = 0;
    QTimer m_settleRetry;
    qint64 m_settleRetryAt = 0;
    QTimer m_closeTimer; // the earliest close time among held messages
};

} // namespace paynudge
