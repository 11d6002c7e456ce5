#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace paynudge {

class Database;

// Whether an account may send, and why not. Kept in the store so a quota pause (until
// midnight Beijing time) or a configuration problem survives a restart.
struct AccountState
{
    QString account;
    bool paused = false;
    QString reason; // what the operator should do about it
    std::optional<qint64> until; // automatic resume (quota); empty: until an operator resumes
    qint64 updatedAt = 0;

    // The key that pauses every account at once.
    static QString allAccounts() { return QStringLiteral("*"); }
};

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
