#pragma once

#include "shell/settingspage.h"

namespace paynudge {

// [policy]: who is reminded — how many reminders one customer gets a day, customers who just
// paid another order, the amount range and the products in or out. Accounts may set their own
// (Accounts › Own rules).
class PolicyPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit PolicyPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Who is reminded"); }
    void load(const ConfigValues &values) override;

signals:
    // The page shows what `values` say (the dialog hands the shop's rules to the account editor).
    void loaded();
};

} // namespace paynudge
