#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace paynudge {

class DurationEdit;

// [reminder] rounds as a shop plans them: one row per round, each a number, a unit and whether it
// counts from the order's placing or back from its close ("close-30m"), with a button to remove it
// and one to add a round (up to kMaxReminderRounds). Its text for the INI file is what it was
// loaded with while the rounds stay the same, else the short forms as the engine runs them: after
// the placing ascending, then before the close, the farthest first ("10m, 1h30m, close-30m"). A
// loaded text that does not read shows no rows and says why.
class RoundsEdit : public QWidget
{
    Q_OBJECT
public:
    explicit RoundsEdit(QWidget *parent = nullptr);

    void setRange(qint64 minSeconds, qint64 maxSeconds);

    QList<qint64> seconds() const; // in the rows' order (each counted from its own anchor)
    void setSeconds(const QList<qint64> &seconds); // rounds after the order is placed
    // The rounds before the order closes (close-SECONDS), in the rows' order.
    QList<qint64> closeSeconds() const;
    bool beforeClose(int index) const;
    void setBeforeClose(int index, bool beforeClose);
    QComboBox *anchorBox(int index) const;
    QLabel *errorLabel() const { return m_error; }

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
    DurationEdit *appendRow(qint64 seconds, bool beforeClose = false);
    void setRounds(const QList<qint64> &after, const QList<qint64> &beforeClose);
    void updateButtons();

    QVBoxLayout *m_list;
    QPushButton *m_add;
    QLabel *m_error;
    QList<DurationEdit *> m_rows;
    qint64 m_min = 1;
    qint64 m_max = 30LL * 24 * 3600;
    QString m_loadedText;
    bool m_edited = false;
};

} // namespace paynudge
