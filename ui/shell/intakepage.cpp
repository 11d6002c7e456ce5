#include "shell/intakepage.h"

#include "common/logging.h"
#include "config/configkeys.h"
#include "console/messagebox.h"
#include "intake/intaketoken.h"
#include "secrets/secretstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIntakePage, "paynudge.ui.settings.intake")

namespace paynudge {

IntakePage::IntakePage(Options options, QWidget *parent)
    : SettingsPage(parent)
    , m_options(std::move(options))
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *enabled = new QCheckBox(tr("Accept orders from the shop's backend over HTTP"));
    form->addRow(QString(), enabled);
    bind(u"intake/enabled"_s, tr("Intake API on"), enabled);

    auto *listen = new QLineEdit;
    listen->setPlaceholderText(ConfigKey::get(ConfigKeyId::IntakeListen).defaultValue());
    addField(form, u"intake/listen"_s, tr("Listen on"), listen);

    m_tokenView = new QLineEdit;
    m_tokenView->setReadOnly(true);
    m_copy = new QPushButton(tr("Copy"));
    m_copy->setToolTip(tr("Copies the whole token to the clipboard, for the shop's backend"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_token);
        m_copy->setText(tr("Copied"));
    });
    m_regenerate = new QPushButton(tr("Regenerate…"));
    connect(m_regenerate, &QPushButton::clicked, this, &IntakePage::confirmRegenerate);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenView, 1);
    tokenRow->addWidget(m_copy);
    tokenRow->addWidget(m_regenerate);
    form->addRow(tr("Bearer token:"), tokenRow);
    m_tokenWhere = formHint();
    form->addRow(QString(), m_tokenWhere);

    auto *tokenFile = new QLineEdit;
    tokenFile->setPlaceholderText(tr("optional: a file holding the token"));
    addField(form, u"intake/tokenFile"_s, tr("Token file"), tokenFile);

    auto *note = new QLabel(tr("The shop's backend sends every order to POST /api/v1/orders with the header "
                               "\"Authorization: Bearer <token>\". A new address takes effect when saved."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    // What it is for comes first, in the shop's terms; the address and token are the developer's.
    auto *purpose = new QLabel(
        tr("PayNudge reminds customers of orders it knows about. Orders get here in one of two ways:\n"
           "• Automatically: the shop's system (set up once by the shop's developer or the company that "
           "built the shop) passes each new order, and its payment, to PayNudge.\n"
           "• By hand: export the unpaid orders from the shop's back office and import the file "
           "(File → Import orders from CSV…); Chinese column names and amounts in yuan are understood."));
    purpose->setWordWrap(true);
    auto *developer = new QGroupBox(tr("For the shop's developer"));
    auto *developerLayout = new QVBoxLayout(developer);
    developerLayout->addLayout(form);
    developerLayout->addWidget(note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(purpose);
    layout->addWidget(developer);
    layout->addStretch();
}

IntakePage::~IntakePage() = default;

QString IntakePage::mask(const QString &token)
{
    if (token.size() < 12)
        return QString(token.size(), u'•');
    return token.left(4) + QString(12, u'•') + token.right(4);
}

void IntakePage::load(const ConfigValues &values)
{
    SettingsPage::load(values);
    resolveToken();
}

void IntakePage::resolveToken()
{
    QString error;
    const auto token
        = IntakeToken::resolve({ m_options.current, m_options.dataDir, m_options.useKeychain }, &error);
    m_token = token ? token->value() : QString();
    m_tokenView->setText(token ? mask(m_token) : QString());
    m_copy->setEnabled(token.has_value());
    m_copy->setText(tr("Copy"));
    if (!token) {
        m_tokenWhere->setText(tr("The token cannot be read: %1").arg(logging::redact(error)));
        m_regenerate->setEnabled(false);
        return;
    }
    const bool inline_ = token->source() == IntakeToken::Source::Config;
    m_regenerate->setEnabled(!inline_);
    m_regenerate->setToolTip(inline_
            ? tr("The token is written in the configuration file ([intake] token): change it "
                 "there, or remove it and PayNudge keeps one in the keychain.")
            : QString());
    m_tokenWhere->setText(tr("Kept in %1.").arg(token->location()));
}

void IntakePage::confirmRegenerate()
{
    MessageBox::ask(this, MessageBox::Icon::Warning, tr("Regenerate the intake token?"),
        tr("The current token stops working at once: the shop's backend is refused until it "
           "sends the new one."),
        { { tr("Regenerate"), true } }, -1, this, [this](int choice) {
            if (choice == 0)
                regenerate();
        });
}

void IntakePage::regenerate()
{
    QString error;
    const auto current
        = IntakeToken::resolve({ m_options.current, m_options.dataDir, m_options.useKeychain }, &error);
    const QString fresh = SecretStore::generateToken();
    logging::registerSecret(fresh);
    bool stored = false;
    if (current) {
        // The new token goes where the current one was found, so the next start finds it too.
        switch (current->source()) {
        case IntakeToken::Source::Config:
            error = tr("the token is written in the configuration file");
            break;
        case IntakeToken::Source::ConfigFile:
            stored = SecretStore::toFile(m_options.current.tokenFile, fresh, &error);
            break;
        case IntakeToken::Source::Keychain:
            stored = SecretStore::toKeychain(IntakeToken::keychainKey(), fresh, &error);
            break;
        case IntakeToken::Source::DataFile:
            stored = SecretStore::toFile(IntakeToken::dataFilePath(m_options.dataDir), fresh, &error);
            break;
        }
    }
    if (!stored) {
        m_tokenWhere->setText(tr("The token was not changed: %1").arg(logging::redact(error)));
        return;
    }
    qCInfo(lcIntakePage) << "intake token regenerated by the operator";
    resolveToken();
    if (const auto replaced
        = IntakeToken::resolve({ m_options.current, m_options.dataDir, m_options.useKeychain }, &error);
        replaced && m_options.tokenReplaced)
        m_options.tokenReplaced(*replaced);
}

} // namespace paynudge
