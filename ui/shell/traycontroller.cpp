#include "shell/traycontroller.h"

#include "common/clock.h"
#include "common/logging.h"
#include "console/consoletext.h"
#include "console/messagebox.h"
#include "engine/engine.h"
#include "engine/enginestatus.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTray, "paynudge.ui.tray")

namespace paynudge {
namespace {

const QString kNoticeShownKey = u"tray/closeNoticeShown"_s;

QString countdown(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, (ms + 999) / 1000);
    const QString mmss = u"%1:%2"_s.arg((s % 3600) / 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
    return s >= 3600 ? QString::number(s / 3600) + u':' + mmss : mmss;
}

} // namespace

TrayController::TrayController(Engine &engine, QWidget &window, QSettings &state, QObject *parent)
    : TrayController(engine, window, state, Options(), parent)
{ }

TrayController::TrayController(
    Engine &engine, QWidget &window, QSettings &state, Options options, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_window(window)
    , m_uiState(state)
    , m_options(std::move(options))
    , m_engineStatus(engine.status())
{
    if (!m_options.trayAvailable)
        m_options.trayAvailable = [] { return QSystemTrayIcon::isSystemTrayAvailable(); };
    createActions();

    m_retry.setInterval(m_options.trayRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &TrayController::retryTray);
    m_tick.setInterval(1000);
    m_tick.setTimerType(Qt::CoarseTimer);
    connect(&m_tick, &QTimer::timeout, this, &TrayController::updateToolTip);

    m_engineStatus.setPace({ m_options.refreshDelayMs, m_options.countSpacingMs });
    connect(&m_engineStatus, &EngineStatus::changed, this, &TrayController::showStatus);
    connect(&m_engine, &Engine::problem, this, &TrayController::onProblem);
    connect(&m_engine, &Engine::configApplied, this, &TrayController::showStatus); // an account connected
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_quitting = true; });

    m_window.installEventFilter(this);
    m_engineStatus.refresh();
    // Reminders already waiting for a decision were reported by the engine at start; only new ones notify.
    m_unknown = m_engineStatus.unknownCount();
    showStatus();
}

TrayController::~TrayController()
{
    m_window.removeEventFilter(this);
    if (m_tray)
        m_tray->hide();
    QApplication::setQuitOnLastWindowClosed(true);
}

void TrayController::createActions()
{
    m_menu = std::make_unique<QMenu>();
    // What the tooltip says, for desktops that show the menu but no tooltip.
    m_status = m_menu->addAction(QString());
    m_status->setEnabled(false);
    m_menu->addSeparator();
    m_show = m_menu->addAction(tr("Show PayNudge"));
    connect(m_show, &QAction::triggered, this, &TrayController::showWindow);
    m_menu->addSeparator();
    m_pause = m_menu->addAction(tr("Pause sending"));
    connect(m_pause, &QAction::triggered, this, [this] {
        if (m_engine.isPaused())
            m_engine.resumeAll();
        else
            m_engine.pauseAll();
    });
    m_sendDue = m_menu->addAction(tr("Send due reminders now"));
    connect(m_sendDue, &QAction::triggered, this, [this] { m_engine.sweepSoon(); });
    m_menu->addSeparator();
    m_settings = m_menu->addAction(tr("Settings…"));
    connect(m_settings, &QAction::triggered, this, &TrayController::settingsRequested);
    m_quit = m_menu->addAction(tr("Quit PayNudge"));
    connect(m_quit, &QAction::triggered, this, &TrayController::confirmQuit);
}

QIcon TrayController::iconFor(State state)
{
    switch (state) {
    case State::Running:
        return QIcon(u":/icons/tray-running.svg"_s);
    case State::Paused:
        return QIcon(u":/icons/tray-paused.svg"_s);
    case State::Attention:
        return QIcon(u":/icons/tray-attention.svg"_s);
    case State::DryRun:
        return QIcon(u":/icons/tray-dryrun.svg"_s);
    }
    return {};
}

QIcon TrayController::icon() const
{
    return iconFor(m_state);
}

bool TrayController::isTrayVisible() const
{
    return m_tray && m_tray->isVisible();
}

void TrayController::start(bool startHidden)
{
    m_startHidden = startHidden;
    m_tick.start();
    updateTray();
    if (!isTrayVisible()) {
        m_retriesLeft = m_options.trayRetryCount;
        if (m_retriesLeft > 0)
            m_retry.start();
        qCInfo(lcTray) << "no system tray yet; looking for one every" << m_options.trayRetryMs << "ms";
    }
    if (!startHidden)
        showWindow();
    else if (!isTrayVisible() && m_retriesLeft <= 0)
        retryTray(); // nothing to wait for: show the window now
}

void TrayController::updateTray()
{
    if (!m_tray && m_options.trayAvailable()) {
        m_tray = new QSystemTrayIcon(icon(), this);
        m_tray->setContextMenu(m_menu.get());
        m_tray->setToolTip(m_toolTip);
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayController::onActivated);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayController::showWindow);
        m_tray->show();
        qCInfo(lcTray) << "tray icon shown";
    }
    // With the icon up, hiding the window must not end the application; without it, closing does.
    QApplication::setQuitOnLastWindowClosed(!isTrayVisible());
}

void TrayController::retryTray()
{
    updateTray();
    if (isTrayVisible()) {
        m_retry.stop();
        return;
    }
    if (--m_retriesLeft > 0)
        return;
    m_retry.stop();
    qCWarning(lcTray) << "no system tray available: the window stays reachable (minimised instead of hidden)";
    if (m_startHidden && !m_window.isVisible()) {
        m_window.showMinimized();
        notify(tr("No system tray"),
            tr("PayNudge was asked to start in the system tray, but this desktop has none. "
               "It runs minimised instead."),
            QSystemTrayIcon::Warning);
    }
}

void TrayController::showWindow()
{
    if (m_window.isMinimized())
        m_window.setWindowState(m_window.windowState() & ~Qt::WindowMinimized);
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

bool TrayController::hideWindow()
{
    if (!isTrayVisible())
        return false;
    // A dialog waiting for an answer would vanish with its window: keep both in view.
    if (QWidget *modal = QApplication::activeModalWidget()) {
        showWindow();
        modal->raise();
        return false;
    }
    m_window.hide();
    return true;
}

void TrayController::toggleWindow()
{
    if (m_window.isVisible() && !m_window.isMinimized())
        hideWindow();
    else
        showWindow();
}

void TrayController::quit()
{
    m_quitting = true;
    if (m_noTrayBox)
        m_noTrayBox->close();
    qCInfo(lcTray) << "quit requested";
    emit quitRequested();
}

void TrayController::confirmQuit()
{
    if (m_quitBox && m_quitBox->isVisible()) {
        m_quitBox->raise();
        return;
    }
    const QString title = tr("Quit PayNudge?");
    QString text = tr("Reminders stop until PayNudge runs again: orders that come due meanwhile are "
                      "reminded only after you start it.");
    if (isTrayVisible()) // only then does closing the window keep it working
        text += u' '
            + tr("To keep reminders going, close the window instead — PayNudge keeps working in the system "
                 "tray.");
    m_quitBox = MessageBox::ask(m_window.isVisible() ? &m_window : nullptr, MessageBox::Icon::Question, title,
        text, { { tr("Quit PayNudge"), true } }, -1, this, [this](int choice) {
            if (choice == 0)
                quit();
        });
    emit notified(title, text);
}

void TrayController::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger)
        toggleWindow();
    else if (reason == QSystemTrayIcon::DoubleClick)
        showWindow();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_window || event->type() != QEvent::Close)
        return QObject::eventFilter(watched, event);
    // A quit from the menu, the application ending, or the session logging out: let it close.
    if (m_quitting || qApp->isSavingSession())
        return false;
    event->ignore();
    if (!isTrayVisible()) {
        closedWithoutTray();
        return true;
    }
    if (hideWindow() && !m_uiState.value(kNoticeShownKey).toBool()) {
        m_uiState.setValue(kNoticeShownKey, true);
        m_uiState.sync();
        notify(tr("PayNudge is still running"),
            tr("Reminders keep going out while PayNudge runs in the system tray. "
               "To stop it, choose Quit PayNudge in the tray icon's menu."),
            QSystemTrayIcon::Information);
    }
    return true;
}

void TrayController::closedWithoutTray()
{
    if (m_noTrayBox && m_noTrayBox->isVisible()) {
        m_noTrayBox->raise();
        return;
    }
    const QString title = tr("Keep PayNudge running?");
    const QString text
        = tr("This desktop has no system tray, so PayNudge cannot hide there. Reminders are only "
             "sent while PayNudge runs: minimise it to keep it working, or quit.");
    enum
    {
        Minimise,
        Quit
    };
    m_noTrayBox = MessageBox::ask(&m_window, MessageBox::Icon::Question, title, text,
        { { tr("Minimise"), false }, { tr("Quit PayNudge"), true } }, Minimise, this, [this](int choice) {
            if (choice == Minimise)
                m_window.showMinimized();
            else if (choice == Quit)
                quit();
        });
    emit notified(title, text);
}

void TrayController::notify(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon)
{
    qCInfo(lcTray).noquote() << "notice:" << title << "—" << message;
    if (isTrayVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, icon, 15000);
    emit notified(title, message);
}

void TrayController::onProblem(const QString &account, const QString &message)
{
    const AccountConfig *a = m_engine.config().account(account);
    const QString title = account.isEmpty()
        ? tr("PayNudge needs your attention")
        : tr("%1 needs your attention").arg(a ? a->displayName() : account);
    notify(title, logging::redact(message), QSystemTrayIcon::Warning);
}

void TrayController::refresh()
{
    m_engineStatus.refresh();
    showStatus();
}

void TrayController::showStatus()
{
    const qint64 now = m_engine.clock().nowMs();
    const qint64 unknown = m_engineStatus.unknownCount();
    if (unknown > m_unknown)
        notify(tr("Reminders need a decision"),
            tr("%n reminder(s) may or may not have reached the customer. In the history, mark them as sent "
               "or send them again.",
                nullptr, int(unknown)),
            QSystemTrayIcon::Warning);
    m_unknown = unknown;

    m_problems.clear();
    const QList<HealthReason> &problems = m_engineStatus.problems();
    for (const HealthReason &r : problems) {
        const AccountConfig *a = m_engine.config().account(r.account);
        const QString name = a ? a->displayName() : r.account;
        if (r.kind == HealthReason::Kind::AccountPaused)
            m_problems << tr("%1 paused: %2").arg(name, r.problem ? r.problem.text() : r.text);
        else if (r.kind == HealthReason::Kind::TokenRefresh)
            m_problems
                << tr("%1: token refresh failing: %2").arg(name, r.problem ? r.problem.text() : r.text);
    }
    m_problems.sort();
    // The store or WeChat stops every account: said before any one account's problem.
    for (const HealthReason &r : problems) {
        if (r.stopsEveryAccount())
            m_problems.prepend(ConsoleText::healthReason(r, now, m_engine.config().reminder.plan.zone));
    }

    const State state = (!m_problems.isEmpty() || m_unknown > 0) ? State::Attention
        : sendingPaused()                                        ? State::Paused
        : m_engineStatus.isDryRunOnly()                          ? State::DryRun
                                                                 : State::Running;
    if (state != m_state) {
        m_state = state;
        if (m_tray)
            m_tray->setIcon(icon());
        emit stateChanged(state);
    }
    updateActions();
    updateToolTip();
}

bool TrayController::sendingPaused() const
{
    return m_engineStatus.isPaused() || m_engineStatus.isEveryAccountPaused();
}

void TrayController::updateActions()
{
    const bool paused = m_engineStatus.isPaused();
    m_pause->setText(paused ? tr("Resume sending") : tr("Pause sending"));
    m_sendDue->setEnabled(!paused);
}

void TrayController::updateToolTip()
{
    QStringList lines;
    switch (m_state) {
    case State::Running:
        lines << tr("PayNudge — sending");
        break;
    case State::Paused:
        lines << tr("PayNudge — paused");
        break;
    case State::Attention:
        lines << tr("PayNudge — needs attention");
        break;
    case State::DryRun:
        lines << u"PayNudge — "_s + ConsoleText::dryRunOnly();
        break;
    }
    lines << tr("%n order(s) awaiting payment", nullptr,
        int(std::min<qint64>(m_engineStatus.pendingCount(), INT_MAX)));
    if (sendingPaused())
        lines << tr("Sending is paused");
    else if (const std::optional<qint64> next = m_engineStatus.nextDueAt())
        lines << tr("Next reminder in %1").arg(countdown(*next - m_engine.clock().nowMs()));
    else
        lines << tr("No reminder scheduled");
    // The menu's first line: what is happening now; "dry run only" must not read as sending.
    QStringList menuLine = lines.mid(1, 2);
    if (m_state == State::DryRun)
        menuLine.prepend(ConsoleText::dryRunOnly());
    m_status->setText(menuLine.join(u" · "_s));
    if (m_unknown > 0)
        lines << tr("%n reminder(s) need a decision", nullptr, int(std::min<qint64>(m_unknown, INT_MAX)));
    lines += m_problems.mid(0, 3);
    const QString text = lines.join(u'\n');
    if (text == m_toolTip)
        return;
    m_toolTip = text;
    if (m_tray)
        m_tray->setToolTip(text);
}

} // namespace paynudge
