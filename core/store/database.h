#pragma once

#include "common/error.h"

#include <QSqlDatabase>
#include <QString>

namespace paynudge {

// One named SQLite connection with PayNudge's schema. The owner's thread is the only one
// that may use it (Qt Sql's rule); other threads open their own Database on the same file.
class Database
{
public:
    struct Options
    {
        QString path; // ":memory:" works for tests
        QString connectionName; // unique per live connection
        bool durable = true; // synchronous=FULL: a commit survives power loss, not only a crash
        // > 0: before anything is written (the switch to WAL), the header is checked and
        // PRAGMA quick_check runs for at most this long; a damaged file is refused.
        int integrityBudgetMs = 0;
    };
    // Why open() failed, for callers that act on it (never by matching the message).
    enum class OpenFailure
    {
        None,
        Damaged,
        Other
    };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens, sets pragmas and migrates to the current schema. On failure returns false and
    // says why in *error; the object is then closed.
    bool open(const Options &options, Error *error);
    bool open(const Options &options, QString *error); // *error: the English text
    void close();
    OpenFailure openFailure() const { return m_openFailure; }

    QSqlDatabase &db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }

    int schemaVersion();
    static int currentSchemaVersion();

private:
    bool migrate(Error *error);
    bool checkIntegrity(const Options &options, Error *error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    OpenFailure m_openFailure = OpenFailure::None;
};

} // namespace paynudge
