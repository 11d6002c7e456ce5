#include "shell/fieldbindings.h"

#include "config/configkeys.h"
#include "shell/durationedit.h"
#include "shell/roundsedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace paynudge {

void FieldBindings::bind(const QString &key, const QString &label, QWidget *widget)
{
    m_bindings.insert(key, { label, widget });
    // What a key means and which values it takes come from the key table, as Config::load judges them.
    if (const ConfigKey *k = ConfigKey::find(key)) {
        if (widget->toolTip().isEmpty())
            widget->setToolTip(k->helpText());
        auto *spin = qobject_cast<QSpinBox *>(widget);
        if (spin && k->type == ConfigKeyType::Integer)
            spin->setRange(int(k->min), int(k->max));
        if (auto *duration = qobject_cast<DurationEdit *>(widget);
            duration && k->type == ConfigKeyType::Duration)
            duration->setRange(k->min, k->max);
        if (auto *rounds = qobject_cast<RoundsEdit *>(widget); rounds && k->type == ConfigKeyType::Rounds)
            rounds->setRange(k->min, k->max);
    }
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textEdited, this, &FieldBindings::edited);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, &FieldBindings::edited);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, &FieldBindings::edited);
    else if (auto *duration = qobject_cast<DurationEdit *>(widget))
        connect(duration, &DurationEdit::edited, this, &FieldBindings::edited);
    else if (auto *rounds = qobject_cast<RoundsEdit *>(widget))
        connect(rounds, &RoundsEdit::edited, this, &FieldBindings::edited);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        connect(check, &QCheckBox::toggled, this, &FieldBindings::edited);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, &FieldBindings::edited);
    else
        Q_ASSERT_X(false, "FieldBindings::bind", "unsupported widget type");
}

void FieldBindings::addRow(
    QFormLayout *form, const QString &key, const QString &label, QWidget *widget, QLayout *row)
{
    const QString rowLabel = tr("%1:").arg(label);
    if (row)
        form->addRow(rowLabel, row);
    else
        form->addRow(rowLabel, widget);
    bind(key, label, widget);
}

void FieldBindings::load(const ConfigValues &values) const
{
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        QWidget *w = it.value().widget;
        if (!w)
            continue;
        const QString value = values.value(it.key());
        const QSignalBlocker block(w); // loading is not editing
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            edit->setText(value);
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            spin->setValue(value.toInt());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            const int index = combo->findData(value);
            combo->setCurrentIndex(std::max(index, 0));
        } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
            check->setChecked(value == u"true");
        } else if (auto *duration = qobject_cast<DurationEdit *>(w)) {
            duration->setIniText(value);
        } else if (auto *rounds = qobject_cast<RoundsEdit *>(w)) {
            rounds->setIniText(value);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            text->setPlainText(value);
        }
    }
}

void FieldBindings::save(ConfigValues &values) const
{
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        QWidget *w = it.value().widget;
        if (!w)
            continue;
        QString value;
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            value = edit->text().trimmed();
        else if (auto *spin = qobject_cast<QSpinBox *>(w))
            value = QString::number(spin->value());
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            value = combo->currentData().toString();
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            value = check->isChecked() ? u"true"_s : u"false"_s;
        else if (auto *duration = qobject_cast<DurationEdit *>(w))
            value = duration->iniText();
        else if (auto *rounds = qobject_cast<RoundsEdit *>(w))
            value = rounds->iniText();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            value = text->toPlainText().trimmed();
        values.insert(it.key(), value);
    }
}

QLabel *formHint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    // Layouts size a wrapping label for its narrowest width; a sensible minimum keeps the row
    // from growing a tall empty gap.
    label->setMinimumWidth(320);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QScrollArea *scrolledForm(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QWidget *FieldBindings::widget(const QString &key) const
{
    return m_bindings.value(key).widget;
}

QString FieldBindings::label(const QString &key) const
{
    return m_bindings.value(key).label;
}

} // namespace paynudge
