#pragma once

#include "store/storetypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace paynudge {

class Database;

// The engines on a store and their signs of life (table `engines`). A heartbeat also extends the
// leases of everything its engine is sending, so a claim outlives a slow send or a held payment
// check for as long as its engine lives, and no longer.
class EngineRegistry
{
public:
    explicit EngineRegistry(Database &db)
        : m_db(db)
    { }

    bool heartbeat(qint64 now, QString *error);
    void signOff(qint64 now);
    QList<EngineRecord> engines(QString *error);
    // The same on any connection to the store (the console's reader threads have their own).
    static QList<EngineRecord> read(QSqlDatabase &db, QString *error);

private:
    Database &m_db;
    qint64 m_startedAt = 0; // set by the first heartbeat
};

} // namespace paynudge
