#include "shell/settingspage.h"

namespace paynudge {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
{
    connect(&m_fields, &FieldBindings::edited, this, &SettingsPage::edited);
}

QList<Error> SettingsPage::check(const Config &) const
{
    return {};
}

void SettingsPage::focusKey(const QString &key)
{
    if (QWidget *w = fieldFor(key))
        w->setFocus(Qt::OtherFocusReason);
}

} // namespace paynudge
