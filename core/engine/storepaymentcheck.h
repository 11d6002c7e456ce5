#pragma once

#include "shopdb/paymentcheck.h"

#include <QHash>
#include <QPointer>

namespace paynudge {

class Store;

// The payment check on a shared store: another engine may have settled an order (paid, closed)
// after this one claimed its reminder, so right before the send the batch's orders are read again
// from the store (one statement); only those it still calls unpaid are asked of the shop's own
// check, when one is configured. A failure of either is the check failing (the gate holds or sends
// per onCheckFailure).
class StorePaymentCheck final : public PaymentCheck
{
    Q_OBJECT
public:
    // `shop`: the configured check (not owned; nullptr: the store alone).
    StorePaymentCheck(Store &store, PaymentCheck *shop, QObject *parent = nullptr);

    void check(quint64 ticket, const QStringList &orderNos) override;
    QString describe() const override;
    PaymentCheck *shop() const { return m_shop; }

private:
    void answerLater(quint64 ticket, const PaymentCheckAnswer &answer);
    void onShopAnswered(quint64 shopTicket, const PaymentCheckAnswer &answer);

    Store &m_store;
    QPointer<PaymentCheck> m_shop;
    struct Asked
    {
        quint64 ticket = 0;
        QSet<QString> storeUnpaid;
        qint64 storeMs = 0;
    };
    QHash<quint64, Asked> m_asking; // the shop's ticket → ours
    quint64 m_nextShopTicket = 1;
};

} // namespace paynudge
