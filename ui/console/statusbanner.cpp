#include "console/statusbanner.h"

#include "common/clock.h"
#include "console/consoletext.h"
#include "console/operatoractions.h"
#include "engine/engine.h"
#include "engine/enginestatus.h"
#include "wechat/wechatsender.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace paynudge {

StatusBanner::StatusBanner(Engine &engine, QWidget *parent)
    : QFrame(parent)
    , m_engine(engine)
{
    setObjectName(u"statusBanner"_s);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    connect(&engine, &Engine::accountStateChanged, this, &StatusBanner::refresh);
    connect(&engine, &Engine::pausedChanged, this, &StatusBanner::refresh);
    connect(&engine, &Engine::problem, this, &StatusBanner::addProblem);
    connect(&engine, &Engine::healthChanged, this, &StatusBanner::refresh);
    connect(&engine, &Engine::configApplied, this, &StatusBanner::refresh); // an account connected
    // A timed pause that runs out has no engine signal: the status notices it.
    connect(&engine.status(), &EngineStatus::changed, this, [this] {
        if (shownStatus() != m_shownStatus)
            refresh();
    });
    engine.status().refresh();
    refresh();
}

const char *StatusBanner::shopCheckKey(HealthReason::Kind kind)
{
    if (kind == HealthReason::Kind::ShopDbUnreachable)
        return "shopdb/host";
    if (kind == HealthReason::Kind::PrecheckFailing)
        return "precheck/url";
    return nullptr;
}

void StatusBanner::setDemo(bool demo)
{
    m_demo = demo;
    refresh();
}

void StatusBanner::addProblem(const QString &account, const QString &message)
{
    // A pause already has its line (with its reason) from the account's state.
    if (!account.isEmpty() && m_engine.status().pausedAccounts().contains(account))
        return;
    const QString line = account.isEmpty() ? message : account + u": "_s + message;
    if (!m_problems.contains(line))
        m_problems << line;
    refresh();
}

QStringList StatusBanner::lines() const
{
    QStringList out;
    for (const QFrame *line : m_lines)
        for (const QLabel *label : line->findChildren<QLabel *>())
            out << label->text();
    return out;
}

void StatusBanner::addLine(const QString &text, const QString &buttonText, const QString &objectName,
    const std::function<void()> &onClick, bool warning)
{
    auto *line = new QFrame(this);
    line->setObjectName(objectName);
    line->setAutoFillBackground(true);
    QPalette p = line->palette();
    p.setColor(QPalette::Window, warning ? QColor(0xfd, 0xec, 0xea) : QColor(0xe8, 0xf1, 0xfb));
    p.setColor(QPalette::WindowText, warning ? QColor(0x8a, 0x1f, 0x11) : QColor(0x1a, 0x3e, 0x6e));
    line->setPalette(p);
    auto *row = new QHBoxLayout(line);
    row->setContentsMargins(10, 6, 10, 6);
    auto *label = new QLabel(text, line);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(label, 1);
    if (!buttonText.isEmpty()) {
        auto *button = new QPushButton(buttonText, line);
        button->setObjectName(objectName + u"Button"_s);
        connect(button, &QPushButton::clicked, this, onClick);
        row->addWidget(button);
    }
    m_layout->addWidget(line);
    m_lines << line;
}

QStringList StatusBanner::shownStatus() const
{
    const EngineStatus &status = m_engine.status();
    QStringList shown = status.pausedAccounts().values();
    shown.sort();
    shown.prepend(status.isPaused() ? u"paused"_s : u"sending"_s);
    shown.prepend(status.isDryRunOnly() ? u"dry run"_s : u"real"_s);
    for (const HealthReason &r : status.problems())
        if (r.stopsEveryAccount() || shopCheckKey(r.kind))
            shown << wireName(r.kind) + r.text;
    return shown;
}

void StatusBanner::refresh()
{
    const EngineStatus &status = m_engine.status();
    m_shownStatus = shownStatus();
    // Later, not now: this may run inside a click on one of these lines' buttons.
    for (QFrame *line : std::exchange(m_lines, {})) {
        m_layout->removeWidget(line);
        line->hide();
        line->deleteLater();
    }
    if (m_demo)
        addLine(tr("Demo: sample orders arrive every few seconds and nothing is sent to WeChat (dry run). "
                   "Everything you see is deleted when PayNudge quits."),
            {}, u"demoLine"_s, {}, false);
    // A store that cannot write or WeChat out of reach stops every account: first, above the rest.
    const qint64 now = m_engine.clock().nowMs();
    for (const HealthReason &r : status.problems()) {
        const QString text = ConsoleText::healthReason(r, now, m_engine.config().reminder.plan.zone);
        // The shop's payment check holds (or lets through) every account's reminders: its line leads
        // to where the database or the hook is set up.
        if (const char *key = shopCheckKey(r.kind))
            addLine(
                text, tr("Shop database settings…"), u"health_"_s + wireName(r.kind),
                [this, key] { emit settingsKeyRequested(QString::fromLatin1(key)); }, true);
        else if (r.stopsEveryAccount())
            addLine(text, {}, u"health_"_s + wireName(r.kind), {}, true);
    }
    if (status.isPaused())
        addLine(
            tr("Sending is paused for all accounts: reminders wait until you resume."), tr("Resume"),
            u"pausedAll"_s, [this] { m_engine.resumeAll(OperatorActions::actor()); }, true);
    // The demo says it itself; otherwise a fresh start must not look like sending.
    if (!m_demo && status.isDryRunOnly())
        addLine(
            tr("%1: reminders are only recorded here, no customer receives them. Connect a WeChat "
               "official account to send them.")
                .arg(ConsoleText::dryRunOnly()),
            tr("Setup checklist…"), u"dryRunLine"_s, [this] { emit setupRequested(); }, false);
    QStringList paused = status.pausedAccounts().values();
    paused.sort();
    const auto states = m_engine.accountStates();
    for (const QString &key : std::as_const(paused)) {
        const AccountState s = states.value(key);
        const AccountConfig *a = m_engine.config().account(s.account);
        const QString name = a ? a->displayName() + u" ("_s + s.account + u')' : s.account;
        const QString text
            = s.reason.isEmpty() ? tr("%1 paused").arg(name) : tr("%1 paused: %2").arg(name, s.reasonText());
        const QString account = s.account;
        addLine(
            text, tr("Retry"), u"paused_"_s + account,
            [this, account] { m_engine.resumeAccount(account, OperatorActions::actor()); }, true);
    }
    // Still sending with a valid token, which runs out unless the refresh works again.
    const QHash<QString, QString> refreshProblems = m_engine.tokenRefreshProblems();
    QStringList failing = refreshProblems.keys();
    failing.sort();
    for (const QString &account : std::as_const(failing)) {
        if (status.pausedAccounts().contains(account)) // the pause line says what stops it
            continue;
        const AccountConfig *a = m_engine.config().account(account);
        const QString name = a ? a->displayName() + u" ("_s + account + u')' : account;
        const Error why = m_engine.tokenRefreshError(account);
        addLine(
            tr("%1: token refresh failing: %2").arg(name, why ? why.text() : refreshProblems.value(account)),
            {}, u"tokenRefresh_"_s + account, {}, true);
    }
    // A mapping WeChat accepts but that never tells the customer the deadline or the order.
    for (const AccountConfig &a : m_engine.config().accounts) {
        const QStringList warnings = m_engine.templateWarnings(a.key);
        if (!warnings.isEmpty() && !status.pausedAccounts().contains(a.key))
            addLine(tr("%1 (%2): the message WeChat will show: %3")
                        .arg(a.displayName(), a.key, warnings.join(u' ')),
                {}, u"template_"_s + a.key, {}, true);
    }
    if (wechat::WeChatSender *sender = m_engine.wechatSender()) {
        for (const AccountConfig &a : m_engine.config().accounts) {
            const auto q = a.sendsForReal() ? sender->quota().quota(a.key) : std::nullopt;
            if (q && q->known() && q->nearLimit())
                addLine(tr("%1 has used %2 % of today's WeChat quota (%3 of %4): at 100 % every send fails "
                           "until midnight Beijing time.")
                            .arg(a.displayName())
                            .arg(q->percentUsed())
                            .arg(q->used)
                            .arg(q->dailyLimit),
                    {}, u"quota_"_s + a.key, {}, true);
        }
    }
    for (const QString &problem : std::as_const(m_problems)) {
        addLine(
            problem, tr("Dismiss"), u"problem"_s,
            [this, problem] {
                m_problems.removeAll(problem);
                refresh();
            },
            true);
    }
    setVisible(!m_lines.isEmpty());
}

} // namespace paynudge
