#pragma once

#include "shell/settingspage.h"

#include <QPointer>
#include <optional>

class QListWidget;
class QPushButton;
class QTemporaryFile;

namespace paynudge {

class AccountEditor;
class Engine;

namespace wechat {
class WeChatClient;
}

// [accounts/<key>]: the list of accounts with add and remove, and the editor for the selected
// one. Edits are drafts until the dialog saves; an AppSecret typed here is stored (keychain or
// the account's secret file) just before the configuration is written, never in it.
class AccountsPage : public SettingsPage
{
    Q_OBJECT
public:
    // `useKeychain`: tests keep away from the user's keychain.
    AccountsPage(Engine &engine, bool useKeychain, QWidget *parent = nullptr);
    ~AccountsPage() override;

    QString title() const override { return tr("Accounts"); }
    void load(const ConfigValues &values) override;
    void save(ConfigValues &values) const override;
    QList<Error> check(const Config &result) const override;
    QWidget *fieldFor(const QString &key) const override;
    QString labelFor(const QString &key) const override;
    void focusKey(const QString &key) override;
    QString beforeCommit() override;
    QString afterCommit() override;
    QStringList secretsStored() const override;
    QString notice() const override { return m_notices.join(u' '); }
    // Where a typed AppSecret goes when no keychain answers (default: the store's folder).
    void setDataDir(const QString &dataDir) { m_dataDir = dataDir; }

    QListWidget *list() const { return m_list; }
    AccountEditor *editor() const { return m_editor; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    void select(const QString &key);

private:
    struct Draft
    {
        QString key;
        ConfigValues values; // the account's keys without "accounts/<key>/"
        QString secret; // typed in this session, stored on save
        bool isNew = false;
    };

    void selectRow(int row);
    void keepEditor() const;
    void refreshItem(int row);
    void addAccount();
    void removeAccount();
    void runTest();
    void loadTemplates();
    void showCachedTemplates();
    // The current draft as the engine would read it, with an AppSecret typed but not saved yet
    // in an owner-only temporary file; nullopt (and *problem) when the draft does not parse.
    std::optional<AccountConfig> draftAccount(QString *problem);
    int rowOf(const QString &key) const;
    bool keepsSecretInKeychain(const ConfigValues &values) const;

    Engine &m_engine;
    bool m_useKeychain;
    QString m_dataDir;
    QStringList m_notices; // where the secrets of the last save went, in the operator's words
    QStringList m_secretsKept; // accounts whose secret the last save stored
    mutable QList<Draft> m_drafts; // the editor writes back into the current draft lazily
    int m_current = -1;
    QStringList m_removedKeychainAccounts;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    AccountEditor *m_editor = nullptr;
    wechat::WeChatClient *m_client = nullptr;
    wechat::WeChatClient *m_templateClient = nullptr; // its own: it adopts the draft account for its token
    std::unique_ptr<QTemporaryFile> m_testSecret; // an unsaved AppSecret, for the test only
};

} // namespace paynudge
