#pragma once

#include "config/configwriter.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace paynudge {

class AccountsPage;
class Autostart;
class Engine;
class GeneralPage;
class IntakePage;
class IntakeToken;
class PolicyPage;
class ReminderPage;
class SettingsPage;
class ShopDbPage;

// Settings in pages: accounts (with the template mapping and its live preview), reminder plan,
// intake API, the shop's database, general (language, start on login, store location). Saving writes only
// what changed to the configuration file — after loading the result exactly as PayNudge does at start, so a
// bad value is explained and nothing is written — stores typed secrets outside it, and applies the new
// configuration to the running engine.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Context
    {
        QString configPath;
        QString dataDir;
        bool useKeychain = true; // tests keep away from the user's keychain
        Autostart *autostart = nullptr;
        QStringList autostartArguments; // e.g. --tray --config FILE
        std::function<void(const IntakeToken &)> intakeTokenReplaced;
        // Runs after the engine took the new configuration, with the one it had before, for
        // what the engine does not own (the intake API's address). Returns a problem, or "".
        std::function<QString(const Config &previous)> afterApply;
    };

    SettingsDialog(Engine &engine, Context context, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Saves and applies; false (with the reasons shown) when something is wrong.
    bool apply();
    void accept() override;

    // For tests and the error banner.
    QString errorText() const;
    QString statusText() const;
    void showPage(SettingsPage *page);
    // Shows the page and field of a configuration key ("accounts/shop1/appid", "intake/enabled").
    void showKey(const QString &key);
    AccountsPage *accountsPage() const { return m_accounts; }
    ReminderPage *reminderPage() const { return m_reminder; }
    PolicyPage *policyPage() const { return m_policy; }
    IntakePage *intakePage() const { return m_intake; }
    ShopDbPage *shopDbPage() const { return m_shopDb; }
    GeneralPage *generalPage() const { return m_general; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    // The configuration was written and applied.
    void applied(const paynudge::Config &config);

private:
    void addPage(SettingsPage *page);
    void reload();
    void savePages(ConfigValues &values) const;
    void showErrors(const QList<Error> &errors);
    void showProblem(const QString &text);
    SettingsPage *pageFor(const QString &key) const;

    Engine &m_engine;
    Context m_context;
    ConfigValues m_loaded; // what the pages started from
    QString m_notice; // what the last save did that the operator should know
    QList<SettingsPage *> m_pages;
    AccountsPage *m_accounts = nullptr;
    ReminderPage *m_reminder = nullptr;
    PolicyPage *m_policy = nullptr;
    IntakePage *m_intake = nullptr;
    ShopDbPage *m_shopDb = nullptr;
    GeneralPage *m_general = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace paynudge
