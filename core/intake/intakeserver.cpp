#include "intake/intakeserver.h"

#include "common/clock.h"
#include "common/descriptorlimit.h"
#include "common/hostport.h"
#include "engine/engine.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <cerrno>
#include <deque>
#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <poll.h>
#include <unistd.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIntakeServer, "paynudge.core.intake.server")

namespace paynudge {
namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qint64 kHardBodyCap = RequestHeadGuard::kHardBodyCap;
constexpr qint64 kTrimAfterBytes = 1024 * 1024;
constexpr int kAcceptRetryMs = 250;

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
    switch (status) {
    case 401:
        return "Unauthorized";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Bad Request";
    }
}

} // namespace

// What the server knows about one keep-alive connection.
struct IntakeServer::Connection
{
    QPointer<QTcpSocket> socket;

    // The head of the request being received, read ahead of Qt's parser to check the token and
    // the framing, enforce the body limit before the body arrives and answer "Expect: 100-continue".
    QByteArray head;
    int headLines = 0;
    bool headDone = false;
    qint64 bodyRemaining = 0; // of the request whose head is done; -1: chunked, length unknown
    qint64 bytesSeen = 0; // over the connection's life: a large one returns memory when it goes
    bool refused = false; // the last reply is out and the connection closing
    // A refusal that must wait for the replies to requests sent before it (pipelining).
    std::optional<ApiReply> lastReply;
    int heads = 0; // complete heads so far
    qint64 since = 0; // when the connection last started to wait for a head (or to close)
    std::deque<bool> closeAfter; // per complete head not yet handled: its reply ends the connection
    // Bytes arrived since the last park check; parked: its descriptor is out of the event loop's poll.
    bool stirred = true;
    bool parked = false;

    // Replies leave in request order, whenever each is ready.
    struct Pending
    {
        quint64 seq = 0;
        std::optional<QHttpServerResponder> responder;
        std::optional<ApiReply> reply;
        bool close = false;
    };
    std::deque<Pending> pending;
    quint64 nextSeq = 0;

    void startNextHead()
    {
        head.clear();
        headLines = 0;
        headDone = false;
        bodyRemaining = 0;
    }
    // Nothing asked of the server is outstanding on it: a timeout or eviction loses no request.
    bool waitingForClient() const { return !refused && !headDone && pending.empty(); }
    bool idle() const { return waitingForClient() && head.isEmpty() && heads > 0; }
};

// Hands each new socket to the server before Qt's HTTP parser is connected to it, so the
// server's look at incoming bytes runs first.
class IntakeServer::Listener : public QTcpServer
{
public:
    explicit Listener(IntakeServer *server)
        : QTcpServer(server)
        , m_server(server)
    {
        connect(this, &QTcpServer::acceptError, server,
            [server](QAbstractSocket::SocketError error) { server->acceptFailed(error); });
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
#ifdef Q_OS_UNIX
            ::close(int(descriptor)); // not the socket's yet: it would leak
#endif
            return;
        }
        if (!m_server->accepted(socket)) {
            socket->abort();
            delete socket;
            return;
        }
        addPendingConnection(socket);
    }

private:
    IntakeServer *m_server;
};

IntakeServer::IntakeServer(Engine &engine, const IntakeToken &token, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_engine(engine)
    , m_api(std::make_unique<IntakeApi>(engine, token))
{
    // One sweep for all connections (not a timer each: a timer per slow client is what they want).
    auto *sweeper = new QTimer(this);
    sweeper->setInterval(1000);
    connect(sweeper, &QTimer::timeout, this, &IntakeServer::sweep);
    sweeper->start();
    connect(&engine.clock(), &Clock::jumped, this, &IntakeServer::sweep);
    // Real time, not the engine's clock: it watches sockets, it does not time anything out.
    m_parkCheck = new QTimer(this);
    m_parkCheck->setInterval(kParkCheckMs);
    connect(m_parkCheck, &QTimer::timeout, this, &IntakeServer::checkParked);
    m_parkCheck->start();
}

IntakeServer::~IntakeServer()
{
    // Orders already accepted into a group are committed and answered while sockets still exist.
    m_api->committer().flush();
    m_connections.clear();
    delete m_listener;
}

qint64 IntakeServer::now() const
{
    return m_engine.clock().nowMs();
}

bool IntakeServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    auto *listener = new Listener(this);
    if (!listener->listen(address, port)) {
        *error = u"the intake API cannot listen on %1: %2 (another program, or another PayNudge, may use it; "
                 u"change [intake] listen)"_s.arg(hostPortText(address, port), listener->errorString());
        delete listener;
        return false;
    }
    m_listener = listener;
    bind(listener);
    qCInfo(lcIntakeServer).noquote() << "intake API listening on" << endpoint();

    // Connections must leave descriptors for everything else: a thread or timer that cannot get
    // one aborts the process (GLib: "Creating pipes for GWakeup").
    const Config &config = m_engine.config();
    m_maxConnections = config.intake.maxConnections;
    const qint64 soft = descriptorlimit::current().soft;
    if (soft > 0) {
        const qint64 reserve
            = kDescriptorReserve + qint64(config.wechat.maxInFlight) * config.accounts.size();
        const int fits = int(qMax<qint64>(8, soft - reserve));
        if (fits < m_maxConnections) {
            qCWarning(lcIntakeServer).noquote()
                << "intake connections capped at" << fits
                << "instead of [intake] maxConnections =" << m_maxConnections << ": the descriptor limit is"
                << soft << "and" << reserve << "are kept for the store, logs and WeChat";
            m_maxConnections = fits;
        }
    }
    qCInfo(lcIntakeServer).noquote() << "intake API takes at most" << m_maxConnections << "connections";
    return true;
}

quint16 IntakeServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString IntakeServer::endpoint() const
{
    return m_listener ? hostPortText(m_listener->serverAddress(), port()) : QString();
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

bool IntakeServer::accepted(QTcpSocket *socket)
{
    if (m_acceptFailing) {
        m_acceptFailing = false;
        qCInfo(lcIntakeServer) << "intake API accepts connections again";
    }
    if (connectionCount() >= m_maxConnections && !evictLeastUseful()) {
        if (!m_capLogged)
            qCWarning(lcIntakeServer).noquote()
                << "intake API full:" << connectionCount()
                << "connections all have a request in progress; new connections are closed until one ends";
        m_capLogged = true;
        return false;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // a reply is one small write: send it now
    auto c = std::make_shared<Connection>();
    c->socket = socket;
    c->since = now();
    m_connections.insert(socket, c);
    std::weak_ptr<Connection> weak = c;
    // Context: the socket itself, so disconnecting Qt's parser (receiver: this) leaves this one.
    connect(socket, &QTcpSocket::readyRead, socket, [this, weak] {
        if (const std::shared_ptr<Connection> conn = weak.lock())
            inspectIncoming(*conn);
    });
    connect(socket, &QObject::destroyed, this, [this, socket, weak] {
        const std::shared_ptr<Connection> conn = weak.lock();
        m_connections.remove(socket);
#ifdef __GLIBC__
        // glibc keeps the arenas a large body grew; give them back once such a connection is gone.
        if (conn && conn->bytesSeen > kTrimAfterBytes)
            QTimer::singleShot(0, this, [] { malloc_trim(0); });
#endif
    });
    return true;
}

// The least useful connection goes to make room: first one already closing, then the one
// sending its head the longest (it has not even proved it holds the token: likely a slow or
// hostile client), then the one idle the longest. A request in progress is never cut.
bool IntakeServer::evictLeastUseful()
{
    Connection *victim = nullptr;
    auto rank = [](const Connection &c) {
        return c.refused ? 0 : c.idle() ? 2 : c.waitingForClient() ? 1 : 3;
    };
    for (const std::shared_ptr<Connection> &c : std::as_const(m_connections)) {
        const int r = rank(*c);
        if (r == 3 || !c->socket)
            continue;
        if (!victim || r < rank(*victim) || (r == rank(*victim) && c->since < victim->since))
            victim = c.get();
    }
    if (!victim)
        return false;
    QTcpSocket *socket = victim->socket;
    m_connections.remove(socket);
    socket->abort(); // at once: the descriptor is what the new connection needs
    socket->deleteLater();
    if (m_capLogged) {
        m_capLogged = false;
        qCInfo(lcIntakeServer) << "intake API makes room again";
    }
    return true;
}

void IntakeServer::acceptFailed(QAbstractSocket::SocketError error)
{
    // Qt pauses accepting after an accept() error. Out of descriptors (EMFILE, ENFILE) a pause
    // and a retry (not a loop) keeps a core from spinning; logged once per episode. Qt 6.4 does
    // not clear the engine's error on success, so a plain "nothing more to accept" (EAGAIN, read
    // from errno, which nothing has changed since accept()) reports the last real error again:
    // that, and a connection reset before it was accepted, need no pause.
    const int code = errno;
    if (!m_listener)
        return;
    if (error != QAbstractSocket::SocketResourceError || code == EAGAIN || code == EWOULDBLOCK) {
        m_listener->resumeAccepting();
        return;
    }
    m_listener->pauseAccepting();
    if (!m_acceptFailing)
        qCWarning(lcIntakeServer).noquote()
            << "intake API cannot accept a connection:" << qt_error_string(code) << "- retrying every"
            << kAcceptRetryMs << "ms";
    m_acceptFailing = true;
    ++m_acceptRetries;
    QTimer::singleShot(kAcceptRetryMs, this, [this] {
        if (m_listener)
            m_listener->resumeAccepting();
    });
}

void IntakeServer::sweep()
{
    const qint64 t = now();
    QList<std::shared_ptr<Connection>> expired;
    for (const std::shared_ptr<Connection> &c : std::as_const(m_connections)) {
        const qint64 age = t - c->since;
        if (c->refused ? age >= kHeadTimeoutMs
                       : c->waitingForClient() && age >= (c->idle() ? kIdleTimeoutMs : kHeadTimeoutMs))
            expired.append(c);
    }
    int ended = 0;
    for (const std::shared_ptr<Connection> &c : std::as_const(expired)) {
        QTcpSocket *socket = c->socket;
        if (!socket)
            continue;
        ++ended;
        if (c->refused) { // its peer does not take the last reply: stop waiting for it
            m_connections.remove(socket);
            socket->abort();
            socket->deleteLater();
        } else if (c->idle()) {
            c->refused = true;
            c->since = t;
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            socket->disconnectFromHost();
        } else {
            refuse(*c, 408, errorcode::RequestTimeout,
                u"the request head did not arrive within %1 s"_s.arg(kHeadTimeoutMs / 1000));
        }
    }
    emit swept(ended);
}

// Every descriptor the event loop watches costs each turn of it a look (poll() is O(descriptors)):
// a thousand stalled connections made every order of a real client ~140 µs dearer. A connection
// that sent part of a head, or nothing, and then nothing for a check interval leaves the poll set;
// one peek per interval notices when it sends again (or goes), and it rejoins. A real client
// sends its head at once and is never parked; the head timeout still runs for parked ones.
void IntakeServer::checkParked()
{
#ifdef Q_OS_UNIX // poll() is POSIX; elsewhere nothing is parked
    // One poll() without waiting over all parked descriptors: one system call, not one each.
    std::vector<pollfd> watch;
    std::vector<Connection *> parked;
    for (const std::shared_ptr<Connection> &c : std::as_const(m_connections)) {
        QTcpSocket *socket = c->socket;
        if (!socket)
            continue;
        if (c->parked) {
            watch.push_back({ int(socket->socketDescriptor()), POLLIN, 0 });
            parked.push_back(c.get());
            continue;
        }
        const bool stalled = !c->stirred && c->waitingForClient() && !c->idle() && c->pending.empty();
        c->stirred = false;
        if (stalled) {
            c->parked = true;
            setReading(socket, false);
        }
    }
    if (watch.empty() || ::poll(watch.data(), nfds_t(watch.size()), 0) <= 0)
        return;
    for (size_t i = 0; i < watch.size(); ++i) {
        if (watch[i].revents == 0)
            continue;
        // Bytes, the end of the stream or an error: Qt's socket handles each as usual.
        parked[i]->parked = false;
        parked[i]->stirred = true;
        setReading(parked[i]->socket, true);
    }
#endif
}

int IntakeServer::parkedCount() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
        [](const std::shared_ptr<Connection> &c) { return c->parked; }));
}

int IntakeServer::headsInProgress() const
{
    return int(
        std::count_if(m_connections.cbegin(), m_connections.cend(), [](const std::shared_ptr<Connection> &c) {
            return !c->refused && !c->headDone && !c->head.isEmpty();
        }));
}

// Qt offers no switch for a socket's read notifications; its socket engine keeps them in a
// QSocketNotifier child, which is enabled again by Qt itself whenever the socket reads.
void IntakeServer::setReading(QTcpSocket *socket, bool on)
{
    for (QSocketNotifier *n : socket->findChildren<QSocketNotifier *>())
        if (n->type() == QSocketNotifier::Read)
            n->setEnabled(on);
}

void IntakeServer::inspectIncoming(Connection &c)
{
    QTcpSocket *socket = c.socket;
    if (!socket)
        return;
    c.stirred = true;
    if (c.refused) {
        socket->readAll(); // the reply is out and the connection closing: drop what still comes
        return;
    }
    if (c.lastReply) { // refused after pipelined requests: what follows is not read, only bounded
        c.bytesSeen += socket->bytesAvailable();
        if (c.bytesSeen > kHardBodyCap)
            socket->abort();
        return;
    }
    // Qt's parser reads everything on each readyRead, so what is buffered now is new.
    const QByteArray fresh = socket->peek(socket->bytesAvailable());
    c.bytesSeen += fresh.size();
    qsizetype pos = 0;
    while (pos < fresh.size() && !c.refused) {
        if (c.headDone) {
            if (c.bodyRemaining < 0) // chunked: Qt's parser finds its end; the next head starts then
                return;
            const qint64 take = qMin<qint64>(c.bodyRemaining, fresh.size() - pos);
            c.bodyRemaining -= take;
            pos += take;
            if (c.bodyRemaining == 0)
                c.startNextHead();
            continue;
        }
        if (c.head.isEmpty()) {
            while (pos < fresh.size() && (fresh.at(pos) == '\r' || fresh.at(pos) == '\n'))
                ++pos; // blank lines between requests are allowed
            if (pos == fresh.size())
                break;
            c.since = now();
        }
        const qsizetype before = c.head.size();
        const QByteArray more = fresh.mid(pos);
        c.head += more;
        const qsizetype end = c.head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
        if (end < 0) {
            c.headLines += int(more.count('\n'));
            if (c.head.size() > kMaxHeadBytes)
                refuse(c, 431, errorcode::TooLarge,
                    u"the request head is larger than %1 bytes"_s.arg(kMaxHeadBytes));
            else if (c.headLines > kMaxHeaderLines + 1)
                refuse(c, 431, errorcode::TooLarge, u"more than %1 header lines"_s.arg(kMaxHeaderLines));
            return;
        }
        pos += end + 4 - before;
        c.head.truncate(end);
        if (!headComplete(c))
            return;
    }
    if (c.headDone && c.bodyRemaining < 0 && c.bytesSeen > kHardBodyCap)
        refuse(c, 413, errorcode::TooLarge, u"the body is larger than %1 bytes"_s.arg(kHardBodyCap));
}

// Everything about a request that can be judged from its head, before its body is read.
// False when the connection was refused.
bool IntakeServer::headComplete(Connection &c)
{
    const RequestHeadGuard::Head head = RequestHeadGuard::read(c.head);
    if (head.refusal) {
        refuse(c, *head.refusal);
        return false;
    }
    // Before any body is read: a client without the token costs no memory.
    if (!m_api->token().matches(IntakeToken::fromAuthorization(head.authorization))) {
        ApiRequest r;
        r.method = head.method;
        r.path = QString::fromLatin1(head.path);
        r.contentType = head.contentType;
        r.authorization = head.authorization;
        m_api->handle(r, [this, &c](const ApiReply &reply) { closeWith(c, reply); });
        return false;
    }
    if (const auto refusal = RequestHeadGuard::admit(head)) {
        refuse(c, *refusal);
        return false;
    }
    if (head.expectContinue)
        c.socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    c.closeAfter.push_back(head.closeAfter);
    ++c.heads;
    c.headDone = true;
    c.bodyRemaining = head.bodyLength();
    if (c.bodyRemaining == 0)
        c.startNextHead();
    return true;
}

void IntakeServer::refuse(Connection &c, const RequestHeadGuard::Refusal &refusal)
{
    refuse(c, refusal.status, refusal.code, refusal.message);
}

void IntakeServer::refuse(Connection &c, int status, const QString &code, const QString &message)
{
    closeWith(c, ApiReply::json(status, IntakeError { status, code, {}, message }.toJson()));
    if (c.socket)
        qCInfo(lcIntakeServer).noquote()
            << "refused a request from" << c.socket->peerAddress().toString() << ":" << message;
}

// Answers ahead of Qt's parser, which never sees the rest of this connection: this reply is its last.
void IntakeServer::closeWith(Connection &c, const ApiReply &reply)
{
    QTcpSocket *socket = c.socket;
    if (!c.pending.empty() || !c.closeAfter.empty()) {
        // Earlier requests on this connection are still to be answered, and replies keep their
        // order: this one follows theirs (deliverTo). Qt's parser must still see their bytes.
        c.lastReply = reply;
        c.headDone = true;
        c.bodyRemaining = -1;
        return;
    }
    c.refused = true;
    c.since = now();
    if (!socket)
        return;
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status)
        + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(reply.body.size()) + "\r\n";
    if (reply.status == 401)
        out += "WWW-Authenticate: Bearer\r\n";
    socket->write(out + "Connection: close\r\n\r\n" + reply.body);
    socket->disconnectFromHost();
    if (socket->isOpen())
        socket->readAll();
}

bool IntakeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return true; // evicted or refused while Qt's parser still held its bytes
    const std::shared_ptr<Connection> c = it.value();
    if (c->refused || (c->lastReply && c->closeAfter.empty()))
        return true; // refused on its head: its answer is c->lastReply
    if (c->headDone && c->bodyRemaining < 0)
        c->startNextHead(); // a chunked body ends where Qt's parser says
    bool close = false;
    if (!c->closeAfter.empty()) {
        close = c->closeAfter.front();
        c->closeAfter.pop_front();
    }

    ApiRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = QUrlQuery(request.url());
    r.contentType = request.value("content-type");
    r.authorization = request.value("authorization");
    r.body = request.body();

    const quint64 seq = c->nextSeq++;
    c->pending.push_back({ seq, makeResponder(request, socket), std::nullopt, close });
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
        // A connection that never completed a head (no token shown yet: perhaps a slow client
        // holding it open) is not worth a group's wait. Cheap fields first: this runs per request
        // over every connection, most of them slow clients under attack.
        if (c->refused || !c->pending.empty() || (!c->headDone && c->heads == 0))
            continue;
        if (c->socket && c->socket->state() == QAbstractSocket::ConnectedState)
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
    bool close = false;
    while (!close && !c.pending.empty() && c.pending.front().reply) {
        Connection::Pending &p = c.pending.front();
        QTcpSocket *socket = c.socket;
        close = p.close;
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
            if (p.close)
                responder.writeHeader("Connection", "close");
            responder.writeBody(body);
            wrote = true;
        }
        c.pending.pop_front();
    }
    if (wrote && c.socket)
        c.socket->flush(); // do not wait for the event loop: other replies of a group follow
    if (close && c.socket) { // "Connection: close", or HTTP/1.0 without keep-alive
        c.refused = true;
        c.since = now();
        disconnect(c.socket, &QTcpSocket::readyRead, this, nullptr);
        c.socket->disconnectFromHost();
    } else if (c.pending.empty() && c.lastReply && c.closeAfter.empty()) {
        const ApiReply last = *c.lastReply;
        c.lastReply.reset();
        closeWith(c, last);
    } else if (c.pending.empty() && !c.headDone && c.head.isEmpty()) {
        c.since = now(); // idle from here
    }
}

} // namespace paynudge
