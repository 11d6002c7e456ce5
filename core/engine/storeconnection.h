#pragma once

#include "store/changenotice.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

namespace paynudge {

class Clock;
class Database;
class Store;

// An engine's connection to a shared store (PostgreSQL): the other engines' change notices it
// listens for (LISTEN on Database::changeChannel()), and the server lost and found again. A store
// operation that fails asks noteFailure(); when the server does not answer a round trip either,
// the connection counts as lost: the engine stops claiming and refuses intake (503) while this
// reopens the connection after 1 s doubling to 15 s, until it answers. Nothing here on a
// single-file store.
class StoreConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kFirstRetryMs = 1000;
    static constexpr qint64 kMaxRetryMs = 15 * 1000;

    StoreConnection(Store &store, Database &database, Clock &clock, QObject *parent = nullptr);

    // Subscribes to the change notices (again after each reconnect: a new session listens afresh).
    bool listen(QString *error);
    // A store operation failed with `error`: returns whether the server is lost (now or already).
    bool noteFailure(const QString &error);
    bool lost() const { return m_since.has_value(); }
    qint64 since() const { return m_since.value_or(0); }
    QString reason() const { return m_reason; } // the driver's words, without secrets
    int attempts() const { return m_attempts; }

signals:
    // Another engine committed a change (our own notices are dropped).
    void notice(const paynudge::ChangeNotice &notice);
    // The server stopped answering, or answers again (restored() follows the latter).
    void lostChanged();
    void restored();

private:
    void tryReconnect();
    void onNotification(const QString &name, int source, const QVariant &payload);

    Store &m_store;
    Database &m_database;
    Clock &m_clock;
    QTimer m_retry;
    std::optional<qint64> m_since;
    QString m_reason;
    int m_attempts = 0;
    bool m_connected = false; // the driver's notification signal, once
};

} // namespace paynudge
