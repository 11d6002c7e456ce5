#include "console/messagebox.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace paynudge {

struct MessageBox::State
{
    bool testMode = false;
    Answer next = Answer::None;
    QString lastQuestion;
    QString lastWarning;
    int asked = 0;
};

MessageBox::State &MessageBox::state()
{
    static State s;
    return s;
}

bool MessageBox::question(QWidget *parent, const QString &title, const QString &text, const QString &details,
    const QString &yesText)
{
    State &s = state();
    ++s.asked;
    s.lastQuestion = details.isEmpty() ? text : text + u"\n\n"_s + details;
    if (s.testMode || s.next != Answer::None)
        return std::exchange(s.next, Answer::None) == Answer::Yes;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(details.count(u'\n') < 12 ? details : QString());
    if (details.count(u'\n') >= 12)
        box.setDetailedText(details);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    State &s = state();
    s.lastWarning = text;
    if (s.testMode)
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::setNextAnswer(Answer answer)
{
    state().next = answer;
}

void MessageBox::setTestMode(bool on)
{
    state().testMode = on;
}

QString MessageBox::lastQuestion()
{
    return state().lastQuestion;
}

QString MessageBox::lastWarning()
{
    return state().lastWarning;
}

int MessageBox::questionsAsked()
{
    return state().asked;
}

} // namespace paynudge
