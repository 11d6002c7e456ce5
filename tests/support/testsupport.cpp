#include "testsupport.h"

#include "engineinternals.h"
#include "pgteststore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace paynudge::test {

Config testConfig()
{
    Config c = Config::defaults();
    c.reminder.plan.zone = QTimeZone::utc();
    // Every sampleOrder() goes to one customer: the suites that send many of them keep meaning what
    // they meant without [policy] perCustomerDaily's default of 2 (tst_claimrules sets it).
    c.policy.perCustomerDaily = 0;
    return c;
}

OrderInput sampleOrder(const QString &orderNo, qint64 placedAt, const QString &account)
{
    OrderInput o;
    o.orderNo = orderNo;
    o.account = account;
    o.openid = u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s;
    o.nickname = u"小王"_s;
    o.product = u"有机苹果 5kg"_s;
    o.amountFen = 12850;
    o.placedAt = placedAt;
    return o;
}

EngineFixture::EngineFixture(const Config &config, qint64 start)
    : clock(start)
{
    engine = std::make_unique<Engine>();
    Engine::Options options;
    options.config = config;
    if (testStoreIsPostgres()) {
        PgTestStore *pg = PgTestStore::get();
        skipped = pg->unavailableReason();
        if (!skipped.isEmpty()) {
            // A suite whose init() does not check `skipped` fails on it: ctest's
            // SKIP_REGULAR_EXPRESSION for the _pg variant reports that as a skip.
            qWarning().noquote() << "PAYNUDGE_TEST_STORE unavailable:" << skipped;
            error = skipped;
            return;
        }
        if (!pg->reset(&error))
            return;
        pg->fillConfig(
            options.config, config.store.instance.isEmpty() ? u"engine-a"_s : config.store.instance);
        // Every engine's connection to the one server would get the same name (its address):
        // a suite that replaces its fixture has both alive for a moment.
        static int serial = 0;
        options.connectionName = u"engine-fixture-%1"_s.arg(++serial);
    }
    options.dataDir = dir.path();
    options.clock = &clock;
    openedWith = options.config;
    ok = engine->open(options, &error);
}

EngineFixture::~EngineFixture()
{
    engine.reset();
}

Config EngineFixture::onSameStore(Config config) const
{
    config.store = openedWith.store;
    return config;
}

Database::Options EngineFixture::storeOptions(const QString &connectionName) const
{
    if (testStoreIsPostgres())
        return PgTestStore::get()->options(u"test-view"_s, connectionName);
    Database::Options o;
    o.path = engine->storePath();
    o.connectionName = connectionName;
    return o;
}

ReminderRecord EngineFixture::onlyReminder(const QString &orderNo)
{
    const auto order = engine->orderByNo(orderNo);
    if (!order)
        return {};
    const auto reminders = engine->remindersOf(order->id);
    return reminders.value(0);
}

qint64 countWhere(Engine &engine, const QString &sql)
{
    StoreReader reader(engine.storePath());
    QSqlQuery q(reader.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

namespace {
bool advanceAndWait(EngineFixture &f, qint64 ms, void (Engine::*signal)())
{
    QSignalSpy spy(f.engine.get(), signal);
    f.clock.advance(ms);
    return spy.wait(5000);
}
} // namespace

bool sweepAfter(EngineFixture &f, qint64 ms)
{
    return advanceAndWait(f, ms, &Engine::swept);
}

bool idleAfter(EngineFixture &f, qint64 ms)
{
    return advanceAndWait(f, ms, &Engine::idle);
}

void applyLayoutRequests()
{
    constexpr int kDeeperThanAnyWindow = 16;
    for (int level = 0; level < kDeeperThanAnyWindow; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

} // namespace paynudge::test
