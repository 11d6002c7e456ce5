#pragma once

#include "config/configwriter.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QFormLayout;
class QLabel;
class QLayout;
class QScrollArea;
class QWidget;

namespace paynudge {

// Ties INI keys to the widgets that edit them, so a form loads and saves its values without a
// line of code per field: a QLineEdit holds its text, a QSpinBox its value, a QComboBox the
// current item's data, a QCheckBox "true"/"false", a DurationEdit a duration ("90m"), a RoundsEdit
// the rounds ("10m, 1h30m"), a QPlainTextEdit its text (an SQL query). Values are
// text as the INI file has it; the rules for them stay in Config::load. A bound widget takes its
// tooltip (unless it has one) and a spin box or duration its range from the key's entry in the key
// table (config/configkeys.h).
class FieldBindings : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // `label` names the field in error messages.
    void bind(const QString &key, const QString &label, QWidget *widget);
    // Binds and adds a form row "label: widget" (or "label: row" when the widget sits in a row
    // with buttons).
    void addRow(
        QFormLayout *form, const QString &key, const QString &label, QWidget *widget, QLayout *row = nullptr);
    // Sets every bound widget from `values` (a missing key clears its widget) without emitting edited().
    void load(const ConfigValues &values) const;
    // Writes every bound widget's value into `values`.
    void save(ConfigValues &values) const;

    QWidget *widget(const QString &key) const;
    QString label(const QString &key) const;

signals:
    void edited();

private:
    struct Binding
    {
        QString label;
        QPointer<QWidget> widget;
    };
    QHash<QString, Binding> m_bindings;
};

// A grey note under a form field (what a value means, where something is kept).
QLabel *formHint(const QString &text = QString());
// A tab of a form in a frameless scroll area, so a small screen scrolls instead of squeezing it.
QScrollArea *scrolledForm(QWidget *page);

} // namespace paynudge
