#pragma once

#include "config/configwriter.h"
#include "shell/templatemappingeditor.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace paynudge {

class TextMappingForm;

// A split test of texts ([accounts/<key>] variants=a,b; <v>.weight, <v>.templateId,
// <v>.fields/<key>): two or more variants, each order getting one by its number. A variant has
// a weight and may have a template and fields that replace the round's. What it says is judged
// as Config::load judges it (accountkeycheck.h), under the list. Values are the account's keys
// without "accounts/<key>/".
class VariantsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit VariantsEditor(QWidget *parent = nullptr);

    void setValues(const ConfigValues &accountValues);
    // Replaces "variants" and every <v>.… key of `values` with the variants as edited.
    void save(ConfigValues &values) const;
    // [reminder] rounds, for judging the account's keys as the file will be read.
    void setShopRules(const ConfigValues &shopValues);
    void setTemplates(const std::optional<TemplateCatalog> &catalog);
    void setPreviewContext(const TemplateMappingEditor::PreviewContext &context);

    void addVariant();
    void removeVariant();
    // Shows the variant named so (also for an error's key).
    void select(const QString &name);
    int count() const { return int(m_variants.size()); }
    QWidget *fieldFor(const QString &subKey) const;
    QString labelFor(const QString &subKey) const;
    // The problems Config::load would find, one per line; empty when there are none.
    QString checkText() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *weightEdit() const { return m_weight; }
    TextMappingForm *form() const { return m_form; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void edited();

private:
    struct Variant
    {
        QString name;
        QString weight;
        QString templateId;
        QList<QPair<QString, QString>> fields;
    };
    void keepCurrent() const;
    void showRow(int row);
    void changed();
    void updateCheck();

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_detail = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_weight = nullptr;
    TextMappingForm *m_form = nullptr;
    QLabel *m_check = nullptr;
    mutable QList<Variant> m_variants; // the form writes back into the shown one lazily
    int m_current = -1;
    QString m_roundsText;
};

} // namespace paynudge
