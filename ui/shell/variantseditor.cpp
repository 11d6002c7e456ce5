#include "shell/variantseditor.h"

#include "config/configkeys.h"
#include "shell/accountkeycheck.h"
#include "shell/fieldbindings.h"
#include "shell/textmappingform.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

const QString kVariants = u"variants"_s;

bool isVariantKey(const QString &subKey)
{
    return subKey == kVariants || !variantOfKey(subKey).isEmpty();
}

} // namespace

VariantsEditor::VariantsEditor(QWidget *parent)
    : QWidget(parent)
{
    using K = ConfigKeyId;
    m_list = new QListWidget;
    m_list->setToolTip(ConfigKey::get(K::AccountVariants).helpText());
    m_list->setMaximumWidth(160);
    connect(m_list, &QListWidget::currentRowChanged, this, &VariantsEditor::showRow);
    m_add = new QPushButton(tr("Add variant"));
    connect(m_add, &QPushButton::clicked, this, &VariantsEditor::addVariant);
    m_remove = new QPushButton(tr("Remove"));
    connect(m_remove, &QPushButton::clicked, this, &VariantsEditor::removeVariant);
    // Above the list: below it they would sit under the tall mapping, out of sight on a small screen.
    auto *left = new QVBoxLayout;
    left->addWidget(m_add);
    left->addWidget(m_remove);
    left->addWidget(m_list, 1);

    m_name = new QLineEdit;
    m_name->setToolTip(tr("A short name the statistics show, such as a or short_text: letters, digits, _"));
    connect(m_name, &QLineEdit::textEdited, this, &VariantsEditor::changed);
    m_weight = new QLineEdit;
    m_weight->setPlaceholderText(u"1"_s);
    m_weight->setMaximumWidth(120);
    m_weight->setToolTip(ConfigKey::get(K::AccountVariantWeight).helpText());
    connect(m_weight, &QLineEdit::textEdited, this, &VariantsEditor::changed);
    m_form = new TextMappingForm(ConfigKey::get(K::AccountVariantTemplateId).helpText(),
        ConfigKey::get(K::AccountVariantFields).helpText());
    connect(m_form, &TextMappingForm::edited, this, &VariantsEditor::changed);
    m_detail = new QWidget;
    auto *detailForm = new QFormLayout;
    detailForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    detailForm->addRow(tr("Name:"), m_name);
    detailForm->addRow(tr("Weight:"), m_weight);
    detailForm->addRow(QString(),
        formHint(tr("How many orders this variant gets relative to the others: 1 each is an even split.")));
    auto *detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(0, 0, 0, 0);
    detail->addLayout(detailForm);
    detail->addWidget(
        formHint(tr("Only the fields given here replace the round's text; an empty list sends "
                    "the round's text unchanged. Its own template takes only its own fields.")));
    detail->addWidget(m_form, 1);

    m_check = new QLabel;
    m_check->setWordWrap(true);
    m_check->setStyleSheet(u"color: #c62828;"_s);
    m_check->hide();

    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addWidget(m_detail, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        formHint(tr("Compare two or more texts: each order gets one variant by its order number "
                    "(a resend keeps it), and Statistics shows which makes more customers pay. "
                    "No variants: every order gets the same text.")));
    layout->addWidget(m_check);
    layout->addLayout(body, 1);
    showRow(-1);
}

void VariantsEditor::setValues(const ConfigValues &accountValues)
{
    m_variants.clear();
    for (const QString &part : accountValues.value(kVariants).split(u',', Qt::SkipEmptyParts)) {
        Variant v;
        v.name = part.trimmed();
        if (!v.name.isEmpty())
            m_variants.append(v);
    }
    for (auto it = accountValues.cbegin(); it != accountValues.cend(); ++it) {
        const QString name = variantOfKey(it.key());
        auto v = std::find_if(
            m_variants.begin(), m_variants.end(), [&name](const Variant &x) { return x.name == name; });
        if (name.isEmpty() || v == m_variants.end())
            continue;
        const QString rest = it.key().mid(name.size() + 1);
        if (rest == u"weight")
            v->weight = it.value();
        else if (rest == u"templateId")
            v->templateId = it.value();
        else
            v->fields.append({ rest.mid(7), it.value() }); // after "fields/"
    }
    m_current = -1;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const Variant &v : std::as_const(m_variants))
            m_list->addItem(v.name);
    }
    showRow(m_variants.isEmpty() ? -1 : 0);
}

void VariantsEditor::setShopRules(const ConfigValues &shopValues)
{
    m_roundsText = shopValues.value(u"reminder/rounds"_s);
    updateCheck();
}

void VariantsEditor::setTemplates(const std::optional<TemplateCatalog> &catalog)
{
    m_form->setTemplates(catalog);
}

void VariantsEditor::setPreviewContext(const TemplateMappingEditor::PreviewContext &context)
{
    m_form->setAccountTemplateId(context.account.templateId);
    m_form->setPreviewContext(context);
}

void VariantsEditor::keepCurrent() const
{
    if (m_current < 0 || m_current >= m_variants.size())
        return;
    Variant &v = m_variants[m_current];
    v.name = m_name->text().trimmed();
    v.weight = m_weight->text().trimmed();
    v.templateId = m_form->templateId();
    v.fields = m_form->fields();
}

void VariantsEditor::showRow(int row)
{
    keepCurrent();
    m_current = row;
    const bool shown = row >= 0 && row < m_variants.size();
    m_detail->setEnabled(shown);
    m_remove->setEnabled(shown);
    const Variant v = shown ? m_variants.at(row) : Variant();
    m_name->setText(v.name);
    m_weight->setText(v.weight);
    m_form->setMapping(v.templateId, v.fields);
    if (m_list->currentRow() != row) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(row);
    }
    updateCheck();
}

void VariantsEditor::changed()
{
    keepCurrent();
    if (m_current >= 0)
        m_list->item(m_current)->setText(m_variants.at(m_current).name);
    updateCheck();
    emit edited();
}

void VariantsEditor::addVariant()
{
    keepCurrent();
    // The next free letter: a, b, c, …
    QString name;
    for (char c = 'a'; c <= 'z' && name.isEmpty(); ++c) {
        const QString candidate(QLatin1Char { c });
        if (std::none_of(m_variants.cbegin(), m_variants.cend(),
                [&candidate](const Variant &v) { return v.name == candidate; }))
            name = candidate;
    }
    m_variants.append(Variant { name, u"1"_s, {}, {} });
    {
        const QSignalBlocker block(m_list);
        m_list->addItem(name);
    }
    showRow(int(m_variants.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
    emit edited();
}

void VariantsEditor::removeVariant()
{
    if (m_current < 0)
        return;
    const int row = m_current;
    m_variants.removeAt(row);
    m_current = -1;
    {
        const QSignalBlocker block(m_list);
        delete m_list->takeItem(row);
    }
    showRow(std::min(row, int(m_variants.size()) - 1));
    emit edited();
}

void VariantsEditor::select(const QString &name)
{
    keepCurrent();
    for (int row = 0; row < m_variants.size(); ++row)
        if (m_variants.at(row).name == name)
            showRow(row);
}

void VariantsEditor::save(ConfigValues &values) const
{
    keepCurrent();
    values.removeIf([](const auto &it) { return isVariantKey(it.key()); });
    QStringList names;
    for (const Variant &v : std::as_const(m_variants)) {
        names << v.name;
        if (!v.weight.isEmpty())
            values.insert(v.name + u".weight"_s, v.weight);
        if (!v.templateId.isEmpty())
            values.insert(v.name + u".templateId"_s, v.templateId);
        for (const auto &[field, pattern] : v.fields)
            values.insert(v.name + u".fields/"_s + field, pattern);
    }
    values.insert(kVariants, names.join(u", "_s));
}

void VariantsEditor::updateCheck()
{
    ConfigValues mine;
    save(mine);
    QStringList lines;
    for (const Error &e : checkAccountKeys(mine, m_roundsText, &isVariantKey))
        lines << u"✘ "_s + Error(e.code, labelFor(e.field), e.args).text();
    m_check->setText(lines.join(u'\n'));
    m_check->setVisible(!lines.isEmpty());
}

QString VariantsEditor::checkText() const
{
    return m_check->isHidden() ? QString() : m_check->text();
}

QWidget *VariantsEditor::fieldFor(const QString &subKey) const
{
    if (subKey == kVariants)
        return m_list;
    const QString name = variantOfKey(subKey);
    if (name.isEmpty())
        return nullptr;
    const QString rest = subKey.mid(name.size() + 1);
    if (rest == u"weight")
        return m_weight;
    if (rest == u"templateId")
        return m_form->templateIdEdit();
    return m_form->mapping()->table();
}

QString VariantsEditor::labelFor(const QString &subKey) const
{
    if (subKey == kVariants)
        return tr("Split test variants");
    const QString name = variantOfKey(subKey);
    if (name.isEmpty())
        return {};
    const QString rest = subKey.mid(name.size() + 1);
    if (rest == u"weight")
        return tr("Variant %1 › Weight").arg(name);
    if (rest == u"templateId")
        return tr("Variant %1 › Template ID").arg(name);
    return tr("Variant %1 › Template field %2").arg(name, rest.mid(7));
}

} // namespace paynudge
