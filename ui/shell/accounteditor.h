#pragma once

#include "config/configwriter.h"
#include "shell/fieldbindings.h"
#include "shell/templatemappingeditor.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace paynudge {

class AccountRules;
class RoundTexts;
class VariantsEditor;

// The form for one account ([accounts/<key>]): who sends (AppID, where the AppSecret lives, how
// the access token is had) and what is sent (message kind, template, link, field mapping with
// its live preview). Values are the account's keys without the "accounts/<key>/" prefix.
class AccountEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AccountEditor(QWidget *parent = nullptr);

    // `isNew`: the key may still be chosen; an account's key is what orders name, so it is
    // fixed once saved.
    void setAccount(const QString &key, const ConfigValues &values, bool isNew);
    QString key() const;
    // Writes the form into `values`, keeping keys it does not edit.
    void save(ConfigValues &values) const;

    // The AppSecret typed in this session (empty: keep the stored one). Never displayed again.
    QString typedSecret() const;
    void clearTypedSecret();

    // What the preview renders with: the link, template and mini-program page as typed.
    AccountConfig previewAccount() const;
    void setPreviewContext(const TemplateMappingEditor::PreviewContext &context);

    // The shop's rules ([policy], [reminder] quietHours and rounds) the account's own rules and
    // round texts are shown against.
    void setShopRules(const ConfigValues &shopValues);

    QWidget *fieldFor(const QString &subKey) const;
    QString labelFor(const QString &subKey) const;
    void focusSubKey(const QString &subKey);

    // The account's templates as WeChat listed them (cached or just loaded); nullopt: none known.
    // The picker lists them; the mapping shows the chosen one's keys, preview and check.
    void setTemplates(const std::optional<TemplateCatalog> &catalog);
    // While "Load templates from WeChat" runs, and how it ended (empty: say nothing).
    void setTemplatesLoading(bool loading, const QString &message = QString());

    void setTestResult(bool ok, const QString &message);
    void setTestAvailable(bool available, const QString &why);

    TemplateMappingEditor *mapping() const { return m_mapping; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLabel *secretHint() const { return m_secretHint; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }
    QPushButton *loadTemplatesButton() const { return m_loadTemplates; }
    QComboBox *templatePicker() const { return m_templatePicker; }
    QLabel *templateStatus() const { return m_templateStatus; }
    QTabWidget *tabs() const { return m_tabs; }
    AccountRules *rules() const { return m_rules; }
    RoundTexts *roundTexts() const { return m_roundTexts; }
    VariantsEditor *variants() const { return m_variants; }

signals:
    void edited();
    void keyEdited(const QString &key);
    void testRequested();
    void loadTemplatesRequested();

private:
    void updateSecretHint();
    void secretTyped(const QString &text);
    void updateKindFields();
    void showTemplate(const QString &templateId);
    void pickTemplate(int index);

    FieldBindings m_fields;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_secretEnv = nullptr;
    QLineEdit *m_secretFile = nullptr;
    QLabel *m_secretHint = nullptr;
    QString m_envBeforeTyping; // the variable a typed secret replaces (restored if it is emptied)
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QWidget *m_webLink = nullptr;
    QCheckBox *m_openMiniprogram = nullptr;
    QFormLayout *m_messageForm = nullptr;
    QList<QWidget *> m_miniprogramRows;
    QComboBox *m_messageLanguage = nullptr;
    TemplateMappingEditor *m_mapping = nullptr;
    QLineEdit *m_templateId = nullptr;
    QPushButton *m_loadTemplates = nullptr;
    QComboBox *m_templatePicker = nullptr;
    QLabel *m_templateExample = nullptr;
    QLabel *m_templateStatus = nullptr;
    std::optional<TemplateCatalog> m_catalog;
    AccountRules *m_rules = nullptr;
    RoundTexts *m_roundTexts = nullptr;
    VariantsEditor *m_variants = nullptr;
    TemplateMappingEditor::PreviewContext m_previewContext;
};

} // namespace paynudge
