#include "engine/dailybackup.h"
#include "store/database.h"
#include "testsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The engine's daily copy of the store, on a manual clock: one a day, whole, owner-only, old ones
// pruned, a failure logged and retried without stopping anything.
class TestDailyBackup : public QObject
{
    Q_OBJECT

    static Config config(int days)
    {
        Config c = testConfig();
        c.store.backupDays = days;
        return c;
    }

    static QString dayFile(qint64 ms)
    {
        return DailyBackup::fileNameFor(QDateTime::fromMSecsSinceEpoch(ms).date());
    }

    static int ordersIn(const QString &path)
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check-copy"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"PRAGMA quick_check"_s) && q.next() && q.value(0).toString() == u"ok"
                    && q.exec(u"SELECT COUNT(*) FROM orders"_s) && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(u"check-copy"_s);
        return n;
    }

private slots:
    void copiesOnceADayAndKeepsTheLastDays()
    {
        EngineFixture f(config(3));
        QVERIFY2(f.ok, qPrintable(f.error));
        QList<OrderInput> orders;
        for (int i = 0; i < 8000; ++i)
            orders << sampleOrder(u"D%1"_s.arg(i), kT0);
        bool committed = false;
        QString error;
        f.engine->acceptOrders(orders, BatchMode::AllOrNothing, &committed, &error);
        QVERIFY2(committed, qPrintable(error));
        // More pages than one step copies: the copy is made in several turns of the event loop.
        QVERIFY(QFileInfo(f.engine->storePath()).size() + QFileInfo(f.engine->storePath() + u"-wal"_s).size()
            > 2 * DailyBackup::kPagesPerStep * 4096);
        DailyBackup *backup = f.engine->dailyBackup();
        QVERIFY(backup);
        QSignalSpy written(backup, &DailyBackup::backupWritten);
        f.engine->start();
        QVERIFY(written.wait(5000));
        const QDir dir(backup->backupsDir());
        QCOMPARE(written.at(0).at(0).toString(), dir.filePath(dayFile(kT0)));
        QCOMPARE(ordersIn(dir.filePath(dayFile(kT0))), 8000);
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(dir.filePath(dayFile(kT0))).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, 0600u);

        backup->check(); // the same day: nothing new
        QVERIFY(!backup->isCopying()); // check() starts a copy at once or not at all
        QCOMPARE(written.size(), 1);

        for (int day = 1; day <= 4; ++day) {
            f.clock.advance(24 * 3600 * 1000LL);
            backup->check();
            QTRY_COMPARE(written.size(), day + 1);
        }
        backup->check(); // prunes after the last copy too
        QStringList expected;
        for (int day = 2; day <= 4; ++day)
            expected << dayFile(kT0 + day * 24 * 3600 * 1000LL);
        QCOMPARE(dir.entryList(QDir::Files, QDir::Name), expected);
    }

    void aFailureIsRetriedAnHourLaterAndStopsNothing()
    {
        EngineFixture f(config(7));
        QVERIFY2(f.ok, qPrintable(f.error));
        DailyBackup *backup = f.engine->dailyBackup();
        // Something in the way of the backups folder: the copy cannot be made.
        QFile blocker(backup->backupsDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSignalSpy failed(backup, &DailyBackup::backupFailed);
        QSignalSpy written(backup, &DailyBackup::backupWritten);
        f.engine->start();
        QVERIFY(failed.wait(5000));
        QVERIFY(f.engine->isRunning());
        QCOMPARE(f.engine->acceptOrder(sampleOrder(u"F1"_s, kT0)).kind, AcceptResult::Kind::Created);

        QVERIFY(QFile::remove(backup->backupsDir()));
        f.clock.advance(30 * kMinute);
        backup->check();
        QVERIFY(!backup->isCopying()); // check() starts a copy at once or not at all
        QCOMPARE(written.size(), 0); // not before the hour
        QCOMPARE(failed.size(), 1);
        f.clock.advance(31 * kMinute);
        backup->check();
        QVERIFY(written.wait(5000));
        QCOMPARE(ordersIn(written.at(0).at(0).toString()), 1);
    }

    void zeroDaysIsOff()
    {
        EngineFixture f(config(0));
        QVERIFY2(f.ok, qPrintable(f.error));
        f.engine->start();
        f.engine->dailyBackup()->check();
        QVERIFY(!f.engine->dailyBackup()->isCopying()); // check() starts a copy at once or not at all
        QVERIFY(!QFileInfo::exists(f.engine->dailyBackup()->backupsDir()));
    }
};

QTEST_GUILESS_MAIN(TestDailyBackup)
#include "tst_dailybackup.moc"
