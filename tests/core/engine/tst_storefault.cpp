#include "engine/storebackoff.h"
#include "engine/sweeper.h"
#include "engineinternals.h"
#include "scriptedsender.h"
#include "send/senderrouter.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/transaction.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {
// Warnings and info lines of PayNudge's own categories, to count what a failing spell logs.
struct LogLine
{
    QtMsgType type;
    QString category;
    QString text;
};
QList<LogLine> g_lines;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type != QtDebugMsg && QByteArray(context.category).startsWith("paynudge"))
        g_lines.append({ type, QString::fromLatin1(context.category), text });
}
} // namespace

// A store that cannot write: SQLite's reason reaches every message, the sweeper backs off
// (capped, jittered) and logs once per change, and the engine's health says so.
class TestStoreFault : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> f;
    std::unique_ptr<ScriptedSender> sender;
    QtMessageHandler m_previous = nullptr;

    void make(Config c = testConfig())
    {
        f = std::make_unique<EngineFixture>(c);
        QVERIFY2(f->ok, qPrintable(f->error));
        sender = std::make_unique<ScriptedSender>();
        sender->setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        for (const AccountConfig &a : c.accounts)
            f->engine->routeAccount(a.key, sender.get());
        f->engine->routeAccount(Config::implicitAccountKey(), sender.get());
        EngineInternals::sweeper(*f->engine).storeBackoff().setJitter([] { return 0.0; });
    }

    void add(int n, const QString &prefix = u"O"_s)
    {
        QList<OrderInput> orders;
        for (int i = 0; i < n; ++i)
            orders << sampleOrder(prefix + QString::number(i), kT0);
        bool committed = false;
        QString error;
        f->engine->acceptOrders(orders, BatchMode::AllOrNothing, &committed, &error);
        QVERIFY2(committed, qPrintable(error));
    }

    void pragma(const QString &sql)
    {
        QSqlQuery q(EngineInternals::connection(*f->engine));
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }

    qint64 inState(const QString &state)
    {
        return countWhere(*f->engine, u"SELECT COUNT(*) FROM reminders WHERE state = '%1'"_s.arg(state));
    }

    // Moves the manual clock in steps, letting each step's sweep run.
    void run(qint64 ms, qint64 step = kSecond)
    {
        for (qint64 t = 0; t < ms; t += step) {
            f->clock.advance(step);
            QCoreApplication::processEvents();
        }
    }

    qsizetype logged(QtMsgType atLeast) const
    {
        return std::count_if(g_lines.cbegin(), g_lines.cend(), [&](const LogLine &l) {
            return (atLeast == QtWarningMsg) ? (l.type == QtWarningMsg || l.type == QtCriticalMsg)
                                             : l.type == atLeast;
        });
    }

private slots:
    void init()
    {
        g_lines.clear();
        m_previous = qInstallMessageHandler(capture);
    }
    void cleanup()
    {
        f.reset();
        sender.reset();
        qInstallMessageHandler(m_previous);
    }

    // QSQLITE leaves the connection's lastError() empty for a failed COMMIT: the reason came out
    // as "cannot commit the claim: " and nothing after. A deferred foreign key fails COMMIT itself.
    void aFailedCommitSaysSQLitesReason()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"commitfails"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA foreign_keys = ON"_s));
            QVERIFY(q.exec(u"CREATE TABLE p (id INTEGER PRIMARY KEY)"_s));
            QVERIFY(q.exec(u"CREATE TABLE c (p INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED)"_s));
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QVERIFY(q.exec(u"INSERT INTO c (p) VALUES (42)"_s));
            QVERIFY(!tx.commit());
            QVERIFY2(tx.error().contains(u"FOREIGN KEY constraint failed"_s), qPrintable(tx.error()));
            QVERIFY2(tx.error().contains(u"[SQLITE_CONSTRAINT"_s), qPrintable(tx.error()));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"commitfails"_s);
    }

    void codeNamesAndFaults()
    {
        QCOMPARE(sqliteCodeName(13), u"SQLITE_FULL"_s);
        QCOMPARE(sqliteCodeName(8), u"SQLITE_READONLY"_s);
        QCOMPARE(sqliteCodeName(778), u"SQLITE_IOERR (extended code 778)"_s); // SQLITE_IOERR_WRITE
        QVERIFY(saysDiskFull(u"database or disk is full [SQLITE_FULL] — in: UPDATE …"_s));
        QVERIFY(!saysDiskFull(u"attempt to write a readonly database [SQLITE_READONLY]"_s));
        QVERIFY(saysStoreCannotWrite(u"attempt to write a readonly database [SQLITE_READONLY]"_s));
        QVERIFY(!saysStoreCannotWrite(u"UNIQUE constraint failed: orders.order_no [SQLITE_CONSTRAINT]"_s));
    }

    // A full disk, made with max_page_count on the engine's own connection: the claim fails with
    // SQLite's words, health() names the disk full, and once there is room the reminders go out.
    void fullDiskIsNamedAndRecovers()
    {
        Config c = testConfig();
        c.reminder.batchSize = 300;
        c.reminder.maxInFlight = 300;
        make(c);
        add(300);
        QVERIFY(f->engine->health().ok());
        QSqlQuery q(EngineInternals::connection(*f->engine));
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const qint64 pages = q.value(0).toLongLong();
        q.finish();
        pragma(u"PRAGMA max_page_count = %1"_s.arg(pages));

        f->engine->start();
        f->clock.advance(10 * kMinute); // all 300 due: 300 attempts need pages the store may not grow
        QTRY_VERIFY(EngineInternals::sweeper(*f->engine).storeBackoff().failing());
        const QString reason = EngineInternals::sweeper(*f->engine).storeBackoff().reason();
        QVERIFY2(reason.contains(u"database or disk is full [SQLITE_FULL]"_s), qPrintable(reason));
        QCOMPARE(sender->sent.size(), 0);
        QCOMPARE(inState(u"scheduled"_s), 300); // the claim rolled back whole

        const Health h = f->engine->health();
        QVERIFY(!h.ok());
        QCOMPARE(h.reasons.size(), 1);
        QCOMPARE(h.reasons[0].kind, HealthReason::Kind::StoreFull);
        QCOMPARE(h.reasons[0].since, kT0 + 10 * kMinute);
        QVERIFY2(h.reasons[0].text.contains(u"is full: database or disk is full [SQLITE_FULL]"_s),
            qPrintable(h.reasons[0].text));
        QVERIFY2(!h.reasons[0].text.contains(u" — in: "_s),
            qPrintable(h.reasons[0].text)); // no SQL for the operator

        pragma(u"PRAGMA max_page_count = 1073741823"_s);
        run(2 * kMinute);
        // Also: a claim that failed half-way leaves no values bound to its statements (they made
        // every later claim fail with "parameter count mismatch").
        QTRY_COMPARE(sender->sent.size(), 300);
        QTRY_VERIFY(f->engine->health().ok());
        QCOMPARE(logged(QtWarningMsg), 1);
    }

    // A read-only store for ten simulated minutes: tries come 1 s, 2 s, 4 s … then once a minute,
    // one warning for the spell and one line when it writes again — not 30,000 lines.
    void readOnlyBacksOffAndLogsOncePerChange()
    {
        make();
        add(1);
        f->engine->start();
        QCoreApplication::processEvents();
        pragma(u"PRAGMA query_only = 1"_s);
        const StoreBackoff &backoff = EngineInternals::sweeper(*f->engine).storeBackoff();
        f->clock.advance(10 * kMinute); // due: the claim fails at t = 0
        QTRY_VERIFY(backoff.failing());
        QCOMPARE(backoff.failures(), 1);
        QVERIFY2(backoff.reason().contains(u"[SQLITE_READONLY]"_s), qPrintable(backoff.reason()));
        QCOMPARE(f->engine->health().reasons.value(0).kind, HealthReason::Kind::StoreCannotWrite);

        // No hot loop in real time either: the retry waits a second at least.
        QTest::qWait(300); // real time on purpose: the retry timer counts real ms, 1 s here
        QCOMPARE(backoff.failures(), 1);

        run(10 * kMinute);
        // Tries at 0, 1, 3, 7, 15, 31, 63 s, then every 60 s: 123 … 543 s.
        QCOMPARE(backoff.failures(), 15);
        QVERIFY(backoff.retryAt() - f->clock.nowMs() <= StoreBackoff::kMaxMs);
        QCOMPARE(sender->sent.size(), 0);
        QCOMPARE(logged(QtWarningMsg), 1);
        const auto warning = std::find_if(
            g_lines.cbegin(), g_lines.cend(), [](const LogLine &l) { return l.type == QtWarningMsg; });
        QVERIFY2(warning->text.startsWith(u"the store cannot write: "_s)
                && warning->text.contains(u"attempt to write a readonly database [SQLITE_READONLY]"_s),
            qPrintable(warning->text));

        pragma(u"PRAGMA query_only = 0"_s);
        run(kMinute);
        QTRY_COMPARE(sender->sent.size(), 1);
        QVERIFY(!backoff.failing());
        QVERIFY(f->engine->health().ok());
        QCOMPARE(logged(QtWarningMsg), 1);
        const qsizetype again = std::count_if(g_lines.cbegin(), g_lines.cend(),
            [](const LogLine &l) { return l.text.startsWith(u"the store writes again after"_s); });
        QCOMPARE(again, 1);
    }

    // Jitter shortens a wait by up to a quarter and never passes the cap.
    void jitterStaysUnderTheCap()
    {
        StoreBackoff b;
        b.setJitter([] { return 0.999; });
        qint64 now = 0;
        for (int i = 0; i < 20; ++i) {
            const qint64 next = b.failed(u"x"_s, now);
            QVERIFY(next - now <= StoreBackoff::kMaxMs);
            QVERIFY(next - now >= StoreBackoff::kFirstMs * 3 / 4);
            if (i >= 10)
                QVERIFY(next - now >= StoreBackoff::kMaxMs * 3 / 4);
            now = next;
        }
        b.succeeded(now);
        QVERIFY(!b.failing());
        QCOMPARE(b.failed(u"x"_s, now) - now, StoreBackoff::kFirstMs - StoreBackoff::kFirstMs * 999 / 4000);
    }

    // An intake write refused by the store backs the sweeper off too; an order refused for its
    // own sake (a conflict) does not.
    void intakeFaultsCountConflictsDoNot()
    {
        make();
        add(1);
        OrderInput changed = sampleOrder(u"O0"_s, kT0);
        changed.amountFen += 1;
        QCOMPARE(f->engine->acceptOrder(changed).kind, AcceptResult::Kind::Conflict);
        QVERIFY(f->engine->health().ok());
        pragma(u"PRAGMA query_only = 1"_s);
        const AcceptResult r = f->engine->acceptOrder(sampleOrder(u"N1"_s, kT0));
        QCOMPARE(r.kind, AcceptResult::Kind::Error);
        QVERIFY2(r.error.contains(u"readonly"_s), qPrintable(r.error));
        QCOMPARE(f->engine->health().reasons.value(0).kind, HealthReason::Kind::StoreCannotWrite);
        pragma(u"PRAGMA query_only = 0"_s);
        QCOMPARE(f->engine->acceptOrder(sampleOrder(u"N2"_s, kT0)).kind, AcceptResult::Kind::Created);
        QVERIFY(f->engine->health().ok());
    }

    // Paused sending and held accounts are reasons too: reminders do not go out.
    void pausesAreReasons()
    {
        Config c = testConfig();
        AccountConfig a;
        a.key = u"shop1"_s;
        c.accounts << a;
        make(c);
        f->engine->pauseAccount(u"shop1"_s, u"quota reached (45009)"_s);
        Health h = f->engine->health();
        QCOMPARE(h.reasons.size(), 1);
        QCOMPARE(h.reasons[0].kind, HealthReason::Kind::AccountPaused);
        QCOMPARE(h.reasons[0].account, u"shop1"_s);
        QCOMPARE(h.reasons[0].text, u"quota reached (45009)"_s);
        QCOMPARE(h.reasons[0].since, kT0);
        f->engine->pauseAll();
        h = f->engine->health();
        QCOMPARE(h.reasons.size(), 2);
        QCOMPARE(h.reasons[0].kind, HealthReason::Kind::SendingPaused);
        f->engine->resumeAll();
        f->engine->resumeAccount(u"shop1"_s);
        QVERIFY(f->engine->health().ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreFault)
#include "tst_storefault.moc"
