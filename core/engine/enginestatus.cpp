#include "engine/enginestatus.h"

#include "common/clock.h"
#include "engine/engine.h"
#include "readmodel/readservice.h"

#include <QMetaMethod>
#include <algorithm>

namespace paynudge {
namespace {

constexpr int kCountEveryTicks = 15; // pending orders also leave by closing: re-count now and then

bool sameReasons(const QList<HealthReason> &a, const QList<HealthReason> &b)
{
    return std::equal(
        a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const HealthReason &x, const HealthReason &y) {
            return x.kind == y.kind && x.account == y.account && x.since == y.since && x.text == y.text;
        });
}

} // namespace

EngineStatus::PausedSet EngineStatus::pausedSet(const QHash<QString, AccountState> &states, qint64 now)
{
    PausedSet set;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const AccountState &s = it.value();
        if (!s.paused || it.key() == AccountStates::allAccounts())
            continue;
        if (s.until && *s.until <= now) {
            set.ended << s.account;
            continue;
        }
        set.accounts.insert(s.account);
        if (s.until)
            set.nextResume = set.nextResume ? std::min(*set.nextResume, *s.until) : *s.until;
    }
    return set;
}

EngineStatus::EngineStatus(Engine &engine, ReadService &reads, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_reads(reads)
{
    m_refreshSoon.setSingleShot(true);
    m_countSpacing.setSingleShot(true);
    setPace({});
    connect(&m_refreshSoon, &QTimer::timeout, this, &EngineStatus::refresh);
    connect(&m_countSpacing, &QTimer::timeout, this, [this] {
        if (m_countAgain && !m_counting)
            startCount();
    });
    m_tick.setInterval(1000);
    m_tick.setTimerType(Qt::CoarseTimer);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!isWatched())
            return;
        if (++m_ticks % kCountEveryTicks == 0)
            refresh();
        else
            readNow();
    });

    const auto ifWatched = [this](void (EngineStatus::*what)()) {
        return [this, what] {
            if (isWatched())
                (this->*what)();
        };
    };
    connect(&m_engine, &Engine::pausedChanged, this, ifWatched(&EngineStatus::refresh));
    connect(&m_engine, &Engine::accountStateChanged, this, ifWatched(&EngineStatus::refresh));
    connect(&m_engine, &Engine::healthChanged, this, ifWatched(&EngineStatus::refresh));
    connect(&m_engine, &Engine::problem, this, ifWatched(&EngineStatus::refresh));
    connect(&m_engine, &Engine::configApplied, this, ifWatched(&EngineStatus::refresh));
    connect(&m_engine, &Engine::remindersChanged, this, ifWatched(&EngineStatus::scheduleRefresh));
    connect(&m_engine, &Engine::ordersAccepted, this, ifWatched(&EngineStatus::scheduleRefresh));
    connect(&m_engine, &Engine::orderSettled, this, ifWatched(&EngineStatus::scheduleRefresh));
    // Another engine on a shared store changed the counts (its NOTIFY); the periodic count makes
    // good a notice that was missed.
    connect(&m_engine, &Engine::storeChanged, this, ifWatched(&EngineStatus::scheduleRefresh));
    m_tick.start();
}

EngineStatus::~EngineStatus() = default;

void EngineStatus::setPace(const Pace &pace)
{
    m_refreshSoon.setInterval(pace.refreshDelayMs);
    m_countSpacing.setInterval(pace.countSpacingMs);
}

// Nobody shows the status (headless, the intake benchmark): no reads at all.
bool EngineStatus::isWatched() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&EngineStatus::changed));
}

void EngineStatus::scheduleRefresh()
{
    if (!m_refreshSoon.isActive())
        m_refreshSoon.start();
}

void EngineStatus::refresh()
{
    m_refreshSoon.stop();
    requestCount();
    readNow();
}

// What the engine knows is shown at once; what the store says (the next due time, the reminders
// waiting for a decision) follows from the status lane.
void EngineStatus::readNow()
{
    const qint64 now = m_engine.clock().nowMs();
    const bool paused = m_engine.isPaused();
    const QSet<QString> pausedAccounts = pausedSet(m_engine.accountStates(), now).accounts;

    QList<HealthReason> problems;
    for (const HealthReason &r : m_engine.health().reasons)
        if (r.kind != HealthReason::Kind::SendingPaused)
            problems << r;

    // While all sending is paused nothing goes out: no next due time, and none to wait for.
    const bool changes = paused != m_paused || pausedAccounts != m_pausedAccounts
        || !sameReasons(problems, m_problems) || (paused && m_nextDue);
    m_paused = paused;
    m_pausedAccounts = pausedAccounts;
    m_problems = problems;
    if (paused)
        m_nextDue.reset();
    if (changes)
        emit changed();
    requestStoreReads();
}

void EngineStatus::requestStoreReads()
{
    if (m_storeReading) {
        m_storeReadAgain = true; // the answer under way may predate what asked: read once more
        return;
    }
    m_storeReading = true;
    m_storeReadAgain = false;
    m_reads.unknownCount(this, [this](qint64 unknown) { m_readUnknown = unknown; });
    m_reads.nextDueAt(this, m_pausedAccounts, [this](std::optional<qint64> next) { storeRead(next); });
}

// The lane answers in order: the unknown count came back just before.
void EngineStatus::storeRead(std::optional<qint64> next)
{
    m_storeReading = false;
    // A paused account's reminders wait; one due in quiet hours goes when they end.
    if (m_paused)
        next.reset();
    if (next)
        next = m_engine.config()
                   .reminder.plan.sendableAt(std::max(m_engine.clock().nowMs(), *next))
                   .value_or(*next);
    if (next != m_nextDue || m_readUnknown != m_unknown) {
        m_nextDue = next;
        m_unknown = m_readUnknown;
        emit changed();
    }
    emit refreshed();
    if (m_storeReadAgain)
        requestStoreReads();
}

void EngineStatus::requestCount()
{
    m_countAgain = true;
    if (!m_counting && !m_countSpacing.isActive())
        startCount();
}

void EngineStatus::startCount()
{
    m_countAgain = false;
    m_counting = true;
    m_reads.pendingCount(this, m_engine.clock().nowMs(), [this](qint64 pending) { counted(pending); });
}

void EngineStatus::counted(qint64 pending)
{
    m_counting = false;
    m_countSpacing.start();
    if (pending < 0 || pending == m_pending)
        return;
    m_pending = pending;
    emit changed();
}

bool EngineStatus::isDryRunOnly() const
{
    const QList<AccountConfig> &accounts = m_engine.config().accounts;
    return std::none_of(
        accounts.cbegin(), accounts.cend(), [](const AccountConfig &a) { return a.sendsForReal(); });
}

bool EngineStatus::isEveryAccountPaused() const
{
    const QList<AccountConfig> &accounts = m_engine.config().accounts;
    return !accounts.isEmpty()
        && std::all_of(accounts.cbegin(), accounts.cend(),
            [this](const AccountConfig &a) { return m_pausedAccounts.contains(a.key); });
}

} // namespace paynudge
