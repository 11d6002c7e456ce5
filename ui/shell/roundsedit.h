#pragma once

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace paynudge {

class DurationEdit;

// [reminder] rounds as a shop plans them: one row per round, each a number and a unit, with a
// button to remove it and one to add a round (up to kMaxReminderRounds). Its text for the INI file
// is what it was loaded with while the rounds stay the same, else the short forms in ascending
// order ("10m, 1h30m"), as the engine runs them.
class RoundsEdit : public QWidget
{
    Q_OBJECT
public:
    explicit RoundsEdit(QWidget *parent = nullptr);

    void setRange(qint64 minSeconds, qint64 maxSeconds);

    QList<qint64> seconds() const; // in the rows' order
    void setSeconds(const QList<qint64> &seconds);

    // As the INI file has it (FieldBindings).
    QString iniText() const;
    void setIniText(const QString &text);

    int count() const { return int(m_rows.size()); }
    DurationEdit *round(int index) const { return m_rows.value(index); }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton(int index) const;

    void addRound(); // one more, later than the last
    void removeRound(int index);

signals:
    void edited();

private:
    DurationEdit *appendRow(qint64 seconds);
    void updateButtons();

    QVBoxLayout *m_list;
    QPushButton *m_add;
    QList<DurationEdit *> m_rows;
    qint64 m_min = 1;
    qint64 m_max = 30LL * 24 * 3600;
    QString m_loadedText;
    bool m_edited = false;
};

} // namespace paynudge
