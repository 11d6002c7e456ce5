#include "shell/roundtexts.h"

#include "common/durationspec.h"
#include "config/configkeys.h"
#include "shell/accountkeycheck.h"
#include "shell/fieldbindings.h"
#include "shell/reminderpage.h"
#include "shell/textmappingform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

bool isRoundKey(const QString &subKey)
{
    return roundOfKey(subKey) > 0;
}

// When each round goes out, in the order Config numbers them: after the order first, then those
// before the close, the farthest from it first. Empty for an entry that does not parse.
QStringList roundTimes(const QString &roundsText)
{
    QList<qint64> after, beforeClose;
    for (const QString &part : roundsText.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed().remove(u'"');
        const bool close = t.startsWith(u"close-");
        const auto seconds = parseDurationSpec(close ? QStringView(t).mid(6) : QStringView(t));
        (close ? beforeClose : after) << seconds.value_or(-1);
    }
    std::sort(after.begin(), after.end());
    std::sort(beforeClose.begin(), beforeClose.end(), std::greater<>());
    QStringList out;
    for (qint64 s : std::as_const(after))
        out << (s < 0 ? QString()
                      : RoundTexts::tr("%1 after the order").arg(ReminderPage::describeSeconds(s)));
    for (qint64 s : std::as_const(beforeClose))
        out << (s < 0 ? QString()
                      : RoundTexts::tr("%1 before it closes").arg(ReminderPage::describeSeconds(s)));
    return out;
}

} // namespace

RoundTexts::RoundTexts(QWidget *parent)
    : QWidget(parent)
{
    m_round = new QComboBox;
    m_round->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_round, &QComboBox::currentIndexChanged, this, [this](int) {
        keepCurrent();
        showCurrent();
    });
    m_own = new QCheckBox(tr("This round has its own text"));
    connect(m_own, &QCheckBox::toggled, this, [this](bool own) {
        // A round given its own text starts from the account's; one without loses its keys.
        if (own && m_form->fields().isEmpty() && m_form->templateId().isEmpty() && m_accountFields)
            m_form->setMapping(QString(), m_accountFields());
        else if (!own)
            m_form->setMapping(QString(), {});
        m_form->setEnabled(own);
        updateCheck();
        emit edited();
    });
    m_form = new TextMappingForm(ConfigKey::get(ConfigKeyId::AccountRoundTemplateId).helpText(),
        ConfigKey::get(ConfigKeyId::AccountRoundFields).helpText());
    connect(m_form, &TextMappingForm::edited, this, [this] {
        updateCheck();
        emit edited();
    });
    m_check = new QLabel;
    m_check->setWordWrap(true);
    m_check->setStyleSheet(u"color: #c62828;"_s);
    m_check->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Round:"), m_round);
    form->addRow(QString(), m_own);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(formHint(tr("A round without a text of its own is sent with the account's template and "
                                  "fields (Message tab). With its own, it takes only its own fields — e.g. "
                                  "the last round can say that the order closes soon ({close_in}).")));
    layout->addLayout(form);
    layout->addWidget(m_check);
    layout->addWidget(m_form, 1);
    showCurrent();
}

void RoundTexts::setValues(const ConfigValues &accountValues)
{
    m_values.clear();
    for (auto it = accountValues.cbegin(); it != accountValues.cend(); ++it)
        if (isRoundKey(it.key()))
            m_values.insert(it.key(), it.value());
    m_shown = 0;
    fillPicker();
    showCurrent();
}

void RoundTexts::setShopRules(const ConfigValues &shopValues)
{
    m_roundsText = shopValues.value(u"reminder/rounds"_s);
    keepCurrent();
    fillPicker();
    showCurrent();
}

void RoundTexts::setAccountFields(std::function<QList<QPair<QString, QString>>()> fields)
{
    m_accountFields = std::move(fields);
}

void RoundTexts::setTemplates(const std::optional<TemplateCatalog> &catalog)
{
    m_form->setTemplates(catalog);
}

void RoundTexts::setPreviewContext(const TemplateMappingEditor::PreviewContext &context)
{
    m_form->setAccountTemplateId(context.account.templateId);
    m_form->setPreviewContext(context);
}

// The plan's rounds, and any round that has a text but no longer a place in the plan (so it can
// be cleared: saving would explain that it is not in the plan).
void RoundTexts::fillPicker()
{
    const QStringList times = roundTimes(m_roundsText);
    int count = std::max<int>(1, int(times.size()));
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        count = std::max(count, roundOfKey(it.key()));
    const int keep = std::max(1, currentRound());
    const QSignalBlocker block(m_round);
    m_round->clear();
    for (int n = 1; n <= count; ++n) {
        QString text = tr("Round %1").arg(n);
        if (n > times.size())
            text += u" — "_s + tr("not in the plan");
        else if (!times.at(n - 1).isEmpty())
            text += u" — "_s + times.at(n - 1);
        m_round->addItem(text, n);
    }
    m_round->setCurrentIndex(std::min(keep, count) - 1);
}

int RoundTexts::currentRound() const
{
    return m_round->currentData().toInt();
}

void RoundTexts::showRound(int round)
{
    if (const int index = m_round->findData(round); index >= 0)
        m_round->setCurrentIndex(index);
}

ConfigValues RoundTexts::currentKeys() const
{
    ConfigValues out;
    if (m_shown < 1 || !m_own->isChecked())
        return out;
    const QString prefix = u"round%1."_s.arg(m_shown);
    if (!m_form->templateId().isEmpty())
        out.insert(prefix + u"templateId"_s, m_form->templateId());
    for (const auto &[field, pattern] : m_form->fields())
        out.insert(prefix + u"fields/"_s + field, pattern);
    return out;
}

void RoundTexts::keepCurrent()
{
    if (m_shown < 1)
        return;
    m_values.removeIf([this](const auto &it) { return roundOfKey(it.key()) == m_shown; });
    m_values.insert(currentKeys());
}

void RoundTexts::showCurrent()
{
    m_shown = currentRound();
    QString templateId;
    QList<QPair<QString, QString>> fields;
    bool own = false;
    const QString prefix = u"round%1."_s.arg(m_shown);
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (roundOfKey(it.key()) != m_shown)
            continue;
        own = true;
        if (it.key() == prefix + u"templateId")
            templateId = it.value();
        else
            fields.append({ it.key().mid(prefix.size() + 7), it.value() }); // after "fields/"
    }
    {
        const QSignalBlocker block(m_own);
        m_own->setChecked(own);
    }
    m_form->setMapping(templateId, fields);
    m_form->setEnabled(own);
    updateCheck();
}

void RoundTexts::save(ConfigValues &values) const
{
    values.removeIf([](const auto &it) { return isRoundKey(it.key()); });
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (roundOfKey(it.key()) != m_shown)
            values.insert(it.key(), it.value());
    values.insert(currentKeys());
}

void RoundTexts::updateCheck()
{
    ConfigValues mine;
    save(mine);
    QStringList lines;
    for (const Error &e :
        checkAccountKeys(mine, m_roundsText, [](const QString &k) { return isRoundKey(k); }))
        lines << u"✘ "_s + Error(e.code, labelFor(e.field), e.args).text();
    m_check->setText(lines.join(u'\n'));
    m_check->setVisible(!lines.isEmpty());
}

QWidget *RoundTexts::fieldFor(const QString &subKey) const
{
    const int round = roundOfKey(subKey);
    if (round < 1)
        return nullptr;
    if (subKey.endsWith(u".templateId"))
        return m_form->templateIdEdit();
    if (subKey.contains(u".fields/"))
        return m_form->mapping()->table();
    return m_round;
}

QString RoundTexts::labelFor(const QString &subKey) const
{
    const int round = roundOfKey(subKey);
    if (round < 1)
        return {};
    const QString name = tr("Round %1").arg(round);
    if (subKey.endsWith(u".templateId"))
        return tr("%1 › Template ID").arg(name);
    if (const qsizetype at = subKey.indexOf(u".fields/"); at >= 0)
        return tr("%1 › Template field %2").arg(name, subKey.mid(at + 8));
    return name;
}

} // namespace paynudge
