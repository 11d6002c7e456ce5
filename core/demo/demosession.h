#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <memory>

namespace paynudge {

class DemoFeed;
class DemoSender;
class Engine;

// `paynudge --demo`: its own throw-away data dir (deleted on exit) with a configuration of short
// rounds (20 s and 75 s, orders close after 3 minutes) and two sample shops that run dry, the
// demo sender, and the stream of sample orders — so a newcomer sees countdowns, the history and
// the statistics move within a minute, and no real store or WeChat account is ever touched.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    // Creates the data dir and writes the configuration; false with *error if it cannot.
    bool prepare(QString *error);
    QString dataDir() const;
    QString configPath() const;

    // Sends the demo shops' reminders through the demo sender and starts the order stream.
    void attach(Engine &engine, quint32 seed = 20260302);
    DemoFeed *feed() const { return m_feed; }

    static QString configText();

private:
    QTemporaryDir m_dir;
    DemoSender *m_sender = nullptr;
    DemoFeed *m_feed = nullptr;
};

} // namespace paynudge
