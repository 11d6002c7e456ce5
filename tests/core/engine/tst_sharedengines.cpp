#include "doctor/sharedstorecheck.h"
#include "engine/engine.h"
#include "engine/storeconnection.h"
#include "engine/storepaymentcheck.h"
#include "engine/sweeper.h"
#include "engineinternals.h"
#include "intake/intakeapi.h"
#include "intake/intaketoken.h"
#include "postgresserver.h"
#include "scriptedsender.h"
#include "store/database.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {
// The shop's own payment check as a test scripts it: remembers what it was asked, answers when told.
class ScriptedCheck final : public PaymentCheck
{
public:
    void check(quint64 ticket, const QStringList &orderNos) override { asked.append({ ticket, orderNos }); }
    QString describe() const override { return u"scripted"_s; }
    void answer(int index, const QSet<QString> &unpaid)
    {
        emit answered(asked.at(index).first, { true, unpaid, {}, 1 });
    }
    QList<QPair<quint64, QStringList>> asked;
};
} // namespace

// Several engines on one PostgreSQL store, in one process: each with its own instance name and
// scripted sender, one manual clock for all. A real server (the test's own), not a mock.
class TestSharedEngines : public QObject
{
    Q_OBJECT

    static constexpr auto kPasswordEnv = "PAYNUDGE_TEST_SHARED_STORE_PASSWORD";
    static constexpr int kLeaseSeconds = 30;

    PostgresServer m_server;
    QString m_database;
    int m_serial = 0;
    ManualClock m_clock { kT0 };
    QTemporaryDir m_dir;

    struct Node
    {
        std::unique_ptr<ScriptedSender> sender;
        std::unique_ptr<Engine> engine;
    };
    std::map<QString, Node> m_nodes;

    Config config(const QString &instance) const
    {
        Config c = testConfig();
        c.store.backend = u"postgres"_s;
        c.store.host = m_server.host();
        c.store.port = m_server.port();
        c.store.database = m_database;
        c.store.user = m_server.adminUser();
        c.store.passwordEnv = QString::fromLatin1(kPasswordEnv);
        c.store.sslMode = u"disable"_s;
        c.store.instance = instance;
        c.store.leaseSeconds = kLeaseSeconds;
        return c;
    }

    bool open(Engine &engine, const QString &instance, Error *error)
    {
        Engine::Options o;
        o.config = config(instance);
        o.dataDir = m_dir.filePath(instance);
        o.clock = &m_clock;
        return engine.open(o, error);
    }

    // An engine named `instance`, its sends held until the test answers them (hold) or accepted.
    Engine &start(const QString &instance, bool hold = false)
    {
        Node &n = m_nodes[instance];
        n.sender = std::make_unique<ScriptedSender>();
        if (!hold)
            n.sender->setRule(
                [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        n.engine = std::make_unique<Engine>();
        Error error;
        const bool ok = open(*n.engine, instance, &error);
        if (!ok)
            qWarning().noquote() << "cannot open engine" << instance << ":" << error.englishText();
        Q_ASSERT(ok);
        n.engine->routeAccount(Config::implicitAccountKey(), n.sender.get());
        n.engine->start();
        return *n.engine;
    }

    ScriptedSender &sender(const QString &instance) { return *m_nodes.at(instance).sender; }

    void accept(Engine &engine, const QString &orderNo)
    {
        // Placed 10 minutes ago: its one reminder is due now.
        const AcceptResult r = engine.acceptOrder(sampleOrder(orderNo, m_clock.nowMs() - 10 * kMinute));
        QCOMPARE(r.kind, AcceptResult::Kind::Created);
    }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_server.admin(m_database));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QString stateOf(const QString &orderNo)
    {
        QSqlQuery q(m_server.admin(m_database));
        q.prepare(
            u"SELECT r.state FROM reminders r JOIN orders o ON o.id = r.order_id WHERE o.order_no = ?"_s);
        q.addBindValue(orderNo);
        if (!q.exec() || !q.next())
            return u"(none)"_s;
        return q.value(0).toString();
    }

    static bool healthSays(const Engine &e, ErrorCode code)
    {
        const Health h = e.health();
        return std::any_of(h.reasons.cbegin(), h.reasons.cend(),
            [code](const HealthReason &r) { return r.problem.is(code); });
    }

private slots:
    void initTestCase()
    {
        if (!m_server.unavailableReason().isEmpty())
            QSKIP(qPrintable(m_server.unavailableReason()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        qputenv(kPasswordEnv, m_server.adminPassword().toUtf8());
    }

    void init()
    {
        m_database = u"shared_%1"_s.arg(++m_serial);
        QVERIFY2(m_server.exec(u"CREATE DATABASE "_s + m_database), qPrintable(m_server.errorString()));
        m_clock.setNow(kT0);
    }

    void cleanup()
    {
        m_nodes.clear();
        m_server.closeAdmin(m_database);
        if (m_server.isRunning())
            m_server.exec(u"DROP DATABASE IF EXISTS "_s + m_database + u" WITH (FORCE)"_s);
    }

    void opensOnTheServerWithoutFiles()
    {
        Engine &a = start(u"A"_s);
        QCOMPARE(a.storePath(), u"%1:%2/%3"_s.arg(m_server.host()).arg(m_server.port()).arg(m_database));
        QVERIFY(a.storeConnection());
        QVERIFY(!a.dailyBackup());
        // No lock, no marker, no SQLite file in the data dir: the server holds the store.
        QVERIFY(QDir(m_dir.filePath(u"A"_s)).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
        // The first heartbeat went out at open.
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM engines WHERE instance = ? AND stopped_at IS NULL"_s, { u"A"_s }),
            1);
        a.stop();
        QCOMPARE(count(u"SELECT COUNT(*) FROM engines WHERE instance = ? AND stopped_at IS NOT NULL"_s,
                     { u"A"_s }),
            1);
    }

    void refusesASecondEngineOfTheSameName()
    {
        start(u"A"_s);
        // As if "A" ran in another process (the same process is a reopen, not a second engine).
        QVERIFY(m_server.exec(u"UPDATE engines SET pid = pid + 1 WHERE instance = 'A'"_s, {}, m_database));
        Engine second;
        Error error;
        QVERIFY(!open(second, u"A"_s, &error));
        QCOMPARE(error.code, ErrorCode::StoreInstanceInUse);
        QVERIFY2(error.englishText().contains(u"[store] instance"_s), qPrintable(error.englishText()));
        QCOMPARE(second.openFailure(), Engine::OpenFailure::Locked);
        // Another name is welcome.
        Engine other;
        QVERIFY2(open(other, u"B"_s, &error), qPrintable(error.englishText()));
    }

    void eachReminderGoesOutOnce()
    {
        Engine &a = start(u"A"_s);
        Engine &b = start(u"B"_s);
        for (int i = 0; i < 20; ++i)
            accept(i % 2 ? a : b, u"S%1"_s.arg(i));
        a.sweepSoon();
        b.sweepSoon();
        QTRY_COMPARE_WITH_TIMEOUT(count(u"SELECT COUNT(*) FROM reminders WHERE state = 'sent'"_s), 20, 10000);
        QSet<qint64> sent;
        for (const QString &name : { u"A"_s, u"B"_s })
            for (const OutgoingMessage &m : std::as_const(sender(name).sent))
                QVERIFY2(!std::exchange(sent, sent + QSet<qint64> { m.reminderId }).contains(m.reminderId),
                    "a reminder went out twice");
        QCOMPARE(sent.size(), 20);
        // Who sent it is in the history.
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts WHERE engine IN ('A', 'B')"_s), 20);
    }

    void takesOverFromADeadEngineAfterTheLease()
    {
        Engine &a = start(u"A"_s, true);
        Engine &b = start(u"B"_s, true);
        b.stop(); // B sweeps only once A is dead
        accept(a, u"K1"_s);
        a.sweepSoon();
        QTRY_COMPARE(sender(u"A"_s).sent.size(), 1);
        const QString clientMsgId = sender(u"A"_s).sent.first().reminder.clientMsgId;
        QCOMPARE(stateOf(u"K1"_s), u"sending"_s);

        // A dies mid-send: its connection goes, nothing more of it reaches the store.
        EngineInternals::connection(a).close();
        m_nodes.at(u"A"_s).engine.reset();

        b.start();
        sender(u"B"_s).setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        // Within the lease the claim is A's: B leaves it.
        QSignalSpy swept(&b, &Engine::swept);
        m_clock.advance((kLeaseSeconds - 5) * kSecond);
        QVERIFY(swept.wait(5000)); // the sweep the move woke has ended
        QVERIFY(sender(u"B"_s).sent.isEmpty());
        QCOMPARE(stateOf(u"K1"_s), u"sending"_s);
        // After it, B takes it over as a crash's: sent again with the same client_msg_id.
        m_clock.advance(10 * kSecond);
        QTRY_COMPARE_WITH_TIMEOUT(sender(u"B"_s).sent.size(), 1, 10000);
        QCOMPARE(sender(u"B"_s).sent.first().reminder.clientMsgId, clientMsgId);
        QTRY_COMPARE(stateOf(u"K1"_s), u"sent"_s);
    }

    void aStalledEnginesLateResultIsDropped()
    {
        Engine &a = start(u"A"_s, true);
        Engine &b = start(u"B"_s);
        b.stop();
        accept(a, u"F1"_s);
        a.sweepSoon();
        QTRY_COMPARE(sender(u"A"_s).sent.size(), 1);
        // A hangs in its send and its heartbeats stop; B takes the claim over after the lease and sends.
        EngineInternals::stopHeartbeats(a);
        b.start();
        m_clock.advance((kLeaseSeconds + 5) * kSecond);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"F1"_s), u"sent"_s, 10000);
        QCOMPARE(sender(u"B"_s).sent.size(), 1);
        // A's answer comes at last: fenced by the lease's token, it records nothing.
        QSignalSpy recorded(&EngineInternals::sweeper(a), &Sweeper::resultsRecorded);
        sender(u"A"_s).answer(0, SendStatus::Accepted);
        QTRY_COMPARE(recorded.size(), 1);
        QVERIFY(recorded.first().first().value<QList<AttemptResult>>().isEmpty());
        QCOMPARE(stateOf(u"F1"_s), u"sent"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'sent' AND engine = 'A'"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'sent' AND engine = 'B'"_s), 1);
    }

    void paidOnOneEngineStopsWhatAnotherClaimed()
    {
        Engine &a = start(u"A"_s);
        Engine &b = start(u"B"_s);
        a.stop(); // only B sweeps
        accept(a, u"P1"_s);
        // Right after B claimed the reminder, before it goes out, A takes the payment.
        bool paid = false;
        connect(&EngineInternals::sweeper(b), &Sweeper::claimed, this, [&](const QList<ClaimedReminder> &c) {
            if (paid || c.isEmpty())
                return;
            paid = true;
            const OrderEventResult r = a.orderPaid(u"P1"_s);
            QVERIFY(r.ok);
        });
        b.sweepSoon();
        QTRY_VERIFY(paid);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"P1"_s) == u"sending"_s, false, 10000);
        QTRY_VERIFY(EngineInternals::sweeper(b).inFlight() == 0);
        QVERIFY2(sender(u"B"_s).sent.isEmpty(), "a reminder of a paid order went out");
        QCOMPARE(stateOf(u"P1"_s), u"skipped"_s);
        // The history says why: settled meanwhile, by the check right before the send.
        QCOMPARE(
            count(
                u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'skipped' AND reason_code = ? AND engine = 'B'"_s,
                { u"history_settled_elsewhere"_s }),
            1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE order_no = 'P1' AND status = 'paid'"_s), 1);
    }

    void losingTheServerRefusesIntakeAndResumes()
    {
        Engine &a = start(u"A"_s);
        accept(a, u"L1"_s);
        a.sweepSoon();
        QTRY_COMPARE(stateOf(u"L1"_s), u"sent"_s);

        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        // The sweeper's next claim finds it gone (no intake needed to notice).
        a.sweepSoon();
        QTRY_VERIFY(a.storeConnection()->lost());
        // Nothing is acknowledged that is not stored: the intake's store error (503 store_error).
        const AcceptResult r = a.acceptOrder(sampleOrder(u"L2"_s, m_clock.nowMs() - 10 * kMinute));
        QCOMPARE(r.kind, AcceptResult::Kind::Error);
        QVERIFY(a.storeConnection()->lost());
        QVERIFY(healthSays(a, ErrorCode::StoreServerLost));
        QVERIFY(EngineInternals::sweeper(a).storeBackoff().failing()); // claims stop
        // What the shop's backend gets: 503 store_error, and /health says why.
        QString why;
        const std::optional<IntakeToken> token
            = IntakeToken::resolve({ config(u"A"_s).intake, m_dir.path(), false }, &why);
        QVERIFY2(token, qPrintable(why));
        IntakeApi api(a, *token);
        const QByteArray bearer = "Bearer " + token->value().toUtf8();
        ApiReply paid;
        api.handle({ "POST", u"/api/v1/orders/L1/paid"_s, {}, bearer, {}, {} },
            [&](const ApiReply &answer) { paid = answer; });
        QTRY_COMPARE(paid.status, 503);
        QVERIFY2(paid.body.contains("\"store_error\""), paid.body.constData());
        ApiReply health;
        api.handle({ "GET", u"/api/v1/health"_s, {}, bearer, {}, {} },
            [&](const ApiReply &answer) { health = answer; });
        QTRY_VERIFY(!health.body.isEmpty());
        QVERIFY2(health.body.contains("has not answered since"), health.body.constData());

        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!a.storeConnection()->lost(), 20000);
        QTRY_VERIFY(a.health().ok());
        accept(a, u"L2"_s);
        a.sweepSoon();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"L2"_s), u"sent"_s, 10000);
    }

    void theStoreIsAskedBeforeTheShopsCheck()
    {
        Engine &a = start(u"A"_s);
        a.stop();
        accept(a, u"C1"_s);
        accept(a, u"C2"_s);
        accept(a, u"C3"_s);
        QVERIFY(a.orderPaid(u"C2"_s).ok); // paid here (or on another engine)
        Store &store = EngineInternals::store(a);

        // The store alone: its answer, never from inside check().
        StorePaymentCheck alone(store, nullptr);
        QSignalSpy answered(&alone, &PaymentCheck::answered);
        alone.check(7, { u"C1"_s, u"C2"_s });
        QVERIFY(answered.isEmpty());
        QTRY_COMPARE(answered.size(), 1);
        QCOMPARE(answered.first().at(0).value<quint64>(), quint64(7));
        auto answer = answered.first().at(1).value<PaymentCheckAnswer>();
        QVERIFY(answer.ok);
        QCOMPARE(answer.unpaid, QSet<QString>({ u"C1"_s }));

        // With the shop's check: the shop is asked only about what the store still calls unpaid,
        // and an order unpaid in both is the only one that goes out.
        ScriptedCheck shop;
        StorePaymentCheck both(store, &shop);
        QSignalSpy bothAnswered(&both, &PaymentCheck::answered);
        both.check(9, { u"C1"_s, u"C2"_s, u"C3"_s });
        QCOMPARE(shop.asked.size(), 1);
        QStringList asked = shop.asked.first().second;
        asked.sort();
        QCOMPARE(asked, QStringList({ u"C1"_s, u"C3"_s }));
        shop.answer(0, { u"C3"_s, u"C2"_s }); // the shop's books: C1 paid there
        QCOMPARE(bothAnswered.size(), 1);
        QCOMPARE(bothAnswered.first().at(0).value<quint64>(), quint64(9));
        answer = bothAnswered.first().at(1).value<PaymentCheckAnswer>();
        QVERIFY(answer.ok);
        QCOMPARE(answer.unpaid, QSet<QString>({ u"C3"_s }));
    }

    void doctorReadsTheSharedStore()
    {
        start(u"A"_s);
        const QList<SetupCheck> lines = checkSharedStore(config(u"X"_s).store, m_dir.path(), m_clock.nowMs());
        QCOMPARE(lines.size(), 3);
        for (const SetupCheck &line : lines)
            QVERIFY2(line.status == SetupCheck::Status::Ok, qPrintable(line.id + u": "_s + line.summary));
        QCOMPARE(lines.at(2).id, u"engine.running"_s);
        QVERIFY2(lines.at(2).summary.contains(u"A"_s), qPrintable(lines.at(2).summary));

        // A wrong password: a problem that names the server, not a crash or a hang.
        qputenv("PAYNUDGE_TEST_WRONG_PASSWORD", "wrong");
        Config wrong = config(u"X"_s);
        wrong.store.passwordEnv = u"PAYNUDGE_TEST_WRONG_PASSWORD"_s;
        const QList<SetupCheck> refused = checkSharedStore(wrong.store, m_dir.path(), m_clock.nowMs());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().status, SetupCheck::Status::Problem);
        QVERIFY2(refused.first().summary.contains(QString::number(m_server.port())),
            qPrintable(refused.first().summary));
    }

    void noticesOfAnotherEngineReachTheConsoles()
    {
        Engine &a = start(u"A"_s);
        Engine &b = start(u"B"_s);
        QSignalSpy changed(&b, &Engine::storeChanged);
        accept(a, u"N1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        const auto notice = changed.first().first().value<ChangeNotice>();
        QCOMPARE(notice.by, u"A"_s);
    }
};

QTEST_GUILESS_MAIN(TestSharedEngines)
#include "tst_sharedengines.moc"
