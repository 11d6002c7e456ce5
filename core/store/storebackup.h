#pragma once

#include "store/store.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_backup;

namespace paynudge {

// A copy of the store made with SQLite's online backup API: a consistent snapshot while an
// engine keeps writing (WAL lets the copy read one version of the store without stopping it).
// The copy is written beside the target as TARGET.part, owner-only (0600), and renamed into
// place only when complete, so a file with a backup's name is always a whole one.
class StoreBackup final : public StoreCopy
{
public:
    StoreBackup() = default;
    ~StoreBackup() override;
    StoreBackup(const StoreBackup &) = delete;
    StoreBackup &operator=(const StoreBackup &) = delete;

    // Begins copying the store open on `source` (a QSQLITE connection) into `target`, which
    // must not exist yet.
    bool start(QSqlDatabase &source, const QString &target, QString *error);
    // Copies up to `pages` pages (-1: all the rest in one read transaction). Returns Done once
    // the target is complete and in place; Busy when the store was locked (try again later).
    using Step = StoreCopy::Step;
    Step step(int pages, QString *error) override;
    // Stops and removes the partial copy.
    void abandon();
    bool isActive() const { return m_backup != nullptr; }
    QString target() const override { return m_target; }

    // `paynudge backup FILE`: its own connection on `storePath`, the whole copy in one step.
    static bool copyStore(const QString &storePath, const QString &target, QString *error);

private:
    QString m_target;
    QString m_part;
    sqlite3 *m_dest = nullptr;
    sqlite3_backup *m_backup = nullptr;
};

} // namespace paynudge
