#include "storelock.h"

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

bool StoreLock::acquire(QString *error)
{
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        m_lock->getLockInfo(&pid, &host, &app);
        *error = u"another PayNudge (pid %1 on %2) is already using this store; stop it first, or give this one "
                 u"its own --data-dir (lock file: %3)"_s.arg(pid).arg(host, m_path);
        break;
    case QLockFile::PermissionError:
        *error = u"no permission to create the lock file %1"_s.arg(m_path);
        break;
    default:
        *error = u"cannot create the lock file %1"_s.arg(m_path);
        break;
    }
    return false;
}

} // namespace paynudge
