#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

namespace paynudge {

// One PayNudge window per user and data dir: the first launch listens on a local socket; a
// later one finds it, asks it to bring its window forward, and exits. A socket left behind by
// a crashed instance is recognised (nobody answers) and replaced. Claiming happens under a
// lock file, so two launches at the same moment cannot both become the first.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Per user (different users never meet) and per data dir (a demo or a second shop with
    // its own store runs beside the first).
    static QString serverNameFor(const QString &dataDir);

    enum class Role
    {
        Primary, // we listen; activationRequested() arrives when another launch wants us
        Secondary, // another instance runs and has been asked to show itself: exit
        Failed, // neither (error says why); run anyway, the store lock still guards the data
    };
    Role claim(const QStringList &arguments, QString *error);
    QString serverName() const { return m_name; }

signals:
    // A second launch asked for the window (its command-line arguments, for the log).
    void activationRequested(const QStringList &arguments);

private:
    bool askPrimary(const QStringList &arguments, int timeoutMs);
    void onNewConnection();

    QString m_name;
    QLocalServer m_server;
};

} // namespace paynudge
