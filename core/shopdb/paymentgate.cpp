#include "shopdb/paymentgate.h"

#include "common/backoff.h"
#include "common/clock.h"
#include "common/logging.h"

#include <QLoggingCategory>
#include <algorithm>
#include <functional>
#include <iterator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGate, "paynudge.core.paymentgate")

namespace paynudge {
namespace {
// A close time is watched at least this often, so a clock that jumps is noticed within the hour.
constexpr qint64 kMaxWaitMs = 3600 * 1000;

QList<OutgoingMessage> takeOrder(QList<OutgoingMessage> &from, const QString &orderNo)
{
    QList<OutgoingMessage> taken;
    const auto moved = std::stable_partition(from.begin(), from.end(),
        [&orderNo](const OutgoingMessage &m) { return m.order.input.orderNo != orderNo; });
    std::copy(moved, from.end(), std::back_inserter(taken));
    from.erase(moved, from.end());
    return taken;
}

QStringList distinctOrders(const QList<OutgoingMessage> &messages)
{
    QStringList orders;
    QSet<QString> seen;
    for (const OutgoingMessage &m : messages)
        if (!seen.contains(m.order.input.orderNo)) {
            seen.insert(m.order.input.orderNo);
            orders << m.order.input.orderNo;
        }
    return orders;
}

// A timer for a point in the clock's time: real time passes it, and so does a clock that jumps.
void armFor(QTimer &timer, qint64 at, qint64 now)
{
    timer.start(int(std::clamp<qint64>(at - now, 0, kMaxWaitMs)));
}
} // namespace

PaymentGate::PaymentGate(Sender &inner, Clock &clock, QObject *parent)
    : Sender(parent)
    , m_inner(inner)
    , m_clock(clock)
{
    connect(&m_inner, &Sender::finished, this, &Sender::finished);
    for (QTimer *t : { &m_retry, &m_settleRetry, &m_closeTimer }) {
        t->setSingleShot(true);
        t->setTimerType(Qt::PreciseTimer);
    }
    // A timer counts real time; the wait is in the clock's, which a test may hold still.
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_clock.nowMs() < m_retryAt)
            return armFor(m_retry, m_retryAt, m_clock.nowMs());
        retryHeld();
    });
    connect(&m_settleRetry, &QTimer::timeout, this, [this] {
        if (m_clock.nowMs() < m_settleRetryAt)
            return armFor(m_settleRetry, m_settleRetryAt, m_clock.nowMs());
        retrySettles();
    });
    connect(&m_closeTimer, &QTimer::timeout, this, &PaymentGate::skipClosed);
    // Waits are counted in the clock's time (tests move it); a jump re-checks them all.
    connect(&m_clock, &Clock::jumped, this, [this] {
        const qint64 now = m_clock.nowMs();
        if (m_retry.isActive())
            armFor(m_retry, m_retryAt, now);
        if (m_settleRetry.isActive())
            armFor(m_settleRetry, m_settleRetryAt, now);
        skipClosed();
    });
}

PaymentGate::~PaymentGate() = default;

void PaymentGate::setCheck(PaymentCheck *check, HealthReason::Kind kind, CheckFailurePolicy onFailure)
{
    m_onFailure = onFailure;
    if (check == m_check && kind == m_link.kind)
        return;
    if (m_check)
        disconnect(m_check, nullptr, this, nullptr);
    m_check = check;
    if (m_check)
        connect(m_check, &PaymentCheck::answered, this, &PaymentGate::onAnswered);
    // A new check starts with a clean record; what waited for the old one is asked of it.
    const bool wasFailing = m_link.succeeded();
    m_link.kind = kind;
    m_failures = 0;
    m_retry.stop();
    QList<OutgoingMessage> again = std::exchange(m_held, {});
    for (const QList<OutgoingMessage> &batch : std::as_const(m_asking))
        again += batch;
    m_asking.clear();
    m_collecting = again + m_collecting;
    if (!m_collecting.isEmpty())
        askSoon();
    armCloseTimer();
    if (wasFailing)
        emit linkStateChanged();
}

int PaymentGate::waiting() const
{
    qsizetype n = m_collecting.size() + m_held.size() + m_paid.size();
    for (const QList<OutgoingMessage> &batch : m_asking)
        n += batch.size();
    return int(n);
}

void PaymentGate::send(const OutgoingMessage &message)
{
    if (m_paidOrders.contains(message.order.input.orderNo)) {
        // Given back by a settle that did not go through: it waits for the next one.
        m_paid.append(message);
        armSettleRetry();
        armCloseTimer();
        return;
    }
    if (!m_check) {
        m_inner.send(message);
        return;
    }
    if (m_link.failing() && m_onFailure == CheckFailurePolicy::Hold) {
        // One check at a time while it fails: this one waits for the next try with the rest.
        m_held.append(message);
        if (m_asking.isEmpty()) // no answer on its way to end the wait (the policy was send until now)
            armRetry();
        armCloseTimer();
        return;
    }
    m_collecting.append(message);
    askSoon();
}

void PaymentGate::askSoon()
{
    if (m_askQueued)
        return;
    m_askQueued = true;
    // The sweeper hands a claimed batch over in one turn: its end asks for all of it at once.
    QTimer::singleShot(0, this, [this] {
        m_askQueued = false;
        const QList<OutgoingMessage> batch = std::exchange(m_collecting, {});
        if (batch.isEmpty())
            return;
        if (!m_check) { // the check was removed meanwhile
            for (const OutgoingMessage &m : batch)
                m_inner.send(m);
            return;
        }
        ask(batch);
    });
}

void PaymentGate::ask(const QList<OutgoingMessage> &messages)
{
    const quint64 ticket = m_nextTicket++;
    m_asking.insert(ticket, messages);
    const QStringList orders = distinctOrders(messages);
    qCDebug(lcGate) << "asking" << m_check->describe() << "about" << orders.size() << "orders of"
                    << messages.size() << "reminders";
    m_check->check(ticket, orders);
}

void PaymentGate::onAnswered(quint64 ticket, const PaymentCheckAnswer &answer)
{
    const auto it = m_asking.find(ticket);
    if (it == m_asking.end())
        return; // asked of a check replaced since, or released at a stop
    const QList<OutgoingMessage> messages = std::move(it.value());
    m_asking.erase(it);
    if (!answer.ok) {
        onCheckFailed(messages, answer.error);
        return;
    }
    m_failures = 0;
    if (m_link.succeeded()) {
        qCInfo(lcGate).noquote() << "the payment check" << m_check->describe() << "works again";
        emit linkStateChanged();
    }
    if (!m_held.isEmpty()) { // waiting for the next try: the check works now
        m_retry.stop();
        retryHeld();
    }
    QStringList paid;
    for (const OutgoingMessage &m : messages) {
        const QString &orderNo = m.order.input.orderNo;
        if (answer.unpaid.contains(orderNo)) {
            m_inner.send(m);
            continue;
        }
        m_paid.append(m);
        if (!m_paidOrders.contains(orderNo)) {
            m_paidOrders.insert(orderNo);
            paid << orderNo;
        }
    }
    if (!paid.isEmpty())
        qCInfo(lcGate).noquote() << "the shop's books say" << paid.size()
                                 << "orders are no longer unpaid; their reminders are not sent";
    for (const QString &orderNo : std::as_const(paid))
        settlePaid(orderNo);
}

void PaymentGate::onCheckFailed(const QList<OutgoingMessage> &messages, const QString &error)
{
    ++m_failures;
    const QString why = logging::redact(error);
    if (m_link.failed(why, m_clock.nowMs())) {
        qCWarning(lcGate).noquote() << "the payment check" << m_check->describe() << "failed:" << why
                                    << (m_onFailure == CheckFailurePolicy::Hold
                                               ? "; reminders wait for it (onCheckFailure=hold)"
                                               : "; reminders go out without it (onCheckFailure=send)");
        emit linkStateChanged();
    } else {
        qCDebug(lcGate).noquote() << "the payment check failed again:" << why;
    }
    if (m_onFailure == CheckFailurePolicy::Send) {
        qCInfo(lcGate) << "sending" << messages.size() << "reminders without the payment check";
        for (const OutgoingMessage &m : messages)
            m_inner.send(m);
        return;
    }
    m_held += messages;
    armRetry();
    armCloseTimer();
}

void PaymentGate::retryHeld()
{
    skipClosed();
    const QList<OutgoingMessage> held = std::exchange(m_held, {});
    if (held.isEmpty())
        return;
    if (!m_check) {
        for (const OutgoingMessage &m : held)
            m_inner.send(m);
        return;
    }
    ask(held);
}

void PaymentGate::settlePaid(const QString &orderNo)
{
    // The handler settles the order in the store and withdraws its messages from here; a settle
    // that fails gives them back through send(), which keeps them in m_paid.
    emit shopSaysPaid(orderNo);
    const bool left = std::any_of(m_paid.cbegin(), m_paid.cend(),
        [&orderNo](const OutgoingMessage &m) { return m.order.input.orderNo == orderNo; });
    if (!left) {
        m_paidOrders.remove(orderNo);
        m_settleFailures = 0;
        return;
    }
    ++m_settleFailures;
    qCDebug(lcGate).noquote() << "order" << orderNo << "is paid by the shop's books but not settled yet";
    armSettleRetry();
    armCloseTimer();
}

void PaymentGate::retrySettles()
{
    skipClosed();
    const QStringList orders = distinctOrders(m_paid);
    for (auto it = m_paidOrders.begin(); it != m_paidOrders.end();)
        it = orders.contains(*it) ? std::next(it) : m_paidOrders.erase(it);
    for (const QString &orderNo : orders)
        settlePaid(orderNo);
}

void PaymentGate::skipClosed()
{
    const qint64 now = m_clock.nowMs();
    const auto closed
        = [now](const OutgoingMessage &m) { return m.order.closeAt > 0 && m.order.closeAt <= now; };
    QList<OutgoingMessage> closedHeld, closedPaid;
    for (auto [from, to] : { std::pair { &m_held, &closedHeld }, std::pair { &m_paid, &closedPaid } }) {
        const auto moved = std::stable_partition(from->begin(), from->end(), std::not_fn(closed));
        std::copy(moved, from->end(), std::back_inserter(*to));
        from->erase(moved, from->end());
    }
    for (const OutgoingMessage &m : std::as_const(closedHeld))
        finishUnsent(m, SendStatus::NotSentSkipped, Error(ErrorCode::HistoryClosedWhileHeld));
    for (const OutgoingMessage &m : std::as_const(closedPaid))
        finishUnsent(m, SendStatus::NotSentSkipped, Error(ErrorCode::HistoryPaidShopCheck));
    if (!closedHeld.isEmpty() || !closedPaid.isEmpty())
        qCInfo(lcGate) << "skipped" << closedHeld.size() + closedPaid.size()
                       << "reminders held for the payment check: their orders closed";
    armCloseTimer();
}

void PaymentGate::armRetry()
{
    if (m_retry.isActive())
        return;
    const qint64 now = m_clock.nowMs();
    m_retryAt = now + doublingDelay(kFirstRetryMs, kMaxRetryMs, std::max(1, m_failures));
    armFor(m_retry, m_retryAt, now);
}

void PaymentGate::armSettleRetry()
{
    if (m_settleRetry.isActive())
        return;
    const qint64 now = m_clock.nowMs();
    m_settleRetryAt = now + doublingDelay(kFirstRetryMs, kMaxRetryMs, std::max(1, m_settleFailures));
    armFor(m_settleRetry, m_settleRetryAt, now);
}

void PaymentGate::armCloseTimer()
{
    std::optional<qint64> earliest;
    for (const QList<OutgoingMessage> *list : { &m_held, &m_paid })
        for (const OutgoingMessage &m : *list)
            if (m.order.closeAt > 0)
                earliest = std::min(earliest.value_or(m.order.closeAt), m.order.closeAt);
    if (earliest)
        armFor(m_closeTimer, *earliest, m_clock.nowMs());
    else
        m_closeTimer.stop();
}

void PaymentGate::finishUnsent(const OutgoingMessage &message, SendStatus status, const Error &why)
{
    SendResult r;
    r.reminderId = message.reminderId;
    r.attemptId = message.attemptId;
    r.account = message.order.input.account;
    r.status = status;
    r.errmsg = why.englishText();
    r.errmsgProblem = why;
    r.latencyMs = 0;
    emit finished(r);
}

QList<OutgoingMessage> PaymentGate::withdraw(const QString &orderNo)
{
    QList<OutgoingMessage> taken = takeOrder(m_collecting, orderNo);
    for (QList<OutgoingMessage> &batch : m_asking)
        taken += takeOrder(batch, orderNo);
    taken += takeOrder(m_held, orderNo);
    taken += takeOrder(m_paid, orderNo);
    taken += m_inner.withdraw(orderNo);
    return taken;
}

void PaymentGate::releaseAll()
{
    QList<OutgoingMessage> unchecked = std::exchange(m_collecting, {}) + std::exchange(m_held, {});
    for (const QList<OutgoingMessage> &batch : std::as_const(m_asking))
        unchecked += batch;
    m_asking.clear();
    const QList<OutgoingMessage> paid = std::exchange(m_paid, {});
    m_paidOrders.clear();
    m_retry.stop();
    m_settleRetry.stop();
    m_closeTimer.stop();
    if (!unchecked.isEmpty() || !paid.isEmpty())
        qCInfo(lcGate) << "stopping:" << unchecked.size() << "reminders waiting for the payment check are"
                       << "tried again after the next start," << paid.size()
                       << "of orders the shop's books say are paid are skipped";
    // Certainly not sent: tried again (and checked again) after the next start.
    for (const OutgoingMessage &m : std::as_const(unchecked))
        finishUnsent(m, SendStatus::Transient, Error(ErrorCode::HistoryHeldAtStop));
    for (const OutgoingMessage &m : paid)
        finishUnsent(m, SendStatus::NotSentSkipped, Error(ErrorCode::HistoryPaidShopCheck));
}

} // namespace paynudge
