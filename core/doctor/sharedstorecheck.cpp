#include "doctor/sharedstorecheck.h"

#include "doctor/storechecks.h"
#include "engine/storeserversettings.h"
#include "readmodel/engineliveness.h"
#include "store/database.h"
#include "store/engineregistry.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {
const QString kRunning = u"engine.running"_s;

QList<SetupCheck> inspect(const StoreServer &server, qint64 leaseMs, qint64 now, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
    if (!db.isValid())
        return { SetupCheck::problem(kStoreIntegrityCheck,
            QCoreApplication::translate("Doctor", "PostgreSQL's Qt driver (QPSQL) is not installed."),
            QCoreApplication::translate("Doctor", "Install the package libqt6sql6-psql.")) };
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    db.setPassword(server.password);
    db.setConnectOptions(u"connect_timeout=5;sslmode="_s + server.sslMode);
    if (!db.open())
        return { SetupCheck::problem(kStoreIntegrityCheck,
            QCoreApplication::translate("Doctor", "The store's database %1 cannot be reached: %2")
                .arg(server.describe(), db.lastError().text().trimmed()),
            QCoreApplication::translate("Doctor",
                "Check [store] host, port, database, user and the password, and that the server runs.")) };
    QList<SetupCheck> lines;
    lines << SetupCheck::ok(kStoreIntegrityCheck,
        QCoreApplication::translate("Doctor", "The store's database %1 answers.").arg(server.describe()));

    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(u"schema_version"_s);
    if (!q.exec() || !q.next()) {
        lines << SetupCheck::warning(kStoreSchemaCheck,
            QCoreApplication::translate(
                "Doctor", "The store's database holds no PayNudge store yet: the first engine creates it."),
            QString());
        return lines;
    }
    lines << checkSchemaVersion(q.value(0).toInt());

    QStringList names;
    QString readError;
    for (const EngineLiveness &e : EngineLiveness::of(EngineRegistry::read(db, &readError), now, leaseMs))
        if (e.state == EngineLiveness::State::Alive)
            names << e.record.instance;
    if (names.isEmpty())
        lines << SetupCheck::warning(kRunning,
            QCoreApplication::translate(
                "Doctor", "No PayNudge engine is running on this store: no reminders go out."),
            QCoreApplication::translate(
                "Doctor", "Start PayNudge (or its service) on at least one computer."));
    else
        lines << SetupCheck::ok(kRunning,
            QCoreApplication::translate("Doctor", "Engines running on this store: %1.")
                .arg(names.join(u", "_s)));
    return lines;
}
} // namespace

QList<SetupCheck> checkSharedStore(const StoreSettings &settings, const QString &dataDir, qint64 now)
{
    Error error;
    const std::optional<StoreServer> server = storeServerFor(settings, dataDir, &error);
    if (!server)
        return { SetupCheck::problem(kStoreIntegrityCheck, error.text(),
            QCoreApplication::translate("Doctor", "Check [store] passwordEnv or passwordFile.")) };
    static std::atomic<int> serial { 0 };
    const QString connection = u"doctor-shared-store-%1"_s.arg(++serial);
    QList<SetupCheck> lines = inspect(*server, qint64(settings.leaseSeconds) * 1000, now, connection);
    QSqlDatabase::removeDatabase(connection);
    return lines;
}

} // namespace paynudge
