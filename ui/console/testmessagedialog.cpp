#include "console/testmessagedialog.h"

#include "console/operatoractions.h"
#include "engine/engine.h"
#include "engine/testmessage.h"
#include "send/sender.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace paynudge {

QString TestMessageDialog::openidKey()
{
    return u"setup/testOpenid"_s;
}

QString TestMessageDialog::accountKey()
{
    return u"setup/testAccount"_s;
}

TestMessageDialog::TestMessageDialog(
    Engine &engine, const QString &uiStatePath, const QString &account, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_uiStatePath(uiStatePath)
{
    setObjectName(u"testMessageDialog"_s);
    setWindowTitle(tr("Send yourself a test reminder"));
    auto *intro = new QLabel(
        tr("The test reminder goes to your own WeChat, never to a customer, and is no order: it does not "
           "appear in the list, the history or the statistics.\n\n"
           "It needs your openid — your WeChat's ID at this official account. To find it: follow the "
           "official account with your WeChat, then at mp.weixin.qq.com → 用户管理 find yourself and copy "
           "the openid; or place an order in your shop yourself and copy the openid from that order."));
    intro->setWordWrap(true);

    const QSettings state(m_uiStatePath, QSettings::IniFormat);
    m_account = new QComboBox;
    m_account->setObjectName(u"testAccount"_s);
    for (const AccountConfig &a : engine.config().accounts) {
        // The implicit account's name says it already.
        const bool say = !a.sendsForReal() && a.key != Config::implicitAccountKey();
        m_account->addItem(say ? tr("%1 — dry run").arg(a.displayName()) : a.displayName(), a.key);
    }
    const QString chosen = account.isEmpty() ? state.value(accountKey()).toString() : account;
    if (const int i = m_account->findData(chosen); i >= 0) {
        m_account->setCurrentIndex(i);
    } else { // the first account that sends for real: a rehearsal tells the operator little
        const QList<AccountConfig> &accounts = engine.config().accounts;
        const auto real = std::find_if(
            accounts.cbegin(), accounts.cend(), [](const AccountConfig &a) { return a.sendsForReal(); });
        if (real != accounts.cend())
            m_account->setCurrentIndex(int(real - accounts.cbegin()));
    }
    m_openid = new QLineEdit(state.value(openidKey()).toString());
    m_openid->setObjectName(u"testOpenid"_s);
    m_openid->setPlaceholderText(tr("e.g. oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
    m_openid->setMinimumWidth(320);
    auto *form = new QFormLayout;
    form->addRow(tr("Official account:"), m_account);
    form->addRow(tr("Your openid:"), m_openid);

    m_send = new QPushButton(tr("Send test reminder"));
    m_send->setObjectName(u"sendTest"_s);
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &TestMessageDialog::send);
    m_result = new QLabel;
    m_result->setObjectName(u"testResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_send);
    sendRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(sendRow);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(620, 420);
}

void TestMessageDialog::send()
{
    const QString key = m_account->currentData().toString();
    const QString openid = m_openid->text().trimmed();
    QSettings state(m_uiStatePath, QSettings::IniFormat);
    state.setValue(accountKey(), key);
    if (!openid.isEmpty())
        state.setValue(openidKey(), openid);
    if (openid.isEmpty()) {
        m_result->setText(u"✘ "_s + tr("Enter your own openid first: the test reminder goes to it."));
        return;
    }
    m_result->setText(tr("Sending…"));
    m_send->setEnabled(false);
    const Error bad = TestMessage::send(
        m_engine, key, openid, this, [this](const SendResult &r) { showResult(r); },
        OperatorActions::actor());
    if (bad) {
        m_send->setEnabled(true);
        m_result->setText(u"✘ "_s + bad.text());
    }
}

void TestMessageDialog::showResult(const SendResult &r)
{
    m_send->setEnabled(true);
    switch (r.status) {
    case SendStatus::Accepted:
        m_result->setText(u"✔ "_s
            + tr("WeChat accepted the test reminder (msgid %1). Look at WeChat on your phone: it should "
                 "arrive within a minute.")
                  .arg(r.msgid ? QString::number(*r.msgid) : u"-"_s));
        emit delivered();
        return;
    case SendStatus::DryRun:
        m_result->setText(tr("This account runs as a dry run: the test reminder was only rehearsed, nothing "
                             "reached WeChat and your phone receives nothing. Enter the account's AppID and "
                             "AppSecret in Settings → Accounts to send for real."));
        return;
    case SendStatus::Transient:
        if (r.operatorProblem || r.errmsgProblem)
            break;
        // Refused connection, no such host: WeChat never saw it (the log keeps the details).
        m_result->setText(u"✘ "_s
            + tr("PayNudge could not reach WeChat, so nothing was sent. Check this computer's internet "
                 "connection, then send again."));
        return;
    case SendStatus::OutcomeUnknown:
        m_result->setText(tr("WeChat's answer was lost on the way: the test reminder may or may not have "
                             "arrived. Look at WeChat on your phone; if nothing came, send again."));
        return;
    default:
        break;
    }
    Error why = r.operatorProblem ? r.operatorProblem : r.errmsgProblem;
    if (!why)
        why = Error(ErrorCode::NotSent, {}, { r.errmsg });
    showRefusal(why);
}

void TestMessageDialog::showRefusal(const Error &why)
{
    QString next;
    switch (why.code) {
    case ErrorCode::WeChat43004:
        next = tr("Follow the official account with this WeChat first, then send again.");
        break;
    case ErrorCode::WeChat40003:
        next = tr("An openid belongs to one official account: copy the one this account's 用户管理 shows "
                  "for you, without spaces.");
        break;
    default:
        break;
    }
    m_result->setText(u"✘ "_s + tr("WeChat did not accept the test reminder: %1").arg(why.text())
        + (next.isEmpty() ? QString() : u"\n"_s + next));
}

} // namespace paynudge
