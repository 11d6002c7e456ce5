#pragma once

#include "common/error.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

class QSqlQuery;

namespace paynudge {

struct ChangeNotice;

// Which SQL the connection speaks. The schema is written once (SQLite's words) and translated.
enum class SqlDialect
{
    Sqlite,
    Postgres,
};

// A PostgreSQL server holding a shared store ([store] backend=postgres).
struct StoreServer
{
    QString host; // a name, an address or the folder of the server's socket
    int port = 5432;
    QString database;
    QString user;
    QString password; // resolved from passwordEnv/passwordFile/keychain by the caller; never logged
    QString sslMode = QStringLiteral("prefer");

    // host:port/database, for logs and errors (no user, no password).
    QString describe() const;
};

// One named connection with PayNudge's schema: a SQLite file, or a PostgreSQL database that
// several engines share. The owner's thread is the only one that may use it (Qt Sql's rule);
// other threads open their own Database on the same store.
class Database
{
public:
    struct Options
    {
        QString path; // SQLite: the file; ":memory:" works for tests
        QString connectionName; // unique per live connection
        bool durable = true; // synchronous=FULL: a commit survives power loss, not only a crash
        // > 0: before anything is written (the switch to WAL), the header is checked and
        // PRAGMA quick_check runs for at most this long; a damaged file is refused.
        int integrityBudgetMs = 0;
        std::optional<StoreServer> server {}; // set: PostgreSQL instead of the file
        // Who this engine is (claims, history, heartbeats) and how long its claims last without a
        // heartbeat before another engine on a shared store takes them over.
        QString instance = QStringLiteral("paynudge");
        qint64 leaseMs = 60'000;
    };
    // Why open() failed, for callers that act on it (never by matching the message).
    enum class OpenFailure
    {
        None,
        Damaged,
        Other
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens, sets pragmas and migrates to the current schema. On failure returns false and
    // says why in *error; the object is then closed.
    bool open(const Options &options, Error *error);
    bool open(const Options &options, QString *error); // *error: the English text
    void close();
    // A shared store's connection, opened anew with the same settings after the server was lost
    // (statements prepared on the old session are gone with it). No migration: it ran at open().
    bool reopen(Error *error);
    // Whether the server takes a new connection now (a shared store), without touching this one.
    bool serverAnswers(QString *why) const;
    OpenFailure openFailure() const { return m_openFailure; }

    QSqlDatabase &db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    // The SQLite file, or the server's describe() for a PostgreSQL store.
    QString path() const { return m_path; }
    SqlDialect dialect() const { return m_dialect; }
    bool shared() const { return m_dialect == SqlDialect::Postgres; }
    const Options &options() const { return m_options; }

    // A statement of the schema (written in SQLite's words) in this dialect's: INTEGER is BIGINT
    // and an INTEGER PRIMARY KEY an identity column on PostgreSQL.
    static QString translate(const QString &sqliteStatement, SqlDialect dialect);
    // The notification channel a shared store announces its changes on (store/changenotice.h).
    static QString changeChannel();
    // Inside a writing transaction on a shared store: announces `notice` on changeChannel(), which
    // PostgreSQL delivers to the listeners when (and only if) the transaction commits. A SQLite
    // store has no listeners: nothing is sent. False (with *error) only when the statement failed.
    bool notify(const ChangeNotice &notice, QString *error = nullptr);

    int schemaVersion();
    static int currentSchemaVersion();

private:
    bool openSqlite(const Options &options, Error *error);
    bool openPostgres(const Options &options, Error *error);
    bool migrate(Error *error);
    bool checkIntegrity(const Options &options, Error *error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    SqlDialect m_dialect = SqlDialect::Sqlite;
    Options m_options;
    OpenFailure m_openFailure = OpenFailure::None;
    std::unique_ptr<QSqlQuery> m_notify; // prepared on first use
};

} // namespace paynudge
