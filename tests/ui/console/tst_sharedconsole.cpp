// The console on a shared PostgreSQL store ([store] backend=postgres): what another engine does
// shows without the operator's action — an order paid there leaves the pending list, its sends
// join the history with its name — from the engine's change notices, and from the poll when a
// notice was missed; the status bar names the engines and which of them answer. The other engine
// is played by writes on the store and the notice it would send (Engine::storeChanged).
#include "console/consoletable.h"
#include "console/engineslabel.h"
#include "console/historymodel.h"
#include "console/historyview.h"
#include "console/mainwindow.h"
#include "console/orderdetaildialog.h"
#include "console/pendingordersmodel.h"
#include "console/pendingview.h"
#include "consolefixture.h"
#include "engine/engine.h"
#include "engineinternals.h"
#include "postgresserver.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestSharedConsole : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    int m_databases = 0;
    std::unique_ptr<ConsoleFixture> c;
    std::unique_ptr<MainWindow> w;

    // A store of its own per test: a fresh database on the test's server.
    Config sharedConfig()
    {
        const QString database = u"shared_%1"_s.arg(++m_databases);
        if (!m_server.exec(u"CREATE DATABASE "_s + database))
            qWarning("%s", qPrintable(m_server.errorString()));
        Config config = ConsoleFixture::consoleConfig();
        config.store.backend = u"postgres"_s;
        config.store.host = m_server.host();
        config.store.port = m_server.port();
        config.store.database = database;
        config.store.user = m_server.adminUser();
        config.store.passwordEnv = u"PAYNUDGE_TEST_SHARED_PASSWORD"_s;
        config.store.sslMode = u"disable"_s;
        config.store.instance = u"console-a"_s;
        config.store.leaseSeconds = 60;
        return config;
    }

    void make(const Config &config)
    {
        c = std::make_unique<ConsoleFixture>(config);
        QVERIFY2(c->f->ok, qPrintable(c->f->error));
        w = std::make_unique<MainWindow>(c->engine());
        w->pendingView().model().setTicking(false);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTRY_VERIFY(!pending().isLoading());
        QTRY_VERIFY(!history().isLoading());
    }

    PendingOrdersModel &pending() { return w->pendingView().model(); }
    HistoryModel &history() { return w->historyView().model(); }

    // A write of "another engine" on the store, values bound.
    bool write(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(EngineInternals::connection(c->engine()));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }

    bool paidElsewhere(qint64 orderId)
    {
        return write(u"UPDATE orders SET status = 'paid', status_at = ? WHERE id = ?"_s,
            { c->f->clock.nowMs(), orderId });
    }

    void notice(ChangeNotice::Kind kind, const QList<qint64> &ids)
    {
        emit c->engine().storeChanged(ChangeNotice { kind, u"engine-b"_s, ids });
    }

private slots:
    void initTestCase()
    {
        if (!m_server.unavailableReason().isEmpty())
            QSKIP(qPrintable(m_server.unavailableReason()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        qputenv("PAYNUDGE_TEST_SHARED_PASSWORD", m_server.adminPassword().toUtf8());
    }

    void cleanup()
    {
        w.reset();
        c.reset();
    }

    // A paid event on another engine: the order leaves this window (struck through where it was,
    // the list held still), the count and the total follow, without a click.
    void orderPaidOnAnotherEngineLeavesTheList()
    {
        make(sharedConfig());
        const qint64 a = c->add(u"A"_s, kT0, 1000);
        const qint64 b = c->add(u"B"_s, kT0, 2500);
        QTRY_COMPARE(pending().liveRowCount(), 2);
        QTRY_COMPARE(pending().totalFen(), 3500);
        QVERIFY(paidElsewhere(a));
        notice(ChangeNotice::Kind::Orders, { a });
        QTRY_VERIFY(pending().hasLeft(a));
        QVERIFY(!pending().hasLeft(b));
        QCOMPARE(pending().liveRowCount(), 1);
        QTRY_COMPARE(pending().totalFen(), 2500);
    }

    // A notice that never came: the poll finds the paid order among the rows on screen.
    void missedNoticeIsMadeGoodByThePoll()
    {
        make(sharedConfig());
        const qint64 a = c->add(u"A"_s, kT0, 1000);
        c->add(u"B"_s, kT0, 2500);
        QTRY_COMPARE(pending().liveRowCount(), 2);
        QTRY_VERIFY(pending().lastVisibleRow() >= 1); // painted: the rows on screen are known
        QVERIFY(paidElsewhere(a));
        QTRY_VERIFY_WITH_TIMEOUT(pending().hasLeft(a), 3 * IdTableModel::kSharedPollMs);
        QCOMPARE(pending().liveRowCount(), 1);
    }

    // Another engine's send joins the history with its name (column, order detail).
    void sendOfAnotherEngineShowsWhoSent()
    {
        make(sharedConfig());
        const qint64 a = c->add(u"A"_s, kT0, 1000);
        const ReminderRecord r = c->f->onlyReminder(u"A"_s);
        QVERIFY(r.id > 0);
        const qint64 now = c->f->clock.nowMs();
        QVERIFY(write(u"UPDATE reminders SET state = 'sent', attempts = 1 WHERE id = ?"_s, { r.id }));
        QVERIFY(write(
            u"INSERT INTO send_attempts (reminder_id, started_at, finished_at, outcome, errcode, errmsg, "
            u"msgid, latency_ms, engine) VALUES (?, ?, ?, 'sent', 0, 'ok', 7001, 80, 'engine-b')"_s,
            { r.id, now, now + 80 }));
        notice(ChangeNotice::Kind::Reminders, { r.id });
        QTRY_COMPARE(history().rowCount(), 1);
        QVERIFY(!w->historyView().table().isColumnHidden(int(HistoryColumn::Engine)));
        QCOMPARE(history().data(history().index(0, int(HistoryColumn::Engine))).toString(), u"engine-b"_s);
        OrderDetailDialog *detail = w->showOrderDetail(a);
        QVERIFY2(detail->text().contains(u"via engine-b"_s), qPrintable(detail->text()));
        // The pending row moved on too: its round counts as sent.
        QTRY_COMPARE(pending().rowAt(pending().rowOf(a))->roundsSent, 1);
    }

    // The status bar: every engine on the store, one silent for longer than the lease as not
    // answering, one that signed off as stopped; read again when an engine comes or goes.
    void enginesAliveInTheStatusBar()
    {
        make(sharedConfig());
        auto *label = w->findChild<EnginesLabel *>();
        QVERIFY(label);
        QVERIFY(label->isVisible());
        const qint64 now = c->f->clock.nowMs();
        QVERIFY(write(u"DELETE FROM engines WHERE instance <> ?"_s, { u"console-a"_s }));
        QVERIFY(
            write(u"INSERT INTO engines (instance, host, pid, version, started_at, heartbeat_at, stopped_at) "
                  u"VALUES ('engine-b', 'pc2', 2, '1', ?, ?, NULL), ('engine-c', 'pc3', 3, '1', ?, ?, NULL), "
                  u"('engine-d', 'pc4', 4, '1', ?, ?, ?)"_s,
                { now - 3600'000, now - 12'000, now - 3600'000, now - 90'000, now - 3600'000, now - 600'000,
                    now - 600'000 }));
        notice(ChangeNotice::Kind::Engines, {});
        QTRY_VERIFY(label->text().contains(u"engine-d"_s));
        const QString text = label->text();
        QVERIFY2(text.contains(u"engine-b (12 s ago)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"engine-c not answering (1 min ago)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"engine-d stopped"_s), qPrintable(text));
        QVERIFY2(text.indexOf(u"engine-b"_s) < text.indexOf(u"engine-c"_s), qPrintable(text)); // alive first
        QVERIFY(label->toolTip().contains(u"pc2"_s));
        // A heartbeat older than the lease: engine-b too stops answering.
        c->f->clock.advance(60 * kSecond);
        label->refresh();
        QTRY_VERIFY2(label->text().contains(u"engine-b not answering"_s), qPrintable(label->text()));
    }

    // One engine on its own file: nothing about engines, no "sent by" column.
    void singleFileStoreShowsNoEngines()
    {
        make(ConsoleFixture::consoleConfig());
        auto *label = w->findChild<EnginesLabel *>();
        QVERIFY(label);
        QVERIFY(!label->isVisible());
        QVERIFY(w->historyView().table().isColumnHidden(int(HistoryColumn::Engine)));
    }
};

QTEST_MAIN(TestSharedConsole)
#include "tst_sharedconsole.moc"
