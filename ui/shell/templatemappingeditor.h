#pragma once

#include "config/config.h"
#include "templates/wechattemplate.h"

#include <QList>
#include <QPair>
#include <QTimeZone>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace paynudge {

// An account's template field mapping (template key → value pattern) with a live preview of
// the message a sample order would get, fitted exactly as it will be sent (MessageRenderer).
// With the template as WeChat lists it, each key shows its label and type, the suggested
// mapping is one click away, the preview shows the lines WeChat shows ("订单编号: …"; first and
// remark marked as no longer displayed), and the mapping check's findings stand below the table.
class TemplateMappingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateMappingEditor(QWidget *parent = nullptr);

    void setFields(const QList<QPair<QString, QString>> &fields);
    // Rows with a template key, in table order.
    QList<QPair<QString, QString>> fields() const;

    // What the preview renders with besides the mapping: the account's link and template, the
    // shop's time zone, the close time of a sample order and "now".
    struct PreviewContext
    {
        AccountConfig account;
        QTimeZone zone = QTimeZone::systemTimeZone();
        qint64 closeAfterSec = 7200;
        qint64 now = 0;
    };
    void setPreviewContext(const PreviewContext &context);

    // The template the mapping is for; nullopt: not known (keys typed by hand).
    void setTemplate(const std::optional<WeChatTemplate> &tmpl);
    const std::optional<WeChatTemplate> &currentTemplate() const { return m_template; }
    // Fills the table with the mapping suggested for the template (or the generic one without).
    void applySuggestion();

    // The fitted values as shown: "key = value" per line, or with a known template the lines
    // WeChat shows, "label: value" (tests and screen readers).
    QString previewText() const { return m_previewText; }
    // The mapping check's problems and warnings, one per line; empty without a template.
    QString checkText() const { return m_checkText; }
    QLabel *checkLabel() const { return m_check; }
    QTableWidget *table() const { return m_table; }
    QLineEdit *sampleProduct() const { return m_sampleProduct; }
    QLabel *preview() const { return m_preview; }

signals:
    void edited();

private:
    void addRow(const QString &key, const QString &pattern);
    void updatePreview();
    void updateCheck(const QList<QPair<QString, QString>> &fields);
    void updateShownAs();

    QTableWidget *m_table = nullptr;
    QLineEdit *m_sampleProduct = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_check = nullptr;
    PreviewContext m_context;
    std::optional<WeChatTemplate> m_template;
    QString m_previewText;
    QString m_checkText;
};

} // namespace paynudge
