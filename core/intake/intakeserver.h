#pragma once

#include "intakeapi.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <memory>

class QTcpSocket;

namespace paynudge {

class Engine;

// The intake API on HTTP/1.1 (QHttpServer, Qt 6.4): keep-alive connections, replies in request
// order even when an order's reply waits for its group commit, and body limits enforced as
// soon as the headers say how large a body will be (with "Expect: 100-continue" answered).
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

    // Everything the app needs: resolves the token, refuses what the configuration does not
    // allow, starts listening, and logs where (never the token). On failure says why; sets
    // *bindFailed when the address could not be taken (as opposed to a configuration problem).
    static std::unique_ptr<IntakeServer> startConfigured(
        Engine &engine, const QString &dataDir, QString *error, bool *bindFailed);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Connection;
    class Listener;

    void accepted(QTcpSocket *socket);
    void inspectIncoming(Connection &c);
    void refuse(Connection &c, int status, const QString &message);
    void deliverTo(Connection &c, quint64 seq, const ApiReply &reply);
    bool everyConnectionWaits() const;

    std::unique_ptr<IntakeApi> m_api;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    Listener *m_listener = nullptr;
};

} // namespace paynudge
