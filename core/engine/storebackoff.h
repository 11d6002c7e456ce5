#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace paynudge {

// Whether the store can write, and when to try again while it cannot. A failed claim or commit
// (disk full, store read-only, I/O error) is retried after 1 s doubling to 60 s, jittered, so a
// full disk costs a try a minute instead of a core. The log hears of it once when the store
// stops writing and once when it writes again, never per try.
class StoreBackoff : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kFirstMs = 1000;
    static constexpr qint64 kMaxMs = 60 * 1000;

    using QObject::QObject;

    // A write failed at `now`: returns when to try the next one.
    qint64 failed(const QString &reason, qint64 now);
    // A write went through: the store works (again).
    void succeeded(qint64 now);

    bool failing() const { return m_since.has_value(); }
    // While failing: since when, the latest reason (SQLite's words) and when the next try may go.
    qint64 since() const { return m_since.value_or(0); }
    QString reason() const { return m_reason; }
    qint64 retryAt() const { return m_retryAt; }
    int failures() const { return m_failures; }
    // Whether a write may be tried at `now` (always, unless failing and before retryAt()).
    bool mayTry(qint64 now) const { return !failing() || now >= m_retryAt; }

    // A fraction in [0, 1) that shortens each wait by up to a quarter, so engines on one disk do
    // not retry in step; tests fix it.
    using Jitter = std::function<double()>;
    void setJitter(Jitter jitter) { m_jitter = std::move(jitter); }

signals:
    // The store stopped or started writing, or the reason changed.
    void changed();

private:
    std::optional<qint64> m_since;
    QString m_reason;
    qint64 m_retryAt = 0;
    int m_failures = 0;
    Jitter m_jitter;
};

} // namespace paynudge
