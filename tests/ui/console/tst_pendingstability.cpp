#include "console/consoletable.h"
#include "console/consoletext.h"
#include "console/historymodel.h"
#include "console/historyview.h"
#include "console/mainwindow.h"
#include "console/messagebox.h"
#include "console/messagecard.h"
#include "console/orderdetaildialog.h"
#include "console/pendingordersmodel.h"
#include "console/pendingview.h"
#include "console/uistate.h"
#include "consolefixture.h"
#include "engineinternals.h"
#include "readmodel/pendingquery.h"
#include "shell/translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The pending list in the window holds still under the operator: rows that arrive, leave and
// tick never move the row under the mouse or the selection; it is put in order on demand or
// once the operator is away. Also the order detail, the window's fit and the amounts.
class TestPendingStability : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleFixture> c;
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_dir;

    static Config quickPlan()
    {
        Config config = ConsoleFixture::consoleConfig();
        config.reminder.plan.roundOffsetsSec = { 20, 40 };
        return config;
    }

    void make(Config config = ConsoleFixture::consoleConfig())
    {
        c = std::make_unique<ConsoleFixture>(config);
        w = std::make_unique<MainWindow>(c->engine());
        w->setUiStatePath(m_dir.filePath(u"ui-state-%1.ini"_s.arg(++m_made)));
        pending().setTicking(false);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        waitLoaded();
    }
    int m_made = 0;

    void waitLoaded() { QTRY_VERIFY(!pending().isLoading()); }
    PendingOrdersModel &pending() { return w->pendingView().model(); }
    ConsoleTable &table() { return w->pendingView().table(); }
    int rowOf(const QString &orderNo) { return pending().rowOf(c->orderId(orderNo)); }

    QList<qint64> modelIds()
    {
        QList<qint64> out;
        for (int r = 0; r < pending().rowCount(); ++r)
            out << pending().idAt(r);
        return out;
    }

    QList<qint64> storeIds()
    {
        PendingQuery q;
        q.filter = pending().filter();
        q.sortColumn = PendingColumn(pending().sortColumn());
        q.order = pending().sortOrder();
        QString error;
        return q.ids(EngineInternals::connection(c->engine()), c->f->clock.nowMs(), &error);
    }

    // The pointer entering or leaving the rows, as the window system reports it.
    void pointerOver(bool inside)
    {
        QEvent event(inside ? QEvent::Enter : QEvent::Leave);
        QApplication::sendEvent(table().viewport(), &event);
    }

    void selectRow(int row)
    {
        table().selectionModel()->setCurrentIndex(pending().index(row, int(PendingColumn::Product)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    QList<int> selectedRows() { return table().selectedRows(); }

    // One second of the operator's day: the engine sends what fell due, the list ticks.
    void second()
    {
        QVERIFY(c->advance(kSecond));
        pending().tick();
        pending().flushChanges();
    }

    QString summaryText() { return w->pendingView().findChild<QLabel *>(u"pendingSummary"_s)->text(); }

private slots:
    void initTestCase() { MessageBox::setTestMode(true); }

    void cleanup()
    {
        w.reset();
        c.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void selectionAndRowUnderTheMouseHoldStillForAMinute()
    {
        make(quickPlan());
        for (int i = 0; i < 12; ++i)
            c->add(u"O%1"_s.arg(i, 2, 10, QLatin1Char('0')), kT0 - i * 3 * kSecond, 1000 + i);
        // Closes 25 s from now: it leaves the list by its close time alone.
        c->add(u"CLOSING"_s, kT0 - 2 * 3600 * kSecond + 25 * kSecond);
        pending().flushChanges();
        table().sortByColumn(int(PendingColumn::NextReminder), Qt::AscendingOrder);
        waitLoaded();
        QCOMPARE(pending().rowCount(), 13);
        QCOMPARE(modelIds(), storeIds());

        pointerOver(true);
        const int selectedRow = rowOf(u"O05"_s);
        selectRow(selectedRow);
        const qint64 selectedId = c->orderId(u"O05"_s);
        const int underMouse = 3;
        const qint64 underMouseId = pending().idAt(underMouse);
        QVERIFY(underMouseId != selectedId);
        const int before = pending().rowCount();

        QSignalSpy moved(&pending(), &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(&pending(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(&pending(), &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&pending(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&pending(), &QAbstractItemModel::rowsInserted);
        c->engine().start();
        for (int s = 1; s <= 60; ++s) {
            if (s == 10 || s == 30)
                c->add(u"NEW%1"_s.arg(s), c->f->clock.nowMs(), 500);
            if (s == 15)
                c->engine().orderPaid(u"O07"_s);
            if (s == 45)
                c->engine().orderClosed(u"O02"_s);
            second();
            QCOMPARE(selectedRows(), QList<int> { selectedRow });
            QCOMPARE(pending().idAt(selectedRow), selectedId);
            QCOMPARE(table().currentIndex().row(), selectedRow);
            QCOMPARE(pending().idAt(underMouse), underMouseId);
        }
        QCOMPARE(moved.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(reset.size(), 0);
        // Arrivals went to the end, where no row had to move for them, marked new.
        QCOMPARE(inserted.size(), 2);
        for (const QList<QVariant> &args : inserted)
            QVERIFY(args.at(1).toInt() >= before);
        const QModelIndex arrived = pending().index(rowOf(u"NEW10"_s), int(PendingColumn::OrderNo));
        QVERIFY(pending().isNew(c->orderId(u"NEW10"_s)));
        QVERIFY(!arrived.data(Qt::DecorationRole).isNull());
        QCOMPARE(arrived.data().toString(), u"NEW10"_s);
        // Orders that left stay, struck through, saying why.
        const int paid = rowOf(u"O07"_s);
        QVERIFY(pending().hasLeft(c->orderId(u"O07"_s)));
        QVERIFY(pending().index(paid, 0).data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(pending().index(paid, int(PendingColumn::State)).data().toString(), u"paid"_s);
        QCOMPARE(pending().index(rowOf(u"O02"_s), int(PendingColumn::State)).data().toString(), u"closed"_s);
        QCOMPARE(pending().index(rowOf(u"CLOSING"_s), int(PendingColumn::State)).data().toString(),
            u"auto-closed"_s);
        QCOMPARE(pending().liveRowCount(), 12); // 13 + 2 new − 3 gone
        // Reminders went out meanwhile: the store sorts otherwise, the list held still.
        QVERIFY(modelIds() != storeIds());
        // The commands act on the selected order itself.
        const QList<ActionTarget> targets = w->pendingView().selectedTargets();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().orderId, selectedId);
        QCOMPARE(targets.first().orderNo, u"O05"_s);

        // The operator leaves the list: once it has been left alone long enough it is sorted.
        pointerOver(false);
        QVERIFY(c->advance(PendingOrdersModel::kIdleResortMs - kSecond));
        pending().tick();
        QVERIFY(!pending().isLoading());
        QCOMPARE(layout.size(), 0);
        QVERIFY(c->advance(kSecond));
        pending().tick();
        waitLoaded();
        QCOMPARE(layout.size(), 1);
        QCOMPARE(modelIds(), storeIds());
        QVERIFY(!pending().isNew(c->orderId(u"NEW10"_s)));
        QCOMPARE(pending().leftCount(), 0);
        QCOMPARE(rowOf(u"O07"_s), -1);
        // The selection went with its order.
        QCOMPARE(w->pendingView().selectedTargets().value(0).orderId, selectedId);
        QCOMPARE(selectedRows(), QList<int> { rowOf(u"O05"_s) });
    }

    // A menu or confirmation open holds the list like the pointer over it — until the operator
    // has done nothing for kParkedMs: a pointer parked over the list does not hold it forever.
    void aMenuOrDialogHoldsTheListUntilParked()
    {
        make(quickPlan());
        for (int i = 0; i < 4; ++i)
            c->add(u"M%1"_s.arg(i), kT0 - i * 5 * kSecond);
        pending().flushChanges();
        waitLoaded();
        bool dialogOpen = true;
        pending().setAttentionCheck([&dialogOpen] { return dialogOpen; });
        c->add(u"LATE"_s, c->f->clock.nowMs());
        pending().flushChanges();
        QVERIFY(pending().hasHeldChanges());
        c->f->clock.advance(2 * PendingOrdersModel::kIdleResortMs);
        pending().tick();
        QVERIFY(!pending().isLoading());
        QVERIFY(pending().isNew(c->orderId(u"LATE"_s)));
        dialogOpen = false;
        pending().tick();
        waitLoaded();
        QVERIFY(!pending().hasHeldChanges());
        QCOMPARE(modelIds(), storeIds());

        dialogOpen = true;
        pending().noteActivity();
        c->add(u"LATER"_s, c->f->clock.nowMs());
        pending().flushChanges();
        c->f->clock.advance(PendingOrdersModel::kParkedMs - kSecond);
        pending().tick();
        QVERIFY(!pending().isLoading());
        QVERIFY(pending().isNew(c->orderId(u"LATER"_s)));
        c->f->clock.advance(kSecond);
        pending().tick();
        waitLoaded();
        QVERIFY(!pending().hasHeldChanges());
        QCOMPARE(modelIds(), storeIds());
    }

    void resortOnDemandPutsRowsInOrderAndClearsTheMarks()
    {
        make(quickPlan());
        for (int i = 0; i < 6; ++i)
            c->add(u"D%1"_s.arg(i), kT0 - i * kSecond, 100 * (i + 1));
        pending().flushChanges();
        table().sortByColumn(int(PendingColumn::Amount), Qt::AscendingOrder);
        waitLoaded();
        pointerOver(true);
        c->add(u"MID"_s, kT0, 350);
        c->add(u"CHEAP"_s, kT0, 1); // sorts first
        c->engine().orderPaid(u"D3"_s);
        pending().flushChanges();
        // Appended after the others, in order among themselves.
        QCOMPARE(pending().idAt(pending().rowCount() - 2), c->orderId(u"CHEAP"_s));
        QCOMPARE(pending().idAt(pending().rowCount() - 1), c->orderId(u"MID"_s));
        QVERIFY(pending().isNew(c->orderId(u"CHEAP"_s)));
        QVERIFY(pending().hasLeft(c->orderId(u"D3"_s)));

        // View → Refresh, the mouse still over the list: the operator asked.
        w->action(u"refreshAction"_s)->trigger();
        waitLoaded();
        QCOMPARE(modelIds(), storeIds());
        QCOMPARE(rowOf(u"CHEAP"_s), 0);
        QCOMPARE(rowOf(u"D3"_s), -1);
        QVERIFY(!pending().isNew(c->orderId(u"CHEAP"_s)));
        QVERIFY(!pending().hasHeldChanges());

        // A header click does the same.
        c->add(u"RICH"_s, kT0, 99999);
        pending().flushChanges();
        QVERIFY(pending().isNew(c->orderId(u"RICH"_s)));
        QHeaderView *header = table().horizontalHeader();
        const int x = header->sectionViewportPosition(int(PendingColumn::Amount))
            + header->sectionSize(int(PendingColumn::Amount)) / 2;
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2)); // → descending
        waitLoaded();
        QCOMPARE(pending().sortOrder(), Qt::DescendingOrder);
        QCOMPARE(modelIds(), storeIds());
        QCOMPARE(rowOf(u"RICH"_s), 0);
        QVERIFY(!pending().isNew(c->orderId(u"RICH"_s)));
    }

    void doubleClickOpensTheDetailOfThatOrder()
    {
        make(quickPlan());
        for (int i = 0; i < 5; ++i)
            c->add(u"X%1"_s.arg(i), kT0 - i * kSecond, 354173 + i);
        c->add(u"GONE"_s, kT0 - 10 * kSecond, 100, u"shop2"_s, u"阿明"_s, u"unfollowed_oAbcdefghijkl"_s);
        pending().flushChanges();
        c->engine().start();
        QVERIFY(c->advance(25 * kSecond)); // round 1 of each: a dry run, GONE's fails with 43004
        c->engine().orderPaid(u"X0"_s);
        c->add(u"X9"_s, c->f->clock.nowMs());
        table().sortByColumn(int(PendingColumn::OrderNo), Qt::DescendingOrder); // the rows move
        waitLoaded();

        const int row = rowOf(u"GONE"_s);
        QVERIFY(row >= 0);
        table().scrollTo(pending().index(row, 0));
        const QRect cell = table().visualRect(pending().index(row, int(PendingColumn::Product)));
        QTest::mouseClick(table().viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table().viewport(), Qt::LeftButton, {}, cell.center());
        OrderDetailDialog *detail = nullptr;
        QTRY_VERIFY((detail = w->findChild<OrderDetailDialog *>()) != nullptr);
        QCOMPARE(detail->orderId(), c->orderId(u"GONE"_s));
        const QString text = detail->text();
        QVERIFY2(text.contains(u"GONE"_s), qPrintable(text));
        QVERIFY2(text.contains(u"阿明"_s) && text.contains(u"unfo…ijkl"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"unfollowed_oAbcdefghijkl"_s), qPrintable(text)); // masked
        QVERIFY2(text.contains(u"山野茶舍"_s), qPrintable(text)); // the account's name
        QVERIFY2(text.contains(u"有机苹果 5kg"_s), qPrintable(text));
        QVERIFY2(text.contains(u"¥1.00"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Round 1"_s) && text.contains(u"Round 2"_s), qPrintable(text));
        QVERIFY2(text.contains(u"failed"_s), qPrintable(text));
        // Each reminder's message as the customer's card (MessageCard), one card per reminder.
        const QString title
            = MessageCard::ofOrder(c->engine(), *c->engine().orderById(detail->orderId()), 0).title();
        QCOMPARE(text.count(title), text.count(u"Round "_s));
        // The reason of the failed attempt as the history words it, in the UI's language.
        HistoryModel &history = w->historyView().model();
        QTRY_VERIFY(history.rowCount() > 0);
        QString reason;
        for (int r = 0; r < history.rowCount(); ++r)
            if (history.index(r, int(HistoryColumn::Order)).data().toString() == u"GONE"_s)
                reason = history.index(r, int(HistoryColumn::Reason)).data().toString();
        QVERIFY(!reason.isEmpty());
        QVERIFY2(text.contains(reason), qPrintable(text + u"\n≠ "_s + reason));

        // Its commands act on this order, confirmed as from the menu.
        QVERIFY(detail->skipButton().isEnabled());
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        detail->skipButton().click();
        QVERIFY(MessageBox::lastQuestion().contains(u"GONE"_s));
        QVERIFY(!MessageBox::lastQuestion().contains(u"X1"_s));
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        detail->skipButton().click();
        QTRY_VERIFY(detail->text().contains(u"skipped"_s));
        QVERIFY(!detail->skipButton().isEnabled()); // nothing left to skip

        // The same order again raises the same dialog; a paid order shows, without commands.
        QCOMPARE(w->showOrderDetail(c->orderId(u"GONE"_s)), detail);
        OrderDetailDialog *paid = w->showOrderDetail(c->orderId(u"X0"_s));
        QVERIFY(paid != detail);
        QVERIFY(paid->text().contains(u"paid"_s));
        QVERIFY(!paid->resendButton().isEnabled());
        QVERIFY(paid->text().contains(u"dry run"_s));

        // The history's rows open their order's detail the same way.
        delete detail;
        delete paid;
        w->tabs().setCurrentWidget(&w->historyView());
        ConsoleTable &historyTable = w->historyView().table();
        int historyRow = -1;
        for (int r = 0; r < history.rowCount() && historyRow < 0; ++r)
            if (history.index(r, int(HistoryColumn::Order)).data().toString() == u"X2"_s)
                historyRow = r;
        QVERIFY(historyRow >= 0);
        historyTable.scrollTo(history.index(historyRow, 0));
        const QPoint at
            = historyTable.visualRect(history.index(historyRow, int(HistoryColumn::Order))).center();
        QTest::mouseClick(historyTable.viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(historyTable.viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY((detail = w->findChild<OrderDetailDialog *>()) != nullptr);
        QCOMPARE(detail->orderId(), c->orderId(u"X2"_s));
    }

    void theWindowFitsA1366x768Screen()
    {
        const QRect available(0, 0, 1366, 728); // 768 less a 40 px task bar
        const QRect g = UiState::defaultGeometry(available);
        QVERIFY(available.contains(g));
        QVERIFY(g.top() >= 30); // room for the title bar above
        QVERIFY(g.height() <= 680);
        const QRect large = UiState::defaultGeometry(QRect(0, 0, 1920, 1040));
        QCOMPARE(large.size(), QSize(1280, 800));
        QCOMPARE(large.center(), QRect(0, 0, 1920, 1040).center());

        make();
        // The default fits the screen it opened on (the offscreen one is 800 wide, narrower than the
        // window can be: its height is what must fit).
        const QRect screen = w->screen()->availableGeometry();
        QVERIFY(w->geometry().top() >= screen.top());
        QVERIFY(w->geometry().bottom() <= screen.bottom());
        QCOMPARE(w->height(), UiState::defaultGeometry(screen).height());
        w->setGeometry(g);
        applyLayoutRequests();
        QVERIFY(w->minimumSizeHint().height() <= g.height());
        QVERIFY(w->minimumSizeHint().width() <= g.width());
        QCOMPARE(w->size(), g.size());
        QVERIFY(w->statusBar()->isVisible());
        QVERIFY(w->statusBar()->geometry().bottom() <= w->rect().bottom());
        auto *status = w->findChild<QLabel *>(u"engineStatus"_s);
        QVERIFY(status->isVisible());
        QVERIFY(status->mapTo(w.get(), QPoint(status->width(), 0)).x() <= w->width());

        // The spare width goes to the product and the customer, never to the last column.
        QHeaderView *header = table().horizontalHeader();
        const int last = header->logicalIndex(header->count() - 1);
        const int lastWidth = header->sectionSize(last);
        const int product = header->sectionSize(int(PendingColumn::Product));
        // At 1366×768 every column shows, without a horizontal scroll bar.
        QCOMPARE(header->length(), table().viewport()->width());
        QTRY_VERIFY(!table().horizontalScrollBar()->isVisible());
        w->resize(1900, 1000);
        applyLayoutRequests();
        QCOMPARE(header->sectionSize(last), lastWidth);
        QVERIFY(header->sectionSize(int(PendingColumn::Product)) > product + 200);
        QVERIFY(header->sectionSize(int(PendingColumn::Customer)) > 160 + 200);
        QCOMPARE(header->length(), table().viewport()->width());
        // Narrower again: they give it back, down to their own width and no further.
        w->resize(900, 600);
        applyLayoutRequests();
        QCOMPARE(header->sectionSize(int(PendingColumn::Product)), 180); // PendingView's own
        QCOMPARE(header->sectionSize(last), lastWidth);
    }

    void theTotalAndThousandsSeparators_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("afterPaid");
        QTest::newRow("en") << u"en"_s << u"3 orders · total ¥3,541.73"_s << u"2 orders · total ¥3,441.73"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"3 个订单 · 合计 ¥3,541.73"_s
                               << u"2 个订单 · 合计 ¥3,441.73"_s;
    }
    void theTotalAndThousandsSeparators()
    {
        QFETCH(QString, language);
        QFETCH(QString, summary);
        QFETCH(QString, afterPaid);
        QVERIFY(Translations::install(language));
        auto restore = qScopeGuard([] { Translations::install(u"en"_s); });
        QLocale::setDefault(QLocale(language == u"en" ? u"en_US"_s : language));
        QCOMPARE(ConsoleText::amount(123456789), u"¥1,234,567.89"_s);
        QCOMPARE(ConsoleText::amount(12850), u"¥128.50"_s);
        QCOMPARE(ConsoleText::amount(5), u"¥0.05"_s);

        make();
        c->add(u"T1"_s, kT0, 300000);
        c->add(u"T2"_s, kT0, 44173);
        c->add(u"T3"_s, kT0, 10000);
        pending().flushChanges();
        QTRY_COMPARE(summaryText(), summary);
        QCOMPARE(
            pending().index(rowOf(u"T1"_s), int(PendingColumn::Amount)).data().toString(), u"¥3,000.00"_s);
        // An order paid under the mouse is struck through, counted and summed no more.
        pointerOver(true);
        c->engine().orderPaid(u"T3"_s);
        pending().flushChanges();
        QTRY_COMPARE(summaryText(), afterPaid);
        QCOMPARE(pending().rowCount(), 3);

        if (const QString dir = qEnvironmentVariable("PAYNUDGE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            c->add(u"T4"_s, kT0, 8800);
            pending().flushChanges();
            w->setGeometry(UiState::defaultGeometry(QRect(0, 0, 1366, 728)));
            applyLayoutRequests();
            QVERIFY(w->grab().save(QDir(dir).filePath(u"pending-held.%1.png"_s.arg(language))));
            OrderDetailDialog *detail = w->showOrderDetail(c->orderId(u"T1"_s));
            applyLayoutRequests();
            QVERIFY(detail->grab().save(QDir(dir).filePath(u"order-detail.%1.png"_s.arg(language))));
        }
    }
};

QTEST_MAIN(TestPendingStability)
#include "tst_pendingstability.moc"
