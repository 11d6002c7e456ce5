#include "shell/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "paynudge.ui.singleinstance")

namespace paynudge {
namespace {

constexpr int kConnectTimeoutMs = 1000;
constexpr int kReplyTimeoutMs = 3000;
constexpr qsizetype kMaxMessageBytes = 64 * 1024;
const QByteArray kActivate = "activate";
const QByteArray kAck = "ok\n";

QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName)
{
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance()
{
    m_server.close();
}

QString SingleInstance::serverNameFor(const QString &dataDir)
{
    QString dir = QFileInfo(dataDir).canonicalFilePath();
    if (dir.isEmpty())
        dir = QDir::cleanPath(QDir(dataDir).absolutePath());
    const QByteArray digest
        = QCryptographicHash::hash((userId() + u'\n' + dir).toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    return u"paynudge-"_s + QString::fromLatin1(digest);
}

SingleInstance::Role SingleInstance::claim(const QStringList &arguments, QString *error)
{
    QLockFile lock(QDir(QDir::tempPath()).filePath(m_name + u".lock"_s));
    lock.setStaleLockTime(10000); // a claim takes milliseconds; a lock this old is from a crash
    if (!lock.tryLock(5000)) {
        *error
            = u"cannot take the single-instance lock %1"_s.arg(QDir::tempPath() + u'/' + m_name + u".lock"_s);
        return Role::Failed;
    }
    if (askPrimary(arguments, kConnectTimeoutMs))
        return Role::Secondary;
    // Nobody answered: any socket file under this name was left by a crash.
    QLocalServer::removeServer(m_name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_name)) {
        *error = u"cannot listen on %1: %2"_s.arg(m_name, m_server.errorString());
        return Role::Failed;
    }
    qCInfo(lcInstance).noquote() << "first instance; listening on" << m_server.fullServerName();
    return Role::Primary;
}

bool SingleInstance::askPrimary(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QJsonObject message { { u"command"_s, QString::fromLatin1(kActivate) },
        { u"arguments"_s, QJsonArray::fromStringList(arguments) } };
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(kReplyTimeoutMs))
        return false;
    // The first instance acknowledges once it has acted; a hung one still counts as running.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(kReplyTimeoutMs)) {
            qCWarning(lcInstance) << "the running instance did not acknowledge the activation request";
            return true;
        }
    }
    return socket.readLine() == kAck;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that connects and says nothing is dropped.
        QTimer::singleShot(kReplyTimeoutMs, socket, [socket] { socket->disconnectFromServer(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessageBytes)
                    socket->disconnectFromServer();
                return;
            }
            const QJsonObject message = QJsonDocument::fromJson(socket->readLine()).object();
            if (message.value(u"command"_s).toString().toLatin1() != kActivate) {
                qCWarning(lcInstance) << "ignoring an unknown request on the instance socket";
                socket->disconnectFromServer();
                return;
            }
            QStringList arguments;
            for (const QJsonValue &v : message.value(u"arguments"_s).toArray())
                arguments << v.toString();
            qCInfo(lcInstance) << "another launch asked for the window";
            emit activationRequested(arguments);
            socket->write(kAck);
            socket->flush();
            socket->disconnectFromServer();
        });
    }
}

} // namespace paynudge
