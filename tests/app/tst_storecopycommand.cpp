#include "appprocess.h"
#include "postgresserver.h"
#include "storecopyfixture.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// `paynudge store-copy --from FILE`: the real binary into a PostgreSQL of the test's own — its
// progress, its summary and its exit codes (0 copied, 1 failed, 2 bad configuration).
class TestStoreCopyCommand : public QObject
{
    Q_OBJECT

    PostgresServer server;
    QTemporaryDir dir;
    QString source; // a store with 20,000 orders, made once
    int databases = 0;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, const QString &ini,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        const QString config = dir.filePath(u"paynudge-%1.ini"_s.arg(++runs));
        QFile f(config);
        if (f.open(QIODevice::WriteOnly))
            f.write(ini.toUtf8());
        f.close();
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(AppProcess::binary(),
            args + QStringList { u"--config"_s, config, u"--data-dir"_s, dir.filePath(u"data"_s) });
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    int runs = 0;

    QString passwordFile()
    {
        const QString path = dir.filePath(u"pg-password"_s);
        QFile f(path);
        if (!f.exists() && f.open(QIODevice::WriteOnly)) {
            f.write(server.adminPassword().toUtf8());
            f.close();
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        return path;
    }

    // [store] for a new empty database on the test's server.
    QString postgresConfig(StoreServer *reach, const QString &passwordLine = {})
    {
        QString error;
        if (!storecopy::createDatabase(server, u"cmd_%1"_s.arg(++databases), reach, &error))
            qWarning().noquote() << error;
        return u"[ui]\nlanguage=en\n"
               u"[store]\nbackend=postgres\nhost=%1\nport=%2\ndatabase=%3\nuser=%4\n%5\nsslMode=disable\n"_s
                   .arg(reach->host)
                   .arg(reach->port)
                   .arg(reach->database, reach->user,
                       passwordLine.isEmpty() ? u"passwordFile="_s + passwordFile() : passwordLine);
    }

    qint64 countIn(const StoreServer &reach, const QString &table)
    {
        QSqlDatabase db
            = server.connection(u"count-%1"_s.arg(++runs), reach.user, reach.password, reach.database);
        qint64 n = -1;
        if (db.open())
            n = storecopy::countOf(db, table);
        db.close();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return n;
    }

private slots:
    void initTestCase()
    {
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        source = dir.filePath(u"shop.sqlite"_s);
        QString error;
        QVERIFY2(storecopy::makeSource(source, 20'000, &error), qPrintable(error));
    }

    void copiesWithProgressThenRefusesASecondCopy()
    {
        StoreServer reach;
        const QString ini = postgresConfig(&reach);
        const Run first = run({ u"store-copy"_s, u"--from"_s, source }, ini);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(u"copying %1 into %2"_s.arg(source, reach.host)), qPrintable(first.err));
        // Progress per table with the share of all rows, on stderr; the summary on stdout.
        QVERIFY2(first.err.contains(u"  orders: 20,005 of 20,005"_s), qPrintable(first.err));
        QVERIFY2(first.err.contains(u"% of all rows)"_s), qPrintable(first.err));
        QVERIFY2(first.err.contains(u"(100% of all rows)"_s), qPrintable(first.err));
        QVERIFY2(first.err.count(u"\n  orders: "_s) >= 3, qPrintable(first.err)); // steps, not one line
        QVERIFY2(first.out.contains(u"Copied "_s) && first.out.contains(u"in one transaction"_s),
            qPrintable(first.out));
        QVERIFY2(first.out.contains(u"was not changed"_s), qPrintable(first.out));
        QVERIFY(!first.err.contains(server.adminPassword()) && !first.out.contains(server.adminPassword()));
        QCOMPARE(countIn(reach, u"orders"_s), 20'005);
        const qint64 history = countIn(reach, u"send_attempts"_s);
        QVERIFY(history > 20'000);

        const Run second = run({ u"store-copy"_s, u"--from"_s, source }, ini);
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(u"already holds orders"_s), qPrintable(second.err));
        QCOMPARE(countIn(reach, u"orders"_s), 20'005);
        QCOMPARE(countIn(reach, u"send_attempts"_s), history);
    }

    void aBadCommandLineOrConfigurationExitsTwo()
    {
        StoreServer reach;
        const QString ini = postgresConfig(&reach);
        Run r = run({ u"store-copy"_s }, ini);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"store-copy needs --from FILE"_s), qPrintable(r.err));
        r = run({ u"import"_s, u"x.csv"_s, u"--from"_s, source }, ini);
        QCOMPARE(r.exitCode, 2);
        r = run({ u"store-copy"_s, u"--from"_s, source }, u"[ui]\nlanguage=en\n[store]\nbackend=sqlite\n"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"backend is sqlite"_s), qPrintable(r.err));
        // A password named in the configuration that cannot be read.
        StoreServer other;
        r = run({ u"store-copy"_s, u"--from"_s, source },
            postgresConfig(&other, u"passwordEnv=PAYNUDGE_TEST_NO_SUCH_PASSWORD"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"cannot read the password of the store's database"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"PAYNUDGE_TEST_NO_SUCH_PASSWORD"_s), qPrintable(r.err));
        QCOMPARE(countIn(other, u"orders"_s), -1); // the target was not even opened
        QCOMPARE(countIn(reach, u"orders"_s), -1);
    }

    void failuresExitOneAndCopyNothing()
    {
        StoreServer reach;
        const QString ini = postgresConfig(&reach);
        Run r = run({ u"store-copy"_s, u"--from"_s, dir.filePath(u"no-such.sqlite"_s) }, ini);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"there is no SQLite store at"_s), qPrintable(r.err));

        // A wrong password: the server refuses it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PAYNUDGE_TEST_WRONG_PASSWORD"_s, u"not-the-password"_s);
        StoreServer other;
        r = run({ u"store-copy"_s, u"--from"_s, source },
            postgresConfig(&other, u"passwordEnv=PAYNUDGE_TEST_WRONG_PASSWORD"_s), env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"cannot reach the store's database"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"not-the-password"_s));
        QCOMPARE(countIn(other, u"orders"_s), -1);
        QCOMPARE(countIn(reach, u"orders"_s), 0); // opened (migrated) before the source was found missing
    }

    // A PayNudge still running on the SQLite store would accept orders the copy leaves behind.
    void aRunningPayNudgeOnTheSourceIsRefused()
    {
        AppProcess app;
        app.writeConfig(u"[ui]\nlanguage=en\n"_s);
        QVERIFY(app.start());
        QVERIFY2(app.waitUntilRunning(), qPrintable(app.output()));
        StoreServer reach;
        const Run r = run({ u"store-copy"_s, u"--from"_s, app.storePath() }, postgresConfig(&reach));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"a running PayNudge (pid %1"_s.arg(app.process().processId())),
            qPrintable(r.err));
        QCOMPARE(countIn(reach, u"orders"_s), -1); // refused before the target was opened
        app.terminate();
        QVERIFY(app.waitForExit());
    }
};

QTEST_GUILESS_MAIN(TestStoreCopyCommand)
#include "tst_storecopycommand.moc"
