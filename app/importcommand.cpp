#include "importcommand.h"

#include "commandio.h"
#include "common/logging.h"
#include "engine/engine.h"
#include "intake/csvimportstore.h"
#include "readmodel/openidmask.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <cstdio>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcImportCommand, "paynudge.app.import")

namespace paynudge {
namespace {

void out(const QString &text)
{
    writeLine(stdout, text);
}

void err(const QString &text)
{
    writeLine(stderr, u"paynudge import: "_s + text);
}

void printPreview(const CsvImport::Report &report)
{
    if (report.preview.isEmpty())
        return;
    out(u"Preview (first %1 of %2 rows):"_s.arg(report.preview.size()).arg(report.dataRows));
    for (const CsvReader::Record &rec : report.preview) {
        QStringList cells;
        for (qsizetype i = 0; i < rec.fields.size() && i < report.columns.size(); ++i) {
            const QString &column = report.columns.at(i);
            // A terminal is a screen too: the openid is masked exactly as in the window.
            const QString value
                = column == u"openid" ? maskOpenid(rec.fields.at(i).trimmed()) : rec.fields.at(i).trimmed();
            if (!value.isEmpty())
                cells << column + u'=' + value;
        }
        out(u"  line %1: %2"_s.arg(rec.line).arg(cells.join(u"  "_s)));
    }
}

void printBadLines(const CsvImport::Report &report, bool stored)
{
    if (report.bad.isEmpty())
        return;
    out(u"Bad lines (%1)%2:"_s.arg(report.bad.size()).arg(stored ? u", not stored"_s : QString()));
    for (const CsvImport::BadLine &b : report.bad)
        out(u"  line %1, %2: %3 [%4]"_s.arg(b.line).arg(
            b.problem.field.isEmpty() ? u"(row)"_s : b.problem.field, b.problem.englishMessage(), b.code));
}

} // namespace

int ImportCommand::run(const CommandLine &cl)
{
    if (cl.positional.first() != u"import") {
        err(u"unknown command \"%1\"; the only command is: import FILE"_s.arg(cl.positional.first()));
        return Usage;
    }
    if (cl.positional.size() != 2) {
        err(u"usage: paynudge import FILE [--dry-run] [--config FILE] [--data-dir DIR]"_s);
        return Usage;
    }
    const QString file = QDir::current().absoluteFilePath(cl.positional.at(1));

    const std::optional<Config> loaded = loadCommandConfig(u"import"_s, cl.configPath);
    if (!loaded)
        return Usage;
    const Config &config = *loaded;
    // Warnings reach the terminal; the engine's routine lines would only clutter the report.
    logging::install({ {}, true });
    QLoggingCategory::setFilterRules(u"paynudge.*.info=false\npaynudge.*.debug=false"_s);

    CsvImport::Report report = CsvImport::readFile(file, CsvImport::optionsFor(config));
    if (!report.usable()) {
        const QString why = report.fatal.englishText();
        err(report.fatalLine > 0 ? u"%1, line %2: %3"_s.arg(file).arg(report.fatalLine).arg(why)
                                 : u"%1: %2"_s.arg(file, why));
        err(u"nothing was stored"_s);
        return FileUnusable;
    }
    out(u"Reading %1 (%2, %3 rows)"_s.arg(QFileInfo(file).fileName(), report.encoding).arg(report.dataRows));
    printPreview(report);

    Engine engine;
    Engine::Options options;
    options.config = config;
    options.dataDir = cl.dataDir;
    options.lockStore = false; // a running PayNudge may own the store: share it
    options.recoverInterrupted = false; // its in-flight sends are not ours to settle
    options.connectionName = u"import"_s;
    QString error;
    if (!engine.open(options, &error)) {
        printBadLines(report, false);
        err(error);
        err(u"nothing was stored"_s);
        return StoreFailed;
    }
    CsvImportStore::checkAgainstStore(engine, report);

    if (cl.dryRun) {
        printBadLines(report, false);
        out(u"Dry run: %1 rows would be stored%2; nothing was stored."_s.arg(report.good.size())
                .arg(report.repeated > 0 ? u" (%1 repeated rows counted once)"_s.arg(report.repeated)
                                         : QString()));
        return report.bad.isEmpty() ? Stored : BadLines;
    }

    const CsvImportStore::Outcome outcome = CsvImportStore::store(engine, report);
    printBadLines(report, true);
    if (!outcome.committed) {
        err(u"the store failed: "_s + outcome.error);
        err(u"nothing was stored"_s);
        qCWarning(lcImportCommand).noquote() << "import of" << file << "failed:" << outcome.error;
        return StoreFailed;
    }
    out(u"Stored %1 new orders in one transaction; %2 were already stored%3."_s.arg(outcome.created)
            .arg(outcome.existing)
            .arg(
                report.repeated > 0 ? u"; %1 repeated rows counted once"_s.arg(report.repeated) : QString()));
    return report.bad.isEmpty() ? Stored : BadLines;
}

} // namespace paynudge
