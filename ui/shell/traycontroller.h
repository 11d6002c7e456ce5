#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QMessageBox;
class QSettings;
class QWidget;

namespace paynudge {

class Engine;
class EngineStatus;

// Owns the tray lifecycle (style.md §6.8): the icon and its menu, close-to-tray on the main
// window, starting hidden (--tray), and notifications for what needs an operator.
//
// - The icon shows the engine's state (running / paused / needs attention / not connected to
//   WeChat, dry run only) and its tooltip the
//   pending orders and when the next reminder goes out, as the engine's status (EngineStatus)
//   has them: the tray reads nothing itself.
// - Closing the main window hides it in the tray (a notice says so once, ever); quitting is
//   only done from the menu. A real quit or a session logout is never intercepted.
// - Without a tray the window is minimised instead and the user is told, with a way to quit.
//   At login the tray often appears after PayNudge: it is retried for a while.
// - QApplication::quitOnLastWindowClosed follows whether the icon is up.
class TrayController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Running,
        Paused,
        Attention,
        DryRun // no account connected to WeChat: nothing really goes out
    };
    Q_ENUM(State)

    struct Options
    {
        // Seam for tests and odd desktops; default QSystemTrayIcon::isSystemTrayAvailable.
        std::function<bool()> trayAvailable;
        int trayRetryMs = 2000; // at login the panel may start after us …
        int trayRetryCount = 30; // … so keep looking for a minute
        // The pace of the engine's status, which the tray sets (EngineStatus::Pace).
        int refreshDelayMs = 300; // engine signals come in bursts: counts are re-read once per burst
        int countSpacingMs = 2000; // the pending count (a background query) runs at most this often
    };

    // `state` keeps what must survive a restart (the one-time notice); the window is watched,
    // not owned.
    TrayController(
        Engine &engine, QWidget &window, QSettings &state, Options options, QObject *parent = nullptr);
    TrayController(Engine &engine, QWidget &window, QSettings &state, QObject *parent = nullptr);
    ~TrayController() override;

    // Shows the window, or with `startHidden` (--tray) leaves it in the tray. If no tray turns up
    // in time the window is shown minimised so PayNudge is never unreachable.
    void start(bool startHidden);

    bool isTrayVisible() const;
    State state() const { return m_state; }
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const;
    QMenu *menu() const { return m_menu.get(); }
    QAction *showAction() const { return m_show; }
    QAction *pauseAction() const { return m_pause; }
    QAction *sendDueAction() const { return m_sendDue; }
    QAction *settingsAction() const { return m_settings; }
    QAction *quitAction() const { return m_quit; }

    void showWindow(); // also brings it forward (a second launch, a click on a notification)
    // Hides the window in the tray; refused (the window stays) while a modal dialog is open
    // or no tray is there to come back from.
    bool hideWindow();
    void quit();
    // The operator's Quit (tray menu, File → Quit): says that reminders stop until PayNudge runs
    // again and quits only when confirmed. A logout or signal quits without asking (quit()).
    void confirmQuit();

    static QIcon iconFor(State state);

    // Has the engine's status re-read now (engine signals trigger that, once per burst); the
    // pending count follows from a background thread.
    void refresh();
    // The tooltip's countdown (once a second).
    void updateToolTip();

signals:
    void quitRequested();
    void settingsRequested();
    // Every notice the user is given (tray message or dialog): for the log and for tests.
    void notified(const QString &title, const QString &message);
    void stateChanged(paynudge::TrayController::State state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void updateTray();
    void retryTray();
    void showStatus();
    void updateActions();
    bool sendingPaused() const; // all sending, or every account
    void notify(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon);
    void onProblem(const QString &account, const QString &message);
    void onActivated(QSystemTrayIcon::ActivationReason reason);
    void closedWithoutTray();
    void toggleWindow();

    Engine &m_engine;
    QWidget &m_window;
    QSettings &m_uiState;
    Options m_options;
    EngineStatus &m_engineStatus;

    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_status = nullptr;
    QAction *m_show = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_sendDue = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QPointer<QMessageBox> m_noTrayBox;
    QPointer<QMessageBox> m_quitBox;

    QTimer m_retry;
    int m_retriesLeft = 0;
    bool m_startHidden = false;
    bool m_quitting = false;

    QTimer m_tick; // the countdown in the tooltip
    State m_state = State::Running;
    qint64 m_unknown = 0; // reminders waiting for a decision the user was told of
    QStringList m_problems;
    QString m_toolTip;
};

} // namespace paynudge
