#pragma once

#include "console/setupsteps.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QVBoxLayout;

namespace paynudge {

class Engine;
class TestMessageDialog;

// Help → Setup checklist (and on a fresh start while nothing is set up): what it takes to
// remind customers for real — a WeChat account with its AppSecret, this computer's IP on its
// whitelist, the template, a test reminder to the operator's own WeChat, and how orders arrive
// — each step done, to do or with a problem (SetupSteps), with a button to the place to fix it.
// It follows the engine: a step fixed elsewhere turns done while the checklist is open.
class SetupChecklist : public QDialog
{
    Q_OBJECT
public:
    // `uiStatePath`: where the operator's "I received the test reminder" is kept.
    SetupChecklist(Engine &engine, const QString &uiStatePath, QWidget *parent = nullptr);

    void refresh();
    // The port the intake API really listens on ([intake] listen may say 0: any free one).
    void setIntakePort(quint16 port);
    // "Send a test reminder…": the dialog for it, opened (one at a time).
    TestMessageDialog *openTestMessage();
    const QList<SetupStep> &steps() const { return m_steps; }
    QCheckBox *testReceivedBox() const { return m_testReceived; }

signals:
    // Settings, at the field of this key ("accounts/shop1/appid", "intake/enabled").
    void settingsRequested(const QString &key);
    void importRequested();
    void setupCheckRequested();

private:
    void rebuild();
    void addStep(const SetupStep &step);
    SetupSteps::Inputs inputs() const;

    Engine &m_engine;
    QString m_uiStatePath;
    QList<SetupStep> m_steps;
    QVBoxLayout *m_rows = nullptr;
    QCheckBox *m_testReceived = nullptr;
    QPointer<TestMessageDialog> m_testMessage;
    quint16 m_intakePort = 0;
};

} // namespace paynudge
