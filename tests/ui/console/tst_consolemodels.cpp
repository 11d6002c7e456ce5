#include "console/historymodel.h"
#include "console/pendingordersmodel.h"
#include "consolefixture.h"
#include "engineinternals.h"
#include "readmodel/pendingquery.h"
#include "readmodel/readservice.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The pending-orders and history models over a real store: checked by QAbstractItemModelTester
// throughout, and for the fine-grained signals the views depend on.
class TestConsoleModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleFixture> c;
    ReadService *reader = nullptr; // the engine's

    void make(Config config = ConsoleFixture::consoleConfig())
    {
        c = std::make_unique<ConsoleFixture>(config);
        reader = &c->engine().reads();
    }

    std::unique_ptr<PendingOrdersModel> pendingModel()
    {
        auto m = std::make_unique<PendingOrdersModel>(c->engine(), *reader);
        m->setTicking(false);
        // These tests check exact placement, which an unheld list does at once (the window holds
        // its list still: tst_pendingstability).
        m->setHoldStill(false);
        waitLoaded(*m);
        return m;
    }

    static void waitLoaded(IdTableModel &m) { QTRY_VERIFY(!m.isLoading()); }

    QList<qint64> modelIds(const IdTableModel &m)
    {
        QList<qint64> out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.idAt(r);
        return out;
    }

    QList<qint64> storeIds(const PendingOrdersModel &m)
    {
        PendingQuery q;
        q.filter = m.filter();
        q.sortColumn = PendingColumn(m.sortColumn());
        q.order = m.sortOrder();
        QString error;
        return q.ids(EngineInternals::connection(c->engine()), c->f->clock.nowMs(), &error);
    }

    QString text(const QAbstractItemModel &m, int row, PendingColumn column)
    {
        return m.data(m.index(row, int(column))).toString();
    }

private slots:
    void cleanup()
    {
        reader = nullptr;
        c.reset();
    }

    void pendingModelPassesTheTesterThroughChanges()
    {
        Config config = ConsoleFixture::consoleConfig();
        config.reminder.plan.roundOffsetsSec = { 600, 1800 };
        make(config);
        for (int i = 0; i < 30; ++i)
            c->add(u"T%1"_s.arg(i), kT0 + i * kSecond, 100 + (i * 37) % 500, i % 3 ? u"shop1"_s : u"shop2"_s);
        auto m = pendingModel();
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m->rowCount(), 30);
        for (int col = 0; col < kPendingColumnCount; ++col) {
            m->sort(col, col % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            waitLoaded(*m);
            QCOMPARE(modelIds(*m), storeIds(*m));
        }
        m->sort(int(PendingColumn::NextReminder), Qt::AscendingOrder);
        waitLoaded(*m);
        c->engine().start();
        QVERIFY(c->advance(10 * kMinute + 10 * kSecond)); // the first ten get round 1
        c->engine().orderPaid(u"T20"_s);
        c->add(u"NEW"_s, kT0 + 10 * kMinute, 250);
        m->flushChanges();
        QCOMPARE(modelIds(*m), storeIds(*m));
        m->setFilter({ {}, u"shop2"_s });
        waitLoaded(*m);
        QCOMPARE(m->rowCount(), 10);
        m->setFilter({ u"T1"_s, {} });
        waitLoaded(*m);
        QCOMPARE(m->rowCount(), 11); // T1, T10 … T19
    }

    void paidOrderLeavesWithoutAReset()
    {
        make();
        for (int i = 0; i < 5; ++i)
            c->add(u"P%1"_s.arg(i), kT0 + i * kSecond);
        auto m = pendingModel();
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(m.get(), &QAbstractItemModel::layoutChanged);
        QCOMPARE(text(*m, 2, PendingColumn::OrderNo), u"P2"_s);
        c->engine().orderPaid(u"P2"_s);
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 2);
        QCOMPARE(removed.first().at(2).toInt(), 2);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(m->rowCount(), 4);
        QCOMPARE(text(*m, 2, PendingColumn::OrderNo), u"P3"_s);
        c->engine().orderClosed(u"P0"_s);
        QTRY_COMPARE(removed.size(), 2);
        QCOMPARE(removed.last().at(1).toInt(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void orderLeavesAtItsCloseTime()
    {
        make();
        c->add(u"CLOSING"_s, kT0 - 2 * 3600 * kSecond + 10 * kSecond); // closes at kT0 + 10 s
        c->add(u"STAYS"_s, kT0);
        auto m = pendingModel();
        QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        QCOMPARE(m->rowCount(), 2);
        c->f->clock.advance(9 * kSecond);
        m->tick();
        m->flushChanges();
        QCOMPARE(m->rowCount(), 2);
        c->f->clock.advance(kSecond);
        m->tick();
        m->flushChanges();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(text(*m, 0, PendingColumn::OrderNo), u"STAYS"_s);
    }

    void newOrderIsInsertedWhereItSorts()
    {
        make();
        for (qint64 amount : { 100, 300, 500, 700 })
            c->add(u"A%1"_s.arg(amount), kT0, amount);
        auto m = pendingModel();
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m->sort(int(PendingColumn::Amount), Qt::DescendingOrder);
        waitLoaded(*m);
        QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
        c->add(u"A400"_s, kT0, 400);
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2); // 700, 500, [400], 300, 100
        QCOMPARE(text(*m, 2, PendingColumn::OrderNo), u"A400"_s);
        QCOMPARE(modelIds(*m), storeIds(*m));
    }

    void sentReminderMovesTheRow()
    {
        Config config = ConsoleFixture::consoleConfig();
        config.reminder.plan.roundOffsetsSec = { 600, 3000 };
        make(config);
        c->add(u"FIRST"_s, kT0); // round 1 at 10:10, round 2 at 10:50
        c->add(u"SECOND"_s, kT0 + 5 * kMinute); // round 1 at 10:15
        c->add(u"THIRD"_s, kT0 + 20 * kMinute); // round 1 at 10:30
        auto m = pendingModel();
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m->sort(int(PendingColumn::NextReminder), Qt::AscendingOrder);
        waitLoaded(*m);
        QCOMPARE(text(*m, 0, PendingColumn::OrderNo), u"FIRST"_s);
        QSignalSpy moved(m.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        c->engine().start();
        QVERIFY(c->advance(10 * kMinute + kSecond));
        QTRY_VERIFY(moved.size() >= 1);
        QCOMPARE(reset.size(), 0);
        m->flushChanges();
        QCOMPARE(text(*m, 2, PendingColumn::OrderNo), u"FIRST"_s); // next at 10:50, after 10:15 and 10:30
        QCOMPARE(text(*m, 2, PendingColumn::RoundsSent), u"1 / 2"_s);
        QCOMPARE(modelIds(*m), storeIds(*m));
    }

    void countdownsTickForTheVisibleRowsOnly()
    {
        make();
        for (int i = 0; i < 20; ++i)
            c->add(u"V%1"_s.arg(i, 2, 10, QLatin1Char('0')), kT0 + i * kSecond);
        auto m = pendingModel();
        m->setVisibleRows(3, 7);
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        c->f->clock.advance(5 * kSecond);
        m->tick();
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.first().at(0).value<QModelIndex>();
        const auto bottomRight = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 3);
        QCOMPARE(bottomRight.row(), 7);
        QCOMPARE(topLeft.column(), int(PendingColumn::NextReminder));
        QCOMPARE(bottomRight.column(), int(PendingColumn::AutoClose));
        // V03 was placed at 10:00:03: its reminder is due at 10:10:03, 9:58 from 10:00:05.
        QCOMPARE(text(*m, 3, PendingColumn::NextReminder), u"09:58"_s);
        QCOMPARE(text(*m, 3, PendingColumn::AutoClose), u"1:59:58"_s);
        m->setVisibleRows(-1, -1); // nothing on screen: nothing to repaint
        m->tick();
        QCOMPARE(changed.size(), 1);
    }

    void rowsShowWhatTheOperatorNeeds()
    {
        make();
        c->add(u"XG-1"_s, kT0, 12850, u"shop2"_s, u"小王"_s, u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s);
        auto m = pendingModel();
        QCOMPARE(text(*m, 0, PendingColumn::Customer), u"小王  oUpF…eS6o"_s);
        QCOMPARE(text(*m, 0, PendingColumn::Account), u"山野茶舍"_s);
        QCOMPARE(text(*m, 0, PendingColumn::Amount), u"¥128.50"_s);
        QCOMPARE(text(*m, 0, PendingColumn::PlacedAt), u"10:00:00"_s);
        QCOMPARE(text(*m, 0, PendingColumn::NextReminder), u"10:00"_s);
        QCOMPARE(text(*m, 0, PendingColumn::RoundsSent), u"0 / 1"_s);
        QCOMPARE(text(*m, 0, PendingColumn::State), u"scheduled"_s);
        QVERIFY(
            !m->data(m->index(0, 0), Qt::DisplayRole).toString().contains(u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s));
        c->engine().pauseAccount(u"shop2"_s, u"test"_s);
        QCOMPARE(text(*m, 0, PendingColumn::NextReminder), u"paused"_s);
        c->makeUnknown(u"XG-1"_s);
        m->flushChanges();
        QCOMPARE(text(*m, 0, PendingColumn::State), u"unknown — decide"_s);
        QCOMPARE(text(*m, 0, PendingColumn::NextReminder), u"—"_s);
    }

    void sortingKeepsTheSelection()
    {
        make();
        for (int i = 0; i < 8; ++i)
            c->add(u"S%1"_s.arg(i), kT0 + i * kSecond, 800 - i * 100);
        auto m = pendingModel();
        const QPersistentModelIndex selected = m->index(1, int(PendingColumn::Product)); // S1
        const qint64 id = m->idAt(1);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        m->sort(int(PendingColumn::Amount), Qt::AscendingOrder); // S7 … S0: S1 at row 6
        waitLoaded(*m);
        QCOMPARE(reset.size(), 0);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 6);
        QCOMPARE(selected.column(), int(PendingColumn::Product));
        QCOMPARE(m->idAt(selected.row()), id);
    }

    // Many random changes at once: the model must end exactly as the store sorts, with no reset.
    void randomChangesKeepTheListExact_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("amount desc") << int(PendingColumn::Amount) << int(Qt::DescendingOrder);
        QTest::newRow("next reminder") << int(PendingColumn::NextReminder) << int(Qt::AscendingOrder);
        QTest::newRow("state") << int(PendingColumn::State) << int(Qt::AscendingOrder);
        QTest::newRow("customer") << int(PendingColumn::Customer) << int(Qt::AscendingOrder);
    }
    void randomChangesKeepTheListExact()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        Config config = ConsoleFixture::consoleConfig();
        config.reminder.plan.roundOffsetsSec = { 60, 600 };
        make(config);
        QRandomGenerator random(42);
        const QStringList names { u"小王"_s, u"李雷"_s, u"Ann"_s, u"阿明"_s, u"bob"_s };
        int serial = 0;
        auto addSome = [&](int n) {
            for (int i = 0; i < n; ++i, ++serial)
                c->add(u"R%1"_s.arg(serial), c->f->clock.nowMs() - random.bounded(120) * kSecond,
                    random.bounded(1, 90000), random.bounded(2) ? u"shop1"_s : u"shop2"_s,
                    names.at(random.bounded(int(names.size()))));
        };
        addSome(120);
        auto m = pendingModel();
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m->sort(column, Qt::SortOrder(order));
        waitLoaded(*m);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        c->engine().start();
        for (int round = 0; round < 6; ++round) {
            addSome(15);
            for (int i = 0; i < 10; ++i)
                c->engine().orderPaid(u"R%1"_s.arg(random.bounded(serial)));
            QVERIFY(c->advance(random.bounded(5, 40) * kSecond));
            m->flushChanges();
            QCOMPARE(modelIds(*m), storeIds(*m));
        }
        QCOMPARE(reset.size(), 0);
    }

    void historyShowsNewAttemptsAndUpdatesThemInPlace()
    {
        make();
        c->sender->setRule({}); // the test answers
        c->add(u"H1"_s, kT0);
        c->add(u"H2"_s, kT0 + kSecond);
        HistoryModel m(c->engine(), *reader);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitLoaded(m);
        QCOMPARE(m.rowCount(), 0);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        c->engine().start();
        QVERIFY(c->advance(10 * kMinute + 2 * kSecond));
        QTRY_COMPARE(m.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        auto cell = [&](int row, HistoryColumn col) { return m.data(m.index(row, int(col))).toString(); };
        QCOMPARE(cell(0, HistoryColumn::Order), u"H2"_s); // newest first
        QCOMPARE(cell(0, HistoryColumn::Outcome), u"sending"_s);
        changed.clear();
        QVERIFY(c->recordedAfter([&] { c->sender->answer(1, SendStatus::Accepted); }));
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(cell(0, HistoryColumn::Outcome), u"sent"_s);
        QCOMPARE(
            cell(0, HistoryColumn::Msgid), QString::number(200228332LL + c->f->onlyReminder(u"H2"_s).id));
        QCOMPARE(cell(0, HistoryColumn::Mode), u"automatic"_s);
        QCOMPARE(cell(0, HistoryColumn::Attempts), u"1"_s);
        QCOMPARE(reset.size(), 0);

        // Filtered to failures: a success updating in place leaves, a failure joins.
        HistoryFilter failed;
        failed.outcomes = { AttemptOutcome::Failed };
        m.setFilter(failed);
        waitLoaded(m);
        QCOMPARE(m.rowCount(), 0);
        c->sender->answer(0, SendStatus::RecipientRejected, 43004);
        QTRY_COMPARE(m.rowCount(), 1);
        QCOMPARE(cell(0, HistoryColumn::Order), u"H1"_s);
        QCOMPARE(cell(0, HistoryColumn::Errcode), u"43004"_s);
        QVERIFY(cell(0, HistoryColumn::Reason).contains(u"does not follow"_s));
    }
};

QTEST_MAIN(TestConsoleModels)
#include "tst_consolemodels.moc"
