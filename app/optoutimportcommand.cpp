#include "optoutimportcommand.h"

#include "commandio.h"
#include "common/logging.h"
#include "engine/engine.h"
#include "intake/optoutcsv.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <cstdio>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOptOutImport, "paynudge.app.optoutimport")

namespace paynudge {
namespace {

void out(const QString &text)
{
    writeLine(stdout, text);
}

void err(const QString &text)
{
    writeLine(stderr, u"paynudge optout-import: "_s + text);
}

QString defaultActor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"optout-import"_s : user;
}

} // namespace

int OptOutImportCommand::run(const CommandLine &cl)
{
    if (cl.positional.size() != 2) {
        err(u"usage: paynudge optout-import FILE [--actor NAME] [--config FILE] [--data-dir DIR]"_s);
        return Usage;
    }
    const QString file = QDir::current().absoluteFilePath(cl.positional.at(1));

    const std::optional<Config> loaded = loadCommandConfig(u"optout-import"_s, cl.configPath);
    if (!loaded)
        return Usage;
    const Config &config = *loaded;
    logging::install({ {}, true });
    QLoggingCategory::setFilterRules(u"paynudge.*.info=false\npaynudge.*.debug=false"_s);

    const QString actor = cl.actor.isEmpty() ? defaultActor() : cl.actor;
    const OptOutCsv::Report report = OptOutCsv::readFile(file, actor);
    if (!report.usable()) {
        err(u"%1:"_s.arg(file));
        for (const QString &problem : report.problems(true))
            err(u"  "_s + problem);
        err(u"nothing was stored"_s);
        return FileUnusable;
    }
    out(u"Reading %1 (%2, %3 rows, %4 customers)"_s.arg(QFileInfo(file).fileName(), report.encoding)
            .arg(report.dataRows)
            .arg(report.entries.size()));

    Engine engine;
    Engine::Options options;
    options.config = config;
    options.dataDir = cl.dataDir;
    options.lockStore = false; // a running PayNudge may own the store: share it
    options.recoverInterrupted = false; // its in-flight sends are not ours to settle
    options.connectionName = u"optout-import"_s;
    QString error;
    OptOutImportResult result;
    if (!engine.open(options, &error) || !engine.importOptOuts(report.entries, &result, &error)) {
        err(error);
        err(u"nothing was stored"_s);
        qCWarning(lcOptOutImport).noquote() << "import of" << file << "failed:" << error;
        return StoreFailed;
    }
    out(u"Do-not-remind list: %1 added, %2 changed, %3 already listed alike (as %4, in one transaction)."_s
            .arg(result.added)
            .arg(result.updated)
            .arg(result.unchanged)
            .arg(actor));
    return Stored;
}

} // namespace paynudge
