#include "shell/accountrules.h"

#include "shell/durationedit.h"
#include "shell/yuanspinbox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

const QString kQuietHours = u"quietHours"_s;
const QString kNone = u"none"_s;

// Where the shop's rule for an account key is: [reminder] for quiet hours, [policy] for the rest.
QString shopKey(const QString &subKey)
{
    return (subKey == kQuietHours ? u"reminder/"_s : u"policy/"_s) + subKey;
}

// What a field shows, in words, for "as the shop's rule (…)".
QString shownText(QWidget *w)
{
    if (auto *spin = qobject_cast<QSpinBox *>(w))
        return spin->text();
    if (auto *duration = qobject_cast<DurationEdit *>(w))
        return duration->text();
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->text();
    return {};
}

} // namespace

const QStringList &AccountRules::keys()
{
    static const QStringList k { kQuietHours, u"perCustomerDaily"_s, u"skipIfPaidWithin"_s, u"minAmountFen"_s,
        u"maxAmountFen"_s, u"productsInclude"_s, u"productsExclude"_s };
    return k;
}

AccountRules::AccountRules(QWidget *parent)
    : QWidget(parent)
{
    connect(&m_fields, &FieldBindings::edited, this, &AccountRules::edited);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *quiet = new QLineEdit;
    quiet->setPlaceholderText(tr("e.g. 21:00-09:00"));
    m_noQuiet = new QCheckBox(tr("None"));
    m_noQuiet->setToolTip(tr("This account sends at any hour, whatever the shop's quiet hours are."));
    addRule(form, kQuietHours, tr("Quiet hours"), quiet);
    connect(m_noQuiet, &QCheckBox::toggled, this, [this, quiet](bool none) {
        quiet->setEnabled(!none && m_own.value(kQuietHours)->isChecked());
        emit edited();
    });

    auto *daily = new QSpinBox;
    daily->setSpecialValueText(tr("No limit"));
    daily->setMaximumWidth(200);
    addRule(form, u"perCustomerDaily"_s, tr("Reminders to one customer a day"), daily);
    auto *paid = new DurationEdit;
    paid->setSpecialValueText(tr("Off"));
    addRule(form, u"skipIfPaidWithin"_s, tr("Skip customers who paid within"), paid);
    auto *minAmount = new YuanSpinBox;
    minAmount->setSpecialValueText(tr("No minimum"));
    addRule(form, u"minAmountFen"_s, tr("Smallest order reminded"), minAmount);
    auto *maxAmount = new YuanSpinBox;
    maxAmount->setSpecialValueText(tr("No maximum"));
    addRule(form, u"maxAmountFen"_s, tr("Largest order reminded"), maxAmount);
    auto *include = new QLineEdit;
    include->setPlaceholderText(tr("e.g. 会员, 年卡 — empty: every product"));
    addRule(form, u"productsInclude"_s, tr("Only these products"), include);
    auto *exclude = new QLineEdit;
    exclude->setPlaceholderText(tr("e.g. 赠品 — empty: none left out"));
    addRule(form, u"productsExclude"_s, tr("Never these products"), exclude);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(formHint(tr("A rule not ticked follows the shop's (Who is reminded; quiet hours: "
                                  "Reminder plan) and changes with it. Tick “Own rule” to give this "
                                  "account a value of its own.")));
    layout->addLayout(form);
    layout->addStretch(); // the hint keeps its height instead of taking the tab's
}

void AccountRules::addRule(QFormLayout *form, const QString &key, const QString &label, QWidget *field)
{
    auto *own = new QCheckBox(tr("Own rule"));
    auto *shop = new QLabel;
    shop->setForegroundRole(QPalette::PlaceholderText);
    shop->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(own);
    row->addWidget(field, 1);
    if (key == kQuietHours)
        row->addWidget(m_noQuiet);
    row->addWidget(shop, 1);
    m_fields.addRow(form, key, label, field, row);
    m_own.insert(key, own);
    m_shopLabel.insert(key, shop);
    connect(own, &QCheckBox::toggled, this, [this] {
        showRules();
        emit edited();
    });
}

void AccountRules::setValues(const ConfigValues &accountValues)
{
    ConfigValues v;
    for (const QString &k : keys()) {
        const QString value = accountValues.value(k);
        const QSignalBlocker block(m_own.value(k));
        m_own.value(k)->setChecked(!value.isEmpty());
        v.insert(k, value);
    }
    m_fields.load(v);
    {
        const QSignalBlocker block(m_noQuiet);
        m_noQuiet->setChecked(v.value(kQuietHours) == kNone);
    }
    showRules();
}

void AccountRules::setShopRules(const ConfigValues &shopValues)
{
    m_shop = shopValues;
    showRules();
}

void AccountRules::showRules()
{
    ConfigValues v;
    m_fields.save(v);
    if (m_own.value(kQuietHours)->isChecked() && m_noQuiet->isChecked())
        v.insert(kQuietHours, QString());
    bool shopHasNoQuietHours = false;
    for (const QString &k : keys()) {
        if (m_own.value(k)->isChecked())
            continue;
        v.insert(k, m_shop.value(shopKey(k)));
        shopHasNoQuietHours = shopHasNoQuietHours || (k == kQuietHours && v.value(k).isEmpty());
    }
    if (v.value(kQuietHours) == kNone)
        v.insert(kQuietHours, QString());
    m_fields.load(v);
    const bool ownQuiet = m_own.value(kQuietHours)->isChecked();
    {
        const QSignalBlocker block(m_noQuiet);
        if (!ownQuiet)
            m_noQuiet->setChecked(shopHasNoQuietHours);
    }
    m_noQuiet->setEnabled(ownQuiet);
    for (const QString &k : keys()) {
        const bool own = m_own.value(k)->isChecked();
        QWidget *field = m_fields.widget(k);
        field->setEnabled(own && !(k == kQuietHours && m_noQuiet->isChecked()));
        QString shown = shownText(field);
        if (k == kQuietHours && shopHasNoQuietHours)
            shown = tr("none");
        else if (shown.isEmpty())
            shown = k == u"productsInclude" ? tr("every product") : tr("none");
        m_shopLabel.value(k)->setText(own ? QString() : tr("as the shop's rule (%1)").arg(shown));
    }
}

void AccountRules::save(ConfigValues &values) const
{
    ConfigValues mine;
    m_fields.save(mine);
    if (m_noQuiet->isChecked())
        mine.insert(kQuietHours, kNone);
    for (const QString &k : keys()) {
        if (m_own.value(k)->isChecked())
            values.insert(k, mine.value(k));
        else if (!values.contains(k) || !values.value(k).isEmpty())
            values.remove(k); // back to the shop's rule: the key goes
        // else: empty in the file, and it stays so
    }
}

} // namespace paynudge
