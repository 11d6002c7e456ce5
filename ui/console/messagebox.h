#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace paynudge {

// Every modal question and warning of the console goes through here, so GUI tests can answer
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

    // Tests: no dialog is shown; the next question gets `answer` (then None = No).
    static void setNextAnswer(Answer answer);
    static void setTestMode(bool on);
    static QString lastQuestion(); // text + details of the last question asked
    static QString lastWarning();
    static int questionsAsked();

private:
    struct State;
    static State &state();
};

} // namespace paynudge
