#include "shell/durationedit.h"

#include "common/durationspec.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

constexpr qint64 kUnits[] = { 1, 60, 3600, 86400 };

} // namespace

DurationEdit::DurationEdit(QWidget *parent)
    : QWidget(parent)
    , m_number(new QSpinBox(this))
    , m_unit(new QComboBox(this))
{
    m_number->setAccelerated(true);
    m_number->setMinimumWidth(90);
    m_unit->addItem(tr("seconds"), kUnits[0]);
    m_unit->addItem(tr("minutes"), kUnits[1]);
    m_unit->addItem(tr("hours"), kUnits[2]);
    m_unit->addItem(tr("days"), kUnits[3]);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_number);
    row->addWidget(m_unit);
    row->addStretch();
    setFocusProxy(m_number);
    connect(m_number, &QSpinBox::valueChanged, this, &DurationEdit::edited);
    connect(m_number, &QSpinBox::valueChanged, this, &DurationEdit::showUnit);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        fitRange();
        emit edited();
    });
    fitRange();
}

void DurationEdit::setRange(qint64 minSeconds, qint64 maxSeconds)
{
    m_min = minSeconds;
    m_max = maxSeconds;
    fitRange();
}

void DurationEdit::setSpecialValueText(const QString &text)
{
    m_number->setSpecialValueText(text);
    showUnit();
}

// "No limit seconds" reads wrong: the unit shows once there is a number to go with it.
void DurationEdit::showUnit()
{
    const bool special = !m_number->specialValueText().isEmpty() && m_number->value() == m_number->minimum();
    m_unit->setVisible(!special);
}

// The number's range in the chosen unit: whole units within the key's seconds (0 stays possible
// when the key takes it, for "no limit").
void DurationEdit::fitRange()
{
    const qint64 unit = m_unit->currentData().toLongLong();
    const qint64 low = m_min <= 0 ? 0 : (m_min + unit - 1) / unit;
    m_number->setRange(int(std::max<qint64>(low, m_min > 0 ? 1 : 0)), int(std::max<qint64>(1, m_max / unit)));
}

qint64 DurationEdit::seconds() const
{
    return qint64(m_number->value()) * m_unit->currentData().toLongLong();
}

void DurationEdit::setSeconds(qint64 seconds)
{
    // The largest unit that shows it exactly: 5400 s reads "90 minutes", 7200 s "2 hours".
    int index = 0;
    for (int i = int(std::size(kUnits)) - 1; i > 0; --i)
        if (seconds > 0 && seconds % kUnits[i] == 0) {
            index = i;
            break;
        }
    const QSignalBlocker blockUnit(m_unit);
    const QSignalBlocker blockNumber(m_number);
    m_unit->setCurrentIndex(index);
    fitRange();
    m_number->setValue(int(seconds / kUnits[index]));
    showUnit();
}

QString DurationEdit::text() const
{
    return m_number->value() == m_number->minimum() && !m_number->specialValueText().isEmpty()
        ? m_number->specialValueText()
        : m_number->text() + u' ' + m_unit->currentText();
}

QString DurationEdit::iniText() const
{
    const qint64 s = seconds();
    return s == m_loadedSeconds ? m_loadedText : durationSpec(s);
}

void DurationEdit::setIniText(const QString &text)
{
    m_loadedText = text;
    m_loadedSeconds = parseDurationSpec(text).value_or(0);
    setSeconds(m_loadedSeconds);
}

} // namespace paynudge
