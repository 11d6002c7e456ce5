#include "engine/storelock.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace paynudge {

StoreLock::StoreLock(const QString &storePath)
    : m_path(storePath + u".lock"_s)
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    // Age never makes the lock stale: an engine may run for months. Only a dead holder does.
    m_lock->setStaleLockTime(0);
}

StoreLock::~StoreLock() = default;

bool StoreLock::processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    return pid > 0; // elsewhere QLockFile's own staleness check decides
#endif
}

// QLockFile does not say why it could not replace a stale lock: write a small file beside it the
// way QLockFile does (create, write) and report what the OS answers ("No space left on device",
// "Read-only file system", "Permission denied", "File too large").
QString StoreLock::whyNotWritable() const
{
#ifdef Q_OS_UNIX
    const QByteArray probe = QFile::encodeName(m_path + u".probe"_s);
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    const QByteArray bytes(256, 'x');
    const ssize_t written = ::write(fd, bytes.constData(), size_t(bytes.size()));
    const int writeErrno = errno;
    const bool synced = written == bytes.size() && ::fsync(fd) == 0;
    const int syncErrno = errno;
    ::close(fd);
    ::unlink(probe.constData());
    if (written != bytes.size())
        return QString::fromLocal8Bit(std::strerror(written < 0 ? writeErrno : ENOSPC));
    if (!synced)
        return QString::fromLocal8Bit(std::strerror(syncErrno));
#endif
    return u"the operating system refused it"_s;
}

bool StoreLock::heldByDeadProcess() const
{
    qint64 pid = 0;
    QString host, app;
    return m_lock->getLockInfo(&pid, &host, &app) && host == QSysInfo::machineHostName() && pid > 0
        && !processAlive(pid);
}

bool StoreLock::acquire(Error *error)
{
    m_failure = Failure::None;
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    const QString folder = QFileInfo(m_path).absolutePath();
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        m_lock->getLockInfo(&pid, &host, &app);
        if (heldByDeadProcess()) {
            m_failure = Failure::StaleNotReplaced;
            *error = Error(
                ErrorCode::StoreLockStale, {}, { QString::number(pid), m_path, whyNotWritable(), folder });
            break;
        }
        m_failure = Failure::HeldByOther;
        *error = Error(ErrorCode::StoreLockHeld, {}, { QString::number(pid), host, m_path });
        break;
    case QLockFile::PermissionError:
        m_failure = Failure::CannotCreate;
        *error = Error(ErrorCode::StoreLockNoPermission, {}, { m_path });
        break;
    default:
        m_failure = Failure::CannotCreate;
        *error = Error(ErrorCode::StoreLockCannotCreate, {}, { m_path, whyNotWritable() });
        break;
    }
    return false;
}

} // namespace paynudge
