#include "shell/settingsdialog.h"

#include "common/logging.h"
#include "console/operatoractions.h"
#include "engine/engine.h"
#include "shell/accounteditor.h"
#include "shell/accountspage.h"
#include "shell/generalpage.h"
#include "shell/intakepage.h"
#include "shell/policypage.h"
#include "shell/reminderpage.h"
#include "shell/shopdbpage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSettings, "paynudge.ui.settings")

namespace paynudge {

SettingsDialog::SettingsDialog(Engine &engine, Context context, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_context(std::move(context))
{
    setWindowTitle(tr("PayNudge Settings"));
    m_nav = new QListWidget;
    m_nav->setFixedWidth(150);
    m_nav->setStyleSheet(u"QListWidget::item { padding: 7px 6px; }"_s);
    m_stack = new QStackedWidget;
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_accounts = new AccountsPage(m_engine, m_context.useKeychain);
    if (!m_context.dataDir.isEmpty())
        m_accounts->setDataDir(m_context.dataDir);
    m_reminder = new ReminderPage;
    IntakePage::Options intake;
    intake.dataDir = m_context.dataDir;
    intake.useKeychain = m_context.useKeychain;
    intake.current = m_engine.config().intake;
    intake.tokenReplaced = m_context.intakeTokenReplaced;
    m_intake = new IntakePage(intake);
    ShopDbPage::Options shopDb;
    shopDb.dataDir = m_context.dataDir;
    shopDb.useKeychain = m_context.useKeychain;
    m_shopDb = new ShopDbPage(shopDb);
    m_general = new GeneralPage(m_context.autostart, m_context.autostartArguments, m_engine.storePath());
    m_policy = new PolicyPage;
    for (SettingsPage *page :
        { static_cast<SettingsPage *>(m_accounts), static_cast<SettingsPage *>(m_reminder),
            static_cast<SettingsPage *>(m_policy), static_cast<SettingsPage *>(m_intake),
            static_cast<SettingsPage *>(m_shopDb), static_cast<SettingsPage *>(m_general) })
        addPage(page);
    // The account editor shows each rule an account does not set as the shop's, as the pages
    // have it now (the policy page loads after the reminder page).
    const auto shareShopRules = [this] {
        ConfigValues shop;
        m_reminder->save(shop);
        m_policy->save(shop);
        m_accounts->editor()->setShopRules(shop);
    };
    connect(m_policy, &PolicyPage::loaded, this, shareShopRules);
    connect(m_policy, &SettingsPage::edited, this, shareShopRules);
    connect(m_reminder, &SettingsPage::edited, this, shareShopRules);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; "
                           u"border-radius: 4px; padding: 6px; }"_s);
    m_error->hide();
    m_status = new QLabel;
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    m_heading = new QLabel;
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    connect(m_nav, &QListWidget::currentRowChanged, this,
        [this](int row) { m_heading->setText(row >= 0 ? m_pages.at(row)->title() : QString()); });

    auto *right = new QVBoxLayout;
    right->addWidget(m_heading);
    right->addWidget(m_error);
    right->addWidget(m_stack, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addLayout(right, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);

    reload();
    m_nav->setCurrentRow(0);
    resize(980, 700);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(SettingsPage *page)
{
    m_pages << page;
    m_nav->addItem(page->title());
    m_stack->addWidget(page);
    connect(page, &SettingsPage::edited, this, [this] { m_status->clear(); });
}

void SettingsDialog::reload()
{
    m_loaded = ConfigWriter::valuesOf(m_engine.config());
    for (SettingsPage *page : std::as_const(m_pages))
        page->load(m_loaded);
}

void SettingsDialog::showPage(SettingsPage *page)
{
    m_nav->setCurrentRow(int(m_pages.indexOf(page)));
}

void SettingsDialog::showKey(const QString &key)
{
    if (SettingsPage *page = pageFor(key)) {
        showPage(page);
        page->focusKey(key);
    }
}

SettingsPage *SettingsDialog::pageFor(const QString &key) const
{
    for (SettingsPage *page : m_pages)
        if (page->fieldFor(key) || !page->labelFor(key).isEmpty())
            return page;
    return nullptr;
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString SettingsDialog::statusText() const
{
    return m_status->text();
}

bool SettingsDialog::apply()
{
    m_error->hide();
    m_status->clear();
    m_notice.clear();
    ConfigValues edited = m_loaded;
    savePages(edited);

    ConfigWriter writer(m_context.configPath);
    if (!writer.prepare(m_loaded, edited)) {
        if (writer.error())
            showProblem(writer.error().text());
        else
            showErrors(writer.errors());
        return false;
    }
    QList<Error> problems;
    for (SettingsPage *page : std::as_const(m_pages))
        problems += page->check(writer.config());
    if (!problems.isEmpty()) {
        showErrors(problems);
        return false;
    }
    // Secrets first: if one cannot be stored, the file still says what it said before.
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (const QString problem = page->beforeCommit(); !problem.isEmpty()) {
            showPage(page);
            showProblem(problem);
            return false;
        }
    }
    // Storing a secret may have pointed an account at the file it went to (no keychain).
    ConfigValues stored = m_loaded;
    savePages(stored);
    if (stored != edited && !writer.prepare(m_loaded, stored)) {
        showProblem(writer.error() ? writer.error().text() : tr("The settings could not be saved."));
        return false;
    }
    if (!writer.commit()) {
        showProblem(tr("The settings could not be saved: %1").arg(writer.error().text()));
        return false;
    }
    // The audit log (issue 17): what changed, as the operator, before the engine applies it, so
    // its own check of the file finds the snapshot already there and records nothing twice.
    QStringList secretsStored;
    for (SettingsPage *page : std::as_const(m_pages))
        secretsStored += page->secretsStored();
    if (writer.hasChanges() || !secretsStored.isEmpty()) {
        if (QString auditError;
            !m_engine.auditSettingsSaved(m_loaded, ConfigWriter::valuesOf(writer.config()), secretsStored,
                OperatorActions::actor(), &auditError))
            qCWarning(lcSettings).noquote() << "settings saved but not audited:" << auditError;
    }
    QStringList warnings;
    if (writer.hasChanges()) {
        const Config previous = m_engine.config();
        m_engine.applyConfig(writer.config());
        qCInfo(lcSettings).noquote() << "settings saved to" << m_context.configPath << "and applied";
        if (m_context.afterApply)
            if (const QString problem = m_context.afterApply(previous); !problem.isEmpty())
                warnings << tr("Saved, but: %1").arg(logging::redact(problem));
    }
    for (SettingsPage *page : std::as_const(m_pages))
        if (const QString problem = page->afterCommit(); !problem.isEmpty())
            warnings << problem;
    SettingsPage *current = m_pages.value(m_nav->currentRow());
    reload();
    showPage(current);
    if (!warnings.isEmpty())
        showProblem(warnings.join(u'\n'));
    QStringList notices;
    for (SettingsPage *page : std::as_const(m_pages))
        if (const QString notice = page->notice(); !notice.isEmpty())
            notices << notice;
    m_notice = notices.join(u' ');
    m_status->setText(
        (writer.hasChanges() || !m_notice.isEmpty() ? tr("Saved and applied.") : tr("Nothing changed."))
        + u' ' + m_notice);
    if (writer.hasChanges())
        emit applied(writer.config());
    return warnings.isEmpty();
}

void SettingsDialog::accept()
{
    if (!apply())
        return;
    QDialog::accept();
    // Where a typed secret went is said even though the dialog closes.
    if (!m_notice.isEmpty() && parentWidget()) {
        auto *box = new QMessageBox(
            QMessageBox::Information, windowTitle(), m_notice, QMessageBox::Ok, parentWidget());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void SettingsDialog::savePages(ConfigValues &values) const
{
    for (SettingsPage *page : std::as_const(m_pages))
        page->save(values);
}

void SettingsDialog::showErrors(const QList<Error> &errors)
{
    QStringList lines;
    SettingsPage *first = nullptr;
    QString firstKey;
    for (const Error &e : errors) {
        // A config error's field is its key, its first arg the value that cannot be used.
        SettingsPage *page = pageFor(e.field);
        const QString label = page ? page->labelFor(e.field) : QString();
        const QString where = label.isEmpty() ? e.field : label;
        lines
            << tr("%1: “%2” cannot be used — %3.").arg(where, logging::redact(e.args.value(0)), e.message());
        if (page && !first) {
            first = page;
            firstKey = e.field;
        }
    }
    showProblem(tr("Nothing was saved.") + u'\n' + lines.join(u'\n'));
    if (first) {
        showPage(first);
        first->focusKey(firstKey);
    }
}

void SettingsDialog::showProblem(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace paynudge
