#include "shell/policypage.h"

#include "shell/durationedit.h"
#include "shell/yuanspinbox.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {

PolicyPage::PolicyPage(QWidget *parent)
    : SettingsPage(parent)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Ranges and tooltips come with the keys (FieldBindings applies the key table's).
    auto *daily = new QSpinBox;
    daily->setSpecialValueText(tr("No limit"));
    daily->setMinimumWidth(140);
    daily->setMaximumWidth(200);
    addField(form, u"policy/perCustomerDaily"_s, tr("Reminders to one customer a day"), daily);
    form->addRow(QString(),
        formHint(tr("Counts every order and round of the customer, sent or on its way, per day in the shop's "
                    "time zone. A reminder over the limit is skipped, and the history says why.")));

    auto *paid = new DurationEdit;
    paid->setSpecialValueText(tr("Off"));
    addField(form, u"policy/skipIfPaidWithin"_s, tr("Skip customers who paid within"), paid);
    form->addRow(QString(),
        formHint(tr("No reminder to a customer who paid another order this recently (for example 1 day).")));

    auto *minAmount = new YuanSpinBox;
    minAmount->setSpecialValueText(tr("No minimum"));
    addField(form, u"policy/minAmountFen"_s, tr("Smallest order reminded"), minAmount);
    auto *maxAmount = new YuanSpinBox;
    maxAmount->setSpecialValueText(tr("No maximum"));
    addField(form, u"policy/maxAmountFen"_s, tr("Largest order reminded"), maxAmount);
    form->addRow(QString(), formHint(tr("In yuan. Orders outside this range get no reminder.")));

    auto *include = new QLineEdit;
    include->setPlaceholderText(tr("e.g. 会员, 年卡, P1001 — empty: every product"));
    addField(form, u"policy/productsInclude"_s, tr("Only these products"), include);
    auto *exclude = new QLineEdit;
    exclude->setPlaceholderText(tr("e.g. 赠品, P2002 — empty: none left out"));
    addField(form, u"policy/productsExclude"_s, tr("Never these products"), exclude);
    form->addRow(QString(),
        formHint(tr("Words or product IDs separated by commas. A product matches when its name contains "
                    "one of the words, or when the order's product_id is one of them.")));

    auto *note = new QLabel(tr("Each account may have its own rules: Accounts › Own rules."));
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
}

void PolicyPage::load(const ConfigValues &values)
{
    SettingsPage::load(values);
    emit loaded();
}

} // namespace paynudge
