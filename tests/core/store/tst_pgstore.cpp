#include "pgteststore.h"
#include "postgresserver.h"
#include "store/sqlstore.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The store's SQL on a real PostgreSQL shared by several engines: claims that never overlap,
// leases, fencing, takeover and the notices other engines and consoles wake on.
class TestPgStore : public QObject
{
    Q_OBJECT

    PgTestStore *pg = nullptr;

    // A store connection as engine `instance` on the emptied database.
    std::unique_ptr<SqlStore> openStore(const QString &instance, qint64 leaseMs = 60'000)
    {
        auto store = std::make_unique<SqlStore>();
        QString error;
        if (!store->open(pg->options(instance, {}, leaseMs), &error)) {
            qWarning().noquote() << "cannot open the store as" << instance << ":" << error;
            return nullptr;
        }
        return store;
    }

private slots:
    void init()
    {
        pg = PgTestStore::get();
        if (!pg->unavailableReason().isEmpty())
            QSKIP(qPrintable(pg->unavailableReason()));
        QString error;
        QVERIFY2(pg->reset(&error), qPrintable(error));
    }

    // The fixture's database is PayNudge's alone and empty after reset(): the first engine migrates
    // it, a second one finds it current; a reset drops everything again.
    void fixtureGivesAnEmptyMigratedStore()
    {
        {
            auto a = openStore(u"engine-a"_s);
            QVERIFY(a);
            QCOMPARE(a->schemaVersion(), Database::currentSchemaVersion());
            QVERIFY(a->shared());
            QCOMPARE(a->database().dialect(), SqlDialect::Postgres);
            auto b = openStore(u"engine-b"_s);
            QVERIFY(b);
            QCOMPARE(b->schemaVersion(), Database::currentSchemaVersion());
            QSqlQuery q(a->database().db());
            QVERIFY(q.exec(u"INSERT INTO cursors (name, value, updated_at) VALUES ('x', 1, 1)"_s));
        }
        QString error;
        QVERIFY2(pg->reset(&error), qPrintable(error));
        auto again = openStore(u"engine-a"_s);
        QVERIFY(again);
        QSqlQuery q(again->database().db());
        QVERIFY(q.exec(u"SELECT count(*) FROM cursors"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // A Config filled by the fixture names the database and an environment variable that holds
    // the password, never the password itself.
    void fixtureFillsTheStoreSection()
    {
        Config c = testConfig();
        pg->fillConfig(c, u"engine-z"_s);
        QVERIFY(c.store.shared());
        QCOMPARE(c.store.instanceName(), u"engine-z"_s);
        QCOMPARE(c.store.port, pg->server().port());
        QCOMPARE(qEnvironmentVariable(qPrintable(c.store.passwordEnv)), pg->storeServer().password);
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
