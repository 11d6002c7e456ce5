#pragma once

#include "config/config.h"

#include <QList>
#include <QPair>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace paynudge {

// An account's template field mapping (template key → value pattern) with a live preview of
// the message a sample order would get, fitted exactly as it will be sent (MessageRenderer).
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

    // The fitted values as shown: "key = value" per line (tests and screen readers).
    QString previewText() const { return m_previewText; }
    QTableWidget *table() const { return m_table; }
    QLineEdit *sampleProduct() const { return m_sampleProduct; }
    QLabel *preview() const { return m_preview; }

    // The mapping for a template from the category library (DESIGN.md's example).
    static QList<QPair<QString, QString>> suggestedFields();

signals:
    void edited();

private:
    void addRow(const QString &key, const QString &pattern);
    void updatePreview();

    QTableWidget *m_table = nullptr;
    QLineEdit *m_sampleProduct = nullptr;
    QLabel *m_preview = nullptr;
    PreviewContext m_context;
    QString m_previewText;
};

} // namespace paynudge
