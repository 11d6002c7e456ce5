#pragma once

#include "store/storetypes.h"

#include <QList>
#include <QString>

namespace paynudge {

class Database;

// The audit log's table (issue 17): who changed which setting, took which action, changed the
// do-not-remind list. Written in the transaction of the change it records, where there is one.
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    // Appends the lines (in the caller's transaction, if one is open). False and *error: nothing of it.
    bool append(const QList<AuditRecord> &records, QString *error);

private:
    Database &m_db;
};

} // namespace paynudge
