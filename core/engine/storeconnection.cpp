#include "engine/storeconnection.h"

#include "common/backoff.h"
#include "common/clock.h"
#include "common/logging.h"
#include "store/database.h"
#include "store/store.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStoreConnection, "paynudge.core.storeconnection")

namespace paynudge {

StoreConnection::StoreConnection(Store &store, Database &database, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_database(database)
    , m_clock(clock)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &StoreConnection::tryReconnect);
}

bool StoreConnection::listen(QString *error)
{
    QSqlDriver *driver = m_database.db().driver();
    if (!m_database.shared() || !driver)
        return true;
    if (!m_connected) {
        // The driver object outlives a close and reopen of its connection: connected once.
        connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                onNotification(name, int(source), payload);
            });
        m_connected = true;
    }
    const QString channel = Database::changeChannel();
    if (driver->subscribedToNotifications().contains(channel))
        return true;
    if (!driver->subscribeToNotification(channel)) {
        if (error)
            *error = driver->lastError().text().trimmed();
        return false;
    }
    return true;
}

void StoreConnection::onNotification(const QString &name, int source, const QVariant &payload)
{
    if (name != Database::changeChannel() || source == int(QSqlDriver::SelfSource))
        return;
    const std::optional<ChangeNotice> n = ChangeNotice::decode(payload.toString());
    if (!n) {
        qCDebug(lcStoreConnection).noquote() << "a change notice this version does not read:" << payload;
        return;
    }
    if (n->by == m_database.options().instance)
        return; // ours, through another connection of this engine
    emit notice(*n);
}

bool StoreConnection::noteFailure(const QString &error)
{
    if (!m_database.shared())
        return false;
    if (lost())
        return true;
    QString why;
    if (m_store.answers(&why))
        return false; // the statement failed, not the server
    m_since = m_clock.nowMs();
    m_reason = logging::redact(why.isEmpty() ? error : why);
    m_attempts = 0;
    qCWarning(lcStoreConnection).noquote()
        << "the store's database" << m_database.path() << "does not answer:" << m_reason
        << "— claims stop and intake answers 503 until it is back";
    emit lostChanged();
    m_retry.start(int(kFirstRetryMs));
    return true;
}

void StoreConnection::tryReconnect()
{
    if (!lost())
        return;
    ++m_attempts;
    Error error;
    if (!m_store.reconnect(&error)) {
        m_reason = logging::redact(error.args.value(1, error.englishText()));
        const qint64 wait = doublingDelay(kFirstRetryMs, kMaxRetryMs, m_attempts + 1);
        qCDebug(lcStoreConnection).noquote()
            << "reconnect" << m_attempts << "failed:" << m_reason << "; next in" << wait << "ms";
        m_retry.start(int(wait));
        return;
    }
    QString why;
    if (!listen(&why))
        qCWarning(lcStoreConnection).noquote()
            << "back on the store, but not listening for changes (the safety poll covers):" << why;
    qCInfo(lcStoreConnection).noquote()
        << "the store's database" << m_database.path() << "answers again after"
        << (m_clock.nowMs() - *m_since) / 1000 << "s," << m_attempts << "attempts";
    m_since.reset();
    m_reason.clear();
    m_attempts = 0;
    emit lostChanged();
    emit restored();
}

} // namespace paynudge
