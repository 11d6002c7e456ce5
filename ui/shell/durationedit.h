#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace paynudge {

// A span of time as a shop says it: a number and a unit (seconds, minutes, hours, days). Holds
// seconds; its text for the INI file is what it was loaded with while the seconds stay the same,
// else the short form ("1h30m", common/durationspec.h) that reads back to them.
class DurationEdit : public QWidget
{
    Q_OBJECT
public:
    explicit DurationEdit(QWidget *parent = nullptr);

    void setRange(qint64 minSeconds, qint64 maxSeconds);
    // Shown instead of 0 ("No limit"); only when the range starts at 0.
    void setSpecialValueText(const QString &text);

    qint64 seconds() const;
    void setSeconds(qint64 seconds);
    QString text() const; // as the spin box shows it, with its unit

    // As the INI file has it (FieldBindings).
    QString iniText() const;
    void setIniText(const QString &text);

    QSpinBox *numberBox() const { return m_number; }
    QComboBox *unitBox() const { return m_unit; }

signals:
    void edited();

private:
    void fitRange();
    void showUnit();

    QSpinBox *m_number;
    QComboBox *m_unit;
    qint64 m_min = 0;
    qint64 m_max = 30LL * 24 * 3600;
    QString m_loadedText;
    qint64 m_loadedSeconds = -1;
};

} // namespace paynudge
