#pragma once

#include "shell/settingspage.h"

class QLabel;
class QLineEdit;
class QGroupBox;

namespace paynudge {

class DurationEdit;
class RoundsEdit;

// [reminder]: rounds, close time, quiet hours and their policy, time zone, how late is
// too late; under Advanced the engine's tuning (batch size, safety sweep, sends in flight).
class ReminderPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ReminderPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Reminder plan"); }
    void load(const ConfigValues &values) override;

    // "5400" → "1 h 30 min": what a number of seconds means, next to the number.
    static QString describeSeconds(qint64 seconds);
    QGroupBox *advanced() const { return m_advanced; }

private:
    void updateHints();

    RoundsEdit *m_rounds = nullptr;
    QLabel *m_roundsHint = nullptr;
    DurationEdit *m_closeAfter = nullptr;
    QGroupBox *m_advanced = nullptr;
    QLabel *m_closeHint = nullptr;
};

} // namespace paynudge
