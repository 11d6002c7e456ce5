#pragma once

#include "config/configwriter.h"
#include "shell/fieldbindings.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;

namespace paynudge {

// An account's own rules ([accounts/<key>] quietHours, perCustomerDaily, skipIfPaidWithin, min/
// maxAmountFen, productsInclude/Exclude): each is either the shop's rule — its field shows the
// shop's value, greyed — or, ticked "Own rule", a value of its own. Values are the account's keys
// without "accounts/<key>/"; an empty or missing key means the shop's rule.
class AccountRules : public QWidget
{
    Q_OBJECT
public:
    explicit AccountRules(QWidget *parent = nullptr);

    void setValues(const ConfigValues &accountValues);
    // Writes the own rules; a rule back to the shop's loses its key (an empty one stays empty,
    // so an untouched file keeps its lines).
    void save(ConfigValues &values) const;
    // The shop's [policy] and [reminder] quietHours, shown for every rule the account does not set.
    void setShopRules(const ConfigValues &shopValues);

    // The sub-keys this edits ("perCustomerDaily", …).
    static const QStringList &keys();
    QWidget *fieldFor(const QString &subKey) const { return m_fields.widget(subKey); }
    QString labelFor(const QString &subKey) const { return m_fields.label(subKey); }
    QCheckBox *ownBox(const QString &subKey) const { return m_own.value(subKey); }
    QCheckBox *noQuietHours() const { return m_noQuiet; }
    QLabel *shopRuleLabel(const QString &subKey) const { return m_shopLabel.value(subKey); }

signals:
    void edited();

private:
    void addRule(QFormLayout *form, const QString &key, const QString &label, QWidget *field);
    void showRules(); // own values in own fields, the shop's in the others

    FieldBindings m_fields;
    QHash<QString, QCheckBox *> m_own;
    QHash<QString, QLabel *> m_shopLabel;
    QCheckBox *m_noQuiet = nullptr;
    ConfigValues m_shop;
};

} // namespace paynudge
