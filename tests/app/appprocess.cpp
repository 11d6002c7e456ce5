#include "appprocess.h"

#include "testconfig.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;

namespace paynudge::test {

AppProcess::AppProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

AppProcess::~AppProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString AppProcess::binary()
{
    return QString::fromUtf8(PAYNUDGE_BINARY);
}

void AppProcess::writeConfig(const QString &ini)
{
    QFile f(configPath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    f.write(ini.toUtf8());
    // Every mode serves the intake API. Tests share the machine: unless one configures [intake]
    // itself, it gets any free port and a fixed token (never the keychain of whoever runs them).
    if (!ini.contains(u"[intake]"_s))
        f.write("\n[intake]\nlisten=127.0.0.1:0\ntoken=" + QByteArray(kTestIntakeToken) + "\n");
}

bool AppProcess::start(const QStringList &extraArgs)
{
    m_output.clear();
    QStringList args = extraArgs;
    args << u"--config"_s << configPath() << u"--data-dir"_s << dataDir();
    m_process.start(binary(), args);
    return m_process.waitForStarted(10000);
}

QString AppProcess::output()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

bool AppProcess::waitUntilReady(int timeoutMs)
{
    return waitForOutput(u"open, schema"_s, timeoutMs);
}

bool AppProcess::waitUntilRunning(int timeoutMs)
{
    return waitForOutput(u"event loop running"_s, timeoutMs);
}

bool AppProcess::waitForOutput(const QString &text, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (output().contains(text))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(50);
    }
    return false;
}

// An ended process has pid 0, and kill(0, …) would signal the test's own process group.
void AppProcess::terminate()
{
    if (const pid_t pid = pid_t(m_process.processId()); pid > 0)
        ::kill(pid, SIGTERM);
}

void AppProcess::kill()
{
    if (const pid_t pid = pid_t(m_process.processId()); pid > 0)
        ::kill(pid, SIGKILL);
}

bool AppProcess::waitForExit(int timeoutMs)
{
    const bool done = m_process.waitForFinished(timeoutMs);
    output();
    return done;
}

} // namespace paynudge::test
