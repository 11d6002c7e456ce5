#include "doctor/storechecks.h"

#include "engine/storelock.h"
#include "store/database.h"
#include "store/storeintegrity.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <atomic>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

QString restoreAction(const QString &path)
{
    return QCoreApplication::translate("Doctor",
        "Stop PayNudge, keep a copy of %1, then restore the latest backup (or move the file aside: a new, "
        "empty store is created at the next start).")
        .arg(path);
}

// The connection lives only inside this scope: Qt Sql wants every QSqlDatabase copy gone before
// removeDatabase().
QList<SetupCheck> inspect(const QString &path, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    // Read only: a doctor that migrated or "repaired" the store would change what it reports on.
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return { SetupCheck::problem(kStoreIntegrityCheck,
            QCoreApplication::translate("Doctor", "The store %1 cannot be opened: %2")
                .arg(path, db.lastError().text()),
            restoreAction(path)) };

    QList<SetupCheck> lines;
    const storeintegrity::QuickCheck check
        = storeintegrity::quickCheck(db, 0); // doctor waits for the whole check
    if (check.result == storeintegrity::QuickCheck::Result::QueryFailed) {
        lines << SetupCheck::problem(kStoreIntegrityCheck,
            QCoreApplication::translate("Doctor", "The store %1 is damaged or not a PayNudge store: %2")
                .arg(path, check.detail),
            restoreAction(path));
        return lines;
    }
    if (check.result != storeintegrity::QuickCheck::Result::Ok) {
        lines << SetupCheck::problem(kStoreIntegrityCheck,
            QCoreApplication::translate("Doctor", "The store %1 is damaged (quick_check: %2).")
                .arg(path, check.detail),
            restoreAction(path));
        return lines;
    }
    lines << SetupCheck::ok(kStoreIntegrityCheck,
        QCoreApplication::translate("Doctor", "The store %1 opens and passes SQLite's quick check (%2 MiB).")
            .arg(path)
            .arg(QFileInfo(path).size() / (1024.0 * 1024.0), 0, 'f', 1));

    // Bound, like every statement: the key is data, not SQL.
    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(u"schema_version"_s);
    if (!q.exec()) {
        QSqlQuery tables(db);
        const bool empty = tables.exec(u"SELECT count(*) FROM sqlite_master"_s) && tables.next()
            && tables.value(0).toInt() == 0;
        if (empty)
            lines << SetupCheck::warning(kStoreSchemaCheck,
                QCoreApplication::translate(
                    "Doctor", "The store is empty: PayNudge creates its tables at the next start."),
                QString());
        else
            lines << SetupCheck::problem(kStoreSchemaCheck,
                QCoreApplication::translate(
                    "Doctor", "%1 is an SQLite file but not a PayNudge store (no meta table).")
                    .arg(path),
                QCoreApplication::translate(
                    "Doctor", "Point [store] path (or --data-dir) at PayNudge's own store."));
        return lines;
    }
    lines << checkSchemaVersion(q.next() ? q.value(0).toInt() : 0);
    return lines;
}

} // namespace

SetupCheck checkSchemaVersion(int version)
{
    const int current = Database::currentSchemaVersion();
    if (version == current)
        return SetupCheck::ok(kStoreSchemaCheck,
            QCoreApplication::translate("Doctor", "The store is at the current schema version (%1).")
                .arg(current));
    if (version < current)
        return SetupCheck::warning(kStoreSchemaCheck,
            QCoreApplication::translate("Doctor", "The store is at schema version %1; this PayNudge uses %2.")
                .arg(version)
                .arg(current),
            QCoreApplication::translate("Doctor",
                "Nothing to do unless you want a backup first: PayNudge upgrades the store when it next "
                "starts."));
    return SetupCheck::problem(kStoreSchemaCheck,
        QCoreApplication::translate("Doctor",
            "The store is at schema version %1, newer than this PayNudge understands (%2): it will not "
            "start.")
            .arg(version)
            .arg(current),
        QCoreApplication::translate("Doctor", "Install the newer PayNudge that wrote this store."));
}

QList<SetupCheck> checkStore(const QString &storePath)
{
    if (storePath == u":memory:")
        return { SetupCheck::ok(kStoreIntegrityCheck,
            QCoreApplication::translate("Doctor", "The store is kept in memory (nothing to check).")) };
    const QFileInfo info(storePath);
    if (!info.exists())
        return { SetupCheck::warning(kStoreIntegrityCheck,
            QCoreApplication::translate(
                "Doctor", "The store %1 is not created yet; it is created at the first start.")
                .arg(storePath),
            QString()) };
    if (!info.isFile())
        return { SetupCheck::problem(kStoreIntegrityCheck,
            QCoreApplication::translate("Doctor", "The store path %1 is not a file.").arg(storePath),
            QCoreApplication::translate(
                "Doctor", "Point [store] path at a file, or remove what is in the way.")) };

    static std::atomic<int> serial { 0 };
    const QString connection = u"doctor-store-%1"_s.arg(++serial);
    QList<SetupCheck> lines = inspect(storePath, connection);
    QSqlDatabase::removeDatabase(connection);
    return lines;
}

SetupCheck checkEngineRunning(const QString &storePath, bool thisProcessRunsIt)
{
    const QString id = u"engine.running"_s;
    if (thisProcessRunsIt)
        return SetupCheck::ok(id,
            QCoreApplication::translate("Doctor", "This PayNudge (this window) is running on this store."));
    qint64 pid = 0;
    QString host;
    QString app;
    // Read the lock without taking it: doctor never competes with the engine for its store.
    QLockFile lock(storePath + u".lock"_s);
    const bool held = lock.getLockInfo(&pid, &host, &app)
        && (host != QSysInfo::machineHostName() || StoreLock::processAlive(pid));
    if (held)
        return SetupCheck::ok(id,
            QCoreApplication::translate("Doctor", "PayNudge is running on this store (process %1 on %2).")
                .arg(pid)
                .arg(host));
    return SetupCheck::warning(id,
        QCoreApplication::translate(
            "Doctor", "No PayNudge is running on this store: reminders go out only while it runs."),
        QCoreApplication::translate("Doctor",
            "Start PayNudge (the window, paynudge --tray, or paynudge --headless / the paynudge service)."));
}

} // namespace paynudge
