#include "shell/textmappingform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {

TextMappingForm::TextMappingForm(const QString &templateIdHelp, const QString &fieldsHelp, QWidget *parent)
    : QWidget(parent)
{
    m_templateId = new QLineEdit;
    m_templateId->setToolTip(templateIdHelp);
    connect(m_templateId, &QLineEdit::textEdited, this, [this] {
        showTemplate();
        emit edited();
    });
    m_picker = new QComboBox;
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        const QString id = m_picker->itemData(index).toString();
        if (id == templateId())
            return;
        m_templateId->setText(id);
        showTemplate();
        m_mapping->applySuggestion(); // another template: its own keys, mapped by type and label
        emit edited();
    });
    m_mapping = new TemplateMappingEditor;
    m_mapping->table()->setToolTip(fieldsHelp);
    connect(m_mapping, &TemplateMappingEditor::edited, this, &TextMappingForm::edited);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Template ID:"), m_templateId);
    form->addRow(tr("Template:"), m_picker);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_mapping, 1);
    setTemplates(std::nullopt);
}

void TextMappingForm::setMapping(const QString &templateId, const QList<QPair<QString, QString>> &fields)
{
    m_templateId->setText(templateId);
    m_mapping->setFields(fields);
    showTemplate();
}

QString TextMappingForm::templateId() const
{
    return m_templateId->text().trimmed();
}

void TextMappingForm::setAccountTemplateId(const QString &templateId)
{
    m_accountTemplateId = templateId;
    m_templateId->setPlaceholderText(templateId.isEmpty()
            ? tr("empty: the account's template")
            : tr("empty: the account's template (%1)").arg(templateId));
    showTemplate();
}

void TextMappingForm::setTemplates(const std::optional<TemplateCatalog> &catalog)
{
    m_catalog = catalog;
    {
        const QSignalBlocker block(m_picker);
        m_picker->clear();
        m_picker->addItem(tr("— the account's template —"), QString());
        if (catalog)
            for (const WeChatTemplate &t : catalog->templates)
                m_picker->addItem(u"%1 (%2)"_s.arg(t.title, t.id), t.id);
    }
    m_picker->setEnabled(catalog.has_value());
    m_picker->setToolTip(
        catalog ? QString() : tr("Load the templates from WeChat on the Message tab to pick one here."));
    showTemplate();
}

void TextMappingForm::setPreviewContext(const TemplateMappingEditor::PreviewContext &context)
{
    m_context = context;
    showTemplate();
}

// The template this text goes out with (its own, else the account's): the picker points at it,
// the mapping shows its keys and the preview renders with it.
void TextMappingForm::showTemplate()
{
    const QString id = templateId().isEmpty() ? m_accountTemplateId : templateId();
    {
        const QSignalBlocker block(m_picker);
        m_picker->setCurrentIndex(std::max(0, m_picker->findData(templateId())));
    }
    const WeChatTemplate *t = m_catalog ? m_catalog->find(id) : nullptr;
    m_mapping->setTemplate(t ? std::optional<WeChatTemplate>(*t) : std::nullopt);
    TemplateMappingEditor::PreviewContext c = m_context;
    c.account.templateId = id;
    m_mapping->setPreviewContext(c);
}

} // namespace paynudge
