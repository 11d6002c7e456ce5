#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QMessageBox;
class QObject;
class QWidget;

namespace paynudge {

// Every modal question and warning of the console and the shell goes through here, so GUI tests can answer
// and read them without a dialog on screen (KeePassXC's MessageBox::setNextAnswer).
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
public:
    enum class Answer
    {
        None,
        Yes,
        No
    };

    // Asks; true when the user chose `yesText`. `details` goes in an expandable box.
    static bool question(QWidget *parent, const QString &title, const QString &text, const QString &details,
        const QString &yesText);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // A button of a question asked with ask(); a Cancel button is always added after them.
    struct Choice
    {
        QString text;
        bool destructive = false; // otherwise it accepts
    };
    enum class Icon
    {
        Question,
        Warning
    };
    // A window-modal question that does not block the caller (QMessageBox::open): `answered`
    // gets, on `context`, the index in `choices` of the button pressed, or -1 (Cancel, Escape).
    // `defaultChoice` -1 makes Cancel the default. Returns the box on screen, or nullptr when a
    // test answered (setNextAnswer: Yes = the first choice, No = -1; setNextChoice) — at once.
    static QMessageBox *ask(QWidget *parent, Icon icon, const QString &title, const QString &text,
        const QList<Choice> &choices, int defaultChoice, QObject *context,
        const std::function<void(int)> &answered);

    // Tests: no dialog is shown; the next question gets `answer` (then None = No).
    static void setNextAnswer(Answer answer);
    static void setTestMode(bool on);
    static QString lastQuestion(); // text + details of the last question asked
    static QString lastWarning();
    static int questionsAsked();
    // Tests: the next ask() is answered with this choice without a dialog (-1: Cancel).
    static void setNextChoice(int index);

private:
    struct State;
    static State &state();
};

} // namespace paynudge
