#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpSocket>
#include <functional>

namespace paynudge::test {

// A minimal HTTP/1.1 client on one keep-alive connection to 127.0.0.1, for the intake tests and
// benchmark: it writes requests byte for byte as given (so tests can send what real clients
// should not) and reads Content-Length framed responses, skipping "100 Continue".
class HttpClient : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 0; // 0: no response (connection closed or timed out)
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 latencyNs = 0; // request written → response complete
        int interim = 0; // 1xx responses seen before this one

        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
    };
    using Done = std::function<void(const Response &)>;

    HttpClient(quint16 port, QByteArray token, QObject *parent = nullptr);

    // A request with the bearer token (unless `token` is null) and, with a body, Content-Type JSON.
    static QByteArray build(const QByteArray &method, const QByteArray &path, const QByteArray &body,
        const QByteArray &token, const QByteArray &contentType = "application/json",
        const QByteArray &extraHeaders = {});

    void sendRaw(const QByteArray &request, Done done);
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body, Done done);
    // More bytes of the request in flight (a body sent after "100 Continue").
    void continueWith(const QByteArray &bytes) { m_socket.write(bytes); }

    // Blocking forms: run the event loop until the response, or `timeoutMs`.
    Response requestRaw(const QByteArray &request, int timeoutMs = 30000);
    Response request(
        const QByteArray &method, const QByteArray &path, const QByteArray &body = {}, int timeoutMs = 30000);

    int connects() const { return m_connects; } // TCP connections made: 1 means keep-alive held
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // 1xx responses seen so far for the request in flight ("100 Continue").
    int interimSeen() const { return m_interim; }

private:
    void ensureConnected();
    void onReadyRead();
    void fail();

    QTcpSocket m_socket;
    quint16 m_port;
    QByteArray m_token;
    QByteArray m_buffer;
    Done m_done;
    qint64 m_startNs = 0;
    int m_interim = 0;
    int m_connects = 0;
};

} // namespace paynudge::test
