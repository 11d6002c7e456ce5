#include "shell/shopdbpage.h"

#include "common/logging.h"
#include "secrets/secretstore.h"
#include "shell/durationedit.h"
#include "shell/shopdbtestview.h"
#include "shopdb/shopdbconnect.h"
#include "shopdb/shopdbprobe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcShopDbPage, "paynudge.ui.shopdb")

namespace paynudge {
namespace {

QFormLayout *newForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

QPlainTextEdit *sqlEditor()
{
    auto *edit = new QPlainTextEdit;
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(90);
    return edit;
}

} // namespace

ShopDbPage::ShopDbPage(Options options, QWidget *parent)
    : SettingsPage(parent)
    , m_options(std::move(options))
{
    auto *intro = formHint(
        tr("PayNudge can read new orders straight from the shop's own database, and ask it right before "
           "each reminder whether the order is still unpaid, so a customer who has paid is never "
           "reminded. It only reads: a database user that may only read is enough."));
    m_tabs = new QTabWidget;

    // Where the database is.
    auto *connection = new QWidget;
    auto *form = newForm(connection);
    auto *driver = new QComboBox;
    driver->addItem(tr("MySQL / MariaDB"), u"mysql"_s);
    driver->addItem(tr("PostgreSQL"), u"postgres"_s);
    addField(form, u"shopdb/driver"_s, tr("Database type"), driver);
    auto *host = new QLineEdit;
    host->setPlaceholderText(tr("e.g. 127.0.0.1 or db.example.com"));
    addField(form, u"shopdb/host"_s, tr("Server"), host);
    auto *port = new QSpinBox;
    port->setSpecialValueText(tr("Default (3306 / 5432)"));
    port->setMaximumWidth(200);
    addField(form, u"shopdb/port"_s, tr("Port"), port);
    auto *database = new QLineEdit;
    database->setPlaceholderText(tr("e.g. shop; empty: PayNudge does not read the shop's database"));
    addField(form, u"shopdb/database"_s, tr("Database name"), database);
    auto *user = new QLineEdit;
    user->setPlaceholderText(tr("a user that may only read (SELECT)"));
    addField(form, u"shopdb/user"_s, tr("User"), user);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setClearButtonEnabled(true);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        updatePasswordHint();
        emit edited();
    });
    form->addRow(tr("Password:"), m_password);
    m_passwordEnv = new QLineEdit;
    m_passwordEnv->setPlaceholderText(tr("e.g. SHOP_DB_PASSWORD"));
    addField(form, u"shopdb/passwordEnv"_s, tr("Password from variable"), m_passwordEnv);
    m_passwordFile = new QLineEdit;
    m_passwordFile->setPlaceholderText(tr("a file only you can read"));
    addField(form, u"shopdb/passwordFile"_s, tr("Password from file"), m_passwordFile);
    m_passwordHint = formHint();
    form->addRow(QString(), m_passwordHint);
    connect(m_passwordEnv, &QLineEdit::textChanged, this, &ShopDbPage::updatePasswordHint);
    connect(m_passwordFile, &QLineEdit::textChanged, this, &ShopDbPage::updatePasswordHint);
    m_tabs->addTab(connection, tr("Connection"));

    // Which orders are new, and how they are read.
    auto *ordersTab = new QWidget;
    auto *ordersLayout = new QVBoxLayout(ordersTab);
    auto *ordersForm = newForm(nullptr);
    m_profile = new QComboBox;
    m_profile->addItem(tr("The shop's own queries (written by its developer)"), u"custom"_s);
    m_profile->addItem(tr("Built in: xg mall (tables xg_orders, xg_user_child, …)"), u"xg"_s);
    addField(ordersForm, u"shopdb/profile"_s, tr("The shop's system"), m_profile);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ShopDbPage::updateProfile);
    auto *poll = new DurationEdit;
    addField(ordersForm, u"shopdb/pollInterval"_s, tr("Look for new orders every"), poll);
    ordersLayout->addLayout(ordersForm);

    m_xg = new QGroupBox(tr("What the xg mall queries assume (change only if the shop's tables differ)"));
    auto *xgForm = newForm(m_xg);
    addField(xgForm, u"shopdb/amountColumn"_s, tr("Amount column"), new QLineEdit);
    auto *unit = new QComboBox;
    unit->addItem(tr("yuan (e.g. 88.00)"), u"yuan"_s);
    unit->addItem(tr("fen (e.g. 8800)"), u"fen"_s);
    addField(xgForm, u"shopdb/amountUnit"_s, tr("Amount is in"), unit);
    auto *placedAt = new QLineEdit;
    placedAt->setPlaceholderText(tr("empty: the time PayNudge first sees the order"));
    addField(xgForm, u"shopdb/placedAtColumn"_s, tr("Order time column"), placedAt);
    xgForm->addRow(QString(),
        formHint(tr("Each order belongs to the shop account whose “Shop token” (Settings → Accounts) is the "
                    "order's token.")));
    ordersLayout->addWidget(m_xg);

    m_queries = new QGroupBox(tr("The shop's own queries (for the shop's developer)"));
    auto *queriesForm = newForm(m_queries);
    queriesForm->addRow(formHint(
        tr("New orders: a SELECT given :after_id and :limit, returning id, order_no, openid, product and "
           "more columns named like the intake API's fields. Payment check: a SELECT of the order_no "
           "among :order_nos that are still unpaid. Values are always bound, never pasted into the text.")));
    m_ordersQuery = sqlEditor();
    addField(queriesForm, u"shopdb/ordersQuery"_s, tr("New orders"), m_ordersQuery);
    m_unpaidQuery = sqlEditor();
    addField(queriesForm, u"shopdb/unpaidQuery"_s, tr("Still unpaid"), m_unpaidQuery);
    ordersLayout->addWidget(m_queries, 1);
    m_tabs->addTab(scrolledForm(ordersTab), tr("New orders"));

    // The check right before sending.
    auto *checkTab = new QWidget;
    auto *checkLayout = new QVBoxLayout(checkTab);
    auto *checkForm = newForm(nullptr);
    auto *check = new QCheckBox(tr("Right before each reminder, ask the shop's database whether the order is "
                                   "still unpaid"));
    checkForm->addRow(QString(), check);
    bind(u"shopdb/check"_s, tr("Payment check"), check);
    auto *onFailure = new QComboBox;
    onFailure->addItem(tr("Hold the reminders until the check works again (recommended)"), u"hold"_s);
    onFailure->addItem(tr("Send them without the check"), u"send"_s);
    addField(checkForm, u"shopdb/onCheckFailure"_s, tr("When the check cannot run"), onFailure);
    checkLayout->addLayout(checkForm);
    auto *hook = new QGroupBox(tr(
        "Or check over the web, when PayNudge cannot reach the database (set up by the shop's developer)"));
    auto *hookForm = newForm(hook);
    auto *url = new QLineEdit;
    url->setPlaceholderText(tr("https://… ; empty: none"));
    addField(hookForm, u"precheck/url"_s, tr("Check address"), url);
    auto *tokenEnv = new QLineEdit;
    tokenEnv->setPlaceholderText(tr("e.g. PRECHECK_TOKEN"));
    addField(hookForm, u"precheck/tokenEnv"_s, tr("Key from variable"), tokenEnv);
    auto *tokenFile = new QLineEdit;
    tokenFile->setPlaceholderText(tr("a file only you can read"));
    addField(hookForm, u"precheck/tokenFile"_s, tr("Key from file"), tokenFile);
    addField(hookForm, u"precheck/timeout"_s, tr("Wait for an answer at most"), new DurationEdit);
    checkLayout->addWidget(hook);
    checkLayout->addStretch();
    m_tabs->addTab(checkTab, tr("Payment check"));

    m_test = new QPushButton(tr("Test"));
    m_test->setToolTip(tr("Connects with the values above and runs both queries once; nothing is changed in "
                          "the shop's database and nothing is sent."));
    connect(m_test, &QPushButton::clicked, this, &ShopDbPage::test);
    m_testView = new ShopDbTestView;
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testView, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(testRow);
    updateProfile();
    updatePasswordHint();
}

void ShopDbPage::load(const ConfigValues &values)
{
    SettingsPage::load(values);
    m_password->clear();
    updateProfile();
    updatePasswordHint();
}

void ShopDbPage::focusKey(const QString &key)
{
    if (QWidget *w = fieldFor(key)) {
        for (int i = 0; i < m_tabs->count(); ++i)
            if (m_tabs->widget(i)->isAncestorOf(w))
                m_tabs->setCurrentIndex(i);
    }
    SettingsPage::focusKey(key);
}

void ShopDbPage::updateProfile()
{
    // The built-in queries are fixed; their assumptions are what a shop may change.
    const bool xg = m_profile->currentData().toString() == u"xg";
    m_xg->setEnabled(xg);
    m_queries->setEnabled(!xg);
}

void ShopDbPage::updatePasswordHint()
{
    const QString env = m_passwordEnv->text().trimmed();
    const QString file = m_passwordFile->text().trimmed();
    if (!env.isEmpty()) {
        m_password->setPlaceholderText(QString());
        m_passwordHint->setText(
            tr("The password comes from the computer setting “%1” (an environment variable).").arg(env));
    } else if (!file.isEmpty()) {
        m_password->setPlaceholderText(tr("type to replace the saved password"));
        m_passwordHint->setText(tr("The password is kept in the file %1, readable only by you.").arg(file));
    } else {
        m_password->setPlaceholderText(tr("type to store the password"));
        m_passwordHint->setText(
            tr("The password is kept in the system keychain (or, on a computer without one, in a file only "
               "you can read) — never in the configuration file."));
    }
}

QString ShopDbPage::beforeCommit()
{
    m_notice.clear();
    m_passwordKept = false;
    const QString typed = m_password->text();
    if (typed.isEmpty())
        return {};
    logging::registerSecret(typed);
    ShopDbSettings settings;
    settings.passwordEnv = m_passwordEnv->text().trimmed();
    settings.passwordFile = m_passwordFile->text().trimmed();
    if (!settings.passwordEnv.isEmpty())
        return tr("The shop database password comes from the computer setting “%1”; empty that setting to "
                  "enter the password here.")
            .arg(settings.passwordEnv);
    QString error;
    const auto kept = SecretStore::keep(shopdb::passwordSource(settings), typed,
        shopdb::fallbackPasswordFile(m_options.dataDir), m_options.useKeychain, &error);
    if (!kept)
        return tr("The shop database password could not be stored: %1").arg(logging::redact(error));
    if (kept->file.isEmpty()) {
        m_notice = tr("The shop database password was saved in the system keychain.");
    } else if (settings.passwordFile.isEmpty()) {
        // No keychain answered: the configuration names the file, so PayNudge reads it from there.
        m_passwordFile->setText(kept->file);
        qCInfo(lcShopDbPage).noquote() << "no keychain (" << kept->keychainError << ")";
        m_notice = tr("This computer has no keychain, so the shop database password was saved in the file "
                      "%1, which only you can read.")
                       .arg(QDir::toNativeSeparators(kept->file));
    } else {
        m_notice = tr("The shop database password was saved in the file %1, which only you can read.")
                       .arg(QDir::toNativeSeparators(kept->file));
    }
    qCInfo(lcShopDbPage).noquote() << "shop database password stored"
                                   << (kept->file.isEmpty() ? u"in the keychain"_s : u"in "_s + kept->file);
    m_passwordKept = true;
    m_password->clear();
    updatePasswordHint();
    return {};
}

void ShopDbPage::test()
{
    if (m_testRunning)
        return;
    // The form's values as Config::load would read them, whether saved or not.
    ConfigValues values;
    save(values);
    QList<Error> errors;
    const Config config = ConfigWriter::parse(values, &errors);
    if (!errors.isEmpty()) {
        const Error &e = errors.first();
        const QString label = labelFor(e.field);
        m_testView->showProblem(tr("%1: “%2” cannot be used — %3.")
                                    .arg(label.isEmpty() ? e.field : label, e.args.value(0), e.message()));
        emit testFinished();
        return;
    }
    const ShopDbSettings settings = config.shopdb;
    if (!settings.enabled()) {
        m_testView->showProblem(tr("Enter the database name first."));
        emit testFinished();
        return;
    }
    m_testRunning = true;
    m_test->setEnabled(false);
    m_testView->showRunning();
    const QString typed = m_password->text();
    if (!typed.isEmpty())
        logging::registerSecret(typed);
    const int timeout = m_options.testTimeoutSec;
    // Without the keychain (tests), a password that is neither typed nor named is none at all.
    const bool askKeychain = m_options.useKeychain;
    auto result = std::make_shared<shopdb::ProbeResult>();
    // The keychain read and the database both block: neither runs on the GUI thread.
    QThread *worker = QThread::create([settings, typed, timeout, askKeychain, result] {
        QString why;
        const bool named = !settings.passwordEnv.isEmpty() || !settings.passwordFile.isEmpty();
        std::optional<QString> password = typed;
        if (typed.isEmpty())
            password = named || askKeychain ? shopdb::password(settings, &why) : QString();
        if (!password) {
            result->connectError
                = Error(ErrorCode::ShopDbCannotConnect, {}, { shopdb::describe(settings), why });
            return;
        }
        *result = shopdb::ShopDbProbe::run(settings, *password, timeout);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result] {
        m_testRunning = false;
        m_test->setEnabled(true);
        m_testView->showResult(*result);
        emit testFinished();
    });
    worker->start();
}

} // namespace paynudge
