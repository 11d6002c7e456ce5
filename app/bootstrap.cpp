#include "bootstrap.h"

#include "common/logging.h"
#include "common/privatefiles.h"
#include "engine/engine.h"
#include "intake/intakeserver.h"
#include "shopdb/shopdbconnect.h"
#include "shopdb/shopdbprobe.h"

#include <QDir>
#include <QLoggingCategory>
#include <cstdio>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "paynudge.app")

namespace paynudge {

void Bootstrap::printError(const Error &error)
{
    // A config problem reads as its key line ("[reminder] rounds = …"), everything else as its text.
    const bool configLine
        = !failureErrors.isEmpty() && failureErrors.first().is(ErrorCode::StartConfigProblems);
    const QString text = configLine ? u"  "_s + configErrorLine(error) : error.englishText();
    failureErrors << error;
    failure << text;
    const QByteArray bytes = (u"paynudge: "_s + text + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int Bootstrap::run(const CommandLine &cl)
{
    QList<Error> errors;
    config = Config::load(cl.configPath, &errors);
    if (!errors.isEmpty()) {
        printError(
            Error(ErrorCode::StartConfigProblems, {}, { cl.configPath, QString::number(errors.size()) }));
        for (const Error &e : std::as_const(errors))
            printError(e);
        return ExitUsage;
    }

    logging::install({ QDir(cl.dataDir).filePath(u"logs"_s), cl.headless });
    qCInfo(lcApp).noquote() << "PayNudge" << QStringLiteral(PAYNUDGE_VERSION) << "starting; config"
                            << cl.configPath << "data" << cl.dataDir;

    if (const int code = checkShopDb(cl); code != ExitOk)
        return code;

    // Folders and files made by an earlier version (or by hand) were readable by everyone.
    const QString storePath = Engine::storePathFor(config, cl.dataDir);
    const QDir logs(QDir(cl.dataDir).filePath(u"logs"_s));
    QStringList privatePaths { cl.dataDir, logs.path(), storePath, storePath + u"-wal"_s,
        storePath + u"-shm"_s };
    for (const QString &name : logs.entryList(QDir::Files))
        privatePaths << logs.filePath(name);
    // The daily copies of the store (and the token file beside it) hold the same data.
    const QDir backups(QDir(cl.dataDir).filePath(u"backups"_s));
    privatePaths << backups.path() << QDir(cl.dataDir).filePath(u"intake-token"_s);
    for (const QString &name : backups.entryList(QDir::Files))
        privatePaths << backups.filePath(name);
    for (const QString &path : privatefiles::tighten(privatePaths))
        qCInfo(lcApp).noquote() << "made owner-only (it holds customer data):" << path;

    engine = std::make_unique<Engine>();
    Engine::Options options;
    options.config = config;
    options.dataDir = cl.dataDir;
    options.startEmpty = cl.startEmpty;
    if (Error why; !engine->open(options, &why)) {
        printError(why);
        qCCritical(lcApp).noquote() << why.englishText();
        // Only a live owner is "locked"; every other store problem (a stale lock that cannot be
        // replaced, a damaged or vanished store) is the store-could-not-start code.
        const bool locked = engine->openFailure() == Engine::OpenFailure::Locked;
        engine.reset();
        return locked ? ExitLocked : ExitRuntimeError;
    }
    if (config.intake.enabled) {
        QString error;
        bool bindFailed = false;
        intake = IntakeServer::startConfigured(*engine, cl.dataDir, &error, &bindFailed);
        if (!intake) {
            printError(Error(ErrorCode::StartIntakeFailed, {}, { error, QString() }));
            qCCritical(lcApp).noquote() << error;
            return bindFailed ? ExitRuntimeError : ExitUsage;
        }
    }
    return ExitOk;
}

int Bootstrap::checkShopDb(const CommandLine &cl)
{
    if (!config.shopdb.enabled())
        return ExitOk;
    // A database that is down now may be up in a minute: the poller and the payment check retry and
    // the banner says so. Only what stays wrong until someone edits the configuration stops the start.
    QString why;
    const std::optional<QString> password = shopdb::password(config.shopdb, &why);
    if (!password) {
        qCWarning(lcApp).noquote() << "the shop's database is not checked at start:" << why;
        return ExitOk;
    }
    const shopdb::ProbeResult probe = shopdb::ShopDbProbe::run(config.shopdb, *password);
    if (!probe.connected()) {
        qCWarning(lcApp).noquote() << "starting without the shop's database for now (polling and the payment "
                                      "check retry):"
                                   << probe.connectError.englishText();
        return ExitOk;
    }
    const QList<Error> errors = probe.queryErrors();
    if (errors.isEmpty()) {
        qCInfo(lcApp).noquote() << "the shop's database" << shopdb::describe(config.shopdb)
                                << "answers PayNudge's queries";
        return ExitOk;
    }
    printError(Error(ErrorCode::StartConfigProblems, {}, { cl.configPath, QString::number(errors.size()) }));
    for (const Error &e : errors) {
        printError(e);
        qCCritical(lcApp).noquote() << configErrorLine(e);
    }
    return ExitUsage;
}

Bootstrap::Bootstrap() = default;
Bootstrap::~Bootstrap() = default;

} // namespace paynudge
