#include "slowclients.h"

#include <QTcpSocket>

namespace paynudge::test {

SlowClients::SlowClients(quint16 port, int count, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_sockets(size_t(std::max(0, count)), nullptr)
{
    for (int i = 0; i < count; ++i)
        open(i);
    connect(&m_timer, &QTimer::timeout, this, &SlowClients::trickle);
    m_timer.start(2000);
}

SlowClients::~SlowClients()
{
    m_closing = true;
    for (QTcpSocket *s : m_sockets)
        if (s)
            s->abort();
}

void SlowClients::open(int index)
{
    auto *socket = new QTcpSocket(this);
    m_sockets[size_t(index)] = socket;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        ++m_connections;
        socket->write(
            "POST /api/v1/orders HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n");
    });
    // Closed by the server, refused, reset: each ends here once; connect again a second later.
    const auto gone = [this, socket, index] {
        if (m_closing || socket->property("gone").toBool())
            return;
        socket->setProperty("gone", true);
        if (socket->property("up").toBool())
            ++m_closedByServer;
        socket->deleteLater();
        m_sockets[size_t(index)] = nullptr;
        QTimer::singleShot(1000, this, [this, index] {
            if (!m_closing)
                open(index);
        });
    };
    connect(socket, &QTcpSocket::connected, socket, [socket] { socket->setProperty("up", true); });
    connect(socket, &QTcpSocket::disconnected, this, gone);
    connect(socket, &QTcpSocket::errorOccurred, this, [socket, gone](QAbstractSocket::SocketError) {
        if (socket->state() == QAbstractSocket::UnconnectedState)
            gone(); // refused: no disconnected signal follows
    });
    socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
}

void SlowClients::trickle()
{
    const QByteArray line = "X-Slow-" + QByteArray::number(++m_line % 100) + ": a\r\n";
    for (QTcpSocket *s : m_sockets)
        if (s && s->state() == QAbstractSocket::ConnectedState)
            s->write(line);
}

} // namespace paynudge::test
