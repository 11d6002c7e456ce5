#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace paynudge::test {

// The real paynudge binary started by a test, with its own data dir and config file.
class AppProcess
{
public:
    AppProcess();
    ~AppProcess();

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("paynudge.ini")); }
    QString storePath() const { return m_dir.filePath(QStringLiteral("data/paynudge.sqlite")); }
    // Without an [intake] section of its own, the config gets listen=127.0.0.1:0 and this token.
    static constexpr char kTestIntakeToken[] = "paynudge-test-intake-token-0123456789";
    void writeConfig(const QString &ini);

    bool start(const QStringList &extraArgs = { QStringLiteral("--headless") });
    // Waits until the log says the store is open (the engine is running).
    bool waitUntilReady(int timeoutMs = 10000);
    // Waits until the output holds `text` (false when the process ends or the time is up first).
    bool waitForOutput(const QString &text, int timeoutMs = 10000);
    // Waits until the headless app says its event loop runs: start-up is done and SIGTERM is
    // handled from now on.
    bool waitUntilRunning(int timeoutMs = 10000);
    void terminate(); // SIGTERM
    void kill(); // SIGKILL: a crash
    bool waitForExit(int timeoutMs = 10000);
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QString output(); // everything written to stdout and stderr so far
    QProcess &process() { return m_process; }

    static QString binary();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
};

} // namespace paynudge::test
