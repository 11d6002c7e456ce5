#pragma once

#include "config/configwriter.h"
#include "shell/templatemappingeditor.h"

#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace paynudge {

class TextMappingForm;

// Each round's text ([accounts/<key>] round<N>.templateId, round<N>.fields/<key>): round N may go
// out with a template and fields of its own, so the last reminder can say "closes in 30
// minutes"; a round without is sent with the account's. Values are the account's keys without
// "accounts/<key>/".
class RoundTexts : public QWidget
{
    Q_OBJECT
public:
    explicit RoundTexts(QWidget *parent = nullptr);

    void setValues(const ConfigValues &accountValues);
    // Replaces every round<N>.… key of `values` with the rounds' texts.
    void save(ConfigValues &values) const;
    // [reminder] rounds: how many rounds there are and when.
    void setShopRules(const ConfigValues &shopValues);
    // What a round starts from when it is given a text of its own: the account's template and fields.
    void setAccountFields(std::function<QList<QPair<QString, QString>>()> fields);
    void setTemplates(const std::optional<TemplateCatalog> &catalog);
    void setPreviewContext(const TemplateMappingEditor::PreviewContext &context);

    // Shows round N (1-based).
    void showRound(int round);
    int currentRound() const;
    QWidget *fieldFor(const QString &subKey) const;
    QString labelFor(const QString &subKey) const;

    QComboBox *roundPicker() const { return m_round; }
    QCheckBox *ownText() const { return m_own; }
    TextMappingForm *form() const { return m_form; }
    QLabel *checkLabel() const { return m_check; }

signals:
    void edited();

private:
    // The shown round's keys as the form has them.
    ConfigValues currentKeys() const;
    void keepCurrent();
    void showCurrent();
    void fillPicker();
    void updateCheck();

    QComboBox *m_round = nullptr;
    QCheckBox *m_own = nullptr;
    TextMappingForm *m_form = nullptr;
    QLabel *m_check = nullptr;
    ConfigValues m_values; // every round<N>.… key, the shown round's as of the last switch
    int m_shown = 0;
    QString m_roundsText; // [reminder] rounds
    std::function<QList<QPair<QString, QString>>()> m_accountFields;
};

} // namespace paynudge
