#include "store/database.h"

#include "store/changenotice.h"
#include "store/sqlerror.h"
#include "store/storeintegrity.h"
#include "store/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDb, "paynudge.core.store")

namespace paynudge {
namespace {

// Each step takes the schema from version i to i+1. Steps are never edited once released:
// a change is a new step. All steps run in one transaction, so a failed upgrade leaves the
// file exactly as it was.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps {
        // 1: orders, reminders, send attempts, early payment events
        {
            uR"(CREATE TABLE orders (
                id          INTEGER PRIMARY KEY,
                order_no    TEXT    NOT NULL UNIQUE,
                account     TEXT    NOT NULL,
                openid      TEXT    NOT NULL,
                nickname    TEXT    NOT NULL DEFAULT '',
                product     TEXT    NOT NULL,
                amount_fen  INTEGER NOT NULL CHECK (amount_fen >= 0),
                placed_at   INTEGER NOT NULL,
                close_at    INTEGER NOT NULL,
                close_at_given INTEGER,
                use_time    TEXT    NOT NULL DEFAULT '',
                url         TEXT    NOT NULL DEFAULT '',
                vars        TEXT    NOT NULL DEFAULT '{}',
                status      TEXT    NOT NULL DEFAULT 'unpaid'
                            -- OR, not IN: an IN list in a CHECK builds a temporary b-tree per row
                            CHECK (status = 'unpaid' OR status = 'paid' OR status = 'closed'),
                status_at   INTEGER,
                created_at  INTEGER NOT NULL
            ))"_s,
            u"CREATE INDEX orders_status_close ON orders (status, close_at)"_s,
            uR"(CREATE TABLE reminders (
                id              INTEGER PRIMARY KEY,
                order_id        INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
                account         TEXT    NOT NULL,
                round           INTEGER NOT NULL,
                manual          INTEGER NOT NULL DEFAULT 0,
                requested_by    TEXT    NOT NULL DEFAULT '',
                due_at          INTEGER NOT NULL,
                state           TEXT    NOT NULL,
                client_msg_id   TEXT    NOT NULL, -- unique by construction: (order_no, round, manual)
                attempts        INTEGER NOT NULL DEFAULT 0,
                first_attempt_at INTEGER,
                last_attempt_at INTEGER,
                reason          TEXT    NOT NULL DEFAULT '',
                errcode         INTEGER,
                msgid           INTEGER,
                updated_at      INTEGER NOT NULL,
                UNIQUE (order_id, round)
            ))"_s,
            u"CREATE INDEX reminders_state_due ON reminders (state, due_at)"_s,
            uR"(CREATE TABLE send_attempts (
                id          INTEGER PRIMARY KEY,
                reminder_id INTEGER NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
                started_at  INTEGER NOT NULL,
                finished_at INTEGER,
                outcome     TEXT    NOT NULL,
                errcode     INTEGER,
                errmsg      TEXT    NOT NULL DEFAULT '',
                rid         TEXT    NOT NULL DEFAULT '',
                msgid       INTEGER,
                latency_ms  INTEGER,
                manual      INTEGER NOT NULL DEFAULT 0,
                actor       TEXT    NOT NULL DEFAULT '',
                detail      TEXT    NOT NULL DEFAULT ''
            ))"_s,
            u"CREATE INDEX send_attempts_reminder ON send_attempts (reminder_id)"_s,
            u"CREATE INDEX send_attempts_started ON send_attempts (started_at)"_s,
            // A paid/closed event that arrived before its order: kept so the order schedules nothing.
            uR"(CREATE TABLE early_events (
                order_no    TEXT    PRIMARY KEY,
                kind        TEXT    NOT NULL CHECK (kind = 'paid' OR kind = 'closed'),
                at          INTEGER NOT NULL,
                received_at INTEGER NOT NULL
            ))"_s,
        },
        // 2: account pauses survive a restart (quota until midnight, configuration errors)
        {
            uR"(CREATE TABLE account_state (
                account     TEXT    PRIMARY KEY,
                paused      INTEGER NOT NULL DEFAULT 0,
                reason      TEXT    NOT NULL DEFAULT '',
                until_at    INTEGER,
                updated_at  INTEGER NOT NULL
            ))"_s,
        },
        // 3: the console's statistics count accepted and failed attempts per hour or day as
        // index range counts, never a scan of the whole history
        {
            u"CREATE INDEX send_attempts_outcome_finished ON send_attempts (outcome, finished_at)"_s,
        },
        // 4: when an attempt of a reminder may first have been delivered (its answer was lost), so
        // a certain "not sent" is retried while the order is open and only an uncertain one is
        // bounded by WeChat's 10-minute dedupe window
        {
            u"ALTER TABLE reminders ADD COLUMN maybe_sent_at INTEGER"_s,
        },
        // 5: each account's template list as WeChat gave it, with when (issue 11): the mapping of
        // an account without fields/… and the check of a mapping come from it without a request
        {
            uR"(CREATE TABLE template_catalog (
                account     TEXT    PRIMARY KEY,
                appid       TEXT    NOT NULL,
                kind        TEXT    NOT NULL,
                fetched_at  INTEGER NOT NULL,
                answer      TEXT    NOT NULL
            ))"_s,
        },
        // 6: an account's pause reason as an error code and its args too (issue 13), so the
        // console words it in the operator's language; `reason` keeps the English for logs
        {
            u"ALTER TABLE account_state ADD COLUMN reason_code TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE account_state ADD COLUMN reason_args TEXT NOT NULL DEFAULT '[]'"_s,
        },
        // 7: a history row's reason as an error code and its args too (issue 13), so the console
        // words skips, cancels and refusals in the operator's language; errmsg keeps the English
        // (the export). Rows of older versions have none: the history recognises their English.
        {
            u"ALTER TABLE send_attempts ADD COLUMN reason_code TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE send_attempts ADD COLUMN reason_args TEXT NOT NULL DEFAULT '[]'"_s,
        },
        // 8: how far a source outside PayNudge has been read (issue 15: the shop database's last
        // polled order id), written in the transaction that stores what was read
        {
            uR"(CREATE TABLE cursors (
                name        TEXT    PRIMARY KEY,
                value       INTEGER NOT NULL,
                updated_at  INTEGER NOT NULL
            ))"_s,
        },
        // 9: several engines on one shared store (issue 16). A claim names its engine and lasts until
        // lease_until, which the engine's heartbeat extends; lease_token is the claim's attempt id, so a
        // result from an engine whose claim was taken over matches no row. The history names the
        // engine that sent; `engines` holds each engine's last sign of life for the consoles.
        {
            u"ALTER TABLE reminders ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE reminders ADD COLUMN lease_until INTEGER"_s,
            u"ALTER TABLE reminders ADD COLUMN lease_token INTEGER"_s,
            u"CREATE INDEX reminders_sending_lease ON reminders (lease_until) WHERE state = 'sending'"_s,
            u"ALTER TABLE send_attempts ADD COLUMN engine TEXT NOT NULL DEFAULT ''"_s,
            uR"(CREATE TABLE engines (
                instance     TEXT    PRIMARY KEY,
                host         TEXT    NOT NULL DEFAULT '',
                pid          INTEGER NOT NULL DEFAULT 0,
                version      TEXT    NOT NULL DEFAULT '',
                started_at   INTEGER NOT NULL,
                heartbeat_at INTEGER NOT NULL,
                stopped_at   INTEGER
            ))"_s,
        },
        // 10: reminder policy (issue 17). The rules that look at a customer's other orders (the daily
        // cap, a recent payment) find them by openid through an index, never a scan; the do-not-remind
        // list; the audit log of settings changes, manual actions and list changes; and which text
        // variant of a split test an attempt sent.
        {
            u"CREATE INDEX orders_openid ON orders (openid, status_at)"_s,
            uR"(CREATE TABLE optouts (
                openid      TEXT    PRIMARY KEY,
                reason      TEXT    NOT NULL DEFAULT '',
                actor       TEXT    NOT NULL DEFAULT '',
                created_at  INTEGER NOT NULL
            ))"_s,
            uR"(CREATE TABLE audit_log (
                id          INTEGER PRIMARY KEY,
                at          INTEGER NOT NULL,
                actor       TEXT    NOT NULL,
                kind        TEXT    NOT NULL,
                subject     TEXT    NOT NULL DEFAULT '',
                old_value   TEXT    NOT NULL DEFAULT '',
                new_value   TEXT    NOT NULL DEFAULT '',
                detail      TEXT    NOT NULL DEFAULT ''
            ))"_s,
            u"CREATE INDEX audit_log_at ON audit_log (at)"_s,
            u"CREATE INDEX audit_log_kind_at ON audit_log (kind, at)"_s,
            u"ALTER TABLE send_attempts ADD COLUMN variant TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE INDEX send_attempts_variant ON send_attempts (variant, finished_at) WHERE variant <> ''"_s,
        },
    };
    return steps;
}

} // namespace

int Database::currentSchemaVersion()
{
    return int(migrations().size());
}

Database::Database() = default;

Database::~Database()
{
    close();
}

void Database::close()
{
    m_notify.reset(); // a statement goes before its connection
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::open(const Options &options, QString *error)
{
    Error why;
    const bool ok = open(options, &why);
    if (!ok)
        *error = why.englishText();
    return ok;
}

QString StoreServer::describe() const
{
    return host + u':' + QString::number(port) + u'/' + database;
}

QString Database::changeChannel()
{
    return u"paynudge_changes"_s;
}

bool Database::notify(const ChangeNotice &notice, QString *error)
{
    if (m_dialect != SqlDialect::Postgres)
        return true;
    if (!m_notify) {
        m_notify = std::make_unique<QSqlQuery>(m_db);
        if (!prepareOrReport(*m_notify, u"SELECT pg_notify(?, ?)"_s, error)) {
            m_notify.reset();
            return false;
        }
    }
    m_notify->addBindValue(changeChannel());
    m_notify->addBindValue(notice.encode());
    const bool ok = execOrReport(*m_notify, error);
    m_notify->finish();
    return ok;
}

QString Database::translate(const QString &sqliteStatement, SqlDialect dialect)
{
    if (dialect == SqlDialect::Sqlite)
        return sqliteStatement;
    static const QRegularExpression rowid(u"\\bINTEGER\\s+PRIMARY\\s+KEY\\b"_s);
    static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
    QString out = sqliteStatement;
    out.replace(rowid, u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    out.replace(integer, u"BIGINT"_s);
    return out;
}

bool Database::open(const Options &options, Error *error)
{
    close();
    m_openFailure = OpenFailure::Other;
    m_options = options;
    m_options.server.reset(); // the password stays only in the connection
    m_connectionName = options.connectionName;
    const bool ok = options.server ? openPostgres(options, error) : openSqlite(options, error);
    if (!ok) {
        close();
        return false;
    }
    if (!migrate(error)) {
        close();
        return false;
    }
    m_openFailure = OpenFailure::None;
    return true;
}

bool Database::serverAnswers(QString *why) const
{
    if (m_dialect != SqlDialect::Postgres)
        return true;
    const QString name = m_connectionName + u"-probe"_s;
    bool ok = false;
    {
        // The same settings (the password too) on a connection of its own, closed at once.
        QSqlDatabase probe = QSqlDatabase::cloneDatabase(m_db, name);
        ok = probe.open();
        if (!ok && why)
            *why = probe.lastError().text().trimmed();
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool Database::reopen(Error *error)
{
    if (m_dialect != SqlDialect::Postgres)
        return m_db.isOpen();
    m_notify.reset(); // prepared on the old session
    m_db.close();
    if (!m_db.open()) {
        *error = Error(ErrorCode::StoreServerUnreachable, {}, { m_path, m_db.lastError().text().trimmed() });
        return false;
    }
    return true;
}

bool Database::openPostgres(const Options &options, Error *error)
{
    const StoreServer &server = *options.server;
    m_dialect = SqlDialect::Postgres;
    m_path = server.describe();
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (!m_db.isValid()) {
        *error = Error(ErrorCode::ShopDbDriverMissing, {}, { u"QPSQL"_s, u"libqt6sql6-psql"_s });
        return false;
    }
    m_db.setHostName(server.host);
    m_db.setPort(server.port);
    m_db.setDatabaseName(server.database);
    m_db.setUserName(server.user);
    m_db.setPassword(server.password);
    // A server that does not answer is reported within seconds, not after TCP's minutes. The
    // NOTICEs of CREATE … IF NOT EXISTS at every start would go to stderr. QPSQL prepares every
    // statement on the server, and after five runs PostgreSQL may keep a generic plan: for the
    // claim (`state = $3 AND due_at <= $4 … LIMIT $6`) that reads every due row and sorts them
    // instead of taking 20 in index order — a claim that grows with the backlog. Every run is
    // planned with its values (a fraction of a millisecond) instead.
    m_db.setConnectOptions(u"connect_timeout=5;sslmode="_s + server.sslMode
        + u";options='-cclient_min_messages=warning -cplan_cache_mode=force_custom_plan'"_s);
    if (!m_db.open()) {
        *error = Error(ErrorCode::StoreServerUnreachable, {}, { m_path, m_db.lastError().text() });
        return false;
    }
    return true;
}

bool Database::openSqlite(const Options &options, Error *error)
{
    m_dialect = SqlDialect::Sqlite;
    if (options.path != u":memory:") {
        const QFileInfo info(options.path);
        if (!QDir().mkpath(info.absolutePath())) {
            *error = Error(ErrorCode::StoreFolderNotCreated, {}, { info.absolutePath() });
            return false;
        }
    }
    m_path = options.path;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(options.path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!m_db.open()) {
        *error = Error(ErrorCode::StoreCannotOpen, {}, { options.path, m_db.lastError().text() });
        return false;
    }

    if (options.integrityBudgetMs > 0 && options.path != u":memory:" && !checkIntegrity(options, error))
        return false;
    QSqlQuery q(m_db);
    if (options.path != u":memory:") {
        if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()
            || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            *error = Error(ErrorCode::StoreNoWal, {}, { options.path });
            return false;
        }
        q.finish();
    }
    const QStringList pragmas {
        options.durable ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=NORMAL"_s,
        u"PRAGMA foreign_keys=ON"_s,
        u"PRAGMA temp_store=MEMORY"_s,
        // A bounded page cache (32 MiB): index pages of a large store stay hot under bulk intake,
        // and memory does not grow with the number of orders.
        u"PRAGMA cache_size=-32768"_s,
    };
    for (const QString &p : pragmas) {
        if (!q.exec(p)) {
            *error = Error(ErrorCode::StorePragmaFailed, {}, { p, q.lastError().text() });
            return false;
        }
    }
    return true;
}

// A damaged file is named as such before the switch to WAL (which would fail on it with a
// misleading reason) and before anything writes to it.
bool Database::checkIntegrity(const Options &options, Error *error)
{
    const auto damaged = [&](const QString &sqlite) {
        m_openFailure = OpenFailure::Damaged;
        *error = Error(ErrorCode::StoreDamaged, {}, { options.path, sqlite });
        return false;
    };
    if (const QString header = storeintegrity::headerProblem(options.path); !header.isEmpty())
        return damaged(header);
    const storeintegrity::QuickCheck check = storeintegrity::quickCheck(m_db, options.integrityBudgetMs);
    switch (check.result) {
    case storeintegrity::QuickCheck::Result::Ok:
        return true;
    case storeintegrity::QuickCheck::Result::CutShort:
        qCWarning(lcDb).noquote() << "the start-up check of the store" << options.path << "was cut short ("
                                  << check.detail
                                  << "); starting without it (paynudge doctor runs the whole check)";
        return true;
    case storeintegrity::QuickCheck::Result::Damaged:
        return damaged(u"quick_check: "_s + check.detail);
    case storeintegrity::QuickCheck::Result::QueryFailed:
        return damaged(check.detail);
    }
    return true;
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

// Several engines may start on one shared store at once: the first to take the migration lock
// migrates, the others wait for it and then find the schema current. On SQLite the write lock of
// BEGIN IMMEDIATE does the same.
bool Database::migrate(Error *error)
{
    QSqlQuery q(m_db);
    const int to = currentSchemaVersion();
    if (m_dialect == SqlDialect::Sqlite) {
        if (!q.exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s)) {
            *error = Error(ErrorCode::StoreNoMetaTable, {}, { q.lastError().text() });
            return false;
        }
        if (schemaVersion() == to)
            return true;
    }

    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = Error(ErrorCode::StoreMigrationNotStarted, {}, { tx.error() });
        return false;
    }
    if (m_dialect == SqlDialect::Postgres
        && (!q.exec(u"SELECT pg_advisory_xact_lock(7316402761)"_s)
            || !q.exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s))) {
        *error = Error(ErrorCode::StoreNoMetaTable, {}, { q.lastError().text() });
        return false;
    }
    const int from = schemaVersion();
    if (from == to)
        return true; // another engine migrated while this one waited (tx rolls back nothing)
    if (from > to) {
        *error
            = Error(ErrorCode::StoreSchemaTooNew, {}, { m_path, QString::number(from), QString::number(to) });
        return false;
    }
    for (int version = from; version < to; ++version) {
        for (const QString &statement : migrations().at(version)) {
            if (!q.exec(translate(statement, m_dialect))) {
                *error = Error(ErrorCode::StoreMigrationFailed, {},
                    { QString::number(version + 1), q.lastError().text() });
                return false;
            }
        }
        qCInfo(lcDb) << "store migrated to schema version" << version + 1;
    }
    QSqlQuery set(m_db);
    set.prepare(u"INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    set.addBindValue(QString::number(to));
    if (QString why; !execOrReport(set, &why)) {
        *error = Error(ErrorCode::StoreFailed, {}, { why });
        return false;
    }
    if (!tx.commit()) {
        *error = Error(ErrorCode::StoreMigrationNotCommitted, {}, { tx.error() });
        return false;
    }
    return true;
}

} // namespace paynudge
