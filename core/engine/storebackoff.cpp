#include "engine/storebackoff.h"

#include "common/backoff.h"
#include "common/durationtext.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <algorithm>

Q_LOGGING_CATEGORY(lcStoreBackoff, "paynudge.core.store.backoff")

namespace paynudge {

qint64 StoreBackoff::failed(const QString &reason, qint64 now)
{
    ++m_failures;
    const qint64 base = doublingDelay(kFirstMs, kMaxMs, m_failures);
    const double jitter
        = std::clamp(m_jitter ? m_jitter() : QRandomGenerator::global()->generateDouble(), 0.0, 1.0);
    const qint64 delay = base - qint64(double(base) * 0.25 * jitter);
    m_retryAt = now + delay;
    const bool began = !m_since;
    if (began) {
        m_since = now;
        qCWarning(lcStoreBackoff).noquote()
            << "the store cannot write:" << reason << "— retrying, at most once a minute while it lasts";
    } else {
        qCDebug(lcStoreBackoff).noquote()
            << "the store still cannot write (try" << m_failures << "); next in" << durationText(delay);
    }
    if (began || reason != m_reason) {
        m_reason = reason;
        emit changed();
    }
    return m_retryAt;
}

void StoreBackoff::succeeded(qint64 now)
{
    if (!m_since)
        return;
    qCInfo(lcStoreBackoff).noquote() << "the store writes again after" << durationText(now - *m_since)
                                     << "and" << m_failures << "failed tries";
    m_since.reset();
    m_reason.clear();
    m_failures = 0;
    m_retryAt = 0;
    emit changed();
}

} // namespace paynudge
