#pragma once

#include "doctor/setupcheck.h"

#include <QObject>
#include <QTimer>
#include <memory>

class QNetworkAccessManager;

namespace paynudge {

class Clock;
namespace wechat {
class WeChatClient;
}

// Runs every setup check (`paynudge doctor`, Help → Check setup) and emits the report once.
// The local checks run first, then the network checks (intake address, each account's token and
// template, the clock) concurrently; whatever has not answered when the overall bound passes is
// reported as unanswered, so the report always arrives. It reads and never writes: no store is
// created or migrated, no token generated, no cache filled.
//
// The window runs it on a thread of its own (quick_check of a large store and a keychain read
// take time): create it, moveToThread(), then invoke start() there.
class Doctor : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString configPath;
        QString dataDir;
        const Clock *clock = nullptr; // default: the system clock
        // The window asks about the engine it runs itself: its store lock is no sign of another
        // PayNudge.
        bool thisProcessRunsEngine = false;
        // Tests shorten the bound; 0 = twice [wechat] timeout plus a margin.
        int overallTimeoutMs = 0;
        int timeoutOverrideMs = 0; // [wechat] timeout for tests (sub-second)
    };

    explicit Doctor(const Options &options, QObject *parent = nullptr);
    ~Doctor() override;

    void start();
    const DoctorReport &report() const { return m_report; }
    bool isFinished() const { return m_finished; }

signals:
    void finished(const paynudge::DoctorReport &report);

private:
    // A part of the report in its fixed place; `unanswered` stands in if it never arrives.
    int reserve(const QList<SetupCheck> &unanswered);
    void fill(int slot, const QList<SetupCheck> &lines);
    void finish();

    Options m_options;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    wechat::WeChatClient *m_client = nullptr;
    QList<QList<SetupCheck>> m_slots;
    QList<bool> m_filled;
    int m_open = 0;
    QTimer m_deadline { this }; // a child: moveToThread() takes it along
    DoctorReport m_report;
    bool m_finished = false;
};

} // namespace paynudge
