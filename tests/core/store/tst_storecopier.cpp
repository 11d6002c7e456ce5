#include "postgresserver.h"
#include "store/storecopier.h"
#include "store/storecopysource.h"
#include "storecopyfixture.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// `paynudge store-copy`'s core: a SQLite store read through a snapshot and copied into an empty
// PostgreSQL store (a real PostgreSQL 15 of the test's own) in one transaction.
class TestStoreCopier : public QObject
{
    Q_OBJECT

    PostgresServer server;
    QTemporaryDir dir;
    int databases = 0;

    // A fresh empty database, opened (migrated) as the command opens it.
    bool openTarget(Database &target, StoreServer *reach = nullptr)
    {
        StoreServer s;
        QString error;
        if (!storecopy::createDatabase(server, u"copy_%1"_s.arg(++databases), &s, &error)) {
            qWarning().noquote() << error;
            return false;
        }
        if (reach)
            *reach = s;
        Database::Options options;
        options.server = s;
        options.connectionName = u"target-%1"_s.arg(databases);
        options.instance = u"store-copy"_s;
        if (!target.open(options, &error)) {
            qWarning().noquote() << error;
            return false;
        }
        return true;
    }

    QString sourcePath(const QString &name) const { return dir.filePath(name); }

    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static qint64 scalar(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // A new order on the target after the copy: the identity hands out an id past the copied ones.
    static qint64 insertNewOrder(QSqlDatabase &pg)
    {
        QSqlQuery q(pg);
        q.prepare(u"INSERT INTO orders (order_no, account, openid, product, amount_fen, placed_at, close_at, "
                  u"created_at) VALUES (?, 'default', 'oNew', 'new', 1, 1, 2, 1) RETURNING id"_s);
        q.addBindValue(u"AFTER-COPY"_s);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    // The rows of every copied table equal on both sides; `but` leaves some reminders out.
    // `newer`: tables an older store's schema did not have, so they are empty on both sides.
    void compareAllRows(
        QSqlDatabase &sqlite, QSqlDatabase &pg, const QString &but = {}, const QStringList &newer = {})
    {
        for (const QString &table : StoreCopier::copiedTables()) {
            const QString where
                = table == u"reminders" && !but.isEmpty() ? u"NOT ("_s + but + u')' : QString();
            const QStringList from = storecopy::rowsOf(sqlite, table, where);
            const QStringList to = storecopy::rowsOf(pg, table, where);
            // the fixture fills every table
            QVERIFY2(from.isEmpty() == newer.contains(table), qPrintable(table));
            QCOMPARE(to, from);
        }
    }

private slots:
    void initTestCase()
    {
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(dir.isValid());
    }

    // A new table must be copied or named as left out, never forgotten by the copy.
    void everyTableOfTheSchemaIsCopiedOrLeftOut()
    {
        Database db;
        QString error;
        QVERIFY2(db.open({ u":memory:"_s, u"schema"_s, false }, &error), qPrintable(error));
        QSqlQuery q(db.db());
        QVERIFY(
            q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        QStringList known = StoreCopier::copiedTables() + StoreCopier::tablesLeftOut();
        tables.sort();
        known.sort();
        QCOMPARE(tables, known);
    }

    void copiesEveryRowWithItsIds_data()
    {
        QTest::addColumn<int>("valuesPerStatement");
        QTest::newRow("each table in one statement") << 0;
        QTest::newRow("two orders per statement") << 40; // batches of 2, 2 and 1
    }
    void copiesEveryRowWithItsIds()
    {
        QFETCH(int, valuesPerStatement);
        const QString file = sourcePath(u"small-%1.sqlite"_s.arg(valuesPerStatement));
        QString error;
        QVERIFY2(storecopy::makeSource(file, 0, &error), qPrintable(error));
        const QByteArray before = digest(file);

        StoreCopySource source;
        Error why;
        QVERIFY2(source.open(file, &why), qPrintable(why.englishText()));
        QCOMPARE(source.fileSchemaVersion(), Database::currentSchemaVersion());
        Database target;
        QVERIFY(openTarget(target));
        StoreCopier copier;
        copier.setValuesPerStatement(valuesPerStatement);
        StoreCopier::Report report;
        QVERIFY2(copier.copy(source.database(), target, {}, &report, &why), qPrintable(why.englishText()));

        compareAllRows(source.database().db(), target.db());
        qint64 rows = 0;
        for (const QString &t : StoreCopier::copiedTables())
            rows += storecopy::countOf(source.database().db(), t);
        QCOMPARE(report.rows, rows);
        // The send the SQLite engine left unfinished keeps its claim's lease (long run out): the
        // engines on the shared store take it over as crash recovery would have settled it.
        QCOMPARE(scalar(target.db(), u"SELECT count(*) FROM reminders WHERE state = 'sending'"_s), 1);
        QCOMPARE(scalar(target.db(),
                     u"SELECT count(*) FROM reminders WHERE state = 'sending' AND lease_until IS NULL"_s),
            0);
        const qint64 maxId = scalar(source.database().db(), u"SELECT max(id) FROM orders"_s);
        QCOMPARE(insertNewOrder(target.db()), maxId + 1);
        QCOMPARE(digest(file), before); // the file itself is never written
    }

    void copiesAHundredThousandOrdersWithTheirHistory()
    {
        const int orders = 100'000;
        const QString file = sourcePath(u"large.sqlite"_s);
        QString error;
        QElapsedTimer made;
        made.start();
        QVERIFY2(storecopy::makeSource(file, orders, &error), qPrintable(error));
        qInfo("source made in %lld ms", made.elapsed());

        QElapsedTimer timer;
        timer.start();
        StoreCopySource source;
        Error why;
        QVERIFY2(source.open(file, &why), qPrintable(why.englishText()));
        const qint64 opened = timer.elapsed();
        Database target;
        QVERIFY(openTarget(target));
        QList<StoreCopier::Progress> progress;
        StoreCopier copier;
        StoreCopier::Report report;
        timer.restart();
        QVERIFY2(copier.copy(
                     source.database(), target, [&](const StoreCopier::Progress &p) { progress << p; },
                     &report, &why),
            qPrintable(why.englishText()));
        const qint64 copied = timer.elapsed();

        QSqlDatabase &sqlite = source.database().db();
        QSqlDatabase &pg = target.db();
        qint64 all = 0;
        for (const StoreCopier::TableCount &t : std::as_const(report.tables)) {
            QCOMPARE(storecopy::countOf(pg, t.table), storecopy::countOf(sqlite, t.table));
            QCOMPARE(t.rows, storecopy::countOf(sqlite, t.table));
            all += t.rows;
        }
        QVERIFY(storecopy::countOf(pg, u"orders"_s) > orders);
        QVERIFY(storecopy::countOf(pg, u"send_attempts"_s) > orders);
        QCOMPARE(report.rows, all);
        qInfo("snapshot and check %lld ms; copy of %lld rows (%d orders with reminders and history) %lld ms",
            opened, all, orders, copied);

        // A sample of every table, row by row, ids included.
        for (const QString &table : { u"orders"_s, u"reminders"_s, u"send_attempts"_s }) {
            const QString sample = u"id % 997 = 0 OR id = (SELECT max(id) FROM %1)"_s.arg(table);
            QCOMPARE(storecopy::rowsOf(pg, table, sample), storecopy::rowsOf(sqlite, table, sample));
        }
        QCOMPARE(insertNewOrder(pg), scalar(sqlite, u"SELECT max(id) FROM orders"_s) + 1);

        // Progress: each table started and finished, the percentage of all rows only grows, to 100.
        QVERIFY(progress.size() > 20);
        int percent = 0;
        for (const StoreCopier::Progress &p : std::as_const(progress)) {
            QVERIFY(p.percent >= percent);
            percent = p.percent;
        }
        QCOMPARE(percent, 100);
        for (const QString &table : StoreCopier::copiedTables()) {
            QVERIFY(std::any_of(progress.begin(), progress.end(),
                [&](const StoreCopier::Progress &p) { return p.table == table && p.copied == 0; }));
            QVERIFY(std::any_of(progress.begin(), progress.end(), [&](const StoreCopier::Progress &p) {
                return p.table == table && p.copied == p.total
                    && p.total == storecopy::countOf(sqlite, table);
            }));
        }
    }

    void refusesATargetThatHoldsOrders()
    {
        const QString file = sourcePath(u"refused.sqlite"_s);
        QString error;
        QVERIFY2(storecopy::makeSource(file, 10, &error), qPrintable(error));
        StoreCopySource source;
        Error why;
        QVERIFY2(source.open(file, &why), qPrintable(why.englishText()));
        Database target;
        QVERIFY(openTarget(target));
        const qint64 id = insertNewOrder(target.db());
        QVERIFY(id > 0);

        bool called = false;
        QVERIFY(!StoreCopier().copy(
            source.database(), target, [&](const auto &) { called = true; }, nullptr, &why));
        QCOMPARE(why.code, ErrorCode::StoreCopyTargetNotEmpty);
        QCOMPARE(why.args.value(0), target.path());
        QVERIFY(!called); // refused before a row was read
        QCOMPARE(storecopy::rowsOf(target.db(), u"orders"_s).size(), 1);
        QCOMPARE(scalar(target.db(), u"SELECT id FROM orders"_s), id);
        for (const QString &table : StoreCopier::copiedTables())
            if (table != u"orders")
                QCOMPARE(storecopy::countOf(target.db(), table), 0);
    }

    void refusesATargetWithOtherRows()
    {
        const QString file = sourcePath(u"refused2.sqlite"_s);
        QString error;
        QVERIFY2(storecopy::makeSource(file, 0, &error), qPrintable(error));
        StoreCopySource source;
        Error why;
        QVERIFY2(source.open(file, &why), qPrintable(why.englishText()));
        Database target;
        QVERIFY(openTarget(target));
        // An engine ran on the new store before the copy and paused an account.
        QSqlQuery q(target.db());
        q.prepare(u"INSERT INTO account_state (account, paused, updated_at) VALUES (?, 1, 1)"_s);
        q.addBindValue(u"shop2"_s);
        QVERIFY(q.exec());
        QVERIFY(!StoreCopier().copy(source.database(), target, {}, nullptr, &why));
        QCOMPARE(why.code, ErrorCode::StoreCopyTargetHoldsRows);
        QCOMPARE(why.args.value(1), u"account_state"_s);
        QCOMPARE(storecopy::countOf(target.db(), u"orders"_s), 0);
        QCOMPARE(storecopy::countOf(target.db(), u"account_state"_s), 1);
    }

    // One transaction: a row the target refuses after thousands were written leaves it empty.
    void aFailureInTheMiddleLeavesTheTargetEmpty()
    {
        const QString file = sourcePath(u"orphan.sqlite"_s);
        QString error;
        QVERIFY2(storecopy::makeSource(file, 5'000, &error), qPrintable(error));
        {
            // A history row of a reminder that is gone: an older store without foreign keys on.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"orphan"_s);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA foreign_keys = OFF"_s));
            q.prepare(
                u"INSERT INTO send_attempts (reminder_id, started_at, outcome) VALUES (?, 1, 'sent')"_s);
            q.addBindValue(987654321);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"orphan"_s);

        StoreCopySource source;
        Error why;
        QVERIFY2(source.open(file, &why), qPrintable(why.englishText()));
        Database target;
        QVERIFY(openTarget(target));
        qint64 copiedBeforeFailure = 0;
        QVERIFY(!StoreCopier().copy(
            source.database(), target,
            [&](const StoreCopier::Progress &p) {
                if (p.table == u"reminders")
                    copiedBeforeFailure = p.copied;
            },
            nullptr, &why));
        QCOMPARE(why.code, ErrorCode::StoreCopyFailed);
        QVERIFY2(why.englishText().contains(u"foreign key"_s), qPrintable(why.englishText()));
        QCOMPARE(copiedBeforeFailure, storecopy::countOf(source.database().db(), u"reminders"_s));
        for (const QString &table : StoreCopier::copiedTables())
            QCOMPARE(storecopy::countOf(target.db(), table), 0);
        // The ids start over too: no sequence was moved (setval comes after every table's rows).
        QCOMPARE(insertNewOrder(target.db()), 1);
    }

    // A store of an older PayNudge is copied through a migrated snapshot; the file stays as it was.
    void copiesAnOlderStoreWithoutChangingIt()
    {
        const QString file = sourcePath(u"schema8.sqlite"_s);
        QString error;
        QVERIFY2(storecopy::makeSource(file, 100, &error), qPrintable(error));
        {
            // Back to schema 8, as PayNudge before issue 16 left it.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &sql :
                { u"DROP INDEX orders_openid"_s, u"DROP TABLE optouts"_s, u"DROP TABLE audit_log"_s,
                    u"DROP INDEX send_attempts_variant"_s, u"ALTER TABLE send_attempts DROP COLUMN variant"_s,
                    u"DROP INDEX reminders_sending_lease"_s, u"DROP TABLE engines"_s,
                    u"ALTER TABLE reminders DROP COLUMN claimed_by"_s,
                    u"ALTER TABLE reminders DROP COLUMN lease_until"_s,
                    u"ALTER TABLE reminders DROP COLUMN lease_token"_s,
                    u"ALTER TABLE send_attempts DROP COLUMN engine"_s,
                    u"UPDATE meta SET value = '8' WHERE key = 'schema_version'"_s,
                    u"PRAGMA wal_checkpoint(TRUNCATE)"_s })
                QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"downgrade"_s);
        const QByteArray before = digest(file);

        StoreCopySource source;
        Error why;
        QVERIFY2(source.open(file, &why), qPrintable(why.englishText()));
        QCOMPARE(source.fileSchemaVersion(), 8);
        Database target;
        QVERIFY(openTarget(target));
        QVERIFY2(
            StoreCopier().copy(source.database(), target, {}, nullptr, &why), qPrintable(why.englishText()));
        compareAllRows(
            source.database().db(), target.db(), u"state = 'sending'"_s, { u"optouts"_s, u"audit_log"_s });
        // A claim made before leases existed has none: it gets one that ran out long ago, or no
        // engine on the shared store would ever take it over.
        QCOMPARE(scalar(source.database().db(),
                     u"SELECT count(*) FROM reminders WHERE state = 'sending' AND lease_until IS NULL"_s),
            1);
        QCOMPARE(scalar(target.db(),
                     u"SELECT count(*) FROM reminders WHERE state = 'sending' AND lease_until = 0"_s),
            1);
        QCOMPARE(digest(file), before);
        source.database().close();
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"after"_s);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QCOMPARE(scalar(raw, u"SELECT value FROM meta WHERE key = 'schema_version'"_s), 8);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"after"_s);
    }

    void refusesASourceItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("missing") << QByteArray() << int(ErrorCode::StoreCopySourceMissing);
        QTest::newRow("empty") << QByteArray("") << int(ErrorCode::StoreCopySourceNotAStore);
        QTest::newRow("not SQLite") << QByteArray("order_no,amount\nA1,100\n")
                                    << int(ErrorCode::StoreCopySourceUnreadable);
    }
    void refusesASourceItCannotRead()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        const QString file = sourcePath(
            u"bad-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentDataTag())).replace(u' ', u'-'));
        if (!content.isNull()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        StoreCopySource source;
        Error why;
        QVERIFY(!source.open(file, &why));
        QCOMPARE(int(why.code), code);
        QVERIFY2(why.englishText().contains(file), qPrintable(why.englishText()));
    }

    void refusesADamagedSource()
    {
        const QString file = sourcePath(u"damaged.sqlite"_s);
        QString error;
        QVERIFY2(storecopy::makeSource(file, 2'000, &error), qPrintable(error));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 64 * 4096);
            f.seek(32 * 4096); // pages of the tables' b-trees, past the header and the schema
            f.write(QByteArray(16 * 4096, '\x5a'));
        }
        StoreCopySource source;
        Error why;
        QVERIFY(!source.open(file, &why));
        QCOMPARE(why.code, ErrorCode::StoreCopySourceUnreadable);
        QVERIFY2(why.cause && why.cause->is(ErrorCode::StoreDamaged), qPrintable(why.englishText()));
        QVERIFY2(why.englishText().contains(file), qPrintable(why.englishText()));
    }

    void refusesASourceOfANewerPayNudge()
    {
        const QString file = sourcePath(u"newer.sqlite"_s);
        QString error;
        QVERIFY2(storecopy::makeSource(file, 0, &error), qPrintable(error));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            q.prepare(u"UPDATE meta SET value = ? WHERE key = 'schema_version'"_s);
            q.addBindValue(QString::number(Database::currentSchemaVersion() + 1));
            QVERIFY(q.exec());
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        StoreCopySource source;
        Error why;
        QVERIFY(!source.open(file, &why));
        QCOMPARE(why.code, ErrorCode::StoreCopySourceUnreadable);
        QVERIFY(why.cause && why.cause->is(ErrorCode::StoreSchemaTooNew));
    }

    void refusesASqliteFileThatIsNoStore()
    {
        const QString file = sourcePath(u"other.sqlite"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"CREATE TABLE notes (body TEXT)"_s));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        StoreCopySource source;
        Error why;
        QVERIFY(!source.open(file, &why));
        QCOMPARE(why.code, ErrorCode::StoreCopySourceNotAStore);
    }
};

QTEST_GUILESS_MAIN(TestStoreCopier)
#include "tst_storecopier.moc"
