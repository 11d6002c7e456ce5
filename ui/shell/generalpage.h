#pragma once

#include "shell/settingspage.h"

class QCheckBox;
class QLineEdit;

namespace paynudge {

class Autostart;

// Language ([ui] language), start on login (an XDG autostart entry, not a config key) and
// where the store lives ([store] path; used from the next start).
class GeneralPage : public SettingsPage
{
    Q_OBJECT
public:
    // `autostartArguments`: how the login entry starts PayNudge (--tray and the paths in use).
    GeneralPage(Autostart *autostart, QStringList autostartArguments, const QString &currentStorePath,
        QWidget *parent = nullptr);
    QString title() const override { return tr("General"); }
    void load(const ConfigValues &values) override;
    QString afterCommit() override;

    QCheckBox *startOnLogin() const { return m_startOnLogin; }

private:
    Autostart *m_autostart;
    QStringList m_autostartArguments;
    QCheckBox *m_startOnLogin = nullptr;
    QLineEdit *m_storePath = nullptr;
};

} // namespace paynudge
