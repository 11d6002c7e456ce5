#pragma once

#include "common/error.h"
#include "config/config.h"
#include "store/storetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace paynudge {

class Engine;

// The first-run checklist's steps and their states, worked out from the configuration and what
// the engine knows (pauses and their reasons, token refresh problems, template findings, the
// pending count) — no window needed, so tests check the states directly.
struct SetupStep
{
    enum class Id
    {
        Account, // a WeChat official account with its AppID, not a dry run
        AppSecret,
        IpWhitelist,
        Template,
        TestMessage, // a reminder to the operator's own WeChat
        Orders, // how orders arrive: the intake API, CSV import or the shop's database
    };
    enum class State
    {
        ToDo,
        Done,
        Problem
    };
    Id id = Id::Account;
    State state = State::ToDo;
    QString title;
    QString detail; // what is the matter, or what to do, in the operator's words
    QString account; // the account the step's problem or state is about ("" for none)
};

class SetupSteps
{
    Q_DECLARE_TR_FUNCTIONS(SetupSteps)
public:
    struct Inputs
    {
        Config config;
        QHash<QString, AccountState> states; // account → its pause, if any
        QHash<QString, Error> tokenErrors; // account → why its token refresh fails
        QHash<QString, QStringList> templateProblems; // account → what the template check found
        qint64 pendingOrders = 0;
        bool testMessageConfirmed = false; // the operator ticked "I received it", or WeChat took a test
        bool shopDbUnreachable = false; // the engine's health says the shop's database does not answer
        quint16 intakePort = 0; // the port the intake API listens on; 0: not known, the configured one
    };
    static Inputs inputsFrom(Engine &engine, bool testMessageConfirmed);
    static QList<SetupStep> compute(const Inputs &inputs);
    // Nothing of the setup is done: the checklist opens by itself at start.
    static bool nothingSetUp(const QList<SetupStep> &steps);
};

} // namespace paynudge
