#pragma once

#include "console/operatoractions.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QMenu;
class QMessageBox;
class QTabWidget;

namespace paynudge {

class Engine;
class HistoryView;
class OperatorActions;
class OptOutView;
class OrderDetailDialog;
class PendingView;
class SetupCheckDialog;
class SetupChecklist;
class StatisticsView;
class AuditView;
class StatusBanner;

// The operator console: pending orders with live countdowns, the send history, statistics,
// the operator's commands (menus, toolbar, context menus, shortcuts) and a banner and status
// bar for what the engine is doing. It reads through the console query layer and commands the
// engine; it never talks SQL or HTTP itself. Closing is left alone: the tray watches it with an
// event filter.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Says plainly, in the title and a banner, that this is the demo.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }
    // Where window geometry and column layouts are kept (default: ui-state.ini next to the
    // store); restores what was saved there.
    void setUiStatePath(const QString &path);
    void saveUiState() const;

    PendingView &pendingView() const { return *m_pending; }
    HistoryView &historyView() const { return *m_history; }
    StatisticsView &statisticsView() const { return *m_statistics; }
    OptOutView &optOutView() const { return *m_optOuts; }
    AuditView &auditView() const { return *m_audit; }
    StatusBanner &banner() const { return *m_banner; }
    QTabWidget &tabs() const { return *m_tabs; }
    OperatorActions &actions() const { return *m_actions; }
    // The window's actions by object name ("resendAction", "pauseAllAction", …).
    QAction *action(const QString &objectName) const;
    QString statusText() const;
    // File → Import orders from CSV: asks for a file, then shows the import dialog for it.
    void importCsv();
    // Where Help → Check setup looks (the command line's --config and --data-dir); by default the
    // engine's configuration file and the store's folder.
    void setSetupCheckPaths(const QString &configPath, const QString &dataDir);
    // Help → Check setup: opens the setup report (one at a time) and runs the checks.
    SetupCheckDialog *checkSetup();
    // Help → Setup checklist (one at a time); also the dry-run banner's button.
    SetupChecklist *showSetupChecklist();
    // At start: the checklist opens by itself while nothing is set up (not in the demo).
    void offerSetupChecklist();
    // The port the intake API really listens on (0: not listening), for the checklist's address.
    void setIntakePort(quint16 port);
    // An order's detail (one dialog per order, raised again when open); both lists open it by
    // double-click with the order's id, never its row.
    OrderDetailDialog *showOrderDetail(qint64 orderId);
    // Help → About: version, Qt, data folder, store, licence (shown, deleted on close).
    QMessageBox *showAbout();

signals:
    void settingsRequested();
    // Settings at the field of a configuration key (the setup checklist's buttons).
    void settingsKeyRequested(const QString &key);
    void quitRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createOptOutActions();
    QList<ActionTarget> selectedTargets() const;
    void updateActions();
    void updateStatus();
    void fillAccountMenu();
    void createDetailAction();
    void createHelpActions(QMenu *help);
    QString dataDir() const;

    Engine &m_engine;
    OperatorActions *m_actions = nullptr;
    StatusBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    PendingView *m_pending = nullptr;
    HistoryView *m_history = nullptr;
    StatisticsView *m_statistics = nullptr;
    AuditView *m_audit = nullptr;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_nextLabel = nullptr;
    QMenu *m_accountMenu = nullptr;
    QAction *m_sendNow = nullptr;
    QAction *m_skip = nullptr;
    QAction *m_resend = nullptr;
    QAction *m_markSent = nullptr;
    QAction *m_resendUnknown = nullptr;
    QAction *m_pauseAll = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_detail = nullptr;
    OptOutView *m_optOuts = nullptr;
    QAction *m_optOutCustomer = nullptr;
    QAction *m_importOptOuts = nullptr;
    QTimer m_statusTimer;
    QString m_uiStatePath;
    QString m_setupConfigPath;
    QString m_setupDataDir;
    QPointer<SetupCheckDialog> m_setupCheck;
    QPointer<SetupChecklist> m_setupChecklist;
    quint16 m_intakePort = 0;
    QHash<qint64, QPointer<OrderDetailDialog>> m_details;
    bool m_demo = false;
};

} // namespace paynudge
