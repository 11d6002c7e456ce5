#pragma once

#include "store/database.h"
#include "store/storetypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>

namespace paynudge {

// The audit log's table (issue 17): who changed which setting, took which action, changed the
// do-not-remind list. Written in the transaction of the change it records, where there is one.
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    // Appends the lines (in the caller's transaction, if one is open). False and *error: nothing of it.
    bool append(const QList<AuditRecord> &records, QString *error);

    // The lines `filter` selects, newest first (at, then id), at most filter.limit of them, older
    // than filter.beforeId when set; *total (when asked) counts every line the filter matches, all
    // pages. A range of `at` reads the (at) index, a kind the (kind, at) one. On any connection to
    // the store (the engine's, a reader thread's). Empty and *error: the store cannot be read.
    static QList<AuditRecord> read(
        QSqlDatabase &db, const AuditFilter &filter, qint64 *total, QString *error);

    // The statement read() runs for a page (without the count), its values appended to *binds:
    // for a check of its query plan.
    static QString pageStatement(const AuditFilter &filter, SqlDialect dialect, QVariantList *binds);

    // The engine's snapshot of the configuration it last saw (meta "config_snapshot", JSON without
    // secrets): nullopt when none was kept yet or (with *error) it cannot be read.
    std::optional<QString> configSnapshot(QString *error);
    // Keeps `snapshot` and appends `records` in one transaction: a change is audited exactly once.
    bool appendWithSnapshot(const QList<AuditRecord> &records, const QString &snapshot, QString *error);

private:
    Database &m_db;
};

} // namespace paynudge
