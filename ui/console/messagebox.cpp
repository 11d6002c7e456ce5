#include "console/messagebox.h"

#include <QMessageBox>
#include <QPushButton>
#include <utility>

using namespace Qt::StringLiterals;

namespace paynudge {

struct MessageBox::State
{
    bool testMode = false;
    Answer next = Answer::None;
    QString lastQuestion;
    QString lastWarning;
    int asked = 0;
    std::optional<int> nextChoice;
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

QMessageBox *MessageBox::ask(QWidget *parent, Icon icon, const QString &title, const QString &text,
    const QList<Choice> &choices, int defaultChoice, QObject *context,
    const std::function<void(int)> &answered)
{
    State &s = state();
    ++s.asked;
    s.lastQuestion = text;
    if (s.testMode || s.next != Answer::None || s.nextChoice) {
        const int choice = s.nextChoice ? *std::exchange(s.nextChoice, std::nullopt)
                                        : (std::exchange(s.next, Answer::None) == Answer::Yes ? 0 : -1);
        answered(choice);
        return nullptr;
    }
    auto *box = new QMessageBox(icon == Icon::Warning ? QMessageBox::Warning : QMessageBox::Question, title,
        text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QList<QAbstractButton *> buttons;
    for (const Choice &c : choices)
        buttons << box->addButton(
            c.text, c.destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(
        defaultChoice >= 0 ? qobject_cast<QPushButton *>(buttons.value(defaultChoice)) : cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, context,
        [buttons, answered](QAbstractButton *clicked) { answered(int(buttons.indexOf(clicked))); });
    box->open();
    return box;
}

void MessageBox::setNextChoice(int index)
{
    state().nextChoice = index;
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
