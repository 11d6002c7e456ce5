#pragma once

#include "common/clock.h"
#include "config/config.h"
#include "domain/order.h"
#include "engine/engine.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace paynudge::test {

// 2026-03-02 10:00:00 UTC, a Monday: a fixed start for manual clocks.
inline constexpr qint64 kT0 = 1772445600000LL;
inline constexpr qint64 kMinute = 60 * 1000;
inline constexpr qint64 kSecond = 1000;

// Defaults with UTC as the shop's zone, so quiet-hours tests do not depend on the machine, and no daily
// cap per customer: every sampleOrder() goes to one openid.
Config testConfig();

OrderInput sampleOrder(
    const QString &orderNo, qint64 placedAt, const QString &account = Config::implicitAccountKey());

// An engine on a fresh temporary store, driven by a manual clock. Under PAYNUDGE_TEST_STORE=postgres
// (testStoreIsPostgres()) the store is the test process's PostgreSQL database, emptied first;
// `skipped` then says why not when PostgreSQL cannot run here (PAYNUDGE_INIT_FIXTURE skips on it).
struct EngineFixture
{
    explicit EngineFixture(const Config &config = testConfig(), qint64 start = kT0);
    ~EngineFixture();

    QTemporaryDir dir;
    ManualClock clock;
    Config openedWith; // what the engine was opened with (its [store] too): reopen it with this
    std::unique_ptr<Engine> engine;
    QString error;
    bool ok = false;
    QString skipped;

    ReminderRecord onlyReminder(const QString &orderNo);
    // `config` on this fixture's store (its [store] section), for an engine opened again on it.
    Config onSameStore(Config config) const;
    // A store connection of the test's own on the engine's store (a second Database or SqlStore).
    Database::Options storeOptions(const QString &connectionName) const;
};

// In a suite's init(): skips the test when its store cannot run here, else requires the fixture open.
#define PAYNUDGE_INIT_FIXTURE(fixture)                                                                       \
    do {                                                                                                     \
        if (!(fixture).skipped.isEmpty())                                                                    \
            QSKIP(qPrintable((fixture).skipped));                                                            \
        QVERIFY2((fixture).ok, qPrintable((fixture).error));                                                 \
    } while (false)

// Counts rows with a query over the engine's store, on a read connection of its own.
qint64 countWhere(Engine &engine, const QString &sql);

// What "nothing happened" checks wait for instead of a fixed time. Both move the fixture's clock
// by `ms` (0: not at all; the move still wakes the sweeper) and are false after 5 s without it.
// The sweep the move woke has ended: what it would hand to a sender has been handed.
bool sweepAfter(EngineFixture &f, qint64 ms = 0);
// The engine is idle after the move (nothing due, nothing in flight): every send the move
// allowed has gone out and its answer has been recorded.
bool idleAfter(EngineFixture &f, qint64 ms = 0);

// Lays out what changed (new texts, a resize) before a window is grabbed: a widget's layout
// request posts its parent's, so the posted requests are sent level by level.
void applyLayoutRequests();

} // namespace paynudge::test

// QCOMPARE prints states by their wire names.
namespace QTest {
template<> inline char *toString(const paynudge::ReminderState &s)
{
    return qstrdup(paynudge::wireName(s).toUtf8().constData());
}
template<> inline char *toString(const paynudge::OrderStatus &s)
{
    return qstrdup(paynudge::wireName(s).toUtf8().constData());
}
template<> inline char *toString(const paynudge::AttemptOutcome &s)
{
    return qstrdup(paynudge::wireName(s).toUtf8().constData());
}
} // namespace QTest
