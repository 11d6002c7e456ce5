#include "engine/storepaymentcheck.h"

#include "store/store.h"

#include <QElapsedTimer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace paynudge {

StorePaymentCheck::StorePaymentCheck(Store &store, PaymentCheck *shop, QObject *parent)
    : PaymentCheck(parent)
    , m_store(store)
    , m_shop(shop)
{
    if (m_shop)
        connect(m_shop, &PaymentCheck::answered, this, &StorePaymentCheck::onShopAnswered);
}

QString StorePaymentCheck::describe() const
{
    return m_shop ? u"the shared store, then "_s + m_shop->describe() : u"the shared store"_s;
}

void StorePaymentCheck::check(quint64 ticket, const QStringList &orderNos)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<QSet<QString>> unpaid = m_store.unpaidAmong(orderNos, &error);
    if (!unpaid) {
        answerLater(ticket, { false, {}, u"the store cannot be read: "_s + error, timer.elapsed() });
        return;
    }
    if (!m_shop || unpaid->isEmpty()) {
        answerLater(ticket, { true, *unpaid, {}, timer.elapsed() });
        return;
    }
    const quint64 shopTicket = m_nextShopTicket++;
    m_asking.insert(shopTicket, { ticket, *unpaid, timer.elapsed() });
    m_shop->check(shopTicket, QStringList(unpaid->cbegin(), unpaid->cend()));
}

void StorePaymentCheck::onShopAnswered(quint64 shopTicket, const PaymentCheckAnswer &answer)
{
    const auto it = m_asking.constFind(shopTicket);
    if (it == m_asking.cend())
        return; // asked by someone else
    const Asked asked = *it;
    m_asking.erase(it);
    PaymentCheckAnswer combined = answer;
    combined.unpaid = answer.unpaid & asked.storeUnpaid;
    combined.elapsedMs = answer.elapsedMs + asked.storeMs;
    emit answered(asked.ticket, combined);
}

// PaymentCheck's contract: the answer never comes from inside check().
void StorePaymentCheck::answerLater(quint64 ticket, const PaymentCheckAnswer &answer)
{
    QTimer::singleShot(0, this, [this, ticket, answer] { emit answered(ticket, answer); });
}

} // namespace paynudge
