#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace paynudge {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser p;
    p.setApplicationDescription(
        u"PayNudge (催付助手) reminds WeChat shop customers of orders they placed and "
        u"did not pay."_s);
    const QCommandLineOption help({ u"h"_s, u"help"_s }, u"Show this help and exit."_s);
    const QCommandLineOption version({ u"v"_s, u"version"_s }, u"Show the version and exit."_s);
    const QCommandLineOption headless(u"headless"_s,
        u"Run the engine without a window (servers). "
        u"SIGINT/SIGTERM stop it cleanly."_s);
    const QCommandLineOption tray(u"tray"_s, u"Start hidden in the system tray."_s);
    const QCommandLineOption demo(u"demo"_s, u"Run against a throw-away data dir, fed with sample orders."_s);
    const QCommandLineOption config(u"config"_s, u"Read the configuration from <file> (INI)."_s, u"file"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Keep the store and logs in <dir>."_s, u"dir"_s);
    const QCommandLineOption dryRun(
        u"dry-run"_s, u"With import: check the file and show the report; store nothing."_s);
    const QCommandLineOption json(u"json"_s, u"With doctor: print the report as JSON (for scripts)."_s);
    const QCommandLineOption startEmpty(u"start-empty"_s,
        u"Start even though the store this data dir held is missing or empty (its orders are gone); "
        u"without it PayNudge refuses to start then."_s);
    const QCommandLineOption from(u"from"_s,
        u"With store-copy: the SQLite store (a PayNudge store file) to copy into the PostgreSQL store."_s,
        u"file"_s);
    const QCommandLineOption actor(u"actor"_s,
        u"With optout-import: the name the audit log gives for the changes (default: the user)."_s,
        u"name"_s);
    p.addOptions(
        { help, version, headless, tray, demo, config, dataDir, dryRun, json, startEmpty, from, actor });
    p.addPositionalArgument(u"command"_s,
        u"Optional: import FILE — store the orders of a CSV file; doctor — check everything that can stop "
        u"reminders (exit code 6 when something does); backup FILE — copy the store to FILE, also while "
        u"PayNudge runs; store-copy --from FILE — copy a SQLite store into the empty PostgreSQL store of "
        u"[store] backend=postgres (in one transaction; FILE is not changed); optout-import FILE — add the "
        u"customers of a CSV file (openid[,reason]) to the do-not-remind list, all or nothing."_s,
        u"[command]"_s);

    cl.helpText = p.helpText().replace(u"<executable_name>"_s, u"paynudge"_s); // no app object yet
    if (!p.parse(arguments)) {
        cl.action = Action::Error;
        cl.error = p.errorText();
        return cl;
    }
    if (p.isSet(help)) {
        cl.action = Action::Help;
        return cl;
    }
    if (p.isSet(version)) {
        cl.action = Action::Version;
        return cl;
    }
    cl.headless = p.isSet(headless);
    cl.tray = p.isSet(tray);
    cl.demo = p.isSet(demo);
    cl.dryRun = p.isSet(dryRun);
    cl.json = p.isSet(json);
    cl.startEmpty = p.isSet(startEmpty);
    cl.positional = p.positionalArguments();
    if (cl.headless && cl.tray) {
        cl.action = Action::Error;
        cl.error = u"--headless and --tray exclude each other"_s;
        return cl;
    }
    if (cl.json && cl.positional.value(0) != u"doctor") {
        cl.action = Action::Error;
        cl.error = u"--json goes with the doctor command"_s;
        return cl;
    }
    if (p.isSet(from) != (cl.positional.value(0) == u"store-copy")) {
        cl.action = Action::Error;
        cl.error = p.isSet(from) ? u"--from goes with the store-copy command"_s
                                 : u"store-copy needs --from FILE, the SQLite store to copy"_s;
        return cl;
    }
    if (p.isSet(actor) && cl.positional.value(0) != u"optout-import") {
        cl.action = Action::Error;
        cl.error = u"--actor goes with the optout-import command"_s;
        return cl;
    }
    cl.actor = p.value(actor).trimmed();
    if (p.isSet(from))
        cl.from = QDir::current().absoluteFilePath(p.value(from));
    cl.configPath = p.isSet(config)
        ? QDir::current().absoluteFilePath(p.value(config))
        : QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
              .filePath(u"paynudge.ini"_s);
    cl.dataDir = p.isSet(dataDir) ? QDir::current().absoluteFilePath(p.value(dataDir))
                                  : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (p.isSet(config) && !QFileInfo::exists(cl.configPath)) {
        cl.action = Action::Error;
        cl.error = u"the configuration file %1 does not exist"_s.arg(cl.configPath);
    }
    return cl;
}

} // namespace paynudge
