#pragma once

#include "intake/intakeapi.h"
#include "intake/requestheadguard.h"

#include <QAbstractHttpServer>
#include <QAbstractSocket>
#include <QHash>
#include <QHostAddress>
#include <memory>

class QTcpSocket;
class QTimer;

namespace paynudge {

class Engine;

// The intake API on HTTP/1.1 (QHttpServer, Qt 6.4): keep-alive connections, replies in request
// order even when an order's reply waits for its group commit, and body limits enforced as
// soon as the headers say how large a body will be (with "Expect: 100-continue" answered).
// RequestHeadGuard judges each head. Hostile clients cannot exhaust the process: the token is checked when
// the head is complete, before any body is read; a head must arrive within kHeadTimeoutMs and a keep-alive
// connection may idle kIdleTimeoutMs (one sweep on the engine's clock checks all); connections are capped
// (see maxConnections()), and a failed accept (no descriptor left) is retried after a pause.
class IntakeServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    IntakeServer(Engine &engine, const IntakeToken &token, QObject *parent = nullptr);
    ~IntakeServer() override;

    // Port 0 takes any free port; port() says which.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QString endpoint() const; // "127.0.0.1:8787", "[::1]:8787"

    IntakeApi &api() { return *m_api; }

    static constexpr qint64 kHeadTimeoutMs = 10 * 1000;
    static constexpr qint64 kIdleTimeoutMs = 30 * 1000;
    static constexpr int kMaxHeaderLines = RequestHeadGuard::kMaxHeaderLines;
    // Descriptors kept free beyond the connections: store, logs, event-loop wakeups of threads;
    // WeChat's sockets (maxInFlight per account) are added to it.
    static constexpr int kDescriptorReserve = 64;

    // The cap in force: [intake] maxConnections, lowered to fit the descriptor limit.
    int maxConnections() const { return m_maxConnections; }
    int connectionCount() const { return int(m_connections.size()); }
    // Closes connections past their head or idle timeout; runs every second and whenever the
    // clock jumps.
    void sweep();
    // Connections that stalled sending their head and are watched by peeking, not by the event loop.
    int parkedCount() const;
    static constexpr int kParkCheckMs = 100;
    // Connections that sent part of a request head and not yet the rest (slow or stalled clients).
    int headsInProgress() const;
    // Accepts that failed for want of a descriptor and were tried again after a pause (the log
    // says so once per episode).
    int acceptRetries() const { return m_acceptRetries; }

    // Everything the app needs: resolves the token, refuses what the configuration does not
    // allow, starts listening, and logs where (never the token). On failure says why; sets
    // *bindFailed when the address could not be taken (as opposed to a configuration problem).
    static std::unique_ptr<IntakeServer> startConfigured(
        Engine &engine, const QString &dataDir, QString *error, bool *bindFailed);

signals:
    // A timeout sweep ended; `timedOut`: the connections it ended (tests check a timeout came or not).
    void swept(int timedOut);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Connection;
    class Listener;

    bool accepted(QTcpSocket *socket);
    void acceptFailed(QAbstractSocket::SocketError error);
    bool evictLeastUseful();
    void inspectIncoming(Connection &c);
    bool headComplete(Connection &c);
    void refuse(Connection &c, int status, const QString &code, const QString &message);
    void refuse(Connection &c, const RequestHeadGuard::Refusal &refusal);
    void closeWith(Connection &c, const ApiReply &reply);
    void deliverTo(Connection &c, quint64 seq, const ApiReply &reply);
    bool everyConnectionWaits() const;
    qint64 now() const;
    void checkParked();
    static void setReading(QTcpSocket *socket, bool on);

    Engine &m_engine;
    std::unique_ptr<IntakeApi> m_api;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    Listener *m_listener = nullptr;
    int m_maxConnections = 0;
    bool m_capLogged = false; // log "full" once per episode, not per connection
    bool m_acceptFailing = false;
    int m_acceptRetries = 0;
    QTimer *m_parkCheck = nullptr;
};

} // namespace paynudge
