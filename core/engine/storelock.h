#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace paynudge {

// One engine owns a store. A second PayNudge on the same store is refused with a message
// naming the holder; a lock left by a crashed process (its pid is gone) is taken over.
class StoreLock
{
public:
    explicit StoreLock(const QString &storePath);
    ~StoreLock();

    bool acquire(QString *error);
    QString lockPath() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace paynudge
