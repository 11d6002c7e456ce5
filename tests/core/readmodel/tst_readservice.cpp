#include "readmodel/readservice.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The one service the window and the tray read the store through: its reader threads answer
// typed queries, never open a store for writing and never migrate one.
class TestReadService : public QObject
{
    Q_OBJECT

    // Waits for one answer of the service.
    template<typename R> static R answer(const std::function<void(ReadService::Done<R>)> &ask)
    {
        std::optional<R> got;
        ask([&got](R r) { got = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000); }();
        return got.value_or(R());
    }

private slots:
    void answersListsCountsAndStatisticsOnItsReaderThreads()
    {
        EngineFixture f;
        QVERIFY2(f.ok, qPrintable(f.error));
        QObject context;
        ReadService &reads = f.engine->reads();
        for (int i = 0; i < 3; ++i)
            f.engine->acceptOrder(sampleOrder(u"R%1"_s.arg(i), kT0 + i * kMinute));
        const qint64 now = f.clock.nowMs();

        const QList<qint64> ids = answer<QList<qint64>>([&](auto done) {
            PendingQuery q;
            q.sortColumn = PendingColumn::PlacedAt;
            q.order = Qt::DescendingOrder;
            reads.pendingIds(&context, q, now, done);
        });
        QCOMPARE(ids.size(), 3);
        QCOMPARE(reads.pendingRows({ ids.first() }).value(0).orderNo, u"R2"_s);
        QCOMPARE(answer<qint64>([&](auto done) { reads.pendingCount(&context, now, done); }), 3);
        QCOMPARE(
            answer<qint64>([&](auto done) { reads.pendingCount(&context, kT0 + 10 * 3600 * 1000, done); }),
            0);
        using Due = std::optional<qint64>;
        QCOMPARE(answer<Due>([&](auto done) { reads.nextDueAt(&context, {}, done); }), kT0 + 10 * kMinute);
        QVERIFY(!answer<Due>(
            [&](auto done) { reads.nextDueAt(&context, { Config::implicitAccountKey() }, done); }));
        QCOMPARE(answer<qint64>([&](auto done) { reads.unknownCount(&context, done); }), 0);
        const Statistics s = answer<Statistics>([&](auto done) {
            reads.statistics(
                &context, statisticsBounds(StatisticsPeriod::Today, now, QTimeZone::utc()), done);
        });
        QCOMPARE(s.sent, 0);
        QVERIFY(!s.bounds.isEmpty());
        QTRY_COMPARE(reads.pending(), 0);
    }

    void aResultForAContextThatIsGoneIsDropped()
    {
        EngineFixture f;
        ReadService &reads = f.engine->reads();
        QSignalSpy idle(&reads, &ReadService::idle);
        bool called = false;
        {
            QObject context;
            reads.pendingCount(&context, kT0, [&called](qint64) { called = true; });
            QCOMPARE(reads.pending(), 1);
        }
        QVERIFY(idle.wait(10000));
        QCOMPARE(reads.pending(), 0);
        QVERIFY(!called);
    }

    // The tray's old counter opened the store as the engine does — creating and migrating it.
    void neverCreatesAStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"absent.sqlite"_s);
        QObject context;
        {
            ReadService reads(QSqlDatabase(), path);
            QCOMPARE(answer<qint64>([&](auto done) { reads.pendingCount(&context, kT0, done); }), -1);
            QCOMPARE(
                answer<QList<qint64>>([&](auto done) { reads.historyIds(&context, HistoryQuery(), done); }),
                QList<qint64>());
        }
        QVERIFY(!QFile::exists(path));
    }

    void neverMigratesAStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-store"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
            QVERIFY(q.exec(u"INSERT INTO meta VALUES ('schema_version', '1')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old-store"_s);
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!before.isEmpty());
        QObject context;
        {
            ReadService reads(QSqlDatabase(), path);
            QCOMPARE(answer<qint64>([&](auto done) { reads.pendingCount(&context, kT0, done); }), -1);
            QCOMPARE(answer<QList<qint64>>(
                         [&](auto done) { reads.pendingIds(&context, PendingQuery(), kT0, done); }),
                QList<qint64>());
        }
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // no table added, no version raised
    }
};

QTEST_GUILESS_MAIN(TestReadService)
#include "tst_readservice.moc"
