#include "appprocess.h"
#include "config/config.h"
#include "demo/demofeed.h"
#include "demo/demosession.h"
#include "store/database.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// `paynudge --demo`: its configuration, the stream of sample orders with its fates, the failing
// customers, and the real binary leaving nothing behind.
class TestDemo : public QObject
{
    Q_OBJECT

    static Config demoConfig(DemoSession &session)
    {
        QList<Error> errors;
        Config c = Config::load(session.configPath(), &errors);
        for (const Error &e : errors)
            qWarning("%s", qPrintable(configErrorLine(e)));
        return errors.isEmpty() ? c : Config();
    }

private slots:
    void configurationHasShortRoundsAndDryShops()
    {
        DemoSession session;
        QString error;
        QVERIFY2(session.prepare(&error), qPrintable(error));
        QVERIFY(session.dataDir().startsWith(QDir::tempPath()));
        const Config c = demoConfig(session);
        QCOMPARE(c.reminder.plan.roundOffsetsSec, (QList<qint64> { 20, 75 }));
        QCOMPARE(c.reminder.plan.closeAfterSec, 180);
        QVERIFY(!c.intake.enabled);
        QCOMPARE(c.accounts.size(), 2);
        for (const AccountConfig &a : c.accounts)
            QVERIFY2(!a.sendsForReal(), qPrintable(a.key));
        QCOMPARE(c.account(u"shop1"_s)->name, u"西瓜乐园"_s);
    }

    void sampleOrdersMoveWithinAMinute()
    {
        DemoSession session;
        QString error;
        QVERIFY(session.prepare(&error));
        EngineFixture f(demoConfig(session));
        QVERIFY2(f.ok, qPrintable(f.error));
        session.attach(*f.engine, 7);
        Engine &engine = *f.engine;
        QCOMPARE(session.feed()->placed(), 12);
        QVERIFY(!session.feed()->unfollowed().isEmpty());
        const auto count = [&](const QString &sql) { return countWhere(engine, sql); };
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE product GLOB '*[^ -~]*'"_s), 12); // Chinese names
        engine.start();
        // The backlog spans the last 90 s: payments already due happen at once …
        QTRY_VERIFY(count(u"SELECT COUNT(*) FROM orders WHERE status = 'paid'"_s) >= 1);
        // … and within a minute of demo time there are dry runs and 43004 failures.
        f.clock.advance(60 * kSecond);
        QTRY_VERIFY(count(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'dry_run'"_s) >= 5);
        QTRY_VERIFY(
            count(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'failed' AND errcode = 43004"_s) >= 1);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM send_attempts a JOIN reminders r ON r.id = a.reminder_id "
                  u"JOIN orders o ON o.id = r.order_id WHERE a.outcome = 'failed' AND o.openid NOT IN ("_s
                +
                [&] {
                    QStringList quoted;
                    for (const QString &id : session.feed()->unfollowed())
                        quoted << u"'"_s + id + u"'"_s;
                    return quoted.join(u',');
                }()
                + u")"_s),
            0); // only the customers who do not follow fail
        // The stream goes on: a new order every few seconds.
        QTRY_VERIFY_WITH_TIMEOUT(session.feed()->placed() > 12, 8000);
    }

    void theBinaryRunsTheDemoAndLeavesNothing()
    {
        AppProcess app;
        app.writeConfig(u"[reminder]\nrounds=600\n"_s);
        QVERIFY(app.start({ u"--demo"_s, u"--headless"_s }));
        QVERIFY2(app.waitUntilReady(), qPrintable(app.output()));
        const auto match = QRegularExpression(u"demo data in (\\S+)"_s).match(app.output());
        QVERIFY2(match.hasMatch(), qPrintable(app.output()));
        const QString demoDir = match.captured(1);
        QVERIFY(QFileInfo::exists(demoDir + u"/data/paynudge.sqlite"_s));
        // The sample orders go in and their first reminders out.
        QVERIFY2(app.waitForOutput(u"paynudge.core.sweep: sending"_s), qPrintable(app.output()));
        app.terminate();
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(!QFileInfo::exists(demoDir), qPrintable(demoDir)); // thrown away
        QVERIFY(!QFileInfo::exists(app.storePath())); // the real data dir untouched
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
