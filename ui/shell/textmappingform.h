#pragma once

#include "shell/templatemappingeditor.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;

namespace paynudge {

// A text of its own for a round or a split-test variant: a template ID (empty: the account's),
// picked from the templates WeChat listed when they are loaded, and the template's fields with
// the mapping editor and its preview.
class TextMappingForm : public QWidget
{
    Q_OBJECT
public:
    // The help of the keys it edits (round*.templateId, *.fields/* …), as the key table has it.
    TextMappingForm(const QString &templateIdHelp, const QString &fieldsHelp, QWidget *parent = nullptr);

    void setMapping(const QString &templateId, const QList<QPair<QString, QString>> &fields);
    QString templateId() const;
    QList<QPair<QString, QString>> fields() const { return m_mapping->fields(); }

    // The account's own template ID: what an empty one here means (and whose keys to show).
    void setAccountTemplateId(const QString &templateId);
    void setTemplates(const std::optional<TemplateCatalog> &catalog);
    void setPreviewContext(const TemplateMappingEditor::PreviewContext &context);

    QLineEdit *templateIdEdit() const { return m_templateId; }
    QComboBox *templatePicker() const { return m_picker; }
    TemplateMappingEditor *mapping() const { return m_mapping; }

signals:
    void edited();

private:
    void showTemplate();

    QLineEdit *m_templateId = nullptr;
    QComboBox *m_picker = nullptr;
    TemplateMappingEditor *m_mapping = nullptr;
    QString m_accountTemplateId;
    std::optional<TemplateCatalog> m_catalog;
    TemplateMappingEditor::PreviewContext m_context;
};

} // namespace paynudge
