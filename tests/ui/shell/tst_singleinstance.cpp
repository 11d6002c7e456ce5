#include "appprocess.h"
#include "shell/singleinstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace paynudge;

namespace {

QString uniqueName()
{
    return u"paynudge-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// A second launch claims from its own thread: it blocks until the first one answers, and the
// first one answers from this thread's event loop.
SingleInstance::Role claimElsewhere(const QString &name, const QStringList &arguments, QString *error)
{
    SingleInstance::Role role = SingleInstance::Role::Failed;
    std::thread other([&] {
        SingleInstance second(name);
        role = second.claim(arguments, error);
    });
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (role != SingleInstance::Role::Failed)
            break;
    }
    other.join();
    return role;
}

QString logOf(const QString &dataDir)
{
    QFile f(QDir(dataDir).filePath(u"logs/paynudge.log"_s));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void aSecondLaunchAsksTheFirstToShowItself()
    {
        const QString name = uniqueName();
        SingleInstance first(name);
        QSignalSpy activations(&first, &SingleInstance::activationRequested);
        QString error;
        QCOMPARE(first.claim({ u"paynudge"_s }, &error), SingleInstance::Role::Primary);

        QCOMPARE(
            claimElsewhere(name, { u"paynudge"_s, u"--tray"_s }, &error), SingleInstance::Role::Secondary);
        QCOMPARE(activations.size(), 1);
        QCOMPARE(activations.at(0).at(0).toStringList(), (QStringList { u"paynudge"_s, u"--tray"_s }));
    }

    void aSocketLeftByACrashIsTakenOver()
    {
        const QString name = uniqueName();
        // What a killed instance leaves: a socket file nobody listens on.
        const QByteArray path = QDir(QDir::tempPath()).filePath(name).toLocal8Bit();
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, path.constData(), sizeof(address.sun_path) - 1);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(QString::fromLocal8Bit(path)));

        SingleInstance first(name);
        QString error;
        QCOMPARE(first.claim({}, &error), SingleInstance::Role::Primary);
        QCOMPARE(claimElsewhere(name, {}, &error), SingleInstance::Role::Secondary);
    }

    void namesDifferPerDataDir()
    {
        QTemporaryDir a, b;
        QCOMPARE(SingleInstance::serverNameFor(a.path()), SingleInstance::serverNameFor(a.path() + u"/."_s));
        QVERIFY(SingleInstance::serverNameFor(a.path()) != SingleInstance::serverNameFor(b.path()));
    }

    void theRealAppRaisesTheRunningWindowAndExits()
    {
        test::AppProcess first;
        first.writeConfig(u"[intake]\nenabled=false\n"_s);
        QVERIFY(first.start({}));
        QTRY_VERIFY_WITH_TIMEOUT(logOf(first.dataDir()).contains(u"open, schema"_s), 15000);

        QProcess second;
        second.setProcessChannelMode(QProcess::MergedChannels);
        second.start(test::AppProcess::binary(),
            { u"--config"_s, first.configPath(), u"--data-dir"_s, first.dataDir() });
        QVERIFY(second.waitForFinished(15000));
        const QString said = QString::fromLocal8Bit(second.readAll());
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(said.contains(u"already running"_s), qPrintable(said));
        QTRY_VERIFY_WITH_TIMEOUT(
            logOf(first.dataDir()).contains(u"another launch asked for the window"_s), 5000);
        QCOMPARE(first.process().state(), QProcess::Running);

        first.terminate(); // as at logout: the window quits cleanly
        QVERIFY(first.waitForExit());
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QCOMPARE(first.exitCode(), 0);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
