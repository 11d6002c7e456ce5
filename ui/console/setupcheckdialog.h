#pragma once

#include "doctor/setupcheck.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QThread;

namespace paynudge {

class Clock;

// Help → Check setup: the checks of `paynudge doctor` (core/doctor), run on a thread of their own
// so the window never waits, and the same report — problems first, each line with its colour and
// what to do — with Copy for a message to whoever helps the shop. The window's own engine holds
// the store and the intake port: the checks are told so, and say it is this PayNudge.
class SetupCheckDialog : public QDialog
{
    Q_OBJECT
public:
    struct Context
    {
        QString configPath;
        QString dataDir;
        const Clock *clock = nullptr; // the engine's; read from the checks' thread
    };

    explicit SetupCheckDialog(const Context &context, QWidget *parent = nullptr);
    ~SetupCheckDialog() override;

    // Runs the checks (again); the report replaces the shown one when they end.
    void run();
    bool isRunning() const { return m_thread != nullptr; }
    const DoctorReport &report() const { return m_report; }

    QLabel &verdictLabel() const { return *m_verdict; }
    QTextBrowser &reportView() const { return *m_view; }
    QPushButton &copyButton() const { return *m_copy; }
    QPushButton &againButton() const { return *m_again; }

signals:
    void checked(const paynudge::DoctorReport &report);

private:
    void showReport(const DoctorReport &report);
    void stopThread();
    QString html(const DoctorReport &report) const;

    Context m_context;
    DoctorReport m_report;
    QThread *m_thread = nullptr;
    QLabel *m_verdict = nullptr;
    QProgressBar *m_busy = nullptr;
    QTextBrowser *m_view = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_again = nullptr;
};

} // namespace paynudge
