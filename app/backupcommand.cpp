#include "backupcommand.h"

#include "commandio.h"
#include "engine/engine.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

void print(FILE *stream, const QString &text)
{
    writeLine(stream, text);
}

} // namespace

int BackupCommand::run(const CommandLine &cl)
{
    if (cl.positional.size() != 2) {
        print(stderr, u"paynudge backup: usage: paynudge backup FILE [--config FILE] [--data-dir DIR]"_s);
        return Usage;
    }
    const QString target = QDir::current().absoluteFilePath(cl.positional.at(1));
    if (QFileInfo::exists(target)) {
        print(stderr,
            u"paynudge backup: %1 exists already; nothing was written (a backup never replaces a file: "
            u"remove it or choose another name)"_s.arg(target));
        return Usage;
    }
    const std::optional<Config> loaded = loadCommandConfig(u"backup"_s, cl.configPath);
    if (!loaded)
        return Usage;
    const Config &config = *loaded;
    if (config.store.shared()) {
        // The server's own tools copy a PostgreSQL database consistently; a file copy here cannot.
        print(stderr,
            u"paynudge backup: the store is the PostgreSQL database %1:%2/%3 ([store] backend=postgres); "
            u"back it up with the server's tools (pg_dump); nothing was written"_s.arg(config.store.host)
                .arg(config.store.port)
                .arg(config.store.database));
        return Usage;
    }
    const QString store = QFileInfo(Engine::storePathFor(config, cl.dataDir)).absoluteFilePath();
    QString error;
    if (!Engine::backupStore(store, target, &error)) {
        print(stderr, u"paynudge backup: "_s + error);
        return StoreFailed;
    }
    print(stdout, u"backed up %1 to %2 (%3 KiB)"_s.arg(store, target).arg(QFileInfo(target).size() / 1024));
    return Written;
}

} // namespace paynudge
