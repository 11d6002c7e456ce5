#pragma once

#include <QObject>
#include <QTimer>
#include <vector>

class QTcpSocket;

namespace paynudge::test {

// Connections to the intake API that never finish their request: each sends a request line and
// then one more header line every 2 s. One the server closes (or that cannot connect while
// PayNudge is down) connects again a second later, as a stubborn client would.
class SlowClients : public QObject
{
public:
    SlowClients(quint16 port, int count, QObject *parent = nullptr);
    ~SlowClients() override;

    int connections() const { return m_connections; } // connections made
    int closedByServer() const { return m_closedByServer; } // of those, closed by PayNudge

private:
    void open(int index);
    void trickle();

    quint16 m_port;
    std::vector<QTcpSocket *> m_sockets;
    QTimer m_timer;
    int m_connections = 0;
    int m_closedByServer = 0;
    int m_line = 0;
    bool m_closing = false;
};

} // namespace paynudge::test
