#include "appprocess.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/reminderqueue.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QSqlQuery>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The real binary, headless, fed through the store from this process (a second connection on
// the same SQLite file, as `paynudge import` would be), stopped with SIGTERM or killed.
class TestHeadless : public QObject
{
    Q_OBJECT

    struct StoreView
    {
        Database db;
        std::unique_ptr<OrderStore> orders;
        std::unique_ptr<ReminderQueue> queue;
        bool open(const QString &path)
        {
            static int n = 0;
            QString error;
            if (!db.open({ path, u"view%1"_s.arg(++n), true }, &error)) {
                qWarning() << error;
                return false;
            }
            orders = std::make_unique<OrderStore>(db);
            queue = std::make_unique<ReminderQueue>(db);
            return true;
        }
        ~StoreView()
        {
            queue.reset();
            orders.reset();
        }
        QString state(const QString &orderNo)
        {
            const auto o = orders->orderByNo(orderNo);
            return o ? wireName(orders->remindersOf(o->id).value(0).state) : QString();
        }
        qint64 scalar(const QString &sql)
        {
            QSqlQuery q(db.db());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        }
    };

    static QString config(int latencyMs = 0)
    {
        return u"[reminder]\nrounds=1\nsafetyTick=1\ncloseAfter=3600\n[dryrun]\nlatencyMs=%1\n"_s.arg(
            latencyMs);
    }

    static void add(StoreView &view, const QString &orderNo)
    {
        ReminderPlan plan;
        plan.roundOffsetsSec = { 1 };
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // One customer per order: the app runs with [policy] perCustomerDaily's default (2).
        OrderInput order = sampleOrder(orderNo, now - 1000);
        order.openid = u"oHeadless-"_s + orderNo;
        QCOMPARE(view.orders->accept(order, plan, now).kind, AcceptResult::Kind::Created);
    }

private slots:
    void runsEndToEndAndStopsOnSigterm()
    {
        AppProcess app;
        app.writeConfig(config());
        QVERIFY(app.start());
        QVERIFY2(app.waitUntilReady(), qPrintable(app.output()));
        StoreView view;
        QVERIFY(view.open(app.storePath()));
        for (int i = 0; i < 5; ++i)
            add(view, u"H%1"_s.arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(
            view.scalar(u"SELECT COUNT(*) FROM reminders WHERE state = 'dry_run'"_s), 5, 10000);
        const auto o = view.orders->orderByNo(u"H3"_s);
        const auto attempts = view.orders->attemptsOf(o->id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts[0].outcome, AttemptOutcome::DryRun);
        QVERIFY(attempts[0].detail.contains(u"H3"_s)); // the rendered message names the order

        app.terminate();
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(app.output().contains(u"stopping"_s));
        QVERIFY(QFile::exists(app.dataDir() + u"/logs/paynudge.log"_s));
    }

    // The store and logs hold openids and amounts: a data dir left open by an earlier version is
    // closed at start, and what PayNudge creates is its user's alone.
    void customerDataIsOwnerOnly()
    {
        const auto mode = [](const QString &path) {
            struct stat st
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 07777u;
        };
        AppProcess app;
        app.writeConfig(config());
        const QString oldLog = app.dataDir() + u"/logs/paynudge.log.1"_s;
        QVERIFY(QDir().mkpath(app.dataDir() + u"/logs"_s));
        QFile log(oldLog);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.close();
        QVERIFY(::chmod(QFile::encodeName(app.dataDir()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(oldLog).constData(), 0644) == 0);

        QVERIFY(app.start());
        QVERIFY2(app.waitUntilReady(), qPrintable(app.output()));
        QCOMPARE(mode(app.dataDir()), 0700u);
        QCOMPARE(mode(oldLog), 0600u);
        QCOMPARE(mode(app.storePath()), 0600u);
        QCOMPARE(mode(app.dataDir() + u"/logs/paynudge.log"_s), 0600u);
        QVERIFY(app.output().contains(u"made owner-only"_s));
        app.terminate();
        QVERIFY(app.waitForExit());
    }

    void aSecondInstanceIsRefused()
    {
        AppProcess first;
        first.writeConfig(config());
        QVERIFY(first.start());
        QVERIFY(first.waitUntilReady());
        QProcess second;
        second.start(AppProcess::binary(),
            { u"--headless"_s, u"--config"_s, first.configPath(), u"--data-dir"_s, first.dataDir() });
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 3);
        QVERIFY(QString::fromUtf8(second.readAllStandardError()).contains(u"already using this store"_s));
        first.terminate();
        QVERIFY(first.waitForExit());
        QCOMPARE(first.exitCode(), 0);
    }

    void aBadConfigurationRefusesToStart()
    {
        AppProcess app;
        app.writeConfig(u"[reminder]\nbatchSize=lots\n"_s);
        QVERIFY(app.start());
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 2);
        QVERIFY(app.output().contains(u"reminder/batchSize"_s));
        QVERIFY(app.output().contains(u"lots"_s));
        QVERIFY(!QFile::exists(app.storePath())); // nothing was started
    }

    void killedMidSendIsRetriedWithTheSameId()
    {
        AppProcess app;
        app.writeConfig(config(60000)); // every send takes a minute: it is in flight when killed
        QVERIFY(app.start());
        QVERIFY(app.waitUntilReady());
        {
            StoreView view;
            QVERIFY(view.open(app.storePath()));
            add(view, u"K1"_s);
            QTRY_COMPARE_WITH_TIMEOUT(view.state(u"K1"_s), u"sending"_s, 10000);
        }
        app.kill();
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        app.writeConfig(config(0));
        QVERIFY(app.start()); // the dead process's lock is taken over
        QVERIFY2(app.waitUntilReady(), qPrintable(app.output()));
        StoreView view;
        QVERIFY(view.open(app.storePath()));
        QTRY_COMPARE_WITH_TIMEOUT(view.state(u"K1"_s), u"dry_run"_s, 10000);
        const auto o = view.orders->orderByNo(u"K1"_s);
        const auto attempts = view.orders->attemptsOf(o->id);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts[0].outcome, AttemptOutcome::Retrying); // the interrupted one
        QCOMPARE(attempts[1].outcome, AttemptOutcome::DryRun);
        const auto r = view.orders->remindersOf(o->id).value(0);
        QCOMPARE(r.clientMsgId, u"pn-K1-1"_s);
        QCOMPARE(r.attempts, 2);
        QVERIFY(app.output().contains(u"1 reminders retried"_s));
        app.terminate();
        QVERIFY(app.waitForExit());
    }

    void killedLongAgoIsLeftUnknown()
    {
        AppProcess app;
        app.writeConfig(config(60000));
        QVERIFY(app.start());
        QVERIFY(app.waitUntilReady());
        {
            StoreView view;
            QVERIFY(view.open(app.storePath()));
            add(view, u"K2"_s);
            QTRY_COMPARE_WITH_TIMEOUT(view.state(u"K2"_s), u"sending"_s, 10000);
        }
        app.kill();
        QVERIFY(app.waitForExit());
        {
            // The restart comes 11 minutes after the interrupted attempt.
            StoreView view;
            QVERIFY(view.open(app.storePath()));
            QSqlQuery q(view.db.db());
            QVERIFY(q.exec(u"UPDATE reminders SET first_attempt_at = first_attempt_at - 660000, "
                           u"last_attempt_at = last_attempt_at - 660000"_s));
        }
        app.writeConfig(config(0));
        QVERIFY(app.start());
        QVERIFY(app.waitUntilReady());
        StoreView view;
        QVERIFY(view.open(app.storePath()));
        QCOMPARE(view.state(u"K2"_s), u"unknown"_s);
        // An order the app is not told of goes out on a safety tick: the sweep that sent it would
        // have resent K2 too.
        add(view, u"K3"_s);
        QTRY_COMPARE_WITH_TIMEOUT(view.state(u"K3"_s), u"dry_run"_s, 10000);
        QCOMPARE(view.state(u"K2"_s), u"unknown"_s); // nothing is resent on its own
        QCOMPARE(view.scalar(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'dry_run'"_s), 1); // K3's
        app.terminate();
        QVERIFY(app.waitForExit());
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
