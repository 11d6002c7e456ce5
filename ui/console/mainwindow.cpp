#include "console/mainwindow.h"

#include "common/clock.h"
#include "console/aboutbox.h"
#include "console/auditview.h"
#include "console/consoletable.h"
#include "console/consoletext.h"
#include "console/engineslabel.h"
#include "console/historymodel.h"
#include "console/historyview.h"
#include "console/importdialog.h"
#include "console/manual.h"
#include "console/optoutview.h"
#include "console/orderdetaildialog.h"
#include "console/pendingordersmodel.h"
#include "console/pendingview.h"
#include "console/quotalabel.h"
#include "console/setupcheckdialog.h"
#include "console/setupchecklist.h"
#include "console/statisticsview.h"
#include "console/statusbanner.h"
#include "console/uistate.h"
#include "engine/engine.h"
#include "engine/enginestatus.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {

MainWindow::MainWindow(Engine &engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("PayNudge — 催付助手"));
    m_actions = new OperatorActions(engine, this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    m_banner = new StatusBanner(engine, central);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setDocumentMode(true);
    m_pending = new PendingView(engine, engine.reads(), m_tabs);
    m_history = new HistoryView(engine, engine.reads(), m_tabs);
    m_statistics = new StatisticsView(engine, engine.reads(), m_tabs);
    m_tabs->addTab(m_pending, tr("&Pending orders"));
    m_tabs->addTab(m_history, tr("Send &history"));
    m_tabs->addTab(m_statistics, tr("&Statistics"));
    m_optOuts = new OptOutView(engine, engine.reads(), m_tabs);
    m_tabs->addTab(m_optOuts, tr("Do &not remind"));
    m_audit = new AuditView(engine, engine.reads(), m_tabs); // issue 17: who changed what
    m_tabs->addTab(m_audit, tr("A&udit log"));
    connect(m_audit, &AuditView::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_engineLabel = new QLabel(this);
    m_engineLabel->setObjectName(u"engineStatus"_s);
    m_nextLabel = new QLabel(this);
    m_nextLabel->setObjectName(u"nextReminderStatus"_s);
    auto *engines = new EnginesLabel(engine, this);
    auto *quota = new QuotaLabel(engine, this);
    connect(quota, &QuotaLabel::changed, m_banner, &StatusBanner::refresh);
    statusBar()->addPermanentWidget(engines);
    statusBar()->addPermanentWidget(quota);
    statusBar()->addPermanentWidget(m_nextLabel);
    statusBar()->addPermanentWidget(m_engineLabel);

    createActions();
    createOptOutActions();
    createMenus();

    connect(m_pending, &PendingView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_history, &HistoryView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_history, &HistoryView::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_statistics, &StatisticsView::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_actions, &OperatorActions::done, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(&engine, &Engine::configApplied, this, [this] {
        m_pending->updateAccounts();
        m_history->updateAccounts();
        fillAccountMenu();
        m_pending->table().viewport()->update(); // account names
        m_history->table().viewport()->update();
    });
    connect(&engine.status(), &EngineStatus::changed, this, &MainWindow::updateStatus);
    // Whether the engine runs is not the status's: it changes with these.
    connect(&engine, &Engine::pausedChanged, this, &MainWindow::updateStatus);
    connect(&engine, &Engine::healthChanged, this, &MainWindow::updateStatus);
    // Rows change under a selection (a reminder goes out): what the actions may do changes too.
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(&m_pending->model()),
             static_cast<QAbstractItemModel *>(&m_history->model()) })
        connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    // The countdown of the next reminder.
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();

    createDetailAction();
    // Fits the screen it opens on (a 1366×768 laptop included); a saved geometry replaces it.
    setGeometry(UiState::defaultGeometry(screen()->availableGeometry()));
    updateActions();
    updateStatus();
    // Beside the store's file; a shared store's "path" names its server, so its window keeps its
    // layout in the data folder (setSetupCheckPaths()).
    if (!engine.config().store.shared())
        setUiStatePath(QFileInfo(engine.storePath()).absoluteDir().filePath(u"ui-state.ini"_s));
}

MainWindow::~MainWindow()
{
    saveUiState();
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, QStyle::StandardPixmap icon,
                    const QKeySequence &key) {
        auto *a = new QAction(style()->standardIcon(icon), text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(text.split(u'\t').first().remove(u'&') + u"  ("_s
                + key.toString(QKeySequence::NativeText) + u')');
        }
        return a;
    };
    m_sendNow = make(u"sendNowAction"_s, tr("Send &now"), QStyle::SP_ArrowForward,
        QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_skip = make(
        u"skipAction"_s, tr("S&kip reminder"), QStyle::SP_MediaSkipForward, QKeySequence(Qt::Key_Delete));
    m_resend = make(
        u"resendAction"_s, tr("&Resend…"), QStyle::SP_BrowserReload, QKeySequence(Qt::CTRL | Qt::Key_R));
    m_markSent = make(u"markSentAction"_s, tr("Unknown: &mark sent"), QStyle::SP_DialogApplyButton, {});
    m_resendUnknown
        = make(u"resendUnknownAction"_s, tr("Unknown: resen&d"), QStyle::SP_DialogRetryButton, {});
    m_pauseAll = make(u"pauseAllAction"_s, tr("&Pause all sending"), QStyle::SP_MediaPause,
        QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAll->setCheckable(true);
    m_export = make(u"exportAction"_s, tr("&Export history as CSV…"), QStyle::SP_DialogSaveButton,
        QKeySequence(Qt::CTRL | Qt::Key_E));
    m_import = make(u"importAction"_s, tr("&Import orders from CSV…"), QStyle::SP_DialogOpenButton,
        QKeySequence(Qt::CTRL | Qt::Key_I));

    connect(m_sendNow, &QAction::triggered, this, [this] { m_actions->sendNow(selectedTargets()); });
    connect(m_skip, &QAction::triggered, this, [this] { m_actions->skip(selectedTargets()); });
    connect(m_resend, &QAction::triggered, this, [this] { m_actions->resend(selectedTargets()); });
    connect(m_markSent, &QAction::triggered, this,
        [this] { m_actions->resolveUnknown(selectedTargets(), true); });
    connect(m_resendUnknown, &QAction::triggered, this,
        [this] { m_actions->resolveUnknown(selectedTargets(), false); });
    connect(
        m_pauseAll, &QAction::triggered, this, [this](bool checked) { m_actions->setAllPaused(checked); });
    connect(m_export, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_history);
        m_history->exportCsv();
    });
    connect(m_import, &QAction::triggered, this, &MainWindow::importCsv);

    const QList<QAction *> rowActions { m_sendNow, m_skip, m_resend, m_markSent, m_resendUnknown };
    for (ConsoleTable *table : { &m_pending->table(), &m_history->table() })
        table->addActions(rowActions);
}

void MainWindow::createOptOutActions()
{
    // A row's customer onto the do-not-remind list (issue 17): asks for the reason, names them masked.
    m_optOutCustomer = new QAction(tr("Do not remind this customer…"), this);
    m_optOutCustomer->setObjectName(u"optOutCustomerAction"_s);
    connect(m_optOutCustomer, &QAction::triggered, this, [this] {
        const QList<ActionTarget> targets = selectedTargets();
        if (!targets.isEmpty())
            m_optOuts->addCustomer(targets.first().openid, targets.first().nickname);
    });
    for (ConsoleTable *table : { &m_pending->table(), &m_history->table() })
        table->addAction(m_optOutCustomer);
    auto enable = [this] { m_optOutCustomer->setEnabled(!selectedTargets().isEmpty()); };
    connect(m_pending, &PendingView::selectionChanged, this, enable);
    connect(m_history, &HistoryView::selectionChanged, this, enable);
    connect(m_tabs, &QTabWidget::currentChanged, this, enable);
    enable();
    m_importOptOuts = new QAction(tr("Import do-not-remind &list…"), this);
    m_importOptOuts->setObjectName(u"importOptOutsAction"_s);
    connect(m_importOptOuts, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_optOuts);
        m_optOuts->importCsv();
    });
    connect(m_optOuts, &OptOutView::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_import);
    file->addAction(m_importOptOuts);
    file->addAction(m_export);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *actions = menuBar()->addMenu(tr("&Actions"));
    actions->addAction(m_sendNow);
    actions->addAction(m_skip);
    actions->addAction(m_resend);
    actions->addSeparator();
    actions->addAction(m_markSent);
    actions->addAction(m_resendUnknown);
    actions->addSeparator();
    actions->addAction(m_pauseAll);
    m_accountMenu = actions->addMenu(tr("Pause &account"));
    m_accountMenu->setObjectName(u"accountMenu"_s);
    connect(m_accountMenu, &QMenu::aboutToShow, this, &MainWindow::fillAccountMenu);
    fillAccountMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QWidget *> pages { m_pending, m_history, m_statistics };
    for (int i = 0; i < pages.size(); ++i) {
        QAction *go = view->addAction(m_tabs->tabText(i).remove(u'&'));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QWidget *page = pages.at(i);
        connect(go, &QAction::triggered, this, [this, page] { m_tabs->setCurrentWidget(page); });
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find"), this, [this] {
        if (m_tabs->currentWidget() == m_history)
            m_history->focusSearch();
        else {
            m_tabs->setCurrentWidget(m_pending);
            m_pending->focusSearch();
        }
    });
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);
    QAction *refresh
        = view->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this, [this] {
              m_pending->model().reload();
              m_history->model().reload();
              m_statistics->refresh();
          });
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *checkSetupAction = help->addAction(tr("Check &setup…"), this, [this] { checkSetup(); });
    checkSetupAction->setObjectName(u"checkSetupAction"_s);
    QAction *checklistAction
        = help->addAction(tr("Setup check&list…"), this, [this] { showSetupChecklist(); });
    checklistAction->setObjectName(u"setupChecklistAction"_s);
    connect(m_banner, &StatusBanner::setupRequested, this, [this] { showSetupChecklist(); });
    connect(m_banner, &StatusBanner::settingsKeyRequested, this, &MainWindow::settingsKeyRequested);
    createHelpActions(help);

    QToolBar *bar = addToolBar(tr("Actions"));
    bar->setObjectName(u"actionsToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_sendNow);
    bar->addAction(m_skip);
    bar->addAction(m_resend);
    bar->addSeparator();
    bar->addAction(m_pauseAll);
    bar->addSeparator();
    bar->addAction(m_export);
}

void MainWindow::fillAccountMenu()
{
    m_accountMenu->clear();
    for (const AccountConfig &a : m_engine.config().accounts) {
        QAction *toggle = m_accountMenu->addAction(a.displayName());
        toggle->setObjectName(u"pauseAccount_"_s + a.key);
        toggle->setCheckable(true);
        toggle->setChecked(m_engine.isAccountPaused(a.key));
        const QString key = a.key;
        connect(toggle, &QAction::triggered, this,
            [this, key](bool checked) { m_actions->setAccountPaused(key, checked); });
    }
}

QList<ActionTarget> MainWindow::selectedTargets() const
{
    if (m_tabs->currentWidget() == m_pending)
        return m_pending->selectedTargets();
    if (m_tabs->currentWidget() == m_history)
        return m_history->selectedTargets();
    return {};
}

void MainWindow::updateActions()
{
    const QList<ActionTarget> targets = selectedTargets();
    bool open = false;
    bool unknown = false;
    for (const ActionTarget &t : targets) {
        open = open || t.openReminderId != 0;
        unknown = unknown || t.unknownReminderId != 0;
    }
    m_sendNow->setEnabled(open);
    m_skip->setEnabled(open);
    m_resend->setEnabled(!targets.isEmpty());
    m_markSent->setEnabled(unknown);
    m_resendUnknown->setEnabled(unknown);
}

namespace {
// What stops every account, not one: the store or the way to WeChat (account pauses have their count).
std::optional<HealthReason::Kind> engineFault(const QList<HealthReason> &problems)
{
    for (const HealthReason &r : problems)
        if (r.stopsEveryAccount())
            return r.kind;
    return std::nullopt;
}
} // namespace

void MainWindow::updateStatus()
{
    const EngineStatus &status = m_engine.status();
    const bool paused = status.isPaused();
    {
        const QSignalBlocker block(m_pauseAll);
        m_pauseAll->setChecked(paused);
    }
    m_pauseAll->setText(paused ? tr("Resume &all sending") : tr("&Pause all sending"));
    m_pauseAll->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));

    const QSet<QString> &pausedAccounts = status.pausedAccounts();
    if (paused)
        m_engineLabel->setText(tr("Sending paused"));
    else if (!m_engine.isRunning())
        m_engineLabel->setText(tr("Engine stopped"));
    else if (const auto fault = engineFault(status.problems()))
        m_engineLabel->setText(tr("Degraded — %1").arg(ConsoleText::healthLabel(*fault)));
    else if (status.isEveryAccountPaused())
        m_engineLabel->setText(tr("Sending paused for every account"));
    else if (!pausedAccounts.isEmpty())
        m_engineLabel->setText(tr("Running — %n account(s) paused", nullptr, int(pausedAccounts.size())));
    else if (status.isDryRunOnly())
        m_engineLabel->setText(ConsoleText::dryRunOnly());
    else
        m_engineLabel->setText(tr("Running"));

    const std::optional<qint64> next = status.nextDueAt();
    if (paused || status.isEveryAccountPaused())
        m_nextLabel->setText(tr("Sending is paused: no reminder goes out until you resume"));
    else if (!next)
        m_nextLabel->setText(tr("No reminder scheduled"));
    else
        m_nextLabel->setText(
            tr("Next reminder in %1").arg(ConsoleText::countdown(*next - m_engine.clock().nowMs())));
}

void MainWindow::importCsv()
{
    auto *dialog = new ImportDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->chooseFile()) {
        delete dialog;
        return;
    }
    connect(dialog, &ImportDialog::imported, this, [this](const QString &summary) {
        statusBar()->showMessage(summary, 8000);
        m_tabs->setCurrentWidget(m_pending); // where the new orders are
    });
    dialog->open();
}

void MainWindow::setSetupCheckPaths(const QString &configPath, const QString &dataDir)
{
    m_setupConfigPath = configPath;
    m_setupDataDir = dataDir;
    if (m_engine.config().store.shared() && !dataDir.isEmpty())
        setUiStatePath(QDir(dataDir).filePath(u"ui-state.ini"_s));
}

void MainWindow::createDetailAction()
{
    m_detail = new QAction(tr("Order &details…"), this);
    m_detail->setObjectName(u"detailAction"_s);
    connect(m_detail, &QAction::triggered, this, [this] {
        const QList<ActionTarget> targets = selectedTargets();
        if (!targets.isEmpty())
            showOrderDetail(targets.first().orderId);
    });
    for (ConsoleTable *table : { &m_pending->table(), &m_history->table() })
        table->insertAction(table->actions().value(0), m_detail);
    connect(m_pending, &PendingView::detailRequested, this, &MainWindow::showOrderDetail);
    // The history's rows name their order too: a double-click selects the row, then shows its order.
    connect(&m_history->table(), &QAbstractItemView::doubleClicked, this, [this] {
        const QList<ActionTarget> targets = m_history->selectedTargets();
        if (!targets.isEmpty())
            showOrderDetail(targets.first().orderId);
    });
}

OrderDetailDialog *MainWindow::showOrderDetail(qint64 orderId)
{
    m_details.removeIf([](const auto &it) { return it.value().isNull(); }); // closed ones
    QPointer<OrderDetailDialog> &dialog = m_details[orderId];
    if (!dialog) {
        dialog = new OrderDetailDialog(m_engine, m_actions, orderId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

SetupCheckDialog *MainWindow::checkSetup()
{
    if (!m_setupCheck) {
        SetupCheckDialog::Context context;
        context.configPath = m_setupConfigPath.isEmpty() ? m_engine.config().sourcePath : m_setupConfigPath;
        context.dataDir = dataDir();
        context.clock = &m_engine.clock();
        m_setupCheck = new SetupCheckDialog(context, this);
        m_setupCheck->setAttribute(Qt::WA_DeleteOnClose);
        m_setupCheck->run();
    }
    m_setupCheck->show();
    m_setupCheck->raise();
    m_setupCheck->activateWindow();
    return m_setupCheck;
}

SetupChecklist *MainWindow::showSetupChecklist()
{
    if (!m_setupChecklist) {
        m_setupChecklist = new SetupChecklist(m_engine, m_uiStatePath, this);
        m_setupChecklist->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            m_setupChecklist, &SetupChecklist::settingsRequested, this, &MainWindow::settingsKeyRequested);
        connect(m_setupChecklist, &SetupChecklist::importRequested, this, &MainWindow::importCsv);
        connect(m_setupChecklist, &SetupChecklist::setupCheckRequested, this, [this] { checkSetup(); });
        m_setupChecklist->setIntakePort(m_intakePort);
    }
    m_setupChecklist->show();
    m_setupChecklist->raise();
    m_setupChecklist->activateWindow();
    return m_setupChecklist;
}

void MainWindow::offerSetupChecklist()
{
    if (!m_demo && SetupSteps::nothingSetUp(SetupSteps::compute(SetupSteps::inputsFrom(m_engine, false))))
        showSetupChecklist();
}

void MainWindow::setIntakePort(quint16 port)
{
    m_intakePort = port;
    if (m_setupChecklist)
        m_setupChecklist->setIntakePort(port);
}

void MainWindow::createHelpActions(QMenu *help)
{
    QAction *manual = help->addAction(tr("&Manual"), this, [this] { Manual::open(this); });
    manual->setObjectName(u"manualAction"_s);
    manual->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About PayNudge"), this, [this] { showAbout(); });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

QString MainWindow::dataDir() const
{
    return m_setupDataDir.isEmpty() ? QFileInfo(m_engine.storePath()).absolutePath() : m_setupDataDir;
}

QMessageBox *MainWindow::showAbout()
{
    return AboutBox::show(this, m_engine, dataDir());
}

QString MainWindow::statusText() const
{
    return m_engineLabel->text() + u" · "_s + m_nextLabel->text();
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    setWindowTitle(
        demo ? tr("PayNudge — 催付助手 — DEMO (sample data, nothing is sent)") : tr("PayNudge — 催付助手"));
    m_banner->setDemo(demo);
}

void MainWindow::setUiStatePath(const QString &path)
{
    m_uiStatePath = path;
    int tab = 0;
    const UiState state(path);
    if (state.restore(*this,
            { { u"pending"_s, m_pending->table().horizontalHeader() },
                { u"history"_s, m_history->table().horizontalHeader() } },
            &tab))
        m_tabs->setCurrentIndex(std::clamp(tab, 0, m_tabs->count() - 1));
    m_pending->table().refitColumns();
    // Which engine sent says something only where several share the store.
    m_history->table().setColumnHidden(int(HistoryColumn::Engine), !m_engine.config().store.shared());
    // The restored sort indicators are the sorts to show.
    for (ConsoleTable *table : { &m_pending->table(), &m_history->table() })
        table->sortByColumn(table->horizontalHeader()->sortIndicatorSection(),
            table->horizontalHeader()->sortIndicatorOrder());
}

void MainWindow::saveUiState() const
{
    if (m_uiStatePath.isEmpty())
        return;
    UiState(m_uiStatePath)
        .save(*this,
            { { u"pending"_s, m_pending->table().horizontalHeader() },
                { u"history"_s, m_history->table().horizontalHeader() } },
            m_tabs->currentIndex());
}

void MainWindow::hideEvent(QHideEvent *event)
{
    // Hidden to the tray or closing: either way the layout is worth keeping now.
    saveUiState();
    QMainWindow::hideEvent(event);
}

} // namespace paynudge
