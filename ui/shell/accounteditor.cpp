#include "shell/accounteditor.h"

#include "config/configkeys.h"
#include "shell/accountkeycheck.h"
#include "shell/accountrules.h"
#include "shell/roundtexts.h"
#include "shell/variantseditor.h"
#include "templates/wechattemplate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

const QString kFieldsPrefix = u"fields/"_s;

// A tab's form scrolls rather than squeezing its fields over each other on a small screen.

} // namespace

AccountEditor::AccountEditor(QWidget *parent)
    : QWidget(parent)
{
    connect(&m_fields, &FieldBindings::edited, this, &AccountEditor::edited);
    m_tabs = new QTabWidget(this);

    // Who sends.
    auto *sender = new QWidget;
    auto *form = new QFormLayout(sender);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_key = new QLineEdit;
    m_key->setToolTip(tr("The name orders use in their \"account\" field. It cannot change once saved."));
    connect(m_key, &QLineEdit::textEdited, this, [this](const QString &text) {
        emit keyEdited(text.trimmed());
        emit edited();
    });
    form->addRow(tr("Key:"), m_key);

    auto *name = new QLineEdit;
    m_fields.addRow(form, u"name"_s, tr("Display name"), name);

    auto *shopToken = new QLineEdit;
    shopToken->setPlaceholderText(
        tr("the token column of the shop's xg_orders; empty: not from the shop database"));
    m_fields.addRow(form, u"shopToken"_s, tr("Shop token"), shopToken);

    auto *appid = new QLineEdit;
    appid->setPlaceholderText(tr("wx0123456789abcdef; empty: dry run only"));
    m_fields.addRow(form, u"appid"_s, tr("AppID"), appid);

    m_secret = new QLineEdit;
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    connect(m_secret, &QLineEdit::textEdited, this, &AccountEditor::secretTyped);
    form->addRow(tr("AppSecret:"), m_secret);
    m_secretEnv = new QLineEdit;
    m_secretEnv->setPlaceholderText(tr("e.g. SHOP1_SECRET"));
    m_fields.addRow(form, u"secretEnv"_s, tr("AppSecret from variable"), m_secretEnv);
    m_secretFile = new QLineEdit;
    m_secretFile->setPlaceholderText(tr("a file only you can read"));
    m_fields.addRow(form, u"secretFile"_s, tr("AppSecret from file"), m_secretFile);
    m_secretHint = formHint();
    form->addRow(QString(), m_secretHint);
    connect(m_secretEnv, &QLineEdit::textChanged, this, &AccountEditor::updateSecretHint);
    connect(m_secretFile, &QLineEdit::textChanged, this, &AccountEditor::updateSecretHint);

    auto *tokenSource = new QComboBox;
    tokenSource->addItem(tr("Stable token (recommended)"), u"stable"_s);
    tokenSource->addItem(tr("Classic token"), u"classic"_s);
    tokenSource->addItem(tr("The shop's own token service"), u"url"_s);
    m_fields.addRow(form, u"tokenSource"_s, tr("Access token"), tokenSource);
    auto *tokenUrl = new QLineEdit;
    tokenUrl->setPlaceholderText(tr("https://… (only for the shop's own token service)"));
    m_fields.addRow(form, u"tokenUrl"_s, tr("Token service URL"), tokenUrl);

    auto *dryRun = new QCheckBox(tr("Dry run: render and record messages, never send"));
    form->addRow(QString(), dryRun);
    m_fields.bind(u"dryRun"_s, tr("Dry run"), dryRun);

    m_test = new QPushButton(tr("Test"));
    m_test->setToolTip(tr("Fetches an access token with these settings (nothing is sent to customers)"));
    connect(m_test, &QPushButton::clicked, this, &AccountEditor::testRequested);
    m_testResult = new QLabel;
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(tr("Connection:"), testRow);
    m_tabs->addTab(scrolledForm(sender), tr("Account"));

    // What is sent.
    auto *message = new QWidget;
    auto *messageLayout = new QVBoxLayout(message);
    auto *messageForm = new QFormLayout;
    messageForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *kind = new QComboBox;
    kind->addItem(tr("Template message (service account)"), u"template"_s);
    kind->addItem(tr("Subscribe message"), u"subscribe"_s);
    kind->addItem(tr("Mini program subscribe message"), u"miniprogram"_s);
    m_fields.addRow(messageForm, u"kind"_s, tr("Message kind"), kind);
    connect(kind, &QComboBox::currentIndexChanged, this, &AccountEditor::updateKindFields);

    auto *templateId = new QLineEdit;
    m_templateId = templateId;
    m_loadTemplates = new QPushButton(tr("Load templates from WeChat"));
    m_loadTemplates->setToolTip(
        tr("Reads the account's templates with their keys (nothing is sent to customers)"));
    connect(m_loadTemplates, &QPushButton::clicked, this, &AccountEditor::loadTemplatesRequested);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(templateId, 1);
    templateRow->addWidget(m_loadTemplates);
    m_fields.addRow(messageForm, u"templateId"_s, tr("Template ID"), templateId, templateRow);
    connect(
        templateId, &QLineEdit::textEdited, this, [this](const QString &id) { showTemplate(id.trimmed()); });
    m_templatePicker = new QComboBox;
    m_templatePicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_templatePicker, &QComboBox::activated, this, &AccountEditor::pickTemplate);
    messageForm->addRow(tr("Template:"), m_templatePicker);
    m_templateExample = formHint();
    messageForm->addRow(QString(), m_templateExample);
    m_templateStatus = formHint();
    messageForm->addRow(QString(), m_templateStatus);

    auto *url = new QLineEdit;
    url->setPlaceholderText(tr("https://shop.example/order/{order_no}"));
    m_webLink = url;
    m_fields.addRow(messageForm, u"url"_s, tr("Link"), url);

    m_openMiniprogram = new QCheckBox(tr("Open a mini program page instead of the link"));
    messageForm->addRow(QString(), m_openMiniprogram);
    auto *mpAppid = new QLineEdit;
    m_fields.addRow(messageForm, u"miniprogramAppid"_s, tr("Mini program AppID"), mpAppid);
    auto *mpPage = new QLineEdit;
    mpPage->setPlaceholderText(tr("pages/order/detail?no={order_no}"));
    m_fields.addRow(messageForm, u"miniprogramPage"_s, tr("Mini program page"), mpPage);
    auto *mpState = new QComboBox;
    mpState->addItem(tr("Released"), u"formal"_s);
    mpState->addItem(tr("Trial"), u"trial"_s);
    mpState->addItem(tr("Developer"), u"developer"_s);
    m_fields.addRow(messageForm, u"miniprogramState"_s, tr("Mini program version"), mpState);
    m_messageLanguage = new QComboBox;
    m_messageLanguage->addItem(u"简体中文 (zh_CN)"_s, u"zh_CN"_s);
    m_messageLanguage->addItem(u"English (en_US)"_s, u"en_US"_s);
    m_messageLanguage->addItem(u"繁體中文 香港 (zh_HK)"_s, u"zh_HK"_s);
    m_messageLanguage->addItem(u"繁體中文 台灣 (zh_TW)"_s, u"zh_TW"_s);
    m_fields.addRow(messageForm, u"lang"_s, tr("Message language"), m_messageLanguage);
    // What a send does with an order number longer than its character_string key (32).
    auto *tooLong = new QComboBox;
    tooLong->addItem(tr("Send it shortened, marked with \"...\""), u"shorten"_s);
    tooLong->addItem(tr("Fail the reminder"), u"fail"_s);
    m_fields.addRow(messageForm, u"tooLong"_s, tr("Order number over 32 characters"), tooLong);
    m_miniprogramRows = { mpAppid, mpPage, mpState };
    m_messageForm = messageForm;
    connect(m_openMiniprogram, &QCheckBox::toggled, this, [this, mpAppid, mpPage](bool on) {
        if (!on) { // no mini program: nothing of it stays in the file
            mpAppid->clear();
            mpPage->clear();
            emit edited();
        }
        updateKindFields();
    });

    m_mapping = new TemplateMappingEditor;
    m_mapping->table()->setToolTip(ConfigKey::get(ConfigKeyId::AccountFields).helpText());
    connect(m_mapping, &TemplateMappingEditor::edited, this, &AccountEditor::edited);
    messageLayout->addLayout(messageForm);
    messageLayout->addWidget(m_mapping, 1);
    m_tabs->addTab(scrolledForm(message), tr("Message"));

    // Who of this account's customers is reminded, when, and with which text: each in its own
    // tab, so the editor stays usable on a 1366×768 screen.
    const auto section = [this](const QString &tab, const QString &title, QWidget *content) {
        auto *box = new QGroupBox(title);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(content);
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->addWidget(box, 1);
        m_tabs->addTab(scrolledForm(page), tab);
    };
    m_rules = new AccountRules;
    connect(m_rules, &AccountRules::edited, this, &AccountEditor::edited);
    section(tr("Own rules"), tr("This account's own rules"), m_rules);
    m_roundTexts = new RoundTexts;
    m_roundTexts->setAccountFields([this] { return m_mapping->fields(); });
    connect(m_roundTexts, &RoundTexts::edited, this, &AccountEditor::edited);
    section(tr("Round texts"), tr("Each round's text"), m_roundTexts);
    m_variants = new VariantsEditor;
    connect(m_variants, &VariantsEditor::edited, this, &AccountEditor::edited);
    section(tr("Split test"), tr("Split test of texts"), m_variants);

    for (QLineEdit *e : { templateId, url, mpAppid, mpPage })
        connect(e, &QLineEdit::textChanged, this, [this] { setPreviewContext(m_previewContext); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    updateSecretHint();
    updateKindFields();
    setTemplates(std::nullopt);
    setTemplatesLoading(false);
}

void AccountEditor::setAccount(const QString &key, const ConfigValues &values, bool isNew)
{
    {
        const QSignalBlocker block(m_key);
        m_key->setText(key);
        m_key->setReadOnly(!isNew);
    }
    m_fields.load(values);
    QList<QPair<QString, QString>> fields;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (it.key().startsWith(kFieldsPrefix))
            fields.append({ it.key().mid(kFieldsPrefix.size()), it.value() });
    m_mapping->setFields(fields);
    m_rules->setValues(values);
    m_roundTexts->setValues(values);
    m_variants->setValues(values);
    setTemplates(std::nullopt);
    setTemplatesLoading(false);
    m_secret->clear();
    m_envBeforeTyping.clear();
    m_testResult->clear();
    updateSecretHint();
    updateKindFields();
    setPreviewContext(m_previewContext);
}

QString AccountEditor::key() const
{
    return m_key->text().trimmed();
}

void AccountEditor::save(ConfigValues &values) const
{
    m_fields.save(values);
    values.removeIf([](const auto &it) { return it.key().startsWith(kFieldsPrefix); });
    for (const auto &[field, pattern] : m_mapping->fields())
        values.insert(kFieldsPrefix + field, pattern);
    m_rules->save(values);
    m_roundTexts->save(values);
    m_variants->save(values);
}

void AccountEditor::setShopRules(const ConfigValues &shopValues)
{
    m_rules->setShopRules(shopValues);
    m_roundTexts->setShopRules(shopValues);
    m_variants->setShopRules(shopValues);
}

QString AccountEditor::typedSecret() const
{
    return m_secret->text().trimmed();
}

void AccountEditor::clearTypedSecret()
{
    m_secret->clear();
    m_envBeforeTyping.clear();
    updateSecretHint();
}

// A secret typed while the variable is chosen replaces that choice (the config allows one
// source): the operator need not know what a variable is. Emptying the field again brings the
// variable back, so a stray keystroke changes nothing.
void AccountEditor::secretTyped(const QString &text)
{
    const QString env = m_secretEnv->text().trimmed();
    if (!text.trimmed().isEmpty() && !env.isEmpty()) {
        m_envBeforeTyping = env;
        m_secretEnv->clear();
    } else if (text.trimmed().isEmpty() && !m_envBeforeTyping.isEmpty()) {
        m_secretEnv->setText(std::exchange(m_envBeforeTyping, QString()));
    }
    updateSecretHint();
    emit edited();
}

AccountConfig AccountEditor::previewAccount() const
{
    ConfigValues v;
    m_fields.save(v);
    AccountConfig a;
    a.key = key();
    a.templateId = v.value(u"templateId"_s);
    a.url = v.value(u"url"_s);
    a.miniprogramAppid = v.value(u"miniprogramAppid"_s);
    a.miniprogramPage = v.value(u"miniprogramPage"_s);
    return a;
}

void AccountEditor::setPreviewContext(const TemplateMappingEditor::PreviewContext &context)
{
    m_previewContext = context;
    TemplateMappingEditor::PreviewContext c = context;
    c.account = previewAccount();
    m_mapping->setPreviewContext(c);
    m_roundTexts->setPreviewContext(c);
    m_variants->setPreviewContext(c);
}

QWidget *AccountEditor::fieldFor(const QString &subKey) const
{
    if (subKey.isEmpty())
        return m_key;
    if (subKey.startsWith(kFieldsPrefix))
        return m_mapping->table();
    if (subKey == u"appSecret") // not a configuration key: the checklist leads here
        return m_secret;
    if (subKey.contains(u'*'))
        return nullptr; // a pattern of the key table ("round*.templateId"), not a key
    if (AccountRules::keys().contains(subKey))
        return m_rules->fieldFor(subKey);
    if (QWidget *w = m_roundTexts->fieldFor(subKey))
        return w;
    if (QWidget *w = m_variants->fieldFor(subKey))
        return w;
    return m_fields.widget(subKey);
}

QString AccountEditor::labelFor(const QString &subKey) const
{
    if (subKey.isEmpty())
        return tr("Key");
    if (subKey.startsWith(kFieldsPrefix))
        return tr("Template field %1").arg(subKey.mid(kFieldsPrefix.size()));
    if (AccountRules::keys().contains(subKey))
        return m_rules->labelFor(subKey);
    if (const QString label = m_roundTexts->labelFor(subKey); !label.isEmpty())
        return label;
    if (const QString label = m_variants->labelFor(subKey); !label.isEmpty())
        return label;
    return m_fields.label(subKey);
}

void AccountEditor::focusSubKey(const QString &subKey)
{
    // A round's or variant's field shows once that round or variant is the one shown.
    if (const int round = roundOfKey(subKey); round > 0)
        m_roundTexts->showRound(round);
    else if (const QString variant = variantOfKey(subKey); !variant.isEmpty())
        m_variants->select(variant);
    QWidget *w = fieldFor(subKey);
    if (!w)
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *area = qobject_cast<QScrollArea *>(m_tabs->widget(i)); area && area->isAncestorOf(w)) {
            m_tabs->setCurrentIndex(i);
            area->ensureWidgetVisible(w);
        }
    }
    w->setFocus(Qt::OtherFocusReason);
}

void AccountEditor::setTemplates(const std::optional<TemplateCatalog> &catalog)
{
    m_catalog = catalog;
    {
        const QSignalBlocker block(m_templatePicker);
        m_templatePicker->clear();
        if (catalog) {
            m_templatePicker->addItem(
                tr("— choose one of the %n template(s) —", nullptr, int(catalog->templates.size())));
            for (const WeChatTemplate &t : catalog->templates)
                m_templatePicker->addItem(u"%1 (%2)"_s.arg(t.title, t.id), t.id);
        }
    }
    m_messageForm->setRowVisible(m_templatePicker, catalog.has_value());
    showTemplate(m_templateId->text().trimmed());
    m_roundTexts->setTemplates(catalog);
    m_variants->setTemplates(catalog);
}

void AccountEditor::setTemplatesLoading(bool loading, const QString &message)
{
    m_loadTemplates->setEnabled(!loading);
    m_templateStatus->setText(loading ? tr("Loading templates from WeChat…") : message);
    m_messageForm->setRowVisible(m_templateStatus, loading || !message.isEmpty());
}

// The template of that ID, if the list has it: the picker points at it, its example shows, and
// the mapping editor gets its keys.
void AccountEditor::showTemplate(const QString &templateId)
{
    const WeChatTemplate *t = m_catalog ? m_catalog->find(templateId) : nullptr;
    {
        const QSignalBlocker block(m_templatePicker);
        m_templatePicker->setCurrentIndex(std::max(0, m_templatePicker->findData(templateId)));
    }
    QString example;
    if (t)
        example = tr("Example: %1").arg(QString(t->example).replace(u'\n', u"  ·  "_s));
    else if (m_catalog && !templateId.isEmpty())
        example = tr("WeChat lists no template %1 for this account: every send would fail (errcode 40037).")
                      .arg(templateId);
    m_templateExample->setText(example);
    m_messageForm->setRowVisible(m_templateExample, !example.isEmpty());
    m_mapping->setTemplate(t ? std::optional<WeChatTemplate>(*t) : std::nullopt);
}

void AccountEditor::pickTemplate(int index)
{
    const QString id = m_templatePicker->itemData(index).toString();
    if (id.isEmpty() || id == m_templateId->text().trimmed())
        return;
    m_templateId->setText(id);
    showTemplate(id);
    m_mapping->applySuggestion(); // a new template: its own keys, mapped by type and label
    emit edited();
}

void AccountEditor::setTestResult(bool ok, const QString &message)
{
    // A failure says what to do (which IP to whitelist, …); a success only that it worked.
    m_testResult->setStyleSheet(ok ? u"color: #1a7f37;"_s : u"color: #c62828;"_s);
    m_testResult->setText(ok ? u"✔ "_s + tr("Connected: an access token was issued.") : u"✘ "_s + message);
    m_testResult->setToolTip(message);
}

void AccountEditor::setTestAvailable(bool available, const QString &why)
{
    m_test->setEnabled(available);
    if (!available)
        m_testResult->setText(why);
}

void AccountEditor::updateSecretHint()
{
    const QString env = m_secretEnv->text().trimmed();
    const QString file = m_secretFile->text().trimmed();
    if (!env.isEmpty()) {
        m_secret->setPlaceholderText(tr("type the AppSecret to enter it here instead"));
        m_secretHint->setText(
            tr("The AppSecret now comes from the computer setting “%1” (an environment variable). "
               "To enter it yourself, type it above: PayNudge then keeps it and no longer reads that "
               "setting.")
                .arg(env));
    } else if (!m_envBeforeTyping.isEmpty()) {
        m_secret->setPlaceholderText(QString());
        m_secretHint->setText(
            tr("PayNudge will keep the AppSecret you typed and no longer read the computer setting “%1”. "
               "Empty the field to keep using that setting.")
                .arg(m_envBeforeTyping));
    } else if (!file.isEmpty()) {
        m_secret->setPlaceholderText(tr("type to replace the saved AppSecret"));
        m_secretHint->setText(tr("The AppSecret is kept in the file %1, readable only by you.").arg(file));
    } else {
        m_secret->setPlaceholderText(tr("type to store a new AppSecret"));
        m_secretHint->setText(
            tr("The AppSecret is kept in the system keychain (or, on a computer without one, in a file "
               "only you can read) — never in the configuration file."));
    }
}

void AccountEditor::updateKindFields()
{
    const auto *kind = qobject_cast<QComboBox *>(m_fields.widget(u"kind"_s));
    const bool mini = kind && kind->currentData().toString() == u"miniprogram";
    m_webLink->setEnabled(!mini); // a mini program message opens its page, never a web link
    // A template message may open a mini program instead; otherwise those fields only take room.
    const auto *mpAppid = qobject_cast<QLineEdit *>(m_fields.widget(u"miniprogramAppid"_s));
    const auto *mpPage = qobject_cast<QLineEdit *>(m_fields.widget(u"miniprogramPage"_s));
    {
        const QSignalBlocker block(m_openMiniprogram);
        if (mini || !mpAppid->text().isEmpty() || !mpPage->text().isEmpty())
            m_openMiniprogram->setChecked(true);
        m_openMiniprogram->setEnabled(!mini);
    }
    m_messageForm->setRowVisible(m_openMiniprogram, !mini);
    for (QWidget *row : std::as_const(m_miniprogramRows))
        m_messageForm->setRowVisible(row, m_openMiniprogram->isChecked());
    m_messageForm->setRowVisible(m_messageLanguage, mini); // only mini program messages carry one
}

} // namespace paynudge
