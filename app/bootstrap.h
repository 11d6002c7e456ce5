#pragma once

#include "commandline.h"
#include "config/config.h"

#include <QStringList>
#include <memory>

namespace paynudge {

class Engine;
class IntakeServer;

enum ExitCode
{
    ExitOk = 0,
    ExitRuntimeError = 1, // the store or a service could not start
    ExitUsage = 2, // bad command line or configuration
    ExitLocked = 3, // another PayNudge owns this store
    // 4 and 5 belong to `paynudge import` (ImportCommand::Exit).
    ExitDoctorProblem = 6, // `paynudge doctor` found something that stops reminders
};

// What every mode (window, tray, headless) does before it diverges: read and validate the
// configuration, start logging, open the engine. Returns ExitOk or the code to exit with,
// having printed why.
struct Bootstrap
{
    Config config;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<IntakeServer> intake; // the intake API, in every mode; goes before the engine
    QStringList failure; // when run() fails: the lines it printed (English)
    QList<Error> failureErrors; // the same lines as errors, for the start-failure dialog's language

    Bootstrap();
    ~Bootstrap();
    int run(const CommandLine &cl);

private:
    void printError(const Error &error);
    // [shopdb]'s queries tried against the database: a query it refuses or one without a needed
    // column or placeholder is a configuration error (ExitUsage); the database unreachable is not.
    int checkShopDb(const CommandLine &cl);
};

} // namespace paynudge
