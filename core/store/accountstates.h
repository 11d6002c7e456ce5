#pragma once

#include "common/error.h"

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
    // The reason as code and args, for the operator's language; None for an operator's pause and
    // for pauses stored before codes were (`reason` is their words).
    Error problem {};

    // The reason in the operator's language where it has a code, else as stored.
    QString reasonText() const { return problem ? problem.text() : reason; }
};

class AccountStates
{
public:
    explicit AccountStates(Database &db)
        : m_db(db)
    { }

    // The key that pauses every account at once.
    static QString allAccounts() { return QStringLiteral("*"); }

    QHash<QString, AccountState> load();
    bool save(const AccountState &state, QString *error);

private:
    Database &m_db;
};

} // namespace paynudge
