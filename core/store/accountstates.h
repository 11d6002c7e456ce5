#pragma once

#include "store/storetypes.h"

#include <QHash>
#include <QString>
#include <optional>

namespace paynudge {

class Database;

class AccountStates
{
public:
    explicit AccountStates(Database &db)
        : m_db(db)
    { }

    static QString allAccounts() { return AccountState::allAccounts(); }

    QHash<QString, AccountState> load();
    bool save(const AccountState &state, QString *error);

private:
    Database &m_db;
};

} // namespace paynudge
