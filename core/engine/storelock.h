#pragma once

#include "common/error.h"

#include <QLockFile>
#include <QString>
#include <memory>

namespace paynudge {

// One engine owns a store. A second PayNudge on the same store is refused with a message
// naming the holder; a lock left by a crashed process (its pid is gone) is taken over.
class StoreLock
{
public:
    // Why acquire() failed: callers map this to exit codes, never the message's words.
    enum class Failure
    {
        None,
        HeldByOther, // a live PayNudge holds it (or one on another host)
        StaleNotReplaced, // its holder is dead, but the lock file cannot be replaced (disk full, read-only)
        CannotCreate, // no lock at all and none can be made
    };

    explicit StoreLock(const QString &storePath);
    ~StoreLock();

    // Whether a lock is there whose holder (on this machine) has died: the last run ended
    // without closing the store. Only meaningful before acquire().
    bool heldByDeadProcess() const;
    bool acquire(Error *error);
    Failure failure() const { return m_failure; }
    QString lockPath() const { return m_path; }

    // Whether process `pid` on this machine still runs (a lock of a dead one is stale).
    static bool processAlive(qint64 pid);

private:
    QString whyNotWritable() const;

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    Failure m_failure = Failure::None;
};

} // namespace paynudge
