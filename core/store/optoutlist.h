#pragma once

#include "common/error.h"
#include "readmodel/optoutquery.h"
#include "store/storetypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace paynudge {

class Database;

// How an import of many entries went: the openids listed anew, and those whose reason changed.
struct OptOutImportResult
{
    int added = 0;
    int updated = 0;
    int unchanged = 0; // listed already with the same reason: nothing written
};

// The do-not-remind list (table `optouts`, issue 17): customers never sent to, by the engine or by
// hand. Each change is written with its audit line and a notice to the other consoles of a shared
// store in one transaction, so the list and its history never disagree.
class OptOutList
{
public:
    explicit OptOutList(Database &db)
        : m_db(db)
    { }

    // Lists `entry.openid` with its reason (entry.createdAt: now), or changes the reason of a listed one
    // (it keeps when it was listed). *created: whether it is new. A reason unchanged writes nothing.
    bool put(const OptOutRecord &entry, bool *created, QString *error);
    // *removed: whether it was listed.
    bool remove(const QString &openid, const QString &actor, qint64 now, bool *removed, QString *error);
    std::optional<OptOutRecord> get(const QString &openid, QString *error);
    OptOutPage list(const OptOutQuery &query, QString *error);
    // All entries in one transaction, or none (and no audit line) when one fails.
    bool importMany(
        const QList<OptOutRecord> &entries, qint64 now, OptOutImportResult *result, QString *error);

    // The same read on any connection (the console's reader threads have their own).
    static std::optional<OptOutRecord> read(QSqlDatabase &db, const QString &openid, QString *error);
    // An operator's send to the customer of `orderId` (send now, resend, resolve by resend): refused
    // with CustomerOptedOut when they are listed, StoreFailed when the list cannot be read.
    static Error refusalFor(QSqlDatabase &db, qint64 orderId);

private:
    // put() inside the caller's transaction; *previous: the reason before, when it was listed.
    bool write(const OptOutRecord &entry, std::optional<QString> *previous, QString *error);

    Database &m_db;
};

} // namespace paynudge
