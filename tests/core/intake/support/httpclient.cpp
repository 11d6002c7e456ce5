#include "httpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTimer>
#include <utility>

namespace paynudge::test {
namespace {

qint64 nowNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

} // namespace

QByteArray HttpClient::Response::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QJsonObject HttpClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(quint16 port, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_token(std::move(token))
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::connected, this, [this] { ++m_connects; });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        onReadyRead();
        fail();
    });
}

QByteArray HttpClient::build(const QByteArray &method, const QByteArray &path, const QByteArray &body,
    const QByteArray &token, const QByteArray &contentType, const QByteArray &extraHeaders)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isNull())
        r += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() && !contentType.isEmpty())
        r += "Content-Type: " + contentType + "\r\n";
    if (!body.isEmpty() || method == "POST")
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += extraHeaders;
    r += "\r\n";
    r += body;
    return r;
}

void HttpClient::ensureConnected()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        return;
    m_socket.abort();
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    m_socket.waitForConnected(5000);
}

void HttpClient::sendRaw(const QByteArray &request, Done done)
{
    ensureConnected();
    m_buffer.clear();
    m_interim = 0;
    m_done = std::move(done);
    m_startNs = nowNs();
    m_socket.write(request);
}

void HttpClient::send(const QByteArray &method, const QByteArray &path, const QByteArray &body, Done done)
{
    sendRaw(build(method, path, body, m_token), std::move(done));
}

void HttpClient::onReadyRead()
{
    if (m_socket.isOpen())
        m_buffer += m_socket.readAll();
    while (m_done) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Response r;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        r.status = lines.first().split(' ').value(1).toInt();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            r.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
            if (r.headers.last().first.compare("content-length", Qt::CaseInsensitive) == 0)
                length = r.headers.last().second.toLongLong();
        }
        if (r.status >= 100 && r.status < 200) {
            ++m_interim;
            m_buffer.remove(0, headEnd + 4);
            continue;
        }
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        r.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        r.latencyNs = nowNs() - m_startNs;
        r.interim = m_interim;
        const Done done = std::exchange(m_done, nullptr);
        done(r);
    }
}

void HttpClient::fail()
{
    if (const Done done = std::exchange(m_done, nullptr))
        done(Response {});
}

HttpClient::Response HttpClient::requestRaw(const QByteArray &request, int timeoutMs)
{
    Response result;
    bool finished = false;
    QEventLoop loop;
    sendRaw(request, [&](const Response &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!finished)
        m_done = nullptr;
    return result;
}

HttpClient::Response HttpClient::request(
    const QByteArray &method, const QByteArray &path, const QByteArray &body, int timeoutMs)
{
    return requestRaw(build(method, path, body, m_token), timeoutMs);
}

} // namespace paynudge::test
