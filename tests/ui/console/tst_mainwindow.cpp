#include "console/consoletable.h"
#include "console/filedialog.h"
#include "console/historymodel.h"
#include "console/historyview.h"
#include "console/mainwindow.h"
#include "console/manual.h"
#include "console/messagebox.h"
#include "console/operatoractions.h"
#include "console/pendingordersmodel.h"
#include "console/pendingview.h"
#include "console/statisticsview.h"
#include "console/statusbanner.h"
#include "consolefixture.h"
#include "engineinternals.h"
#include "pgteststore.h"
#include "readmodel/quickrange.h"
#include "shell/translations.h"
#include "store/database.h"
#include "wechattestkit.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// Receives what QDesktopServices would open (a URL handler has a slot "open").
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    explicit UrlCatcher(std::function<void(const QUrl &)> seen)
        : m_seen(std::move(seen))
    { }
public slots:
    void open(const QUrl &url) { m_seen(url); }

private:
    std::function<void(const QUrl &)> m_seen;
};

// The main window driven through its real widgets and actions, offscreen. Confirmations are
// answered through MessageBox's test seam; what they listed is checked.
class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleFixture> c;
    std::unique_ptr<MainWindow> w;

    void make(Config config = ConsoleFixture::consoleConfig())
    {
        c = std::make_unique<ConsoleFixture>(config);
        w = std::make_unique<MainWindow>(c->engine());
        w->pendingView().model().setTicking(false);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        waitLoaded();
    }

    void waitLoaded()
    {
        QTRY_VERIFY(!w->pendingView().model().isLoading());
        QTRY_VERIFY(!w->historyView().model().isLoading());
    }

    PendingOrdersModel &pending() { return w->pendingView().model(); }
    HistoryModel &history() { return w->historyView().model(); }

    int pendingRowOf(const QString &orderNo)
    {
        for (int r = 0; r < pending().rowCount(); ++r)
            if (pending().data(pending().index(r, int(PendingColumn::OrderNo))).toString() == orderNo)
                return r;
        return -1;
    }

    void selectPending(const QStringList &orderNos)
    {
        w->tabs().setCurrentWidget(&w->pendingView());
        ConsoleTable &table = w->pendingView().table();
        table.clearSelection();
        for (const QString &no : orderNos) {
            const int row = pendingRowOf(no);
            QVERIFY2(row >= 0, qPrintable(no));
            table.selectionModel()->select(
                pending().index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    QString historyCell(int row, HistoryColumn column)
    {
        return history().data(history().index(row, int(column))).toString();
    }

    qint64 scalar(const QString &sql) { return countWhere(c->engine(), sql); }

private slots:
    void initTestCase() { MessageBox::setTestMode(true); }

    void cleanup()
    {
        w.reset();
        c.reset();
    }

    void resendListsWhatWillBeSentAndRecordsItAsManual()
    {
        make();
        c->add(u"XG-2001"_s, kT0, 12850, u"shop1"_s, u"小王"_s);
        c->add(u"XG-2002"_s, kT0 + kSecond, 990, u"shop2"_s, u"李雷"_s, u"oLiLei000000000000000000LL"_s);
        QTRY_COMPARE(pending().rowCount(), 2);
        c->engine().start();
        selectPending({ u"XG-2001"_s, u"XG-2002"_s });
        QAction *resend = w->action(u"resendAction"_s);
        QVERIFY(resend->isEnabled());

        // "No" sends nothing.
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        resend->trigger();
        QVERIFY(sweepAfter(*c->f)); // a resend asked for would have been claimed by now
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM reminders WHERE manual = 1"_s), 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM send_attempts WHERE manual = 1"_s), 0);

        const int asked = MessageBox::questionsAsked();
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        resend->trigger();
        QCOMPARE(MessageBox::questionsAsked(), asked + 1);
        const QString listed = MessageBox::lastQuestion();
        QVERIFY2(listed.contains(u"XG-2001 · 小王 oUpF…eS6o · 西瓜乐园"_s), qPrintable(listed));
        QVERIFY2(listed.contains(u"XG-2002 · 李雷 oLiL…00LL · 山野茶舍"_s), qPrintable(listed));
        QVERIFY2(listed.contains(u"有机苹果 5kg"_s), qPrintable(listed)); // the rendered message
        // Drawn as the customer's card, not as key=value pairs; a dry run said in the shop's words.
        QVERIFY2(!listed.contains(u" | "_s) && !listed.contains(u"=¥"_s), qPrintable(listed));
        QVERIFY2(listed.contains(u"Dry run: nothing is really sent to the customer"_s), qPrintable(listed));
        QVERIFY(!listed.contains(u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s)); // openids stay masked
        QTRY_COMPARE(
            scalar(u"SELECT COUNT(*) FROM send_attempts WHERE manual = 1 AND outcome = 'dry_run'"_s), 2);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM send_attempts WHERE manual = 1 AND actor = '%1'"_s.arg(
                     OperatorActions::actor())),
            2);

        // The history tab shows them, newest first, as manual.
        QTRY_COMPARE(history().rowCount(), 2);
        QCOMPARE(historyCell(0, HistoryColumn::Outcome), u"dry run"_s);
        QCOMPARE(historyCell(0, HistoryColumn::Mode), u"manual (%1)"_s.arg(OperatorActions::actor()));
        QCOMPARE(historyCell(0, HistoryColumn::Round), u"2"_s); // after the plan's round 1
    }

    void sendNowAndSkip()
    {
        make();
        c->add(u"NOW"_s, kT0);
        c->add(u"SKIP"_s, kT0);
        c->add(u"WAIT"_s, kT0);
        QTRY_COMPARE(pending().rowCount(), 3);
        c->engine().start();
        selectPending({ u"NOW"_s });
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        w->action(u"sendNowAction"_s)->trigger();
        QVERIFY(MessageBox::lastQuestion().contains(u"NOW"_s));
        QTRY_COMPARE(c->f->onlyReminder(u"NOW"_s).state, ReminderState::DryRun);
        QTRY_COMPARE(pending()
                         .data(pending().index(pendingRowOf(u"NOW"_s), int(PendingColumn::RoundsSent)))
                         .toString(),
            u"1 / 1"_s);

        selectPending({ u"SKIP"_s });
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        w->action(u"skipAction"_s)->trigger();
        QCOMPARE(c->f->onlyReminder(u"SKIP"_s).state, ReminderState::Skipped);
        QTRY_COMPARE(
            pending().data(pending().index(pendingRowOf(u"SKIP"_s), int(PendingColumn::State))).toString(),
            u"skipped"_s);
        QCOMPARE(c->f->onlyReminder(u"WAIT"_s).state, ReminderState::Scheduled);
        QTRY_VERIFY(history().rowCount() >= 2);
        QStringList outcomes;
        for (int r = 0; r < history().rowCount(); ++r)
            outcomes << historyCell(r, HistoryColumn::Order) + u':' + historyCell(r, HistoryColumn::Outcome);
        QVERIFY2(outcomes.contains(u"SKIP:skipped"_s), qPrintable(outcomes.join(u' ')));
        QVERIFY2(outcomes.contains(u"NOW:dry run"_s), qPrintable(outcomes.join(u' ')));
        // Nothing left to send now or skip for those two.
        selectPending({ u"NOW"_s, u"SKIP"_s });
        QVERIFY(!w->action(u"sendNowAction"_s)->isEnabled());
        QVERIFY(!w->action(u"skipAction"_s)->isEnabled());
        QVERIFY(w->action(u"resendAction"_s)->isEnabled());
    }

    void pauseAndResumeAllFromTheToolbarAndTheBanner()
    {
        make();
        c->add(u"P1"_s, kT0);
        c->engine().start();
        QAction *pause = w->action(u"pauseAllAction"_s);
        pause->trigger();
        QVERIFY(c->engine().isPaused());
        QVERIFY(pause->isChecked());
        QTRY_VERIFY(w->banner().lines().join(u'\n').contains(u"paused for all accounts"_s));
        QVERIFY2(w->statusText().contains(u"Sending paused"_s), qPrintable(w->statusText()));
        // Not "no reminder scheduled": one is, it waits for the resume.
        QVERIFY2(w->statusText().contains(u"Sending is paused: no reminder goes out until you resume"_s),
            qPrintable(w->statusText()));
        QVERIFY(c->advance(11 * kMinute));
        QCOMPARE(c->f->onlyReminder(u"P1"_s).state, ReminderState::Scheduled);

        auto *resume = w->banner().findChild<QPushButton *>(u"pausedAllButton"_s);
        QVERIFY(resume);
        resume->click();
        QVERIFY(!c->engine().isPaused());
        QTRY_COMPARE(c->f->onlyReminder(u"P1"_s).state, ReminderState::DryRun);
        QTRY_VERIFY(!pause->isChecked());
    }

    void pausedAccountShowsWhyWithARetryButton()
    {
        make();
        c->add(u"A1"_s, kT0, 100, u"shop1"_s);
        c->add(u"B1"_s, kT0, 100, u"shop2"_s);
        c->engine().start();
        // As the WeChat sender pauses an account on 40164.
        const QString reason
            = u"WeChat refused the call from IP 1.2.3.4 (errcode 40164): add 1.2.3.4 to the IP "
              u"whitelist (mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单), then resume the account"_s;
        c->engine().pauseAccount(u"shop1"_s, reason);
        QTRY_VERIFY(w->banner().lines().join(u'\n').contains(
            u"西瓜乐园 (shop1) paused: WeChat refused the call from IP 1.2.3.4"_s));
        QVERIFY2(w->statusText().contains(u"1 account(s) paused"_s), qPrintable(w->statusText()));
        QVERIFY(c->advance(11 * kMinute));
        QCOMPARE(c->f->onlyReminder(u"A1"_s).state, ReminderState::Scheduled);
        QTRY_COMPARE(c->f->onlyReminder(u"B1"_s).state, ReminderState::DryRun);

        auto *retry = w->banner().findChild<QPushButton *>(u"paused_shop1Button"_s);
        QVERIFY(retry);
        retry->click();
        QVERIFY(!c->engine().isAccountPaused(u"shop1"_s));
        QTRY_COMPARE(c->f->onlyReminder(u"A1"_s).state, ReminderState::DryRun);
        QTRY_VERIFY(!w->banner().lines().join(u'\n').contains(u"shop1"_s));

        // And from the Actions menu, per account.
        QAction *toggle = w->action(u"pauseAccount_shop2"_s);
        QVERIFY(toggle);
        toggle->trigger();
        QVERIFY(c->engine().isAccountPaused(u"shop2"_s));
        QTRY_VERIFY(w->banner().lines().join(u'\n').contains(u"山野茶舍 (shop2) paused"_s));
    }

    void failingTokenRefreshShowsAsAWarning()
    {
        make();
        FakeWeChat fake(c->f->clock); // shares the engine's manual clock
        fake.addAccount(kTestAppid, kTestSecret);
        QVERIFY(fake.listen());
        qputenv(kTestSecretEnv, kTestSecret.toUtf8());
        failTokenRefresh(c->engine(), c->f->clock, fake, u"shop3"_s);

        QTRY_VERIFY(w->banner().lines().join(u'\n').contains(
            u"shop3 (shop3): token refresh failing: WeChat refused the call from IP 127.0.0.1 (errcode 40164)"_s));
        QVERIFY(!w->banner().findChild<QPushButton *>(
            u"tokenRefresh_shop3Button"_s)); // a warning: nothing to resume
        QVERIFY(!c->engine().isAccountPaused(u"shop3"_s));

        fixTokenRefresh(c->engine(), c->f->clock, fake, u"shop3"_s);
        QTRY_VERIFY(!w->banner().lines().join(u'\n').contains(u"token refresh failing"_s));
    }

    // WeChat accepts every send of this template, yet the customer would never read a deadline:
    // the operator is told at load, without a pause.
    void aMappingThatNeverShowsTheDeadlineIsAWarning()
    {
        make();
        FakeWeChat fake(c->f->clock);
        fake.addAccount(kTestAppid, kTestSecret);
        fake.addTemplate(kTestAppid, u"TPL-NO-TIME"_s, { u"character_string1"_s, u"phrase2"_s });
        QVERIFY(fake.listen());
        qputenv(kTestSecretEnv, kTestSecret.toUtf8());
        Config config = c->engine().config();
        AccountConfig a = wechatAccount(u"shop4"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv));
        a.templateId = u"TPL-NO-TIME"_s;
        a.fields
            .clear(); // the mapping suggested for the template: order number and 待支付, no time key to fill
        config.accounts << a;
        config.wechat.apiBase = fake.baseUrl();
        c->engine().applyConfig(config);

        QTRY_VERIFY(w->banner().lines().join(u'\n').contains(u"shop4"_s));
        const QString lines = w->banner().lines().join(u'\n');
        QVERIFY2(lines.contains(u"{close_at}"_s) && !lines.contains(u"names the order"_s), qPrintable(lines));
        QVERIFY(!c->engine().isAccountPaused(u"shop4"_s));
    }

    void unknownRemindersCanBeMarkedSentOrResent()
    {
        make();
        c->add(u"U1"_s, kT0);
        c->add(u"U2"_s, kT0);
        c->engine().start();
        c->makeUnknown(u"U1"_s);
        c->makeUnknown(u"U2"_s);
        QTRY_COMPARE(
            pending().data(pending().index(pendingRowOf(u"U1"_s), int(PendingColumn::State))).toString(),
            u"unknown — decide"_s);
        selectPending({ u"U1"_s });
        QVERIFY(w->action(u"markSentAction"_s)->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        w->action(u"markSentAction"_s)->trigger();
        QCOMPARE(c->f->onlyReminder(u"U1"_s).state, ReminderState::Sent);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'sent' AND manual = 1"_s), 1);

        // From the history tab this time: select U2's unknown row, resend it.
        w->tabs().setCurrentWidget(&w->historyView());
        QTRY_VERIFY(history().rowCount() >= 2);
        int row = -1;
        for (int r = 0; r < history().rowCount(); ++r)
            if (historyCell(r, HistoryColumn::Order) == u"U2"_s
                && historyCell(r, HistoryColumn::Outcome) == u"unknown"_s)
                row = r;
        QVERIFY(row >= 0);
        w->historyView().table().selectRow(row);
        QVERIFY(w->action(u"resendUnknownAction"_s)->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        w->action(u"resendUnknownAction"_s)->trigger();
        QVERIFY(MessageBox::lastQuestion().contains(u"twice"_s)); // the risk is spelled out
        QTRY_COMPARE(c->f->onlyReminder(u"U2"_s).state, ReminderState::DryRun);
    }

    void searchFilterAndSortThroughTheWidgets()
    {
        make();
        c->add(u"XG-1001"_s, kT0, 500, u"shop1"_s, u"小王"_s);
        c->add(u"XG-1002"_s, kT0, 100, u"shop2"_s, u"李雷"_s);
        c->add(u"SN-3003"_s, kT0, 900, u"shop1"_s, u"韩梅梅"_s);
        QTRY_COMPARE(pending().rowCount(), 3);
        PendingView &view = w->pendingView();
        QTest::keyClicks(&view.searchBox(), u"XG"_s);
        QTRY_COMPARE(pending().rowCount(), 2); // after the typing pause
        view.searchBox().clear();
        view.searchBox().insert(u"梅"_s); // as an input method commits it
        QTRY_COMPARE(pending().rowCount(), 1);
        QCOMPARE(pending().data(pending().index(0, 0)).toString(), u"SN-3003"_s);
        view.searchBox().clear();
        QTRY_COMPARE(pending().rowCount(), 3);
        view.accountBox().setCurrentIndex(view.accountBox().findData(u"shop2"_s));
        QTRY_COMPARE(pending().rowCount(), 1);
        view.accountBox().setCurrentIndex(0);
        QTRY_COMPARE(pending().rowCount(), 3);

        // A click on the Amount header sorts on the value, not the text.
        QHeaderView *header = view.table().horizontalHeader();
        const int x = header->sectionViewportPosition(int(PendingColumn::Amount)) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_VERIFY(!pending().isLoading());
        QCOMPARE(pending().sortColumn(), int(PendingColumn::Amount));
        QStringList amounts;
        for (int r = 0; r < 3; ++r)
            amounts << pending().data(pending().index(r, int(PendingColumn::Amount))).toString();
        const QStringList ascending { u"¥1.00"_s, u"¥5.00"_s, u"¥9.00"_s };
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QVERIFY2(amounts == (pending().sortOrder() == Qt::AscendingOrder ? ascending : descending),
            qPrintable(amounts.join(u' ')));

        // Ctrl+F goes to the search box of the tab in front.
        w->activateWindow();
        QApplication::setActiveWindow(w.get());
        w->action(u"findAction"_s)->trigger();
        QVERIFY(view.searchBox().hasFocus());
    }

    void historyFiltersAndExportsCsv()
    {
        make();
        c->add(u"OK-1"_s, kT0, 100, u"shop1"_s);
        c->add(u"BAD-1"_s, kT0, 100, u"shop2"_s, u"阿明"_s, u"unfollowed-9"_s);
        c->engine().start();
        QVERIFY(c->advance(10 * kMinute + kSecond));
        QTRY_COMPARE(history().rowCount(), 2);
        HistoryView &view = w->historyView();
        view.outcomeBox().setCurrentIndex(view.outcomeBox().findData(u"failed"_s));
        QTRY_COMPARE(history().rowCount(), 1);
        QCOMPARE(historyCell(0, HistoryColumn::Errcode), u"43004"_s);
        QVERIFY(historyCell(0, HistoryColumn::Reason).contains(u"does not follow the official account"_s));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.csv"_s);
        FileDialog::setNextFileName(path);
        QSignalSpy exported(&view, &HistoryView::exported);
        w->action(u"exportAction"_s)->trigger();
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(1).toLongLong(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines
            = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the header and the one failure the filter selects
        // The customer, product and amount; the account by its name; the outcome in the UI's words.
        QVERIFY2(lines.at(1).contains(u"BAD-1,阿明,有机苹果 5kg,1.00,1,山野茶舍,failed,43004,"_s),
            qPrintable(lines.at(1)));
        QVERIFY2(w->statusBar()->currentMessage().contains(u"1 row(s) exported"_s),
            qPrintable(w->statusBar()->currentMessage()));

        view.outcomeBox().setCurrentIndex(0);
        view.fromCheck().setChecked(true);
        view.fromDate().setDate(QDate(2026, 3, 3)); // the day after: nothing
        QTRY_COMPARE(history().rowCount(), 0);
        view.fromDate().setDate(QDate(2026, 3, 2));
        QTRY_COMPARE(history().rowCount(), 2);
    }

    // The history's search box finds customers and products too.
    void historySearchesCustomerAndProduct()
    {
        make();
        OrderInput o = sampleOrder(u"P-1"_s, kT0, u"shop1"_s);
        o.product = u"蓝莓 2盒"_s;
        QCOMPARE(c->engine().acceptOrder(o).kind, AcceptResult::Kind::Created);
        c->add(u"N-1"_s, kT0, 100, u"shop2"_s, u"阿明"_s);
        c->add(u"N-2"_s, kT0, 100, u"shop1"_s, u"100%的人"_s);
        c->engine().start();
        QVERIFY(c->advance(10 * kMinute + kSecond));
        QTRY_COMPARE(history().rowCount(), 3);
        HistoryView &view = w->historyView();
        const auto search = [&](const QString &text) {
            view.searchBox().setText(text);
            QTest::keyClick(&view.searchBox(), Qt::Key_Return);
            QVERIFY(history().isLoading());
            waitLoaded();
        };
        search(u"阿明"_s);
        QTRY_COMPARE(history().rowCount(), 1);
        QCOMPARE(historyCell(0, HistoryColumn::Order), u"N-1"_s);
        search(u"蓝莓"_s);
        QTRY_COMPARE(history().rowCount(), 1);
        QCOMPARE(historyCell(0, HistoryColumn::Order), u"P-1"_s);
        search(u"%"_s);
        QTRY_COMPARE(history().rowCount(), 1);
        QCOMPARE(historyCell(0, HistoryColumn::Order), u"N-2"_s);
        search(QString());
        QTRY_COMPARE(history().rowCount(), 3);
        // The time column carries the date: the history spans days.
        QCOMPARE(historyCell(0, HistoryColumn::Time), u"03-02 10:10:01"_s);
    }

    // Today / Yesterday / Last 7 days are the shop's days (UTC+8 here) at the clock's now, and
    // move at the shop's midnight (16:00 UTC), not the computer's.
    void historyQuickRangesAreTheShopsDays()
    {
        Config config = ConsoleFixture::consoleConfig();
        config.reminder.plan.zone = QTimeZone(8 * 3600);
        make(config);
        HistoryView &view = w->historyView();
        const auto ms = [](int day, int hour) {
            return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
        };
        const auto choose = [&](int range) {
            view.rangeBox().setCurrentIndex(view.rangeBox().findData(range));
            const HistoryFilter &f = history().query().filter;
            return std::pair(f.from.value_or(-1), f.to.value_or(-1));
        };
        c->f->clock.advance(5 * 3600 * kSecond + 59 * kMinute); // 15:59 UTC: 23:59 on the 2nd there
        QCOMPARE(choose(int(QuickRange::Today)), std::pair(ms(2, 0), ms(3, 0)));
        QVERIFY(view.fromCheck().isHidden()); // a quick range needs no date fields
        const auto filtered = [&] {
            const HistoryFilter &f = history().query().filter;
            return std::pair(f.from.value_or(-1), f.to.value_or(-1));
        };
        view.followQuickRange(); // still the 2nd: nothing to do
        QCOMPARE(filtered(), std::pair(ms(2, 0), ms(3, 0)));
        c->f->clock.advance(2 * kMinute); // 00:01 on the 3rd there
        view.followQuickRange(); // "today" moved on with the shop's midnight
        QCOMPARE(filtered(), std::pair(ms(3, 0), ms(4, 0)));
        QCOMPARE(choose(int(QuickRange::Yesterday)), std::pair(ms(2, 0), ms(3, 0)));
        QCOMPARE(choose(int(QuickRange::Today)), std::pair(ms(3, 0), ms(4, 0)));
        QCOMPARE(choose(int(QuickRange::Last7Days)),
            std::pair(QDateTime(QDate(2026, 2, 25), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch(),
                ms(4, 0)));
        QCOMPARE(view.fromDate().date(), QDate(2026, 2, 25)); // the fields show what the range is
        QCOMPARE(view.toDate().date(), QDate(2026, 3, 3));
        QCOMPARE(choose(int(QuickRange::Last30Days)).first,
            QDateTime(QDate(2026, 2, 2), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
        QCOMPARE(choose(-1), std::pair(qint64(-1), qint64(-1))); // all dates
        // Dates set by hand are "From … to …", shown.
        view.rangeBox().setCurrentIndex(view.rangeBox().findData(int(QuickRange::Today)));
        view.fromDate().setDate(QDate(2026, 3, 1));
        QCOMPARE(view.rangeBox().currentData().toInt(), -2);
        QVERIFY(!view.fromCheck().isHidden());
        QCOMPARE(history().query().filter.from, std::optional<qint64>(ms(1, 0)));
    }

    // A tooltip asked for over a row stays its row's after rows arrive above it (it used to keep
    // the text of the row that had been under the mouse: a neighbour's, once rows shifted).
    void historyTooltipFollowsTheRowUnderTheMouse()
    {
        make();
        c->add(u"BAD-1"_s, kT0, 100, u"shop2"_s, u"阿明"_s, u"unfollowed-9"_s);
        c->engine().start();
        QVERIFY(c->advance(10 * kMinute + kSecond));
        QTRY_COMPARE(history().rowCount(), 1);
        w->tabs().setCurrentWidget(&w->historyView());
        ConsoleTable &table = w->historyView().table();
        const auto tipOf = [&](int row) {
            return history()
                .data(history().index(row, int(HistoryColumn::Reason)), Qt::ToolTipRole)
                .toString();
        };
        const QString failedTip = tipOf(0);
        QVERIFY(failedTip.contains(u"does not follow the official account"_s));
        const QPoint at = table.visualRect(history().index(0, int(HistoryColumn::Reason))).center();
        QHelpEvent help(QEvent::ToolTip, at, table.viewport()->mapToGlobal(at));
        QApplication::sendEvent(table.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), failedTip);

        // A dry run of another order arrives on top, under the resting mouse.
        c->add(u"OK-2"_s, c->f->clock.nowMs(), 100, u"shop1"_s);
        QVERIFY(c->advance(10 * kMinute + kSecond));
        QTRY_COMPARE(history().rowCount(), 2);
        history().flushChanges();
        QCOMPARE(historyCell(0, HistoryColumn::Order), u"OK-2"_s);
        QCOMPARE(historyCell(1, HistoryColumn::Order), u"BAD-1"_s);
        const QString topTip = tipOf(0);
        QVERIFY(topTip != failedTip);
        QCOMPARE(tipOf(1), failedTip); // each row keeps its own
        if (topTip.isEmpty())
            QTRY_VERIFY(!QToolTip::isVisible());
        else
            QTRY_COMPARE(QToolTip::text(), topTip);
        QToolTip::hideText();
    }

    static QList<QStringList> readCsv(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? readExportedCsv(file.readAll()) : QList<QStringList> {};
    }

    // The exports from the Chinese UI, read back: Chinese headers, account names, a time Excel
    // reads as a date, the customer, product and amount; the statistics per account.
    void exportsReadBackInChinese()
    {
        QVERIFY(Translations::install(u"zh_CN"_s));
        auto restore = qScopeGuard([] { Translations::install(u"en"_s); });
        make();
        c->add(u"OK-1"_s, kT0, 48733, u"shop1"_s);
        c->add(u"BAD-1"_s, kT0, 100, u"shop2"_s, u"阿明"_s, u"unfollowed-9"_s);
        c->engine().start();
        QVERIFY(c->advance(10 * kMinute + kSecond));
        c->engine().orderPaid(u"OK-1"_s);
        QTRY_VERIFY(history().rowCount() >= 2); // the two sends (and a cancelled round 2)
        QTemporaryDir dir;
        const QString path = dir.filePath(u"历史.csv"_s);
        FileDialog::setNextFileName(path);
        HistoryView &view = w->historyView();
        view.outcomeBox().setCurrentIndex(view.outcomeBox().findData(u"dry_run"_s));
        QTRY_COMPARE(history().rowCount(), 1);
        QSignalSpy exported(&view, &HistoryView::exported);
        w->action(u"exportAction"_s)->trigger();
        QTRY_COMPARE(exported.size(), 1);
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).mid(0, 8),
            (QStringList { u"时间"_s, u"订单号"_s, u"顾客"_s, u"商品"_s, u"金额（元）"_s, u"轮次"_s,
                u"账号"_s, u"结果"_s }));
        QCOMPARE(rows.at(1).at(0), u"2026-03-02 10:10:01"_s); // the shop's time (UTC here), no offset
        QVERIFY(QDateTime::fromString(rows.at(1).at(0), u"yyyy-MM-dd HH:mm:ss"_s).isValid());
        QCOMPARE(rows.at(1).mid(1, 7),
            (QStringList {
                u"OK-1"_s, u"小王"_s, u"有机苹果 5kg"_s, u"487.33"_s, u"1"_s, u"西瓜乐园"_s, u"演练"_s }));
        QCOMPARE(rows.at(1).at(13), u"自动"_s);

        StatisticsView &stats = w->statisticsView();
        QSignalSpy updated(&stats, &StatisticsView::updated);
        w->tabs().setCurrentWidget(&stats);
        QTRY_VERIFY(!updated.isEmpty());
        QCOMPARE(stats.accountTable().rowCount(), 2);
        QCOMPARE(stats.accountTable().item(0, 0)->text(), u"西瓜乐园"_s);
        QCOMPARE(stats.accountTable().item(1, 0)->text(), u"山野茶舍"_s);
        QCOMPARE(stats.accountTable().item(0, 3)->text(), u"1 / 1"_s); // paid after a reminder, of reminded
        QCOMPARE(stats.accountTable().item(1, 2)->text(), u"1"_s); // failed
        const QString statsPath = dir.filePath(u"统计.csv"_s);
        FileDialog::setNextFileName(statsPath);
        QSignalSpy statsExported(&stats, &StatisticsView::exported);
        stats.findChild<QPushButton *>(u"statisticsExport"_s)->click();
        QCOMPARE(statsExported.size(), 1);
        const QList<QStringList> figures = readCsv(statsPath);
        QCOMPARE(figures.size(), 4);
        QCOMPARE(figures.at(0).at(2), u"账号"_s);
        QCOMPARE(figures.at(0).at(8), u"挽回金额（元）"_s);
        QCOMPARE(figures.at(1).mid(2),
            (QStringList { u"西瓜乐园"_s, u"1"_s, u"0"_s, u"1"_s, u"1"_s, u"100.0"_s, u"487.33"_s }));
        QCOMPARE(figures.at(2).mid(2),
            (QStringList { u"山野茶舍"_s, u"0"_s, u"1"_s, u"0"_s, u"0"_s, QString(), u"0.00"_s }));
        QCOMPARE(figures.at(3).at(2), u"全部账号"_s);
        QCOMPARE(figures.at(1).at(0), u"2026-03-02 00:00:00"_s);
        QVERIFY2(w->statusBar()->currentMessage().contains(QDir::toNativeSeparators(statsPath)),
            qPrintable(w->statusBar()->currentMessage()));
    }

    // Help → About names the version this build is, the Qt it runs on and where the data is;
    // Help → Manual opens the README or says where it should be.
    void helpAboutAndManual()
    {
        make();
        QMessageBox *box = w->showAbout();
        QVERIFY(box);
        auto closeBox = qScopeGuard([box] { box->close(); });
        QVERIFY2(
            box->text().contains(u"Version "_s + QStringLiteral(PAYNUDGE_VERSION)), qPrintable(box->text()));
        QVERIFY(box->text().contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(box->text().contains(QDir::toNativeSeparators(c->engine().storePath()).toHtmlEscaped()));
        QVERIFY(box->text().contains(u"LGPL"_s));
        QVERIFY(w->action(u"aboutAction"_s));

        QStringList opened;
        UrlCatcher catcher([&](const QUrl &url) { opened << url.toLocalFile(); });
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(u"file"_s); });
        QVERIFY(Manual::candidates().contains(u"/usr/share/doc/paynudge/README.md"_s));
        w->action(u"manualAction"_s)->trigger();
        if (Manual::path().isEmpty()) {
            QVERIFY(opened.isEmpty());
            QVERIFY2(MessageBox::lastWarning().contains(u"/usr/share/doc/paynudge/README.md"_s),
                qPrintable(MessageBox::lastWarning()));
        } else {
            QCOMPARE(opened, QStringList { Manual::path() });
        }
    }

    void statisticsShowTheNumbersOfAKnownDataSet()
    {
        make();
        c->add(u"A"_s, kT0, 10000);
        c->add(u"B"_s, kT0, 20000);
        c->add(u"C"_s, kT0, 40000);
        c->add(u"D"_s, kT0, 80000, u"shop1"_s, u"阿明"_s, u"unfollowed-4"_s);
        c->engine().start();
        QVERIFY(c->advance(5 * kMinute));
        c->engine().orderPaid(u"B"_s); // before its reminder: not "after a reminder"
        QVERIFY(c->advance(6 * kMinute)); // A, C reminded; D fails
        c->engine().orderPaid(u"A"_s); // after its reminder, before close: recovered
        StatisticsView &view = w->statisticsView();
        QSignalSpy updated(&view, &StatisticsView::updated);
        w->tabs().setCurrentWidget(&view);
        QTRY_VERIFY(!updated.isEmpty());
        QCOMPARE(view.figure(u"sent"_s), u"2"_s);
        QCOMPARE(view.figure(u"failed"_s), u"1"_s);
        QCOMPARE(view.figure(u"paid"_s), u"1 of 2"_s);
        QCOMPARE(view.figure(u"rate"_s), u"50.0 %"_s);
        QCOMPARE(view.figure(u"recovered"_s), u"¥100.00"_s);
        QCOMPARE(view.chart().series().size(), 1);
        auto *note = view.findChild<QLabel *>(u"statisticsNote"_s);
        QVERIFY(note->text().contains(u"before their auto-close time"_s));
        updated.clear();
        view.periodBox().setCurrentIndex(view.periodBox().findData(int(StatisticsPeriod::Last7Days)));
        QTRY_VERIFY(!updated.isEmpty());
        QCOMPARE(view.current().bounds.size(), 8);
        QCOMPARE(view.figure(u"sent"_s), u"2"_s);
    }

    void settingsAndQuitAreSignalled()
    {
        make();
        QSignalSpy settings(w.get(), &MainWindow::settingsRequested);
        QSignalSpy quit(w.get(), &MainWindow::quitRequested);
        w->action(u"settingsAction"_s)->trigger();
        QCOMPARE(settings.size(), 1);
        QCOMPARE(w->action(u"settingsAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        w->action(u"quitAction"_s)->trigger();
        QCOMPARE(quit.size(), 1);
    }

    void windowAndColumnLayoutAreRemembered()
    {
        make();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ui-state.ini"_s);
        w->setUiStatePath(path);
        w->resize(1111, 666);
        QHeaderView *header = w->pendingView().table().horizontalHeader();
        header->resizeSection(int(PendingColumn::Product), 321);
        header->moveSection(int(PendingColumn::Amount), 0);
        w->pendingView().table().sortByColumn(int(PendingColumn::Amount), Qt::DescendingOrder);
        w->tabs().setCurrentIndex(2);
        w->saveUiState();
        w.reset();

        w = std::make_unique<MainWindow>(c->engine());
        w->setUiStatePath(path);
        QCOMPARE(w->size(), QSize(1111, 666));
        QHeaderView *again = w->pendingView().table().horizontalHeader();
        QCOMPARE(again->sectionSize(int(PendingColumn::Product)), 321);
        QCOMPARE(again->visualIndex(int(PendingColumn::Amount)), 0);
        QCOMPARE(w->tabs().currentIndex(), 2);
        QTRY_COMPARE(pending().sortColumn(), int(PendingColumn::Amount));
        QCOMPARE(pending().sortOrder(), Qt::DescendingOrder);
        // Kept apart from the shop's configuration.
        QVERIFY(QFile::exists(path));
        QVERIFY(c->engine().config().sourcePath != path);
    }

    // The store cannot write: the banner says so first, with SQLite's reason, the status bar says
    // degraded; both go back when it writes again.
    void aStoreThatCannotWriteShowsDegraded()
    {
        if (testStoreIsPostgres())
            QSKIP("a SQLite file's fault (PRAGMA query_only); a shared store's are tst_sharedengines'");
        make();
        c->engine().start();
        c->add(u"RO-1"_s, kT0);
        QSqlQuery q(EngineInternals::connection(c->engine()));
        QVERIFY(q.exec(u"PRAGMA query_only = 1"_s));
        QVERIFY(c->advance(10 * kMinute)); // due: the claim fails
        auto *label = w->findChild<QLabel *>(u"engineStatus"_s);
        QVERIFY(label);
        QTRY_COMPARE(label->text(), u"Degraded — store cannot write"_s);
        QTRY_VERIFY(w->banner().findChild<QFrame *>(u"health_store_cannot_write"_s));
        const QString first = w->banner().lines().value(0);
        QVERIFY2(first.startsWith(u"Degraded: the store cannot write since 10:10:00"_s), qPrintable(first));
        QVERIFY2(
            first.contains(u"attempt to write a readonly database [SQLITE_READONLY]"_s), qPrintable(first));

        QVERIFY(q.exec(u"PRAGMA query_only = 0"_s));
        QVERIFY(c->advance(kMinute));
        QTRY_COMPARE(label->text(), u"Not connected to WeChat — dry run only"_s); // no account has an AppID
        QTRY_VERIFY(!w->banner().lines().join(u'\n').contains(u"Degraded"_s));
    }

    // The shop's payment check cannot run (its hook refuses connections): reminders wait, the
    // banner says since when with a button to the settings that fix it, and it clears once the
    // check answers again.
    void aFailingPaymentCheckShowsInTheBanner()
    {
        QTcpServer closed; // a port nothing listens on once closed: the hook is refused at once
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        Config config = ConsoleFixture::consoleConfig();
        config.precheck.url = QUrl(u"http://127.0.0.1:%1/unpaid"_s.arg(port));
        make(config);
        c->engine().start();
        c->add(u"PC-1"_s, kT0);
        c->f->clock.advance(10 * kMinute); // due: claimed and held for the check (in flight until it answers)
        QTRY_VERIFY(w->banner().findChild<QFrame *>(u"health_precheck_failing"_s));
        const QString lines = w->banner().lines().join(u'\n');
        QVERIFY2(lines.contains(u"the shop's payment check has failed since"_s), qPrintable(lines));
        QVERIFY2(lines.contains(u"reminders wait for it"_s), qPrintable(lines));
        auto *button = w->banner().findChild<QPushButton *>(u"health_precheck_failingButton"_s);
        QVERIFY(button);
        QSignalSpy asked(w.get(), &MainWindow::settingsKeyRequested);
        button->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), u"precheck/url"_s);
        QCOMPARE(
            c->engine().countInState(ReminderState::Sent) + c->engine().countInState(ReminderState::DryRun),
            0);

        // The hook is taken away: the held reminder goes out and the banner line goes.
        config.precheck.url = QUrl();
        c->engine().applyConfig(config);
        QTRY_VERIFY(!w->banner().findChild<QFrame *>(u"health_precheck_failing"_s));
        QTRY_COMPARE(c->engine().countInState(ReminderState::DryRun), 1);
    }

    // The same in Chinese, a full disk this time. With PAYNUDGE_SCREENSHOT_DIR set the window is
    // saved there as degraded-store.zh_CN.png, for a person to look at.
    void aFullDiskSaysSoInChinese()
    {
        if (testStoreIsPostgres())
            QSKIP("a SQLite file's fault (PRAGMA max_page_count); a shared store's are tst_sharedengines'");
        QVERIFY(Translations::install(u"zh_CN"_s));
        auto restore = qScopeGuard([] { Translations::install(u"en"_s); });
        make();
        c->engine().start();
        for (int i = 0; i < 3; ++i)
            c->add(u"FULL-%1"_s.arg(i), kT0 + i * kSecond);
        QSqlQuery q(EngineInternals::connection(c->engine()));
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const qint64 pages = q.value(0).toLongLong();
        q.finish();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        // The store takes no page more: the intake write of a batch fails with SQLITE_FULL.
        QList<OrderInput> orders;
        for (int i = 0; i < 300; ++i)
            orders << sampleOrder(u"BIG-%1"_s.arg(i), kT0);
        bool committed = true;
        QString error;
        c->engine().acceptOrders(orders, BatchMode::AllOrNothing, &committed, &error);
        QVERIFY(!committed);
        auto *label = w->findChild<QLabel *>(u"engineStatus"_s);
        QTRY_COMPARE(label->text(), u"降级运行 — 磁盘已满"_s);
        QTRY_VERIFY(w->banner().findChild<QFrame *>(u"health_store_full"_s));
        const QString first = w->banner().lines().value(0);
        QVERIFY2(first.startsWith(u"降级运行：数据存储所在磁盘自 "_s), qPrintable(first));
        QVERIFY2(first.contains(u"database or disk is full [SQLITE_FULL]"_s), qPrintable(first));
        if (const QString dir = qEnvironmentVariable("PAYNUDGE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            w->resize(1100, 640);
            applyLayoutRequests();
            QVERIFY(w->grab().save(QDir(dir).filePath(u"degraded-store.zh_CN.png"_s)));
        }
        QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
    }

    void demoModeSaysSo()
    {
        make();
        QVERIFY(!w->windowTitle().contains(u"DEMO"_s));
        w->setDemoMode(true);
        QVERIFY(w->windowTitle().contains(u"DEMO"_s));
        QTRY_VERIFY(w->banner().lines().join(u'\n').contains(u"Demo:"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
