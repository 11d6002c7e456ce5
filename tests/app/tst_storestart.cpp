#include "appprocess.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The real binary on a store that is damaged, gone, locked by a dead process or being backed up:
// what the operator reads and the exit code (issue 12).
class TestStoreStart : public QObject
{
    Q_OBJECT

    static QString config() { return u"[reminder]\nrounds=1\nsafetyTick=1\ncloseAfter=3600\n"_s; }

    static unsigned mode(const QString &path)
    {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 07777u;
    }

    // SIGTERM is handled from when the event loop runs, a moment after "open, schema" is logged.
    static bool stop(AppProcess &app)
    {
        if (!app.waitUntilRunning())
            return false;
        app.terminate();
        return app.waitForExit() && app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0;
    }

    // A store with orders in it, made by the binary and closed cleanly.
    static bool makeStore(AppProcess &app, int orders = 20)
    {
        app.writeConfig(config());
        if (!app.start() || !app.waitUntilReady())
            return false;
        {
            Database db;
            QString error;
            if (!db.open({ app.storePath(), u"make-store"_s, true }, &error))
                return false;
            OrderStore store(db);
            ReminderPlan plan;
            plan.roundOffsetsSec = { 3600 };
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (int i = 0; i < orders; ++i)
                store.accept(sampleOrder(u"S%1"_s.arg(i), now), plan, now);
        }
        return stop(app);
    }

    static void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(offset));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    // Starts, expects a refusal with exit code `code`, returns what it printed.
    static QString refused(AppProcess &app, int code, const QStringList &args = { u"--headless"_s })
    {
        if (!app.start(args))
            return u"did not start"_s;
        if (!app.waitForExit())
            return u"did not exit"_s;
        const QString out = app.output();
        if (app.exitCode() != code)
            return u"exit code %1: %2"_s.arg(app.exitCode()).arg(out);
        return out;
    }

private slots:
    // After kill -9 with a disk that takes no new file (here: a file size limit of 0 bytes, which
    // fails the lock's write as a full disk does), the dead pid is named and no live owner claimed.
    void aStaleLockThatCannotBeReplacedNamesTheDeadProcess()
    {
        AppProcess app;
        app.writeConfig(config());
        QVERIFY(app.start());
        QVERIFY(app.waitUntilReady());
        const qint64 pid = app.process().processId();
        app.kill();
        QVERIFY(app.waitForExit());

        app.process().setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit none { 0, 0 };
            ::setrlimit(RLIMIT_FSIZE, &none);
        });
        const QString out = refused(app, 1);
        QVERIFY2(
            out.contains(u"previous PayNudge (pid %1) is no longer running"_s.arg(pid)), qPrintable(out));
        QVERIFY2(out.contains(u"cannot be replaced because: File too large"_s), qPrintable(out));
        QVERIFY(out.contains(u"Free space"_s));
        QVERIFY(!out.contains(u"already using this store"_s));
        app.process().setChildProcessModifier({});

        QVERIFY(app.start()); // with room again the stale lock is taken over
        QVERIFY2(app.waitUntilReady(), qPrintable(app.output()));
        QVERIFY(stop(app));
    }

    void aDamagedStoreIsCalledDamaged_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("zeroed header") << u"header"_s;
        QTest::newRow("truncated") << u"truncate"_s;
        QTest::newRow("random pages") << u"pages"_s;
    }

    void aDamagedStoreIsCalledDamaged()
    {
        QFETCH(QString, damage);
        AppProcess app;
        QVERIFY(makeStore(app));
        const QString store = app.storePath();
        const qint64 size = QFileInfo(store).size();
        QVERIFY(size >= 5 * 4096);
        if (damage == u"header") {
            overwrite(store, 0, QByteArray(100, '\0'));
        } else if (damage == u"truncate") {
            QVERIFY(QFile::resize(store, size / 2 + 1000));
        } else {
            QByteArray noise(2 * 4096, Qt::Uninitialized);
            QRandomGenerator rng(12);
            for (char &c : noise)
                c = char(rng.bounded(256));
            overwrite(store, 2 * 4096, noise);
        }
        const QString out = refused(app, 1);
        QVERIFY2(out.contains(u"is damaged (SQLite: "_s), qPrintable(out));
        QVERIFY(out.contains(QDir(app.dataDir()).filePath(u"backups"_s))); // where to restore from
        QVERIFY(out.contains(u"paynudge doctor"_s));
        QVERIFY(!out.contains(u"write-ahead"_s));
        QVERIFY(!out.contains(u"open, schema"_s));
    }

    void aStoreThatVanishedIsRefusedUnlessStartEmpty()
    {
        AppProcess app;
        QVERIFY(makeStore(app));
        QVERIFY(QFile::resize(app.storePath(), 0));
        QString out = refused(app, 1);
        QVERIFY2(
            out.contains(u"held orders"_s) && out.contains(u"is now empty (0 bytes)"_s), qPrintable(out));
        QVERIFY(out.contains(u"--start-empty"_s));

        QVERIFY(QFile::remove(app.storePath()));
        out = refused(app, 1);
        QVERIFY2(out.contains(u"is now missing"_s), qPrintable(out));
        QVERIFY(!QFile::exists(app.storePath())); // refused before anything was created

        QVERIFY(app.start({ u"--headless"_s, u"--start-empty"_s }));
        QVERIFY2(app.waitUntilReady(), qPrintable(app.output()));
        QVERIFY(app.output().contains(u"starting with an empty store"_s));
        QVERIFY(stop(app));
        QVERIFY(app.start()); // the new store is the one remembered now
        QVERIFY2(app.waitUntilReady(), qPrintable(app.output()));
        QVERIFY(stop(app));
    }

    void aFirstStartIsNotRefused()
    {
        AppProcess app;
        app.writeConfig(config());
        QVERIFY(app.start());
        QVERIFY2(app.waitUntilReady(), qPrintable(app.output()));
        QVERIFY(stop(app));
    }

    void aWalLostAfterACrashIsWarnedAbout()
    {
        AppProcess app;
        app.writeConfig(config());
        QVERIFY(app.start());
        QVERIFY(app.waitUntilReady());
        app.kill();
        QVERIFY(app.waitForExit());
        QVERIFY(QFile::exists(app.storePath() + u"-wal"_s));
        QVERIFY(app.start()); // a crash with its -wal: no warning
        QVERIFY(app.waitUntilReady());
        QVERIFY(!app.output().contains(u"may be lost"_s));
        app.kill();
        QVERIFY(app.waitForExit());

        QVERIFY(QFile::remove(app.storePath() + u"-wal"_s));
        QVERIFY(app.start());
        QVERIFY2(app.waitUntilReady(), qPrintable(app.output()));
        QVERIFY2(app.output().contains(u"write-ahead log"_s) && app.output().contains(u"may be lost"_s),
            qPrintable(app.output()));
        QVERIFY(stop(app));
    }

    // `paynudge backup` while an engine writes: the copy passes quick_check and holds whole orders
    // (each with its reminder), at least those committed before it started.
    void backupWhileAnEngineWrites()
    {
        AppProcess app;
        app.writeConfig(config());
        QVERIFY(app.start());
        QVERIFY(app.waitUntilReady());
        Database db;
        QString error;
        QVERIFY(db.open({ app.storePath(), u"writer"_s, true }, &error));
        OrderStore store(db);
        ReminderPlan plan;
        plan.roundOffsetsSec = { 3600 };
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int written = 0;
        for (; written < 3000; ++written)
            store.accept(sampleOrder(u"B%1"_s.arg(written), now), plan, now);

        const QString copy = QDir(app.dataDir()).filePath(u"../copy.sqlite"_s);
        QProcess backup;
        backup.start(AppProcess::binary(),
            { u"backup"_s, copy, u"--config"_s, app.configPath(), u"--data-dir"_s, app.dataDir() });
        QVERIFY(backup.waitForStarted());
        while (backup.state() != QProcess::NotRunning) { // keep writing while it copies
            store.accept(sampleOrder(u"B%1"_s.arg(written++), now), plan, now);
            backup.waitForFinished(1);
        }
        QCOMPARE(backup.exitCode(), 0);
        QCOMPARE(mode(copy), 0600u);

        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
        {
            c.setDatabaseName(copy);
            c.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(u"PRAGMA quick_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            QVERIFY(q.exec(u"SELECT (SELECT COUNT(*) FROM orders), (SELECT COUNT(*) FROM reminders)"_s)
                && q.next());
            const int orders = q.value(0).toInt();
            QVERIFY2(orders >= 3000 && orders <= written, qPrintable(QString::number(orders)));
            QCOMPARE(q.value(1).toInt(), orders); // one reminder per order: no half-copied batch
            q.finish();
            c.close();
        }
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"copy"_s);

        // An existing file is never replaced.
        const QByteArray before = [&] {
            QFile f(copy);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QProcess again;
        again.start(AppProcess::binary(),
            { u"backup"_s, copy, u"--config"_s, app.configPath(), u"--data-dir"_s, app.dataDir() });
        QVERIFY(again.waitForFinished(10000));
        QCOMPARE(again.exitCode(), 2);
        QVERIFY(QString::fromUtf8(again.readAllStandardError()).contains(u"exists already"_s));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(stop(app));
    }

    // The store, its WAL and shared memory, the logs and the daily backups are the user's alone,
    // also when an earlier install left them readable by everyone.
    void everythingWithCustomerDataIsOwnerOnly()
    {
        AppProcess app;
        QVERIFY(makeStore(app));
        const QString backups = QDir(app.dataDir()).filePath(u"backups"_s);
        const QString token = app.dataDir() + u"/intake-token"_s; // as an older install left it
        QFile tokenFile(token);
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write("old-install-token-0123456789abcdef\n");
        tokenFile.close();
        const QStringList files { app.storePath(), app.dataDir() + u"/logs/paynudge.log"_s, token };
        for (const QString &path : files)
            QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(app.dataDir()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(app.dataDir() + u"/logs"_s).constData(), 0755) == 0);
        QVERIFY(QFileInfo::exists(backups)); // today's copy, made while the store was made
        QVERIFY(::chmod(QFile::encodeName(backups).constData(), 0755) == 0);
        for (const QString &name : QDir(backups).entryList(QDir::Files))
            QVERIFY(::chmod(QFile::encodeName(QDir(backups).filePath(name)).constData(), 0644) == 0);

        QVERIFY(app.start());
        QVERIFY2(app.waitUntilReady(), qPrintable(app.output()));
        QTRY_VERIFY_WITH_TIMEOUT(
            !QDir(backups).entryList({ u"paynudge-*.sqlite"_s }, QDir::Files).isEmpty(), 10000);
        QCOMPARE(mode(app.dataDir()), 0700u);
        QCOMPARE(mode(app.dataDir() + u"/logs"_s), 0700u);
        QCOMPARE(mode(backups), 0700u);
        for (const QString &name : QDir(backups).entryList(QDir::Files))
            QCOMPARE(mode(QDir(backups).filePath(name)), 0600u);
        for (const QString &path : files)
            QCOMPARE(mode(path), 0600u);
        QCOMPARE(mode(app.storePath() + u"-wal"_s), 0600u);
        QCOMPARE(mode(app.storePath() + u"-shm"_s), 0600u);
        QVERIFY(app.output().contains(u"made owner-only (it holds customer data): "_s + app.storePath()));
        QVERIFY(app.output().contains(u"made owner-only (it holds customer data): "_s + backups));
        QVERIFY(stop(app));
    }
};

QTEST_GUILESS_MAIN(TestStoreStart)
#include "tst_storestart.moc"
