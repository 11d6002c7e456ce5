#include "consolefixture.h"
#include "engineinternals.h"
#include "readmodel/csvtable.h"
#include "readmodel/historycsv.h"
#include "readmodel/historyquery.h"
#include "readmodel/openidmask.h"
#include "readmodel/pendingquery.h"
#include "readmodel/quickrange.h"
#include "readmodel/sortedidlist.h"
#include "readmodel/statisticscsv.h"
#include "readmodel/statisticsquery.h"
#include "store/database.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlQuery>
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

    QStringList historyOrderNos(const HistoryQuery &q)
    {
        QString error;
        const QList<qint64> ids = q.ids(db(), &error);
        [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
        QStringList out;
        for (const HistoryRow &r : HistoryQuery::rows(db(), ids, &error))
            out << r.orderNo;
        out.sort();
        return out;
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

    // The search box finds an order by its number, its customer's nickname or its product, every
    // value bound: a quote is a letter, % and _ are themselves, not wildcards.
    void historySearchFindsCustomerAndProduct()
    {
        const auto add = [&](const QString &orderNo, const QString &nickname, const QString &product) {
            OrderInput o = sampleOrder(orderNo, kT0, u"shop1"_s);
            o.nickname = nickname;
            o.product = product;
            QCOMPARE(c->engine().acceptOrder(o).kind, AcceptResult::Kind::Created);
        };
        add(u"S1"_s, u"O'Brien 100%"_s, u"有机苹果 5kg"_s);
        add(u"S2"_s, u"1005 小李"_s, u"蓝莓 2盒"_s);
        add(u"S3"_s, u"阿明"_s, u"蓝莓_礼盒"_s);
        add(u"X-O'B"_s, u"小王"_s, u"草莓"_s);
        c->engine().start();
        QVERIFY(c->advance(10 * kMinute + 5 * kSecond));
        HistoryQuery q;
        const auto search = [&](const QString &text) {
            q.filter.search = text;
            return historyOrderNos(q);
        };
        QCOMPARE(search(u"阿明"_s), QStringList { u"S3"_s }); // nickname
        QCOMPARE(search(u"蓝莓"_s), (QStringList { u"S2"_s, u"S3"_s })); // product
        QCOMPARE(search(u"S2"_s), QStringList { u"S2"_s }); // order number still
        QCOMPARE(search(u"O'B"_s), (QStringList { u"S1"_s, u"X-O'B"_s })); // a quote, bound
        QCOMPARE(search(u"100%"_s), QStringList { u"S1"_s }); // not "100 then anything" (1005)
        QCOMPARE(search(u"蓝莓_"_s), QStringList { u"S3"_s }); // not "蓝莓 then one letter"
        QCOMPARE(search(u"'; DROP TABLE orders; --"_s), QStringList {});
        QCOMPARE(search(QString()).size(), 4);
        // The sort key of a row (placing arrivals) honours the same search.
        q.filter.search = u"阿明"_s;
        const auto keyOf = q.keyReader(db());
        QString error;
        int matching = 0;
        for (const HistoryRow &r : HistoryQuery::rows(db(), HistoryQuery {}.ids(db(), &error), &error)) {
            QCOMPARE(keyOf(r.attemptId).has_value(), r.nickname == u"阿明"_s);
            matching += keyOf(r.attemptId) ? 1 : 0;
        }
        QCOMPARE(matching, 1);
    }

    // Quick ranges are whole days of the shop's time zone ending today: a minute either side of
    // its midnight (16:00 UTC in UTC+8) moves them by a day.
    void quickRangesFollowTheShopsMidnight()
    {
        const QTimeZone shanghai(8 * 3600);
        const qint64 beforeMidnight
            = QDateTime(QDate(2026, 3, 2), QTime(15, 59), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 afterMidnight = beforeMidnight + 2 * kMinute;
        using Days = std::pair<QDate, QDate>;
        QCOMPARE(quickRangeDays(QuickRange::Today, beforeMidnight, shanghai),
            Days(QDate(2026, 3, 2), QDate(2026, 3, 2)));
        QCOMPARE(quickRangeDays(QuickRange::Today, afterMidnight, shanghai),
            Days(QDate(2026, 3, 3), QDate(2026, 3, 3)));
        QCOMPARE(quickRangeDays(QuickRange::Yesterday, afterMidnight, shanghai),
            Days(QDate(2026, 3, 2), QDate(2026, 3, 2)));
        QCOMPARE(quickRangeDays(QuickRange::Last7Days, afterMidnight, shanghai),
            Days(QDate(2026, 2, 25), QDate(2026, 3, 3)));
        QCOMPARE(quickRangeDays(QuickRange::Last30Days, beforeMidnight, shanghai),
            Days(QDate(2026, 2, 1), QDate(2026, 3, 2)));
        // The same instant in UTC is still the 2nd.
        QCOMPARE(quickRangeDays(QuickRange::Today, afterMidnight, QTimeZone::utc()).first, QDate(2026, 3, 2));
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
        c->add(u"=cmd|x"_s, kT0, 48733, u"shop1"_s);
        c->add(u"E2,\"q\""_s, kT0 + kSecond, 100, u"shop2"_s, u"阿明"_s, u"unfollowed-3"_s);
        c->engine().start();
        QVERIFY(c->advance(10 * kMinute + 2 * kSecond));
        // Which engine sent: the store names it per attempt (schema 9).
        QSqlQuery named(db());
        QVERIFY(named.exec(u"UPDATE send_attempts SET engine = 'engine-a'"_s));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        HistoryQuery q;
        q.order = Qt::AscendingOrder;
        QString error;
        QCOMPARE(HistoryCsv::write(db(), q, c->engine().config(), &buffer, &error), 2);
        const QList<QStringList> rows = readExportedCsv(buffer.data());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), HistoryCsv::header());
        QCOMPARE(rows.at(0).value(0), u"Time"_s); // no translator here: the English source
        const int columns = int(HistoryCsv::header().size());
        QCOMPARE(rows.at(1).size(), columns);
        QCOMPARE(rows.at(2).size(), columns);
        // Time, order, customer, product, amount (yuan), round, account (its name), outcome, errcode.
        QCOMPARE(rows.at(1).mid(0, 9),
            (QStringList { u"2026-03-02 10:10:02"_s, u"'=cmd|x"_s, u"小王"_s, u"有机苹果 5kg"_s, u"487.33"_s,
                u"1"_s, u"西瓜乐园"_s, u"dry_run"_s, QString() }));
        QVERIFY(QDateTime::fromString(rows.at(1).at(0), u"yyyy-MM-dd HH:mm:ss"_s).isValid());
        QCOMPARE(rows.at(1).at(columns - 2), QString()); // no actor
        QCOMPARE(rows.at(1).at(columns - 3), u"automatic"_s);
        QCOMPARE(rows.at(1).last(), u"engine-a"_s); // who sent (the store's engine column)
        QCOMPARE(rows.at(2).mid(1, 8),
            (QStringList { u"E2,\"q\""_s, u"阿明"_s, u"有机苹果 5kg"_s, u"1.00"_s, u"1"_s, u"山野茶舍"_s,
                u"failed"_s, u"43004"_s }));
        QVERIFY2(rows.at(2).at(9).contains(u"does not follow the official account"_s),
            qPrintable(rows.at(2).at(9)));
        QCOMPARE(rows.at(2).at(12), u"120"_s); // latency (ms)

        // The caller words the outcomes (the console: in the UI's language).
        QBuffer worded;
        worded.open(QIODevice::WriteOnly);
        q.filter.outcomes = { AttemptOutcome::Failed };
        QCOMPARE(HistoryCsv::write(db(), q, c->engine().config(), &worded, &error,
                     [](AttemptOutcome o) -> QString { return u"<"_s + wireName(o) + u'>'; }),
            1);
        QCOMPARE(readExportedCsv(worded.data()).value(1).value(7), u"<failed>"_s);
        QCOMPARE(CsvTable::yuan(5), u"0.05"_s);
        QCOMPARE(CsvTable::yuan(1234567), u"12345.67"_s);
    }

    // The statistics per account (keys; the console names them) add up to the totals, and their
    // export reads back with one row per account and the total.
    void statisticsSplitPerAccountAndExport()
    {
        c->add(u"A"_s, kT0, 10000, u"shop1"_s);
        c->add(u"B"_s, kT0, 20000, u"shop1"_s);
        c->add(u"C"_s, kT0, 40000, u"shop2"_s);
        c->add(u"E"_s, kT0, 160000, u"shop2"_s, u"阿明"_s, u"unfollowed-2"_s);
        c->engine().start();
        QVERIFY(c->advance(11 * kMinute)); // A, B, C reminded (dry run), E failed
        c->engine().orderPaid(u"A"_s);
        c->engine().orderPaid(u"C"_s);
        QString error;
        const Statistics s = computeStatistics(
            db(), statisticsBounds(StatisticsPeriod::Today, c->f->clock.nowMs(), QTimeZone::utc()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(s.perAccount.size(), 2);
        const AccountStatistics &shop1 = s.perAccount.at(0);
        const AccountStatistics &shop2 = s.perAccount.at(1);
        QCOMPARE(shop1.account, u"shop1"_s);
        QCOMPARE(shop1.sent, 2);
        QCOMPARE(shop1.failed, 0);
        QCOMPARE(shop1.reminded, 2);
        QCOMPARE(shop1.paidAfterReminder, 1);
        QCOMPARE(shop1.recoveredFen, 10000);
        QCOMPARE(shop2.account, u"shop2"_s);
        QCOMPARE(shop2.sent, 1);
        QCOMPARE(shop2.failed, 1);
        QCOMPARE(shop2.reminded, 1);
        QCOMPARE(shop2.paidAfterReminder, 1);
        QCOMPARE(shop2.recoveredFen, 40000);
        QCOMPARE(shop1.sent + shop2.sent, s.sent);
        QCOMPARE(shop1.failed + shop2.failed, s.failed);
        QCOMPARE(shop1.recoveredFen + shop2.recoveredFen, s.recoveredFen);

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(StatisticsCsv::write(
            s, QTimeZone::utc(), [](const QString &key) -> QString { return u"名字-"_s + key; }, &buffer,
            &error));
        const QList<QStringList> rows = readExportedCsv(buffer.data());
        QCOMPARE(rows.size(), 4); // header, two accounts, the total
        QCOMPARE(rows.at(0), StatisticsCsv::header());
        QCOMPARE(rows.at(1),
            (QStringList { u"2026-03-02 00:00:00"_s, u"2026-03-02 11:00:00"_s, u"名字-shop1"_s, u"2"_s,
                u"0"_s, u"2"_s, u"1"_s, u"50.0"_s, u"100.00"_s }));
        QCOMPARE(rows.at(2).mid(2),
            (QStringList { u"名字-shop2"_s, u"1"_s, u"1"_s, u"1"_s, u"1"_s, u"100.0"_s, u"400.00"_s }));
        QCOMPARE(rows.at(3).mid(2),
            (QStringList { u"All accounts"_s, u"3"_s, u"1"_s, u"3"_s, u"2"_s, u"66.7"_s, u"500.00"_s }));
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
