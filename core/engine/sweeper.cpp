#include "engine/sweeper.h"

#include "common/clock.h"
#include "common/durationtext.h"
#include "common/error.h"
#include "send/sender.h"

#include <QLoggingCategory>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSweep, "paynudge.core.sweep")

namespace paynudge {
namespace {
// Batches claimed in one wake before yielding to the event loop, so a huge backlog never
// freezes the window or the intake API.
constexpr int kBatchesPerTurn = 8;
// Results are written in groups: one transaction for everything that finished together.
constexpr int kFlushAt = 256;
// Sweeps come at least every safety tick; a wall-clock gap this much longer means the machine slept.
constexpr qint64 kSleepGapMs = 60 * 1000;
} // namespace

Sweeper::Sweeper(Store &store, Sender &sender, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sender(sender)
    , m_clock(clock)
{
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, [this] {
        m_armedFor.reset();
        sweep();
    });
    m_safety.setTimerType(Qt::CoarseTimer);
    connect(&m_safety, &QTimer::timeout, this, &Sweeper::sweep);
    m_storeRetry.setSingleShot(true);
    m_storeRetry.setTimerType(Qt::PreciseTimer);
    connect(&m_storeRetry, &QTimer::timeout, this, &Sweeper::sweep);
    connect(&m_sender, &Sender::finished, this, &Sweeper::onFinished);
    connect(&m_clock, &Clock::jumped, this, &Sweeper::sweepSoon);
}

Sweeper::~Sweeper()
{
    stop();
}

void Sweeper::setSettings(const SweepSettings &settings)
{
    m_settings = settings;
    if (m_running) {
        m_safety.start(m_settings.safetyTickSec * 1000);
        sweepSoon();
    }
}

void Sweeper::setPausedAccounts(const QSet<QString> &accounts)
{
    if (accounts == m_pausedAccounts)
        return;
    m_pausedAccounts = accounts;
    sweepSoon(); // a resumed account may have a backlog waiting
}

void Sweeper::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    qCInfo(lcSweep) << (paused ? "sending paused" : "sending resumed");
    if (paused) {
        m_wake.stop();
        m_armedFor.reset();
    } else {
        sweepSoon();
    }
}

void Sweeper::start()
{
    if (m_running)
        return;
    m_running = true;
    m_safety.start(m_settings.safetyTickSec * 1000);
    sweepSoon();
}

void Sweeper::stop()
{
    m_running = false;
    m_lastSweepAt.reset();
    m_wake.stop();
    m_safety.stop();
    m_storeRetry.stop();
    m_armedFor.reset();
    flushResults(true);
}

void Sweeper::sweepSoon()
{
    if (m_sweepQueued || !m_running)
        return;
    m_sweepQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_sweepQueued = false;
        sweep();
    });
}

void Sweeper::noteDue(qint64 dueAt)
{
    if (!m_running || m_paused)
        return;
    if (m_armedFor && *m_armedFor <= dueAt && m_wake.isActive())
        return;
    const qint64 delay = std::max<qint64>(0, dueAt - m_clock.nowMs());
    if (delay == 0) {
        sweepSoon();
        return;
    }
    m_armedFor = dueAt;
    m_wake.start(int(std::min<qint64>(delay, m_settings.safetyTickSec * 1000LL)));
}

void Sweeper::noteGap(qint64 now)
{
    const std::optional<qint64> last = std::exchange(m_lastSweepAt, now);
    if (!last || now - *last <= m_settings.safetyTickSec * 1000LL + kSleepGapMs)
        return;
    qCInfo(lcSweep).noquote() << "the clock moved" << durationText(now - *last)
                              << "since the last sweep (the machine slept or the clock was set forward); "
                                 "sending what is still due";
    emit woke(now - *last);
}

void Sweeper::noteStoreFailure(const QString &error)
{
    const bool began = !m_storeBackoff.failing();
    const qint64 now = m_clock.nowMs();
    const qint64 retryAt = m_storeBackoff.failed(error, now);
    if (m_running)
        m_storeRetry.start(int(std::max<qint64>(0, retryAt - now)));
    if (began)
        emit storeError(error);
}

void Sweeper::noteStoreWrote()
{
    if (!m_storeBackoff.failing())
        return;
    m_storeBackoff.succeeded(m_clock.nowMs());
    m_storeRetry.stop();
    sweepSoon(); // what fell due meanwhile
}

void Sweeper::sweep()
{
    sweepOnce();
    emit swept();
}

void Sweeper::sweepOnce()
{
    if (!m_running) {
        flushResults();
        return;
    }
    const qint64 now = m_clock.nowMs();
    noteGap(now);
    if (!m_storeBackoff.mayTry(now)) {
        // Wakes, safety ticks and finished sends wait for the next try; the retry timer keeps it.
        if (!m_storeRetry.isActive())
            m_storeRetry.start(int(m_storeBackoff.retryAt() - now));
        return;
    }
    flushResults();
    if (m_paused || !m_storeBackoff.mayTry(now))
        return;
    for (int batch = 0; batch < kBatchesPerTurn; ++batch) {
        const int room = m_settings.maxInFlight - inFlight();
        if (room <= 0)
            return; // finished sends make room and sweep again
        // A turn starts when a batch's room is free (or nothing is in flight), then fills up to
        // the cap: a claim is a transaction of its own (a WAL write on PostgreSQL), and claiming
        // after every finished send made it ~4 sends a claim. The sends still in flight sweep
        // again as they finish.
        if (batch == 0 && room < std::min(m_settings.batchSize, m_settings.maxInFlight) && inFlight() > 0)
            return;
        const int want = std::min(m_settings.batchSize, room);
        ClaimReport report = claimDue(now, want);
        if (!report.error.isEmpty()) {
            qCDebug(lcSweep).noquote() << "claiming due reminders failed:" << report.error;
            noteStoreFailure(report.error);
            return; // no sweep again at once: the store retry timer comes back
        }
        noteStoreWrote();
        if (!report.skipped.isEmpty() || !report.cancelled.isEmpty()) {
            qCInfo(lcSweep) << "due but settled without sending:" << report.skipped.size() << "skipped,"
                            << report.cancelled.size() << "cancelled";
            emit settledWithoutSend(report.skipped + report.cancelled);
        }
        if (!report.claimed.isEmpty()) {
            for (const ClaimedReminder &c : std::as_const(report.claimed))
                m_inFlight.insert(c.attemptId, c.reminder);
            emit claimed(report.claimed);
            for (const ClaimedReminder &c : std::as_const(report.claimed)) {
                qCDebug(lcSweep) << "sending" << c.reminder.clientMsgId << "due" << c.reminder.dueAt
                                 << "late by" << now - c.reminder.dueAt << "ms";
                m_sender.send({ c.reminder.id, c.attemptId, c.reminder, c.order, c.manual });
            }
        }
        const qsizetype handled = report.claimed.size() + report.skipped.size() + report.cancelled.size();
        if (handled < want) {
            arm(now);
            return; // drained
        }
    }
    sweepSoon(); // more is due: continue after the event loop has had a turn
}

ClaimReport Sweeper::claimDue(qint64 now, int want)
{
    // In quiet hours only an operator's explicit "send now" goes out. Accounts with their own quiet
    // hours that differ now from [reminder]'s split the claim in two.
    const qint64 lateLimitMs = m_settings.lateLimitSec * 1000LL;
    const AccountPlans &plans = m_settings.plan;
    const bool quiet = plans.fallback.quietAt(now);
    QSet<QString> quietOwn, freeOwn;
    for (auto it = plans.own.cbegin(); it != plans.own.cend(); ++it)
        (it->quietAt(now) ? quietOwn : freeOwn).insert(it.key());
    if ((quiet ? freeOwn : quietOwn).isEmpty())
        return m_store.claimDue(now, want, m_pausedAccounts, quiet, lateLimitMs);
    // Not quiet: all but the quiet accounts, then operators' sends (of the accounts not excluded: an
    // operator's send goes out anyway). Quiet: operators' sends of all, then all of the accounts whose
    // own hours do not hold now. A claim can exclude accounts, not name them: one the configuration
    // does not know is claimed too, and its sender says it is not configured (no customer gets it).
    ClaimReport report = quiet ? m_store.claimDue(now, want, m_pausedAccounts, true, lateLimitMs)
                               : m_store.claimDue(now, want, m_pausedAccounts + quietOwn, false, lateLimitMs);
    const int left = want - int(report.claimed.size() + report.skipped.size() + report.cancelled.size());
    if (!report.error.isEmpty() || left <= 0)
        return report;
    const ClaimReport more = quiet
        ? m_store.claimDue(now, left, m_pausedAccounts + quietOwn, false, lateLimitMs)
        : m_store.claimDue(now, left, m_pausedAccounts + freeOwn, true, lateLimitMs);
    report.error = more.error;
    report.claimed += more.claimed;
    report.skipped += more.skipped;
    report.cancelled += more.cancelled;
    return report;
}

void Sweeper::arm(qint64 claimedAt)
{
    if (!m_running || m_paused)
        return;
    std::optional<qint64> next = m_store.nextDueAt(m_pausedAccounts);
    const qint64 now = m_clock.nowMs();
    // Woken at the end of quiet hours, not while they hold; an account with its own hours may send earlier,
    // so its earliest end counts (the safety tick caps the wait either way).
    if (next) {
        const qint64 at = std::max(now, *next);
        std::optional<qint64> wakeAt;
        const auto consider = [&wakeAt, at, due = *next](const ReminderPlan &plan) {
            const auto end = plan.quietHours ? plan.quietHours->endIfInside(at, plan.zone) : std::nullopt;
            const qint64 t = end.value_or(due);
            wakeAt = std::min(wakeAt.value_or(t), t);
        };
        consider(m_settings.plan.fallback);
        for (const ReminderPlan &plan : m_settings.plan.own)
            consider(plan);
        next = *wakeAt;
    }
    if (!next) {
        m_wake.stop();
        m_armedFor.reset();
        if (m_inFlight.isEmpty())
            emit idle();
        return;
    }
    if (*next > claimedAt && *next <= now) {
        // It fell due while this sweep was claiming: not left by the claim, so claim it now.
        sweepSoon();
        return;
    }
    // Something due that the claim left (its customer already has a send in flight): the
    // safety tick or the next finished send picks it up, never a busy loop.
    const qint64 delay = *next <= now ? m_settings.safetyTickSec * 1000LL : *next - now;
    m_armedFor = now + std::min<qint64>(delay, m_settings.safetyTickSec * 1000LL);
    m_wake.start(int(*m_armedFor - now));
    if (*next > now && m_inFlight.isEmpty())
        emit idle();
}

QList<OutgoingMessage> Sweeper::withdraw(const QString &orderNo)
{
    const QList<OutgoingMessage> taken = m_sender.withdraw(orderNo);
    for (const OutgoingMessage &m : taken)
        m_inFlight.remove(m.attemptId);
    if (!taken.isEmpty())
        sweepSoon(); // their room in flight is free again
    return taken;
}

void Sweeper::giveBack(const QList<OutgoingMessage> &messages)
{
    for (const OutgoingMessage &m : messages) {
        m_inFlight.insert(m.attemptId, m.reminder);
        m_sender.send(m);
    }
}

void Sweeper::finishUnsent(const QList<OutgoingMessage> &messages, const Error &why)
{
    for (const OutgoingMessage &m : messages) {
        m_inFlight.insert(m.attemptId, m.reminder);
        SendResult r;
        r.reminderId = m.reminderId;
        r.attemptId = m.attemptId;
        r.account = m.order.input.account;
        r.status = SendStatus::NotSentSkipped;
        r.errmsg = why.englishText();
        r.errmsgProblem = why;
        onFinished(r);
    }
}

int Sweeper::inFlightFor(qint64 orderId) const
{
    return int(std::count_if(m_inFlight.cbegin(), m_inFlight.cend(),
        [orderId](const ReminderRecord &r) { return r.orderId == orderId; }));
}

void Sweeper::onFinished(const SendResult &result)
{
    const auto it = m_inFlight.constFind(result.attemptId);
    if (it == m_inFlight.cend()) {
        qCWarning(lcSweep) << "result for an attempt not in flight:" << result.attemptId;
        return;
    }
    const ReminderRecord reminder = it.value();
    m_inFlight.erase(it);
    m_pendingResults.append(decideOutcome(result, reminder, m_clock.nowMs(), m_settings.retry));
    m_pendingRaw.append(result);
    if (m_pendingResults.size() >= kFlushAt)
        flushResults();
    if (m_running)
        sweepSoon(); // writes the results and fills the room this send left
    else
        flushResults(true);
}

void Sweeper::flushResults(bool force)
{
    if (m_pendingResults.isEmpty() || (!force && !m_storeBackoff.mayTry(m_clock.nowMs())))
        return;
    const QList<AttemptResult> results = std::exchange(m_pendingResults, {});
    const QList<SendResult> raw = std::exchange(m_pendingRaw, {});
    QString error;
    QList<qint64> fenced;
    if (!m_store.recordResults(results, &error, &fenced)) {
        // Nothing of them was written (one transaction): kept to be written on the next try. If
        // PayNudge stops first they stay `sending`, and recovery on the next start settles them.
        m_pendingResults = results + m_pendingResults;
        m_pendingRaw = raw + m_pendingRaw;
        qCDebug(lcSweep).noquote() << "recording" << results.size() << "outcomes failed:" << error;
        noteStoreFailure(error);
        return;
    }
    noteStoreWrote();
    QList<AttemptResult> recorded;
    recorded.reserve(results.size());
    for (const AttemptResult &r : results) {
        if (fenced.contains(r.reminderId))
            continue;
        recorded.append(r);
        if (r.outcome == AttemptOutcome::Retrying && r.nextDueAt)
            noteDue(*r.nextDueAt);
    }
    if (!fenced.isEmpty())
        // This engine's lease ran out (it stalled or lost the store) and another engine took these
        // reminders over: theirs is the word now, these outcomes are dropped.
        qCWarning(lcSweep) << "dropped" << fenced.size()
                           << "outcomes of reminders another engine took over after this one's lease ran out:"
                           << fenced;
    emit resultsRecorded(recorded, raw);
}

} // namespace paynudge
