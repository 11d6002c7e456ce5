#pragma once

#include "shell/settingspage.h"

class QLabel;
class QLineEdit;
class QSpinBox;

namespace paynudge {

// [reminder]: rounds, close time, quiet hours and their policy, time zone, batch size, safety tick.
class ReminderPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ReminderPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Reminder plan"); }
    void load(const ConfigValues &values) override;

    // "5400" → "1 h 30 min": what a number of seconds means, next to the number.
    static QString describeSeconds(qint64 seconds);

private:
    void updateHints();

    QLineEdit *m_rounds = nullptr;
    QLabel *m_roundsHint = nullptr;
    QSpinBox *m_closeAfter = nullptr;
    QLabel *m_closeHint = nullptr;
};

} // namespace paynudge
