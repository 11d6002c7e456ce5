#include "store/accountstates.h"
#include "store/database.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

class TestDatabase : public QObject
{
    Q_OBJECT

    static QString scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.db());
        if (!q.exec(sql) || !q.next())
            return u"<error: %1>"_s.arg(q.lastError().text());
        return q.value(0).toString();
    }

    // Creates the store at `path` and runs `statements` on it, each of which must succeed.
    static void runOnNewStore(const QString &path, const QStringList &statements)
    {
        Database db;
        QString error;
        QVERIFY2(db.open({ path, u"w"_s, true }, &error), qPrintable(error));
        QSqlQuery q(db.db());
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
    }

private slots:
    void migratesAnEmptyFile()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open({ dir.filePath(u"s.sqlite"_s), u"t1"_s, true }, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s), u"1"_s);
        QCOMPARE(scalar(db, u"PRAGMA synchronous"_s), u"2"_s); // FULL
        for (const QString &table :
            { u"orders"_s, u"reminders"_s, u"send_attempts"_s, u"early_events"_s, u"account_state"_s })
            QCOMPARE(scalar(db,
                         u"SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='%1'"_s.arg(table)),
                u"1"_s);
    }

    // A pause's reason keeps its code and args, so the console can word it in its language; a
    // code this version does not know (a later one wrote it) reads as none, its English stays.
    void aPauseReasonKeepsItsCode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        QString error;
        {
            Database db;
            QVERIFY2(db.open({ path, u"w"_s, true }, &error), qPrintable(error));
            AccountStates states(db);
            const Error why(ErrorCode::WeChat40164Ip, {}, { u"203.0.113.7"_s });
            QVERIFY2(states.save({ u"shop1"_s, true, why.englishText(), std::nullopt, 1000, why }, &error),
                qPrintable(error));
            QVERIFY2(states.save({ u"shop2"_s, true, u"paused by alice"_s, std::nullopt, 1000 }, &error),
                qPrintable(error));
            QVERIFY2(states.save({ u"shop3"_s, true, u"from a later version"_s, std::nullopt, 1000 }, &error),
                qPrintable(error));
            QSqlQuery q(db.db());
            QVERIFY(
                q.exec(u"UPDATE account_state SET reason_code = 'no_such_code' WHERE account = 'shop3'"_s));
        }
        Database db;
        QVERIFY2(db.open({ path, u"r"_s, true }, &error), qPrintable(error));
        const QHash<QString, AccountState> loaded = AccountStates(db).load();
        const AccountState shop1 = loaded.value(u"shop1"_s);
        QCOMPARE(shop1.problem.code, ErrorCode::WeChat40164Ip);
        QCOMPARE(shop1.problem.args, QStringList { u"203.0.113.7"_s });
        QCOMPARE(shop1.reasonText(), shop1.problem.text());
        QVERIFY(shop1.reason.contains(u"add 203.0.113.7 to the IP whitelist"_s));
        QVERIFY(!loaded.value(u"shop2"_s).problem);
        QCOMPARE(loaded.value(u"shop2"_s).reasonText(), u"paused by alice"_s);
        QVERIFY(!loaded.value(u"shop3"_s).problem);
        QCOMPARE(loaded.value(u"shop3"_s).reasonText(), u"from a later version"_s);
    }

    // A reason that words another error around it (a refused value, the account's pause) keeps
    // both codes, so after a restart the console still words the whole of it.
    void aPauseReasonKeepsTheErrorItWordsAround()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        QString error;
        Error inner
            = Error(ErrorCode::RenderFixedText).because(Error(ErrorCode::RenderEmpty, {}, { u"number"_s }));
        inner.field = u"number2"_s;
        const Error why = Error(ErrorCode::RenderSetupError, {}, { u"number2"_s }).because(inner);
        {
            Database db;
            QVERIFY2(db.open({ path, u"w"_s, true }, &error), qPrintable(error));
            QVERIFY2(AccountStates(db).save(
                         { u"shop1"_s, true, why.englishText(), std::nullopt, 1000, why }, &error),
                qPrintable(error));
        }
        Database db;
        QVERIFY2(db.open({ path, u"r"_s, true }, &error), qPrintable(error));
        const AccountState shop1 = AccountStates(db).load().value(u"shop1"_s);
        QCOMPARE(shop1.problem.code, ErrorCode::RenderSetupError);
        QVERIFY(shop1.problem.cause && shop1.problem.cause->is(ErrorCode::RenderFixedText));
        QCOMPARE(shop1.problem.cause->field, u"number2"_s);
        QCOMPARE(shop1.problem.englishText(), shop1.reason);
        QVERIFY2(shop1.reason.startsWith(u"number2: empty, and WeChat refuses an empty number (fixed text"_s),
            qPrintable(shop1.reason));
    }

    // On a store too big to check within the budget, the start-up check gives up (and says so)
    // instead of holding the start; a damaged one within it is refused as damaged.
    void theStartUpCheckIsBoundedInTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.sqlite"_s);
        QString error;
        {
            Database db;
            QVERIFY2(db.open({ path, u"fill"_s, false }, &error), qPrintable(error));
            QSqlQuery q(db.db());
            QVERIFY(q.exec(u"CREATE TABLE filler (id INTEGER PRIMARY KEY, v TEXT)"_s));
            QVERIFY(q.exec(u"CREATE INDEX filler_v ON filler (v)"_s));
            QVERIFY(
                q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                       u"INSERT INTO filler (v) SELECT hex(randomblob(16)) FROM n"_s));
        }
        Database db;
        Database::Options options { path, u"bounded"_s, true };
        options.integrityBudgetMs = 1;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"check of the store .* was cut short"_s));
        QVERIFY2(db.open(options, &error), qPrintable(error));
        QCOMPARE(db.openFailure(), Database::OpenFailure::None);
        db.close();

        QFile f(path); // now damage it: refused, and named as damaged
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(0);
        f.write(QByteArray(16, 'x'));
        f.close();
        options.integrityBudgetMs = 3000;
        QVERIFY(!db.open(options, &error));
        QCOMPARE(db.openFailure(), Database::OpenFailure::Damaged);
        QVERIFY2(error.contains(u"is damaged (SQLite: "_s), qPrintable(error));
    }

    // Schema 7 gives history rows a reason code; rows an older version wrote get none (the history
    // recognises their English), and new rows can carry one.
    void migratesASchema6StoreToHistoryReasonCodes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        // Back to schema 6: without the columns, with a row of the old shape.
        runOnNewStore(path,
            { u"DROP INDEX orders_openid"_s, u"DROP TABLE optouts"_s, u"DROP TABLE audit_log"_s,
                u"DROP INDEX send_attempts_variant"_s, u"ALTER TABLE send_attempts DROP COLUMN variant"_s,
                u"DROP INDEX reminders_sending_lease"_s, u"ALTER TABLE reminders DROP COLUMN claimed_by"_s,
                u"ALTER TABLE reminders DROP COLUMN lease_until"_s,
                u"ALTER TABLE reminders DROP COLUMN lease_token"_s,
                u"ALTER TABLE send_attempts DROP COLUMN engine"_s, u"DROP TABLE engines"_s,
                u"ALTER TABLE send_attempts DROP COLUMN reason_code"_s,
                u"ALTER TABLE send_attempts DROP COLUMN reason_args"_s, u"DROP TABLE cursors"_s,
                u"UPDATE meta SET value = '6' WHERE key = 'schema_version'"_s,
                u"INSERT INTO orders (id, order_no, account, openid, product, amount_fen, placed_at, "
                u"close_at, created_at) VALUES (1, 'A1', 'shop1', 'o1', 'p', 1, 0, 1, 0)"_s,
                u"INSERT INTO reminders (id, order_id, account, round, due_at, state, client_msg_id, "
                u"updated_at) VALUES (1, 1, 'shop1', 1, 0, 'skipped', 'c1', 0)"_s,
                u"INSERT INTO send_attempts (reminder_id, started_at, finished_at, outcome, errmsg) "
                u"VALUES (1, 0, 0, 'skipped', 'skipped by bob')"_s });
        QString error;
        Database db;
        QVERIFY2(db.open({ path, u"w"_s, true }, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QSqlQuery q(db.db());
        QVERIFY(q.exec(u"SELECT reason_code, reason_args, errmsg FROM send_attempts"_s) && q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toString(), u"[]"_s);
        QCOMPARE(q.value(2).toString(), u"skipped by bob"_s);
    }

    void reopeningDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        QString error;
        {
            Database db;
            QVERIFY(db.open({ path, u"t3"_s, true }, &error));
            QSqlQuery q(db.db());
            QVERIFY(q.exec(u"INSERT INTO early_events VALUES ('A1', 'paid', 1, 1)"_s));
        }
        Database db;
        QVERIFY(db.open({ path, u"t3b"_s, true }, &error));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM early_events"_s), u"1"_s);
    }

    void failedMigrationLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        {
            // A file at schema 0 with a table in the way of step 1.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"CREATE TABLE reminders (x INTEGER)"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        Database db;
        QString error;
        QVERIFY(!db.open({ path, u"t4"_s, true }, &error));
        QVERIFY(error.contains(u"migration to schema 1"_s));
        QVERIFY(!db.isOpen());

        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw2"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'orders'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // step 1's first table was rolled back
        q.finish();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"raw2"_s);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        QString error;
        {
            Database db;
            QVERIFY(db.open({ path, u"t5"_s, true }, &error));
            QSqlQuery q(db.db());
            QVERIFY(q.exec(u"UPDATE meta SET value = '999' WHERE key = 'schema_version'"_s));
        }
        Database db;
        QVERIFY(!db.open({ path, u"t5b"_s, true }, &error));
        QVERIFY(error.contains(u"newer"_s));
    }

    void foreignKeysAreEnforced()
    {
        Database db;
        QString error;
        QVERIFY(db.open({ u":memory:"_s, u"t6"_s, true }, &error));
        QSqlQuery q(db.db());
        QVERIFY(!q.exec(
            u"INSERT INTO reminders (order_id, account, round, due_at, state, client_msg_id, updated_at) "
            u"VALUES (42, 'a', 1, 1, 'scheduled', 'x', 1)"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
