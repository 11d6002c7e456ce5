#pragma once

#include "store/store.h"

#include <QDate>
#include <QObject>
#include <QTimer>
#include <memory>

namespace paynudge {

class Clock;
class Store;

// The engine's automatic backup: once a day (by the engine's clock) a copy of the store in
// BACKUPS/paynudge-YYYY-MM-DD.sqlite, kept `days` days. It copies a few hundred pages at a time
// between other events, so sends, the intake API and the window never wait for a whole copy. A
// failure is logged and tried again an hour later; it never stops the engine.
class DailyBackup : public QObject
{
    Q_OBJECT
public:
    DailyBackup(Store &store, Clock &clock, const QString &backupsDir, QObject *parent = nullptr);
    ~DailyBackup() override;

    void setKeepDays(int days); // 0: no automatic backups (existing ones are left alone)
    void start();
    void stop(); // abandons a copy under way (its partial file is removed)

    // Starts today's copy if it is due and none runs; prunes old ones. The timer calls it;
    // tests call it after moving their clock.
    void check();
    bool isCopying() const { return m_copy != nullptr; }
    QString backupsDir() const { return m_dir; }
    static QString fileNameFor(QDate day);

    static constexpr int kPagesPerStep = 256; // 1 MiB at SQLite's default page size
    static constexpr qint64 kRetryAfterMs = 3600 * 1000;

signals:
    void backupWritten(const QString &path);
    void backupFailed(const QString &error);

private:
    void stepSome();
    void fail(const QString &error);
    void prune(QDate today);
    QDate today() const;

    Store &m_store;
    Clock &m_clock;
    QString m_dir;
    int m_keepDays = 0;
    bool m_running = false;
    std::unique_ptr<StoreCopy> m_copy; // the copy under way
    QTimer m_checkTimer;
    QTimer m_stepTimer;
    qint64 m_retryAfterMs = 0;
};

} // namespace paynudge
