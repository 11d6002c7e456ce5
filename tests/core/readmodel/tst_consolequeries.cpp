#include "consolefixture.h"
#include "engineinternals.h"
#include "readmodel/historycsv.h"
#include "readmodel/historyquery.h"
#include "readmodel/openidmask.h"
#include "readmodel/pendingquery.h"
#include "readmodel/sortedidlist.h"
#include "readmodel/statisticsquery.h"
#include "store/database.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QTest>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The console's query layer against a real store: what the pending and history lists hold, in
// which order, and the statistics of a known data set.
class TestConsoleQueries : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleFixture> c;

    QSqlDatabase &db() { return EngineInternals::connection(c->engine()); }

    QStringList orderNos(const QList<qint64> &ids)
    {
        QStringList out;
        for (qint64 id : ids)
            out << c->engine().orderById(id)->input.orderNo;
        return out;
    }

    QStringList pending(const PendingQuery &q)
    {
        QString error;
        const QList<qint64> ids = q.ids(db(), c->f->clock.nowMs(), &error);
        [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
        return orderNos(ids);
    }

private slots:
    void init() { c = std::make_unique<ConsoleFixture>(); }
    void cleanup() { c.reset(); }

    void pendingHoldsUnpaidOrdersBeforeTheirCloseTime()
    {
        c->add(u"A"_s, kT0);
        c->add(u"B"_s, kT0 + kSecond);
        c->add(u"PAID"_s, kT0);
        c->add(u"OLD"_s, kT0 - 7200 * kSecond + 30 * kSecond); // closes 30 s from now
        c->engine().orderPaid(u"PAID"_s);
        PendingQuery q;
        q.sortColumn = PendingColumn::OrderNo;
        QCOMPARE(pending(q), (QStringList { u"A"_s, u"B"_s, u"OLD"_s }));
        c->f->clock.advance(30 * kSecond);
        QCOMPARE(pending(q), (QStringList { u"A"_s, u"B"_s }));
        QString error;
        QCOMPARE(orderNos(PendingQuery::closingBetween(db(), kT0, kT0 + 30 * kSecond, &error)),
            QStringList { u"OLD"_s });
    }

    void pendingSortsOnTypedValues()
    {
        c->add(u"N9"_s, kT0, 900);
        c->add(u"N10"_s, kT0 + 2 * kSecond, 10000);
        c->add(u"N100"_s, kT0 + kSecond, 50);
        PendingQuery q;
        q.sortColumn = PendingColumn::Amount;
        QCOMPARE(
            pending(q), (QStringList { u"N100"_s, u"N9"_s, u"N10"_s })); // 50 < 900 < 10000, not text order
        q.order = Qt::DescendingOrder;
        QCOMPARE(pending(q), (QStringList { u"N10"_s, u"N9"_s, u"N100"_s }));
        q.sortColumn = PendingColumn::NextReminder;
        q.order = Qt::AscendingOrder;
        QCOMPARE(pending(q), (QStringList { u"N9"_s, u"N100"_s, u"N10"_s }));
        q.sortColumn = PendingColumn::PlacedAt;
        q.order = Qt::DescendingOrder;
        QCOMPARE(pending(q), (QStringList { u"N10"_s, u"N100"_s, u"N9"_s }));
    }

    void pendingFiltersByAccountAndSearch()
    {
        c->add(u"XG-1001"_s, kT0, 100, u"shop1"_s, u"小王"_s);
        c->add(u"XG-1002"_s, kT0, 100, u"shop2"_s, u"李雷"_s);
        c->add(u"SN_9"_s, kT0, 100, u"shop1"_s, u"100%满意"_s);
        PendingQuery q;
        q.sortColumn = PendingColumn::OrderNo;
        q.filter.account = u"shop2"_s;
        QCOMPARE(pending(q), QStringList { u"XG-1002"_s });
        q.filter = { u"100"_s, {} };
        QCOMPARE(
            pending(q), (QStringList { u"SN_9"_s, u"XG-1001"_s, u"XG-1002"_s })); // nickname and order number
        q.filter = { u"王"_s, {} };
        QCOMPARE(pending(q), QStringList { u"XG-1001"_s });
        // LIKE's wildcards are taken literally.
        q.filter = { u"%"_s, {} };
        QCOMPARE(pending(q), QStringList { u"SN_9"_s });
        q.filter = { u"_"_s, {} };
        QCOMPARE(pending(q), QStringList { u"SN_9"_s });
    }

    // What the pending list's count shows beside it: the same orders, their amounts summed; a
    // pending row says whether its order was paid or closed (why it left a list held still).
    void pendingTotalSumsTheListedOrders()
    {
        c->add(u"A"_s, kT0, 300000, u"shop1"_s, u"小王"_s);
        c->add(u"B"_s, kT0, 44173, u"shop2"_s, u"李雷"_s);
        const qint64 paid = c->add(u"PAID"_s, kT0, 99999);
        c->add(u"OLD"_s, kT0 - 7200 * kSecond + 30 * kSecond, 5000, u"shop1"_s, u"老周"_s); // closes in 30 s
        c->engine().orderPaid(u"PAID"_s);
        PendingQuery q;
        QString error;
        QCOMPARE(q.totalFen(db(), c->f->clock.nowMs(), &error), 349173);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        q.filter.account = u"shop2"_s;
        QCOMPARE(q.totalFen(db(), c->f->clock.nowMs(), &error), 44173);
        q.filter = { u"小王"_s, {} };
        QCOMPARE(q.totalFen(db(), c->f->clock.nowMs(), &error), 300000);
        q.filter = {};
        c->f->clock.advance(30 * kSecond);
        QCOMPARE(q.totalFen(db(), c->f->clock.nowMs(), &error), 344173);
        q.filter = { u"nothing matches"_s, {} };
        QCOMPARE(q.totalFen(db(), c->f->clock.nowMs(), &error), 0);
        QCOMPARE(PendingQuery::rows(db(), { paid }, &error).value(0).status, OrderStatus::Paid);
    }

    void pendingRowSummarisesReminders()
    {
        Config config = ConsoleFixture::consoleConfig();
        config.reminder.plan.roundOffsetsSec = { 600, 1800 };
        c = std::make_unique<ConsoleFixture>(config);
        const qint64 id = c->add(u"R2"_s, kT0);
        c->engine().start();
        QVERIFY(c->advance(11 * kMinute));
        QString error;
        const QList<PendingRow> rows = PendingQuery::rows(db(), { id }, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        const PendingRow &r = rows.first();
        QCOMPARE(r.orderNo, u"R2"_s);
        QCOMPARE(r.rounds, 2);
        QCOMPARE(r.roundsSent, 1);
        QCOMPARE(r.nextDueAt, std::optional<qint64>(kT0 + 1800 * kSecond));
        QCOMPARE(r.state, std::optional<ReminderState>(ReminderState::Scheduled));
        QVERIFY(r.nextReminderId != 0);

        c->makeUnknown(u"R2"_s);
        const PendingRow u = PendingQuery::rows(db(), { id }, &error).first();
        QCOMPARE(u.state, std::optional<ReminderState>(ReminderState::Unknown));
        QVERIFY(u.unknownReminderId != 0);
    }

    // Binary search with keys read one at a time must place every row exactly where the store's
    // own ORDER BY puts it — text (Chinese, mixed), numbers, "none" next reminders, states.
    void keyReaderAgreesWithTheStoreOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int col = 0; col < kPendingColumnCount; ++col)
            for (Qt::SortOrder o : { Qt::AscendingOrder, Qt::DescendingOrder })
                QTest::addRow("column %d %s", col, o == Qt::AscendingOrder ? "asc" : "desc") << col << int(o);
    }
    void keyReaderAgreesWithTheStoreOrder()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        const QStringList names { u"小王"_s, u"Zoë"_s, u"阿明"_s, u"𠀋字"_s, u"bob"_s, u""_s, u"小王"_s };
        for (int i = 0; i < 28; ++i)
            c->add(u"K%1"_s.arg(i * 37 % 28), kT0 + (i % 5) * kSecond, (i * 7919) % 1000,
                i % 2 ? u"shop1"_s : u"shop2"_s, names.at(i % names.size()));
        c->engine().start();
        QVERIFY(c->advance(10 * kMinute + 2 * kSecond)); // some sent, some still scheduled
        c->engine().orderPaid(u"K3"_s);
        c->makeUnknown(u"K5"_s);
        PendingQuery q;
        q.sortColumn = PendingColumn(column);
        q.order = Qt::SortOrder(order);
        QString error;
        const qint64 now = c->f->clock.nowMs();
        const QList<qint64> ids = q.ids(db(), now, &error);
        QCOMPARE(ids.size(), 27);
        const auto keyOf = q.keyReader(db(), now);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            SortedIdList list;
            list.assign(ids);
            const auto key = keyOf(ids.at(i));
            QVERIFY(key);
            QCOMPARE(list.insertPosition(*key, q.order, keyOf, {}, i), i);
            QVERIFY(list.isInPlace(i, *key, q.order, keyOf, {}));
        }
        QVERIFY(!keyOf(c->orderId(u"K3"_s))); // paid: not in the list
    }

    void historyListsAttemptsNewestFirstAndFilters()
    {
        c->add(u"H1"_s, kT0, 100, u"shop1"_s);
        c->add(u"H2"_s, kT0 + kSecond, 100, u"shop2"_s, u"阿明"_s, u"unfollowed-1"_s);
        c->add(u"H3"_s, kT0 + 2 * kSecond, 100, u"shop1"_s);
        c->engine().start();
        QVERIFY(c->advance(10 * kMinute)); // H1 at 10:10:00, H2 at 10:10:01, H3 at 10:10:02
        QVERIFY(c->advance(kSecond));
        QVERIFY(c->advance(kSecond));
        c->engine().orderPaid(u"H3"_s); // nothing left to cancel: its reminder went out
        c->add(u"H4"_s, kT0, 100, u"shop1"_s);
        c->engine().orderPaid(u"H4"_s); // cancels its scheduled reminder: a history row too
        HistoryQuery q;
        QString error;
        auto list = [&] {
            QStringList out;
            const QList<HistoryRow> rows = HistoryQuery::rows(db(), q.ids(db(), &error), &error);
            QHash<qint64, HistoryRow> byId;
            for (const HistoryRow &r : rows)
                byId.insert(r.attemptId, r);
            for (qint64 id : q.ids(db(), &error))
                out << byId.value(id).orderNo + u':' + wireName(byId.value(id).outcome);
            return out;
        };
        QCOMPARE(
            list(), (QStringList { u"H4:cancelled"_s, u"H3:dry_run"_s, u"H2:failed"_s, u"H1:dry_run"_s }));
        q.filter.outcomes = { AttemptOutcome::Failed };
        QCOMPARE(list(), QStringList { u"H2:failed"_s });
        q.filter = {};
        q.filter.account = u"shop2"_s;
        QCOMPARE(list(), QStringList { u"H2:failed"_s });
        q.filter = {};
        q.filter.search = u"H1"_s;
        QCOMPARE(list(), QStringList { u"H1:dry_run"_s });
        q.filter = {};
        q.filter.from = kT0 + 10 * kMinute + kSecond;
        q.filter.to = kT0 + 10 * kMinute + 2 * kSecond;
        QCOMPARE(list(), QStringList { u"H2:failed"_s });
        q.filter = {};
        q.sortColumn = HistoryColumn::Order;
        q.order = Qt::AscendingOrder;
        QCOMPARE(
            list(), (QStringList { u"H1:dry_run"_s, u"H2:failed"_s, u"H3:dry_run"_s, u"H4:cancelled"_s }));

        const HistoryRow failed = HistoryQuery::rows(db(), { q.ids(db(), &error).at(1) }, &error).first();
        QCOMPARE(failed.errcode, std::optional<int>(43004));
        QVERIFY2(failed.reason(c->engine().config()).contains(u"does not follow"_s),
            qPrintable(failed.reason(c->engine().config())));
        QCOMPARE(failed.latencyMs, std::optional<qint64>(120));
    }

    // The numbers the Statistics tab shows, for a data set whose answer is known:
    // A reminded then paid (recovered), B paid before its reminder (never reminded), C reminded
    // and paid after its close time (not recovered), D reminded and never paid, E failed.
    void statisticsOfAKnownDataSet()
    {
        c->add(u"A"_s, kT0, 10000);
        c->add(u"B"_s, kT0, 20000);
        c->add(u"C"_s, kT0, 40000);
        c->add(u"D"_s, kT0, 80000);
        c->add(u"E"_s, kT0, 160000, u"shop1"_s, u"阿明"_s, u"unfollowed-2"_s);
        c->engine().start();
        QVERIFY(c->advance(5 * kMinute));
        c->engine().orderPaid(u"B"_s); // 10:05, before its reminder
        QVERIFY(c->advance(6 * kMinute)); // 10:11: A, C, D reminded (dry run), E failed
        c->engine().orderPaid(u"A"_s); // 10:11, after its reminder
        c->engine().orderPaid(u"C"_s, kT0 + 3 * 3600 * kSecond); // paid at 13:00, after it closed at 12:00

        QString error;
        const QList<qint64> bounds
            = statisticsBounds(StatisticsPeriod::Today, c->f->clock.nowMs(), QTimeZone::utc());
        QCOMPARE(bounds.size(), 12); // 00:00 … 11:00
        const Statistics s = computeStatistics(db(), bounds, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(s.sent, 3);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.reminded, 3);
        QCOMPARE(s.paidAfterReminder, 1);
        QCOMPARE(s.recoveredFen, 10000);
        QCOMPARE(s.rate(), 1.0 / 3.0);
        QCOMPARE(s.sentPerBucket.at(10), 3);
        QCOMPARE(s.paidPerBucket.at(10), 1);
        QCOMPARE(std::accumulate(s.sentPerBucket.cbegin(), s.sentPerBucket.cend(), 0LL), 3);

        // An order reminded yesterday and again today is not "first reminded" today.
        const QList<qint64> tomorrow
            = statisticsBounds(StatisticsPeriod::Today, kT0 + 24 * 3600 * kSecond, QTimeZone::utc());
        const Statistics next = computeStatistics(db(), tomorrow, &error);
        QCOMPARE(next.sent, 0);
        QCOMPARE(next.reminded, 0);
        const Statistics week = computeStatistics(db(),
            statisticsBounds(StatisticsPeriod::Last7Days, c->f->clock.nowMs(), QTimeZone::utc()), &error);
        QCOMPARE(week.bounds.size(), 8);
        QCOMPARE(week.sentPerBucket.last(), 3);
        QCOMPARE(week.paidAfterReminder, 1);
    }

    void csvExportWritesTheFilteredHistory()
    {
        c->add(u"=cmd|x"_s, kT0, 100, u"shop1"_s);
        c->add(u"E2,\"q\""_s, kT0 + kSecond, 100, u"shop2"_s, u"阿明"_s, u"unfollowed-3"_s);
        c->engine().start();
        QVERIFY(c->advance(10 * kMinute + 2 * kSecond));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        HistoryQuery q;
        q.order = Qt::AscendingOrder;
        QString error;
        QCOMPARE(HistoryCsv::write(db(), q, c->engine().config(), &buffer, &error), 2);
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
        const QStringList lines
            = QString::fromUtf8(buffer.data().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), HistoryCsv::header().join(u','));
        QVERIFY2(lines.at(1).startsWith(u"2026-03-02T10:10:02.000+00:00,\"'=cmd|x\",1,shop1,dry_run,,,"_s),
            qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).endsWith(u",automatic,"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(u",\"E2,\"\"q\"\"\",1,shop2,failed,43004,"_s), qPrintable(lines.at(2)));
        QVERIFY(lines.at(2).contains(u"does not follow the official account"_s));
        QVERIFY(lines.at(2).contains(u",120,automatic,"_s));

        q.filter.outcomes = { AttemptOutcome::Failed };
        QBuffer only;
        only.open(QIODevice::WriteOnly);
        QCOMPARE(HistoryCsv::write(db(), q, c->engine().config(), &only, &error), 1);
    }

    void sortedIdListPlacesAroundUnsettledAndVanishedRows()
    {
        // Keys 10, 20, 30, 40, 50 for ids 1..5; id 3 is unsettled (its key moved to 99).
        QHash<qint64, std::optional<SortKey>> keys;
        for (qint64 id = 1; id <= 5; ++id)
            keys.insert(id, SortKey { QVariant(id * 10), id });
        keys[3] = SortKey { QVariant(99), 3 };
        const SortedIdList::KeyOf keyOf = [&](qint64 id) { return keys.value(id); };
        SortedIdList list;
        list.assign({ 1, 2, 3, 4, 5 });
        const QSet<qint64> unsettled { 3 };
        // Between 20 and 40: before or after the unsettled row, both are right.
        const qsizetype between
            = list.insertPosition({ QVariant(35), 9 }, Qt::AscendingOrder, keyOf, unsettled);
        QVERIFY2(between == 2 || between == 3, qPrintable(QString::number(between)));
        QCOMPARE(list.insertPosition({ QVariant(5), 9 }, Qt::AscendingOrder, keyOf, unsettled), 0);
        QCOMPARE(list.insertPosition({ QVariant(60), 9 }, Qt::AscendingOrder, keyOf, unsettled), 5);
        // Moving id 3 itself: its place among the others, counted without it.
        QCOMPARE(list.insertPosition(*keys.value(3), Qt::AscendingOrder, keyOf, {}, 2), 4);
        QVERIFY(!list.isInPlace(2, *keys.value(3), Qt::AscendingOrder, keyOf, {}));
        // A row that left the list (no key) is stepped over like an unsettled one.
        keys[4] = std::nullopt;
        const qsizetype past = list.insertPosition({ QVariant(45), 9 }, Qt::AscendingOrder, keyOf, unsettled);
        QVERIFY2(past >= 2 && past <= 4, qPrintable(QString::number(past)));
        QCOMPARE(list.insertPosition({ QVariant(55), 9 }, Qt::AscendingOrder, keyOf, unsettled), 5);
        // Ties break on the id, descending order reverses both.
        list.assign({ 5, 4, 2, 1 });
        keys[4] = SortKey { QVariant(40), 4 };
        QCOMPARE(list.insertPosition({ QVariant(40), 3 }, Qt::DescendingOrder, keyOf, {}), 2);
        QCOMPARE(list.insertPosition({ QVariant(40), 7 }, Qt::DescendingOrder, keyOf, {}), 1);
    }

    void sortValuesCompareLikeSqlite()
    {
        QVERIFY(compareSortValues(QVariant(), QVariant(0)) < 0); // NULL first
        QVERIFY(compareSortValues(QVariant(9999999), QVariant(u"0"_s)) < 0); // numbers before text
        QVERIFY(compareSortValues(QVariant(2), QVariant(10)) < 0);
        QVERIFY(compareSortValues(QVariant(u"B"_s), QVariant(u"a"_s)) < 0); // BINARY: case matters
        // UTF-8 byte order: U+FF5E sorts before U+2000B although its UTF-16 unit is larger.
        QVERIFY(compareSortValues(QVariant(u"～"_s), QVariant(u"𠀋"_s)) < 0);
    }

    void openidIsMasked()
    {
        QCOMPARE(maskOpenid(u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s), u"oUpF…eS6o"_s);
        QCOMPARE(maskOpenid(u"short"_s), u"s…"_s);
        QCOMPARE(maskOpenid(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestConsoleQueries)
#include "tst_consolequeries.moc"
