#pragma once

#include "engine/health.h"
#include "store/accountstates.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <optional>

namespace paynudge {

class Engine;
class ReadService;

// What the window's banner and status bar and the tray show about the engine, worked out in one
// place so they cannot disagree: which accounts are paused, when the next reminder goes out
// (quiet hours considered), how many reminders wait for a decision, what needs the operator,
// and how many orders await payment. changed() says any of it changed.
//
// It is kept current while something listens to changed(): engine signals re-read it (those that
// come in bursts once per burst), a once-a-second tick catches what no signal announces (another
// process's import, a pause that ran out). What the store says is read on the status lane, off the
// engine's connection: the next due time and unknown count on every re-read, the pending count — a
// read that takes ~100 ms over a million orders — at most once per `countSpacingMs`.
class EngineStatus : public QObject
{
    Q_OBJECT
public:
    struct Pace
    {
        int refreshDelayMs = 300; // reminder and order signals come in bursts: re-read once per burst
        int countSpacingMs = 2000; // the pending count runs at most this often
    };

    // The accounts paused at `now` (a timed pause that has run out no longer counts; the
    // all-accounts switch is not an account), which pauses ran out, and when the next one ends.
    struct PausedSet
    {
        QSet<QString> accounts;
        QStringList ended;
        std::optional<qint64> nextResume;
    };
    static PausedSet pausedSet(const QHash<QString, AccountState> &states, qint64 now);

    EngineStatus(Engine &engine, ReadService &reads, QObject *parent = nullptr);
    ~EngineStatus() override;

    void setPace(const Pace &pace);

    // Re-reads now: the engine's part at once; the next due time, the unknown count and the
    // pending count follow from the status lane.
    void refresh();

    bool isPaused() const { return m_paused; }
    const QSet<QString> &pausedAccounts() const { return m_pausedAccounts; }
    // When the next reminder goes out: one due in quiet hours when they end, one overdue now.
    // Nothing while all sending is paused or nothing is scheduled (paused accounts' reminders wait).
    std::optional<qint64> nextDueAt() const { return m_nextDue; }
    qint64 unknownCount() const { return m_unknown; }
    // What keeps reminders from going out, besides the operator's pause of all sending: the store
    // or WeChat (first), then paused accounts and failing token refreshes.
    const QList<HealthReason> &problems() const { return m_problems; }
    // No account sends for real (none, or all without an AppID or set to dry run): reminders are
    // only rendered and recorded — the operator must not read that as "running".
    bool isDryRunOnly() const;
    // Every configured account is paused (and there is one): nothing goes out though "all" is not paused.
    bool isEveryAccountPaused() const;
    // Orders awaiting payment as last counted (0 until the first count comes back).
    qint64 pendingCount() const { return m_pending; }

signals:
    void changed();
    // A re-read of the store's part has come back, whether or not anything changed: what tests
    // wait for before checking that a signal left the status (and what follows from it) alone.
    void refreshed();

private:
    bool isWatched() const;
    void scheduleRefresh();
    void readNow();
    void requestStoreReads();
    void storeRead(std::optional<qint64> next);
    void requestCount();
    void startCount();
    void counted(qint64 pending);

    Engine &m_engine;
    ReadService &m_reads;
    QTimer m_refreshSoon;
    QTimer m_tick;
    int m_ticks = 0;
    QTimer m_countSpacing;
    bool m_counting = false;
    bool m_countAgain = false;
    bool m_storeReading = false; // the next due time and unknown count are being read
    bool m_storeReadAgain = false;
    qint64 m_readUnknown = 0; // the unknown count of the reads under way

    bool m_paused = false;
    QSet<QString> m_pausedAccounts;
    std::optional<qint64> m_nextDue;
    qint64 m_unknown = 0;
    QList<HealthReason> m_problems;
    qint64 m_pending = 0;
};

} // namespace paynudge
