#include "intakeserver.h"

#include "engine/engine.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <deque>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIntakeServer, "paynudge.core.intake.server")

namespace paynudge {
namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
// Beyond this a body is not even read: the connection is answered 413 and closed. Below it an
// over-limit body is read and answered 413 on a connection that stays usable.
constexpr qint64 kHardBodyCap = IntakeApi::kMaxBatchBodyBytes + 1024 * 1024;

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    return status == 413 ? "Payload Too Large"
        : status == 431  ? "Request Header Fields Too Large"
                         : "Bad Request";
}

QString hostPort(const QHostAddress &address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]:%2"_s.arg(address.toString()).arg(port)
        : u"%1:%2"_s.arg(address.toString()).arg(port);
}

} // namespace

// What the server knows about one keep-alive connection.
struct IntakeServer::Connection
{
    QPointer<QTcpSocket> socket;

    // The head of the request being received, read ahead of Qt's parser to enforce the body
    // limit before the body arrives and to answer "Expect: 100-continue".
    QByteArray head;
    bool headDone = false;
    qint64 bodySeen = 0;
    bool refused = false;

    // Replies leave in request order, whenever each is ready.
    struct Pending
    {
        quint64 seq = 0;
        std::optional<QHttpServerResponder> responder;
        std::optional<ApiReply> reply;
    };
    std::deque<Pending> pending;
    quint64 nextSeq = 0;

    void startNextRequest()
    {
        head.clear();
        headDone = false;
        bodySeen = 0;
    }
};

// Hands each new socket to the server before Qt's HTTP parser is connected to it, so the
// server's look at incoming bytes runs first.
class IntakeServer::Listener : public QTcpServer
{
public:
    explicit Listener(IntakeServer *server)
        : QTcpServer(server)
        , m_server(server)
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_server->accepted(socket);
        addPendingConnection(socket);
    }

private:
    IntakeServer *m_server;
};

IntakeServer::IntakeServer(Engine &engine, const IntakeToken &token, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(std::make_unique<IntakeApi>(engine, token))
{ }

IntakeServer::~IntakeServer()
{
    // Orders already accepted into a group are committed and answered while sockets still exist.
    m_api->committer().flush();
    m_connections.clear();
    delete m_listener;
}

bool IntakeServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    auto *listener = new Listener(this);
    if (!listener->listen(address, port)) {
        *error = u"the intake API cannot listen on %1: %2 (another program, or another PayNudge, may use it; "
                 u"change [intake] listen)"_s.arg(hostPort(address, port), listener->errorString());
        delete listener;
        return false;
    }
    m_listener = listener;
    bind(listener);
    qCInfo(lcIntakeServer).noquote() << "intake API listening on" << endpoint();
    return true;
}

quint16 IntakeServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString IntakeServer::endpoint() const
{
    return m_listener ? hostPort(m_listener->serverAddress(), port()) : QString();
}

std::unique_ptr<IntakeServer> IntakeServer::startConfigured(
    Engine &engine, const QString &dataDir, QString *error, bool *bindFailed)
{
    *bindFailed = false;
    const IntakeSettings &s = engine.config().intake;
    if (!s.address.isLoopback() && !IntakeToken::isExplicit(s)) {
        *error = u"[intake] listen=%1 accepts requests from other machines: set [intake] token or tokenFile "
                 u"first, or listen on 127.0.0.1"_s.arg(s.address.toString());
        return nullptr;
    }
    IntakeToken::Options options;
    options.settings = s;
    options.dataDir = dataDir;
    const auto token = IntakeToken::resolve(options, error);
    if (!token)
        return nullptr;
    qCInfo(lcIntakeServer).noquote() << "intake token"
                                     << (token->generated() ? "generated; kept in" : "read from")
                                     << token->location();
    auto server = std::make_unique<IntakeServer>(engine, *token);
    if (!server->start(s.address, s.port, error)) {
        *bindFailed = true;
        return nullptr;
    }
    return server;
}

void IntakeServer::accepted(QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // a reply is one small write: send it now
    auto c = std::make_shared<Connection>();
    c->socket = socket;
    m_connections.insert(socket, c);
    Connection *raw = c.get();
    // Context: the socket itself, so disconnecting Qt's parser (receiver: this) leaves this one.
    connect(socket, &QTcpSocket::readyRead, socket, [this, raw] { inspectIncoming(*raw); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
}

void IntakeServer::inspectIncoming(Connection &c)
{
    QTcpSocket *socket = c.socket;
    if (!socket)
        return;
    if (c.refused) {
        socket->readAll(); // the reply is out and the connection closing: drop what still comes
        return;
    }
    // Qt's parser reads everything on each readyRead, so what is buffered now is new.
    const QByteArray fresh = socket->peek(socket->bytesAvailable());
    if (c.headDone) {
        c.bodySeen += fresh.size();
    } else {
        c.head += fresh;
        const qsizetype end = c.head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (c.head.size() > kMaxHeadBytes)
                refuse(c, 431, u"the request head is larger than %1 bytes"_s.arg(kMaxHeadBytes));
            return;
        }
        c.headDone = true;
        c.bodySeen = c.head.size() - (end + 4);
        c.head.truncate(end);

        const QList<QByteArray> lines = c.head.split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QString path = QString::fromLatin1(requestLine.value(1).split('?').first());
        qint64 contentLength = -1;
        bool expectContinue = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                contentLength = value.toLongLong();
            else if (name == "expect")
                expectContinue = value.toLower() == "100-continue";
        }
        const qsizetype limit = IntakeApi::maxBodyBytes(path);
        // With "Expect: 100-continue" the client waits: refusing now saves it sending the body.
        if (contentLength > kHardBodyCap || (contentLength > limit && expectContinue)) {
            refuse(c, 413, u"the body is larger than %1 bytes"_s.arg(limit));
            return;
        }
        if (expectContinue)
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (c.bodySeen > kHardBodyCap)
        refuse(c, 413, u"the body is larger than %1 bytes"_s.arg(kHardBodyCap));
}

void IntakeServer::refuse(Connection &c, int status, const QString &message)
{
    QTcpSocket *socket = c.socket;
    c.refused = true;
    // Qt's parser never sees the rest of this connection; this reply is its last.
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    const IntakeError error { status, errorcode::TooLarge, {}, message };
    const QByteArray body = ApiReply::json(status, error.toJson()).body;
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
    if (socket->isOpen())
        socket->readAll();
    qCInfo(lcIntakeServer).noquote() << "refused a request from" << socket->peerAddress().toString() << ":"
                                     << message;
}

bool IntakeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        accepted(socket);
        it = m_connections.find(socket);
    }
    const std::shared_ptr<Connection> c = it.value();
    c->startNextRequest();

    ApiRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.contentType = request.value("content-type");
    r.authorization = request.value("authorization");
    r.body = request.body();

    const quint64 seq = c->nextSeq++;
    c->pending.push_back({ seq, makeResponder(request, socket), std::nullopt });
    std::weak_ptr<Connection> weak = c;
    m_api->handle(r, [this, weak, seq](const ApiReply &reply) {
        if (const std::shared_ptr<Connection> conn = weak.lock())
            deliverTo(*conn, seq, reply);
    });
    // Clients wait for each reply before sending again: once every connection waits, nothing
    // more can join the group, and waiting out the window would only add latency.
    if (m_api->committer().pending() > 0 && everyConnectionWaits())
        m_api->committer().flush();
    return true;
}

bool IntakeServer::everyConnectionWaits() const
{
    for (const std::shared_ptr<Connection> &c : m_connections) {
        const bool open = c->socket && c->socket->state() == QAbstractSocket::ConnectedState;
        if (open && c->pending.empty())
            return false;
    }
    return true;
}

void IntakeServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest takes every request; this only answers if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

void IntakeServer::deliverTo(Connection &c, quint64 seq, const ApiReply &reply)
{
    for (Connection::Pending &p : c.pending) {
        if (p.seq == seq) {
            p.reply = reply;
            break;
        }
    }
    bool wrote = false;
    while (!c.pending.empty() && c.pending.front().reply) {
        Connection::Pending &p = c.pending.front();
        QTcpSocket *socket = c.socket;
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            const ApiReply &out = *p.reply;
            const QByteArray &body = out.body;
            QHttpServerResponder &responder = *p.responder;
            responder.writeStatusLine(QHttpServerResponder::StatusCode(out.status));
            responder.writeHeader("Content-Type", "application/json; charset=utf-8");
            responder.writeHeader("Content-Length", QByteArray::number(body.size()));
            if (out.status == 401)
                responder.writeHeader("WWW-Authenticate", "Bearer");
            if (!out.allow.isEmpty())
                responder.writeHeader("Allow", out.allow);
            responder.writeBody(body);
            wrote = true;
        }
        c.pending.pop_front();
    }
    if (wrote && c.socket)
        c.socket->flush(); // do not wait for the event loop: other replies of a group follow
}

} // namespace paynudge
