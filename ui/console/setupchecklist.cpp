#include "console/setupchecklist.h"

#include "console/testmessagedialog.h"
#include "engine/engine.h"
#include "engine/enginestatus.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

const QString kTestReceivedKey = u"setup/testReminderReceived"_s;

bool sameSteps(const QList<SetupStep> &a, const QList<SetupStep> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].state != b[i].state || a[i].detail != b[i].detail || a[i].account != b[i].account)
            return false;
    return true;
}

} // namespace

SetupChecklist::SetupChecklist(Engine &engine, const QString &uiStatePath, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_uiStatePath(uiStatePath)
{
    setObjectName(u"setupChecklist"_s);
    setWindowTitle(tr("Setup checklist"));
    auto *intro = new QLabel(tr("What PayNudge needs to remind your customers for real. Each step shows "
                                "whether it is done; the button next to it leads to where you set it."));
    intro->setWordWrap(true);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(6);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *check = buttons->addButton(tr("Check setup…"), QDialogButtonBox::ActionRole);
    connect(check, &QPushButton::clicked, this, &SetupChecklist::setupCheckRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true); // Enter closes; it runs no checks
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_rows);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(&engine, &Engine::configApplied, this, &SetupChecklist::refresh);
    connect(&engine, &Engine::accountStateChanged, this, &SetupChecklist::refresh);
    connect(&engine.status(), &EngineStatus::changed, this, &SetupChecklist::refresh);
    rebuild();
    resize(720, 600);
}

SetupSteps::Inputs SetupChecklist::inputs() const
{
    const bool confirmed = QSettings(m_uiStatePath, QSettings::IniFormat).value(kTestReceivedKey).toBool();
    SetupSteps::Inputs in = SetupSteps::inputsFrom(m_engine, confirmed);
    in.intakePort = m_intakePort;
    return in;
}

void SetupChecklist::refresh()
{
    const QList<SetupStep> steps = SetupSteps::compute(inputs());
    if (!sameSteps(steps, m_steps))
        rebuild();
}

void SetupChecklist::setIntakePort(quint16 port)
{
    m_intakePort = port;
    refresh();
}

TestMessageDialog *SetupChecklist::openTestMessage()
{
    if (!m_testMessage) {
        QString account;
        for (const SetupStep &s : std::as_const(m_steps))
            if (s.id == SetupStep::Id::TestMessage)
                account = s.account;
        m_testMessage = new TestMessageDialog(m_engine, m_uiStatePath, account, this);
        m_testMessage->setAttribute(Qt::WA_DeleteOnClose);
        // WeChat took it: the step is done, as if the operator had ticked that it arrived.
        connect(m_testMessage, &TestMessageDialog::delivered, this, [this] {
            QSettings(m_uiStatePath, QSettings::IniFormat).setValue(kTestReceivedKey, true);
            refresh();
        });
    }
    m_testMessage->show();
    m_testMessage->raise();
    m_testMessage->activateWindow();
    return m_testMessage;
}

void SetupChecklist::rebuild()
{
    m_steps = SetupSteps::compute(inputs());
    // Later, not now: this may run inside a click on one of these rows' buttons.
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_testReceived = nullptr;
    for (const SetupStep &step : std::as_const(m_steps))
        addStep(step);
}

void SetupChecklist::addStep(const SetupStep &step)
{
    auto *row = new QFrame(this);
    row->setObjectName(u"step_%1"_s.arg(int(step.id)));
    row->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QHBoxLayout(row);
    grid->setContentsMargins(10, 8, 10, 8);

    QString mark;
    QString colour;
    QString stateText;
    switch (step.state) {
    case SetupStep::State::Done:
        mark = u"✔"_s, colour = u"#1a7f37"_s, stateText = tr("Done");
        break;
    case SetupStep::State::ToDo:
        mark = u"○"_s, colour = u"#5f6368"_s, stateText = tr("To do");
        break;
    case SetupStep::State::Problem:
        mark = u"✘"_s, colour = u"#c62828"_s, stateText = tr("Problem");
        break;
    }
    auto *state = new QLabel(
        u"<span style='font-size:16pt; color:%1'>%2</span><br><span style='color:%1'>%3</span>"_s.arg(
            colour, mark, stateText.toHtmlEscaped()));
    state->setObjectName(u"state"_s);
    state->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    state->setMinimumWidth(56);
    grid->addWidget(state);

    auto *text = new QVBoxLayout;
    auto *title = new QLabel(u"<b>%1</b>"_s.arg(step.title.toHtmlEscaped()));
    auto *detail = new QLabel(step.detail);
    detail->setObjectName(u"detail"_s);
    detail->setWordWrap(true);
    detail->setTextFormat(Qt::PlainText);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(title);
    text->addWidget(detail);
    grid->addLayout(text, 1);

    auto *actions = new QVBoxLayout;
    const auto button = [&](const QString &label, const QString &name, auto onClick) {
        auto *b = new QPushButton(label);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, onClick);
        actions->addWidget(b);
    };
    const QString account = step.account.isEmpty() && !m_engine.config().accounts.isEmpty()
        ? m_engine.config().accounts.first().key
        : step.account;
    const QString prefix = u"accounts/"_s + account + u'/';
    switch (step.id) {
    case SetupStep::Id::Account:
        button(tr("Open Settings → Accounts"), u"goAccount"_s,
            [this, prefix] { emit settingsRequested(prefix + u"appid"_s); });
        break;
    case SetupStep::Id::AppSecret:
        button(tr("Enter the AppSecret"), u"goSecret"_s,
            [this, prefix] { emit settingsRequested(prefix + u"appSecret"_s); });
        break;
    case SetupStep::Id::IpWhitelist:
        button(tr("Open the WeChat admin"), u"goWeChat"_s,
            [] { QDesktopServices::openUrl(QUrl(u"https://mp.weixin.qq.com/"_s)); });
        if (step.state == SetupStep::State::Problem)
            button(
                tr("Try again"), u"tryAgain"_s, [this, key = step.account] { m_engine.recheckAccount(key); });
        break;
    case SetupStep::Id::Template:
        button(tr("Choose the template"), u"goTemplate"_s,
            [this, prefix] { emit settingsRequested(prefix + u"templateId"_s); });
        break;
    case SetupStep::Id::TestMessage: {
        button(tr("Send a test reminder…"), u"goSendTest"_s, [this] { openTestMessage(); });
        m_testReceived = new QCheckBox(tr("I received it"));
        m_testReceived->setObjectName(u"testReceived"_s);
        m_testReceived->setChecked(step.state == SetupStep::State::Done);
        connect(m_testReceived, &QCheckBox::toggled, this, [this](bool on) {
            QSettings(m_uiStatePath, QSettings::IniFormat).setValue(kTestReceivedKey, on);
            refresh();
        });
        actions->addWidget(m_testReceived);
        break;
    }
    case SetupStep::Id::Orders:
        button(tr("Import orders from CSV…"), u"goImportOrders"_s, [this] { emit importRequested(); });
        button(tr("Open Settings → Intake API"), u"goIntake"_s,
            [this] { emit settingsRequested(u"intake/enabled"_s); });
        button(tr("Open Settings → Shop database"), u"goShopDb"_s,
            [this] { emit settingsRequested(u"shopdb/database"_s); });
        break;
    }
    actions->addStretch(1);
    grid->addLayout(actions);
    m_rows->addWidget(row);
    row->show(); // at once, not on the layout's queued show: a refresh redraws the list in place
}

} // namespace paynudge
