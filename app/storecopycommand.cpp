#include "storecopycommand.h"

#include "common/logging.h"
#include "config/config.h"
#include "engine/storelock.h"
#include "engine/storeserversettings.h"
#include "shell/translations.h"
#include "store/storecopier.h"
#include "store/storecopysource.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = (text + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void err(const QString &text)
{
    write(stderr, u"paynudge store-copy: "_s + text);
}

// What each table holds, in the operator's words.
QString tableLabel(const QString &table)
{
    if (table == u"orders")
        return StoreCopyCommand::tr("orders");
    if (table == u"reminders")
        return StoreCopyCommand::tr("reminders");
    if (table == u"send_attempts")
        return StoreCopyCommand::tr("send history");
    if (table == u"account_state")
        return StoreCopyCommand::tr("account pauses");
    if (table == u"early_events")
        return StoreCopyCommand::tr("paid/closed events before their order");
    if (table == u"template_catalog")
        return StoreCopyCommand::tr("template lists");
    if (table == u"cursors")
        return StoreCopyCommand::tr("shop database read positions");
    return table;
}

} // namespace

int StoreCopyCommand::run(const CommandLine &cl)
{
    if (cl.positional.size() != 1 || cl.from.isEmpty()) {
        err(u"usage: paynudge store-copy --from FILE [--config FILE] [--data-dir DIR]"_s);
        return Usage;
    }
    QList<Error> errors;
    const Config config = Config::load(cl.configPath, &errors);
    logging::install({ {}, true });
    QLoggingCategory::setFilterRules(u"paynudge.*.info=false\npaynudge.*.debug=false"_s);
    const QString language = Translations::choose(errors.isEmpty() ? config.language : QString());
    Translations::install(language);
    const QLocale locale(language); // numbers grouped as the operator reads them: 100,000
    if (!errors.isEmpty()) {
        err(tr("the configuration %1 has %n problem(s):", nullptr, int(errors.size())).arg(cl.configPath));
        for (const Error &e : std::as_const(errors))
            err(u"  "_s + configErrorLine(e, true));
        return Usage;
    }
    if (!config.store.shared()) {
        err(Error(ErrorCode::StoreCopyNeedsPostgres, {}, { config.store.backend }).text());
        return Usage;
    }
    Error error;
    // The password as the engines read it: passwordEnv, passwordFile, the keychain, or the file
    // Settings keeps a typed one in (in --data-dir).
    const std::optional<StoreServer> server = storeServerFor(config.store, cl.dataDir, &error);
    if (!server) {
        err(error.text());
        return Usage;
    }

    // The engine's own lock on FILE: a PayNudge still running on it would go on accepting orders
    // that the copy does not hold. Held for the whole copy, so none starts on it meanwhile.
    StoreLock lock(cl.from);
    Error lockError;
    if (!lock.acquire(&lockError) && lock.failure() == StoreLock::Failure::HeldByOther) {
        err(Error(ErrorCode::StoreCopySourceInUse, {},
            { cl.from, lockError.args.value(0), lockError.args.value(1) })
                .text());
        return Failed;
    }

    err(tr("copying %1 into %2").arg(cl.from, server->describe()));
    Database target;
    Database::Options targetOptions;
    targetOptions.server = *server;
    targetOptions.connectionName = u"store-copy-target"_s;
    targetOptions.instance = u"store-copy"_s; // who the change notices name
    if (!target.open(targetOptions, &error)) {
        err(error.text());
        return Failed;
    }
    StoreCopySource source;
    if (!source.open(cl.from, &error)) {
        err(error.text());
        return Failed;
    }
    if (source.fileSchemaVersion() < Database::currentSchemaVersion())
        err(tr("%1 has schema version %2 (an older PayNudge): its snapshot was brought to version %3 for the "
               "copy; the file itself is not changed")
                .arg(cl.from)
                .arg(source.fileSchemaVersion())
                .arg(Database::currentSchemaVersion()));

    QElapsedTimer timer;
    timer.start();
    int printedPercent = -100;
    QString printedTable;
    qint64 printedRows = -1;
    const auto progress = [&](const StoreCopier::Progress &p) {
        const bool tableDone = p.copied == p.total;
        const bool same = p.table == printedTable && p.copied == printedRows;
        if (same || (!tableDone && p.percent < printedPercent + 5))
            return;
        write(stderr,
            tr("  %1: %2 of %3 (%4% of all rows)")
                .arg(tableLabel(p.table), locale.toString(p.copied), locale.toString(p.total))
                .arg(p.percent));
        printedPercent = p.percent;
        printedTable = p.table;
        printedRows = p.copied;
    };
    StoreCopier copier;
    copier.setSourceName(cl.from);
    StoreCopier::Report report;
    if (!copier.copy(source.database(), target, progress, &report, &error)) {
        err(error.text());
        return Failed;
    }

    QStringList counts;
    for (const StoreCopier::TableCount &t : std::as_const(report.tables))
        counts << tr("%1 %2").arg(tableLabel(t.table), locale.toString(t.rows));
    write(stdout,
        tr("Copied %1 rows into %2 in one transaction (%3 s): %4.")
            .arg(locale.toString(report.rows), server->describe(),
                locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1), counts.join(tr(", "))));
    write(stdout,
        tr("%1 was not changed; keep it as a backup. Every PayNudge with [store] backend=postgres now works "
           "on "
           "the copy.")
            .arg(cl.from));
    return Copied;
}

} // namespace paynudge
