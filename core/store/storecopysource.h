#pragma once

#include "common/error.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <memory>

namespace paynudge {

// The SQLite store `paynudge store-copy` reads from. It never reads the file itself: it reads a
// snapshot of it made with SQLite's online backup (as `paynudge backup` makes one) in a private
// temporary folder, checks it (quick_check) and brings it to the current schema there, so the file
// is left exactly as it was whatever its version, and a store of an older PayNudge is copied too.
class StoreCopySource
{
public:
    StoreCopySource();
    ~StoreCopySource(); // removes the snapshot
    StoreCopySource(const StoreCopySource &) = delete;
    StoreCopySource &operator=(const StoreCopySource &) = delete;

    // Refuses (StoreCopySourceMissing, StoreCopySourceNotAStore, StoreCopySourceUnreadable) a file
    // that is not there, not a PayNudge store, damaged, or of a newer schema than this PayNudge's.
    // The snapshot goes to a folder in the system's temporary folder (TMPDIR), as large as the file.
    bool open(const QString &file, Error *error);

    // The schema version the file has: below Database::currentSchemaVersion() the snapshot was
    // migrated (the file was not).
    int fileSchemaVersion() const { return m_fileSchema; }
    Database &database() { return m_db; }
    QString file() const { return m_file; }

private:
    QString m_file;
    int m_fileSchema = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
};

} // namespace paynudge
