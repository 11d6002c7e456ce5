#pragma once

#include <QString>
#include <QStringList>

namespace paynudge {

// What the user asked for on the command line (the public interface shops script against:
// extend, never rename).
struct CommandLine
{
    bool headless = false;
    bool tray = false;
    bool demo = false;
    bool dryRun = false; // import: check and report, store nothing
    bool json = false; // doctor: print the report as JSON
    bool startEmpty = false; // the store existed and is missing or empty: start with an empty one anyway
    QString configPath; // resolved: --config or the per-user default
    QString dataDir; // resolved: --data-dir or the per-user default
    QString from; // store-copy: the SQLite store to copy (--from), resolved to an absolute path
    QString actor; // optout-import: who the audit log names (--actor; default the user)
    QStringList positional;

    enum class Action
    {
        Run,
        Help,
        Version,
        Error
    };
    Action action = Action::Run;
    QString helpText;
    QString error;

    // Needs QCoreApplication's names set (for the default paths) but no application object.
    static CommandLine parse(const QStringList &arguments);
};

} // namespace paynudge
