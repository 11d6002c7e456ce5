#include "doctor/filechecks.h"

#include "intake/intaketoken.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <sys/statvfs.h>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes < 100LL * 1024 * 1024 ? 1 : 0);
}

bool othersMayRead(const QFileInfo &info)
{
    return info.permissions()
        & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup | QFileDevice::ExeOther);
}

} // namespace

QString nearestExistingFolder(const QString &path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info.setFile(parent);
    }
    return info.absoluteFilePath();
}

SetupCheck checkFreeSpace(const QString &storePath)
{
    const QString id = u"disk.space"_s;
    const QString folder = nearestExistingFolder(QFileInfo(storePath).absolutePath());
    // statvfs on the folder itself: QStorageInfo finds the folder's file system through the mount
    // table, which a chroot or container may not show (then it knows nothing).
    struct statvfs fs
    {
    };
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return SetupCheck::warning(id,
            QCoreApplication::translate("Doctor", "Cannot tell how much free space %1 has.").arg(folder),
            QCoreApplication::translate(
                "Doctor", "Make sure the disk holding the store has a few hundred MiB free."));
    const qint64 free = qint64(fs.f_bavail) * qint64(fs.f_frsize);
    const QStorageInfo storage(folder);
    const QString where = storage.isValid() ? storage.rootPath() : folder;
    if (free < kFreeSpaceProblemBytes)
        return SetupCheck::problem(id,
            QCoreApplication::translate("Doctor",
                "Only %1 MiB free on %2, where the store lives: new orders and sends cannot be saved.")
                .arg(mib(free), where),
            QCoreApplication::translate("Doctor", "Free space on %1 now (at least %2 MiB).")
                .arg(where)
                .arg(kFreeSpaceWarnBytes / (1024 * 1024)));
    if (free < kFreeSpaceWarnBytes)
        return SetupCheck::warning(id,
            QCoreApplication::translate("Doctor", "Only %1 MiB free on %2, where the store lives.")
                .arg(mib(free), where),
            QCoreApplication::translate("Doctor", "Free space on %1 (at least %2 MiB) before it runs out.")
                .arg(where)
                .arg(kFreeSpaceWarnBytes / (1024 * 1024)));
    return SetupCheck::ok(id,
        QCoreApplication::translate("Doctor", "%1 MiB free on %2, where the store lives.")
            .arg(mib(free), where));
}

SetupCheck checkDataDirWritable(const QString &dataDir)
{
    const QString id = u"datadir.access"_s;
    const QFileInfo info(dataDir);
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString fix = QCoreApplication::translate("Doctor",
        "Give the user PayNudge runs as (%1) a folder it can write: fix the owner and mode of %2 (chmod "
        "700), or "
        "start PayNudge with another --data-dir.")
                            .arg(user, dataDir);
    if (info.exists() && !info.isDir())
        return SetupCheck::problem(id,
            QCoreApplication::translate("Doctor", "The data folder %1 is a file, not a folder.").arg(dataDir),
            fix);
    if (!info.exists()) {
        const QString parent = nearestExistingFolder(dataDir);
        const QFileInfo parentInfo(parent);
        if (!parentInfo.isDir())
            return SetupCheck::problem(id,
                QCoreApplication::translate("Doctor", "The data folder %1 cannot be created: %2 is a file.")
                    .arg(dataDir, parent),
                fix);
        if (!parentInfo.isWritable())
            return SetupCheck::problem(id,
                QCoreApplication::translate(
                    "Doctor", "The data folder %1 cannot be created: %2 is not writable.")
                    .arg(dataDir, parent),
                fix);
        return SetupCheck::ok(id,
            QCoreApplication::translate(
                "Doctor", "The data folder %1 does not exist yet; it is created at the first start.")
                .arg(dataDir));
    }
    // Writing a file says what permission bits cannot (ACLs, read-only mounts, root).
    QTemporaryFile probe(QDir(dataDir).filePath(u".doctor-XXXXXX"_s));
    if (!probe.open())
        return SetupCheck::problem(id,
            QCoreApplication::translate("Doctor", "PayNudge cannot write in the data folder %1: %2")
                .arg(dataDir, probe.errorString()),
            fix);
    return SetupCheck::ok(
        id, QCoreApplication::translate("Doctor", "The data folder %1 is writable.").arg(dataDir));
}

SetupCheck checkDataDirPermissions(const QString &dataDir, const QString &storePath)
{
    const QString id = u"datadir.permissions"_s;
    const QFileInfo info(dataDir);
    const bool holdsToken = QFileInfo::exists(IntakeToken::dataFilePath(dataDir));
    const bool holdsStore
        = QFileInfo(storePath).absolutePath() == info.absoluteFilePath() && QFileInfo::exists(storePath);
    if (othersMayRead(info) && (holdsToken || holdsStore))
        return SetupCheck::warning(id,
            QCoreApplication::translate(
                "Doctor", "Other users of this computer can open the data folder %1, which holds %2.")
                .arg(dataDir,
                    holdsToken ? QCoreApplication::translate("Doctor", "the intake token")
                               : QCoreApplication::translate("Doctor", "the store (customers' openids)")),
            QCoreApplication::translate("Doctor", "Make it owner-only: chmod 700 %1").arg(dataDir));
    return SetupCheck::ok(id,
        othersMayRead(info)
            ? QCoreApplication::translate("Doctor", "The data folder %1 holds no secrets yet.").arg(dataDir)
            : QCoreApplication::translate("Doctor", "Only its owner can open the data folder %1.")
                  .arg(dataDir));
}

SetupCheck checkIntakeToken(const IntakeSettings &intake, const QString &configPath, const QString &dataDir)
{
    const QString id = u"intake.token"_s;
    if (!intake.enabled)
        return SetupCheck::ok(
            id, QCoreApplication::translate("Doctor", "The intake API is off: it needs no token."));
    // In IntakeToken's order: the configuration, tokenFile, the keychain, the data folder's file.
    if (!intake.token.isEmpty()) {
        if (othersMayRead(QFileInfo(configPath)))
            return SetupCheck::warning(id,
                QCoreApplication::translate("Doctor",
                    "The intake token is written in %1, which other users of this computer can read.")
                    .arg(configPath),
                QCoreApplication::translate(
                    "Doctor", "Move it to a file named by [intake] tokenFile, or run chmod 600 %1.")
                    .arg(configPath));
        return SetupCheck::ok(
            id, QCoreApplication::translate("Doctor", "The intake token is set in the configuration file."));
    }
    const QString dataFile = IntakeToken::dataFilePath(dataDir);
    const QString file = !intake.tokenFile.isEmpty() ? intake.tokenFile : dataFile;
    if (!intake.tokenFile.isEmpty() || QFileInfo::exists(dataFile)) {
        // IntakeToken's own reading (owner-only, long enough); it generates nothing when a file is named or
        // exists, and the keychain is left alone.
        IntakeToken::Options options;
        options.settings = intake;
        options.dataDir = dataDir;
        options.useKeychain = false;
        QString why;
        if (!IntakeToken::resolve(options, &why))
            return SetupCheck::problem(id,
                QCoreApplication::translate("Doctor", "The intake token file cannot be used: %1.").arg(why),
                QCoreApplication::translate("Doctor",
                    "Put the token (at least 16 characters) in %1, owned by PayNudge's user, and run chmod "
                    "600 %1.")
                    .arg(file));
        if (!intake.tokenFile.isEmpty())
            return SetupCheck::ok(id,
                QCoreApplication::translate("Doctor", "The intake token is read from %1 (owner-only).")
                    .arg(file));
    }
    return SetupCheck::ok(id,
        QCoreApplication::translate("Doctor",
            "The intake token is kept in the system keychain or in %1 (generated at the first start).")
            .arg(dataFile));
}

} // namespace paynudge
