#include "console/optoutdialog.h"

#include "console/operatoractions.h"
#include "engine/engine.h"
#include "intake/optoutentry.h"
#include "readmodel/openidmask.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {

OptOutDialog::OptOutDialog(Engine &engine, const QString &openid, const QString &customer, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_givenOpenid(openid)
{
    setObjectName(u"optOutDialog"_s);
    setWindowTitle(tr("Do not remind this customer"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("PayNudge will send this customer no reminder at all, in any round, and "
                                "refuses to send one by hand too, until they are removed from the list."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_customer = new QLabel(this);
    m_customer->setObjectName(u"optOutCustomer"_s);
    m_openid = new QLineEdit(this);
    m_openid->setObjectName(u"optOutOpenid"_s);
    if (openid.isEmpty()) {
        m_openid->setPlaceholderText(tr("The customer's openid, e.g. oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
        form->addRow(tr("Openid:"), m_openid);
    } else {
        // The whole openid never shows in the window: the row's customer is named masked.
        m_openid->setText(openid);
        m_openid->hide();
        m_customer->setText(
            customer.isEmpty() ? maskOpenid(openid) : u"%1 (%2)"_s.arg(customer, maskOpenid(openid)));
        form->addRow(tr("Customer:"), m_customer);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"optOutReason"_s);
    m_reason->setMaxLength(optoutentry::kMaxReason);
    m_reason->setPlaceholderText(tr("Why, e.g. complained about reminders"));
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"optOutProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Do not remind"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OptOutDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_openid, &QLineEdit::textChanged, this, &OptOutDialog::check);
    check();
    setMinimumWidth(460);
}

QString OptOutDialog::problem() const
{
    return m_problem->text();
}

void OptOutDialog::check()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_openid->text().trimmed().isEmpty());
}

void OptOutDialog::accept()
{
    const QString openid = m_openid->text().trimmed();
    const QString reason = m_reason->text().trimmed();
    if (const Error e = optoutentry::check(openid, reason)) {
        m_problem->setText(e.text());
        m_problem->show();
        return;
    }
    bool created = false;
    QString error;
    if (!m_engine.putOptOut(openid, reason, OperatorActions::actor(), &created, &error)) {
        m_problem->setText(tr("The store could not save it: %1").arg(error));
        m_problem->show();
        return;
    }
    emit listed(created ? tr("%1 will not be reminded").arg(maskOpenid(openid))
                        : tr("Reason changed for %1").arg(maskOpenid(openid)));
    QDialog::accept();
}

} // namespace paynudge
