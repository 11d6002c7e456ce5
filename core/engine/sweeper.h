#pragma once

#include "domain/reminderplan.h"
#include "engine/outcomepolicy.h"
#include "engine/storebackoff.h"
#include "store/store.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <optional>

namespace paynudge {

class Clock;
class Sender;
struct OutgoingMessage;
struct SendResult;

struct SweepSettings
{
    int batchSize = 20;
    int safetyTickSec = 7;
    int maxInFlight = 64;
    int lateLimitSec = 0; // [reminder] lateLimit: rounds later than this are skipped; 0 = no limit
    AccountPlans plan; // for quiet hours: [reminder]'s and each account's own
    RetryPolicy retry;
};

// Sends reminders when they fall due. A precise single-shot timer is armed for the earliest due
// reminder (re-armed when a sooner one arrives) and a coarse safety tick catches everything
// else (rows written by another process, clock changes). Each wake claims due reminders in
// batches, earliest first, until nothing more is due or the in-flight cap is reached; results
// are written back in groups. The cost of a wake depends on what is due, not on how much is pending.
// Timers count monotonic time, which stands still while the machine sleeps: a sweep that finds the
// wall clock far past the last one (a wake from sleep, or the clock set forward) logs the gap and
// reports it, and sends what is still due — within one safety tick of waking, or at once when the
// clock says it jumped.
class Sweeper : public QObject
{
    Q_OBJECT
public:
    Sweeper(Store &store, Sender &sender, Clock &clock, QObject *parent = nullptr);
    ~Sweeper() override;

    void setSettings(const SweepSettings &settings);
    const SweepSettings &settings() const { return m_settings; }
    // Accounts whose reminders stay put (paused by an operator, quota, configuration).
    void setPausedAccounts(const QSet<QString> &accounts);
    void setPaused(bool paused); // everything

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }

    // A reminder due at `dueAt` was added: wake for it if it is sooner than the armed wake.
    void noteDue(qint64 dueAt);
    // Sweep at the next turn of the event loop ("send due now").
    void sweepSoon();

    int inFlight() const { return int(m_inFlight.size()); }
    // This order's claimed messages that wait in the sender and have not started, taken back so a
    // payment stops them; they stay `sending` in the store until the caller settles them.
    QList<OutgoingMessage> withdraw(const QString &orderNo);
    // Sends what withdraw() took back after all (the event that was to stop them failed).
    void giveBack(const QList<OutgoingMessage> &messages);
    // Finishes what withdraw() took back as never sent (skipped, `why` in the history): its order
    // was settled elsewhere meanwhile.
    void finishUnsent(const QList<OutgoingMessage> &messages, const Error &why);
    // This order's sends that have started and not finished: they may reach WeChat.
    int inFlightFor(qint64 orderId) const;
    // When the sweeper next wakes for a due reminder (not counting the safety tick).
    std::optional<qint64> nextWakeAt() const { return m_armedFor; }

    // Whether claims and results can be written; while they cannot, the sweeper waits this out
    // (capped, jittered) instead of trying again at once. Other writers (intake) report here too.
    StoreBackoff &storeBackoff() { return m_storeBackoff; }
    const StoreBackoff &storeBackoff() const { return m_storeBackoff; }
    // A write of the store failed (`error`: SQLite's reason) or went through: backs off or resumes.
    void noteStoreFailure(const QString &error);
    void noteStoreWrote();

signals:
    void claimed(const QList<paynudge::ClaimedReminder> &claimed);
    void settledWithoutSend(
        const QList<paynudge::ReminderRecord> &reminders); // skipped / cancelled at due time
    void resultsRecorded(
        const QList<paynudge::AttemptResult> &results, const QList<paynudge::SendResult> &raw);
    // The store stopped writing (once per failing spell, not per try; storeBackoff() tells when it writes
    // again).
    void storeError(const QString &message);
    // Everything due has been handled and nothing is in flight.
    void idle();
    // The wall clock moved `gapMs` past the last sweep, far more than a safety tick: the machine
    // slept (or the clock was set forward). The sweep that noticed sends what is due.
    void woke(qint64 gapMs);
    // A sweep ended, whatever it found (paused, nothing due, the cap reached): what it was going to
    // hand to the sender has been handed. Tests wait for it instead of a fixed time.
    void swept();

private:
    void sweep();
    void sweepOnce(); // sweep() without announcing it
    void onFinished(const SendResult &result);
    // force: write even while backing off (stopping: the last chance to keep the outcomes).
    void flushResults(bool force = false);
    void arm(qint64 claimedAt); // claimedAt: the time the last claim looked for due reminders
    // Claims due reminders, an account in its quiet hours only those an operator asked for.
    ClaimReport claimDue(qint64 now, int want);
    void noteGap(qint64 now);

    Store &m_store;
    Sender &m_sender;
    Clock &m_clock;
    SweepSettings m_settings;
    QSet<QString> m_pausedAccounts;
    bool m_paused = false;
    bool m_running = false;
    bool m_sweepQueued = false;

    QTimer m_wake; // precise: lateness stays under a second
    QTimer m_safety; // coarse: catches whatever no one told us about
    QTimer m_storeRetry; // the next try while the store cannot write
    StoreBackoff m_storeBackoff;
    std::optional<qint64> m_armedFor;
    std::optional<qint64> m_lastSweepAt; // wall time, to notice a sleep

    QHash<qint64, ReminderRecord> m_inFlight; // attempt id → reminder as claimed
    QList<AttemptResult> m_pendingResults;
    QList<SendResult> m_pendingRaw;
};

} // namespace paynudge
