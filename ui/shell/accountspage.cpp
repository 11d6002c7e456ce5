#include "shell/accountspage.h"

#include "common/clock.h"
#include "common/logging.h"
#include "engine/engine.h"
#include "secrets/secretstore.h"
#include "shell/accounteditor.h"
#include "templates/mappingsuggester.h"
#include "templates/templatefetch.h"
#include "wechat/appsecret.h"
#include "wechat/wechatclient.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QTemporaryFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAccountsPage, "paynudge.ui.settings.accounts")

namespace paynudge {
namespace {

const QString kAccountsPrefix = u"accounts/"_s;

// "accounts/shop1/fields/thing2" → { "shop1", "fields/thing2" }; "accounts/shop1" → { "shop1", "" }.
QPair<QString, QString> splitAccountKey(const QString &key)
{
    if (!key.startsWith(kAccountsPrefix))
        return {};
    const QString rest = key.mid(kAccountsPrefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    return slash < 0 ? qMakePair(rest, QString()) : qMakePair(rest.left(slash), rest.mid(slash + 1));
}

} // namespace

AccountsPage::AccountsPage(Engine &engine, bool useKeychain, QWidget *parent)
    : SettingsPage(parent)
    , m_engine(engine)
    , m_useKeychain(useKeychain)
    , m_dataDir(QFileInfo(engine.storePath()).absolutePath())
{
    m_list = new QListWidget;
    m_list->setMinimumWidth(150);
    m_list->setMaximumWidth(220);
    m_list->setStyleSheet(u"QListWidget::item { padding: 4px 4px; }"_s);
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsPage::selectRow);
    m_add = new QPushButton(tr("Add"));
    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addAccount);
    m_remove = new QPushButton(tr("Remove"));
    connect(m_remove, &QPushButton::clicked, this, &AccountsPage::removeAccount);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);

    m_editor = new AccountEditor;
    connect(m_editor, &AccountEditor::edited, this, [this] {
        refreshItem(m_current);
        emit edited();
    });
    connect(m_editor, &AccountEditor::keyEdited, this, [this](const QString &key) {
        if (m_current < 0)
            return;
        m_drafts[m_current].key = key;
        refreshItem(m_current);
    });
    connect(m_editor, &AccountEditor::testRequested, this, &AccountsPage::runTest);
    connect(m_editor, &AccountEditor::loadTemplatesRequested, this, &AccountsPage::loadTemplates);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(m_editor);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

AccountsPage::~AccountsPage() = default;

void AccountsPage::load(const ConfigValues &values)
{
    QMap<QString, Draft> byKey;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto [account, sub] = splitAccountKey(it.key());
        if (account.isEmpty() || sub.isEmpty())
            continue;
        Draft &d = byKey[account];
        d.key = account;
        d.values.insert(sub, it.value());
    }
    m_drafts = byKey.values();
    m_current = -1;
    m_removedKeychainAccounts.clear();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (int row = 0; row < m_drafts.size(); ++row) {
            m_list->addItem(QString());
            refreshItem(row);
        }
    }
    TemplateMappingEditor::PreviewContext context;
    context.zone = m_engine.config().reminder.plan.zone;
    context.closeAfterSec = m_engine.config().reminder.plan.closeAfterSec;
    context.now = m_engine.clock().nowMs();
    m_editor->setPreviewContext(context);
    m_list->setCurrentRow(m_drafts.isEmpty() ? -1 : 0);
    selectRow(m_list->currentRow());
}

void AccountsPage::keepEditor() const
{
    if (m_current < 0 || m_current >= m_drafts.size())
        return;
    Draft &d = m_drafts[m_current];
    d.key = m_editor->key();
    m_editor->save(d.values);
    if (!m_editor->typedSecret().isEmpty())
        d.secret = m_editor->typedSecret();
}

void AccountsPage::selectRow(int row)
{
    if (row == m_current && row >= 0)
        return;
    keepEditor();
    m_current = row;
    m_editor->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    if (row < 0) {
        m_editor->setAccount(QString(), {}, false);
        return;
    }
    const Draft &d = m_drafts.at(row);
    m_editor->setAccount(d.key, d.values, d.isNew);
    showCachedTemplates();
    if (m_list->currentRow() != row) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(row);
    }
}

void AccountsPage::select(const QString &key)
{
    if (const int row = rowOf(key); row >= 0)
        selectRow(row);
}

int AccountsPage::rowOf(const QString &key) const
{
    if (m_current >= 0 && m_editor->key() == key)
        return m_current;
    for (int row = 0; row < m_drafts.size(); ++row)
        if (m_drafts.at(row).key == key)
            return row;
    return -1;
}

void AccountsPage::refreshItem(int row)
{
    if (row < 0 || row >= m_drafts.size())
        return;
    ConfigValues v = m_drafts.at(row).values;
    QString key = m_drafts.at(row).key;
    if (row == m_current) {
        m_editor->save(v);
        key = m_editor->key();
    }
    const QString name = v.value(u"name"_s);
    QString text = name.isEmpty() || name == key ? key : tr("%1 (%2)").arg(name, key);
    if (v.value(u"dryRun"_s) == u"true" || v.value(u"appid"_s).isEmpty())
        text += u" — "_s + tr("dry run");
    m_list->item(row)->setText(text);
}

void AccountsPage::save(ConfigValues &values) const
{
    keepEditor();
    values.removeIf([](const auto &it) { return it.key().startsWith(kAccountsPrefix); });
    for (const Draft &d : std::as_const(m_drafts)) {
        const QString prefix = kAccountsPrefix + d.key + u'/';
        for (auto it = d.values.cbegin(); it != d.values.cend(); ++it)
            values.insert(prefix + it.key(), it.value());
    }
}

QList<Error> AccountsPage::check(const Config &result) const
{
    keepEditor();
    QList<Error> errors;
    QSet<QString> seen;
    for (const Draft &d : std::as_const(m_drafts)) {
        const QString where = kAccountsPrefix + d.key;
        if (seen.contains(d.key))
            errors.append(Error(ErrorCode::ConfigAccountKeyTaken, where, { d.key }));
        else if (!result.account(d.key))
            // Config::load judges keys; one with "/" would silently become part of another key.
            errors.append(Error(ErrorCode::ConfigBadAccountKey, where, { d.key }));
        seen.insert(d.key);
    }
    return errors;
}

QWidget *AccountsPage::fieldFor(const QString &key) const
{
    const auto [account, sub] = splitAccountKey(key);
    if (account.isEmpty() && !key.startsWith(kAccountsPrefix))
        return nullptr;
    return m_editor->fieldFor(sub);
}

QString AccountsPage::labelFor(const QString &key) const
{
    const auto [account, sub] = splitAccountKey(key);
    if (!key.startsWith(kAccountsPrefix))
        return {};
    return tr("Account %1 › %2").arg(account, m_editor->labelFor(sub));
}

void AccountsPage::focusKey(const QString &key)
{
    const auto [account, sub] = splitAccountKey(key);
    select(account);
    m_editor->focusSubKey(sub);
}

bool AccountsPage::keepsSecretInKeychain(const ConfigValues &v) const
{
    return !v.value(u"appid"_s).isEmpty() && v.value(u"secretEnv"_s).isEmpty()
        && v.value(u"secretFile"_s).isEmpty() && v.value(u"tokenSource"_s) != u"url";
}

QString AccountsPage::beforeCommit()
{
    keepEditor();
    m_notices.clear();
    m_secretsKept.clear();
    for (Draft &d : m_drafts) {
        if (d.secret.isEmpty())
            continue;
        logging::registerSecret(d.secret);
        if (!d.values.value(u"secretEnv"_s).isEmpty()) // the editor drops the variable when one is typed
            return tr("Account %1 reads its AppSecret from the computer setting “%2”; empty that setting "
                      "to enter the AppSecret here.")
                .arg(d.key, d.values.value(u"secretEnv"_s));
        AccountConfig account;
        account.key = d.key;
        account.secretFile = d.values.value(u"secretFile"_s);
        QString error;
        const auto kept = wechat::AppSecret::keep(account, d.secret, m_dataDir, m_useKeychain, &error);
        if (!kept)
            return tr("The AppSecret of account %1 could not be stored: %2")
                .arg(d.key, logging::redact(error));
        const QString name = d.values.value(u"name"_s).isEmpty() ? d.key : d.values.value(u"name"_s);
        if (kept->file.isEmpty()) {
            m_notices << tr("The AppSecret of %1 was saved in the system keychain.").arg(name);
        } else if (account.secretFile.isEmpty()) {
            // No keychain answered: the file is where the engine reads it from now on.
            d.values.insert(u"secretFile"_s, kept->file);
            qCInfo(lcAccountsPage).noquote() << "no keychain (" << kept->keychainError << ")";
            m_notices << tr("This computer has no keychain, so the AppSecret of %1 was saved in the file %2, "
                            "which only you can read.")
                             .arg(name, QDir::toNativeSeparators(kept->file));
        } else {
            m_notices << tr("The AppSecret of %1 was saved in the file %2, which only you can read.")
                             .arg(name, QDir::toNativeSeparators(kept->file));
        }
        qCInfo(lcAccountsPage).noquote()
            << "AppSecret of account" << d.key << "stored"
            << (kept->file.isEmpty() ? u"in the keychain"_s : u"in "_s + kept->file);
        // A new file in the configuration reaches the engine with it; a secret replaced in the
        // keychain or in the same file does not: afterCommit tells the engine.
        if (kept->file.isEmpty() || !account.secretFile.isEmpty())
            m_secretsKept << d.key;
        d.secret.clear();
    }
    // The form shows the draft as it is now (a secret file may have been set): the dialog saves
    // the pages again after this, and the form is what the current draft is saved from.
    if (m_current >= 0) {
        const Draft &d = m_drafts.at(m_current);
        m_editor->setAccount(d.key, d.values, d.isNew);
    }
    m_editor->clearTypedSecret();
    return {};
}

QStringList AccountsPage::secretsStored() const
{
    QStringList keys;
    for (const QString &account : m_secretsKept)
        keys << u"accounts/%1/secret"_s.arg(account);
    return keys;
}

QString AccountsPage::afterCommit()
{
    // A new secret in the keychain leaves the configuration as it was: the engine is told, so a
    // paused account tries it at once.
    for (const QString &key : std::exchange(m_secretsKept, {}))
        m_engine.recheckAccount(key);
    QStringList problems;
    for (const QString &key : std::as_const(m_removedKeychainAccounts)) {
        if (rowOf(key) >= 0 || !m_useKeychain)
            continue; // added back under the same key
        QString error;
        if (!SecretStore::removeFromKeychain(wechat::AppSecret::keychainKey(key), &error))
            problems << error;
    }
    m_removedKeychainAccounts.clear();
    return problems.isEmpty()
        ? QString()
        : tr("Removed accounts' AppSecrets stay in the keychain: %1").arg(problems.join(u"; "_s));
}

void AccountsPage::addAccount()
{
    QString key;
    for (int n = m_drafts.size() + 1; key.isEmpty() || rowOf(key) >= 0; ++n)
        key = u"shop%1"_s.arg(n);
    Draft d;
    d.key = key;
    d.isNew = true;
    d.values = { { u"kind"_s, u"template"_s }, { u"tokenSource"_s, u"stable"_s },
        { u"miniprogramState"_s, u"formal"_s }, { u"dryRun"_s, u"false"_s } };
    for (const auto &[field, pattern] : genericMapping())
        d.values.insert(u"fields/"_s + field, pattern);
    keepEditor();
    m_drafts.append(d);
    {
        const QSignalBlocker block(m_list);
        m_list->addItem(QString());
    }
    refreshItem(m_drafts.size() - 1);
    selectRow(m_drafts.size() - 1);
    m_editor->focusSubKey(QString());
    m_editor->keyEdit()->selectAll();
    emit edited();
}

void AccountsPage::removeAccount()
{
    if (m_current < 0)
        return;
    keepEditor();
    const Draft d = m_drafts.takeAt(m_current);
    if (!d.isNew && keepsSecretInKeychain(d.values))
        m_removedKeychainAccounts << d.key;
    m_current = -1;
    {
        const QSignalBlocker block(m_list);
        delete m_list->takeItem(m_list->currentRow());
    }
    selectRow(std::min<int>(m_list->currentRow(), int(m_drafts.size()) - 1));
    emit edited();
}

std::optional<AccountConfig> AccountsPage::draftAccount(QString *problem)
{
    keepEditor();
    const Draft &d = m_drafts.at(m_current);
    ConfigValues values;
    for (auto it = d.values.cbegin(); it != d.values.cend(); ++it)
        values.insert(kAccountsPrefix + d.key + u'/' + it.key(), it.value());
    QList<Error> errors;
    const Config parsed = ConfigWriter::parse(values, &errors);
    const AccountConfig *account = parsed.account(d.key);
    if (!errors.isEmpty() || !account) {
        QStringList problems;
        for (const Error &e : std::as_const(errors))
            problems << Error(e.code, labelFor(e.field), e.args).text();
        *problem = tr("Fix the account first. %1").arg(problems.join(u' '));
        return std::nullopt;
    }
    AccountConfig tested = *account;
    // A secret typed but not saved yet is used through an owner-only temporary file.
    m_testSecret.reset();
    if (!d.secret.isEmpty() && tested.secretEnv.isEmpty()) {
        m_testSecret = std::make_unique<QTemporaryFile>();
        if (m_testSecret->open() && m_testSecret->write(d.secret.toUtf8()) > 0 && m_testSecret->flush()) {
            tested.secretFile = m_testSecret->fileName();
            logging::registerSecret(d.secret);
        }
    }
    return tested;
}

void AccountsPage::runTest()
{
    if (m_current < 0)
        return;
    QString problem;
    const auto tested = draftAccount(&problem);
    if (!tested) {
        m_editor->setTestResult(false, problem);
        return;
    }
    if (!m_client) {
        m_client = new wechat::WeChatClient(m_engine.clock(), this);
        connect(m_client, &wechat::WeChatClient::accountTested, this,
            [this](const QString &key, bool ok, const QString &message, const Error &why) {
                m_testSecret.reset();
                m_editor->testButton()->setEnabled(true);
                if (m_current < 0 || m_editor->key() != key)
                    return;
                // In the UI's language: the code's text where there is one, else a sentence of
                // ours with WeChat's details after it.
                const QString text = why ? why.text()
                    : ok                 ? QString()
                                         : tr("No access token was issued. Details: %1").arg(message);
                m_editor->setTestResult(ok, logging::redact(text));
            });
    }
    if (tested->appid.isEmpty() && tested->tokenSource != TokenSource::Url) {
        m_editor->setTestResult(
            false, tr("Enter the AppID first: without it the account only rehearses (dry run)."));
        return;
    }
    // A typed secret is in the draft's temporary file by now: this reads what the test would use.
    if (wechat::AppSecret::needed(*tested) && !wechat::AppSecret::resolve(*tested, nullptr)) {
        m_testSecret.reset();
        m_editor->setTestResult(false, tr("Type the AppSecret first: none is saved for this account yet."));
        return;
    }
    m_client->setSettings(m_engine.config().wechat);
    m_editor->testButton()->setEnabled(false);
    m_editor->testResult()->setStyleSheet(QString());
    m_editor->testResult()->setText(tr("Testing…"));
    m_client->testAccount(*tested);
}

// What the store kept from the last reading of this account's templates (same AppID and kind).
void AccountsPage::showCachedTemplates()
{
    if (m_current < 0)
        return;
    ConfigValues v;
    m_editor->save(v);
    AccountConfig a;
    a.key = m_editor->key();
    a.appid = v.value(u"appid"_s);
    a.kind = v.value(u"kind"_s) == u"subscribe" ? MessageKind::Subscribe
        : v.value(u"kind"_s) == u"miniprogram"  ? MessageKind::MiniProgram
                                                : MessageKind::Template;
    m_editor->setTemplates(m_engine.templateCatalog(a));
}

void AccountsPage::loadTemplates()
{
    if (m_current < 0)
        return;
    QString problem;
    const auto account = draftAccount(&problem);
    if (!account || account->appid.isEmpty()) {
        m_editor->setTemplatesLoading(
            false, account ? tr("Set the AppID first: templates belong to an account.") : problem);
        return;
    }
    if (!m_templateClient)
        m_templateClient = new wechat::WeChatClient(m_engine.clock(), this);
    m_templateClient->setSettings(m_engine.config().wechat);
    m_templateClient->setAccounts({ *account });
    m_editor->setTemplatesLoading(true);
    fetchTemplateCatalog(*m_templateClient, m_engine.clock(), *account, this,
        [this, account = *account](const TemplateFetchResult &r) {
            m_testSecret.reset();
            if (m_current < 0 || m_editor->key() != account.key)
                return; // another account is shown by now
            if (!r.ok()) {
                m_editor->setTemplatesLoading(
                    false, tr("WeChat did not give the template list: %1").arg(logging::redact(r.problem)));
                return;
            }
            QString error;
            if (!m_engine.saveTemplateCatalog(account, *r.catalog, &error))
                qCWarning(lcAccountsPage).noquote() << "cannot keep the template list:" << error;
            m_editor->setTemplates(r.catalog);
            m_editor->setTemplatesLoading(
                false, tr("%n template(s) read from WeChat.", nullptr, int(r.catalog->templates.size())));
        });
}

} // namespace paynudge
