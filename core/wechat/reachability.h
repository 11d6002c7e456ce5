#pragma once

#include <QObject>
#include <QString>
#include <optional>

namespace paynudge {
class Clock;
}

namespace paynudge::wechat {

struct ApiReply;

// Whether WeChat answers at all. A request that got no answer (refused, no such host, timed
// out, connection lost) marks it unreachable from then on; any answer, whatever it says, marks
// it reachable again. Sends and token fetches both report here, so an outage shows while
// reminders back off instead of only in their history.
class Reachability : public QObject
{
    Q_OBJECT
public:
    explicit Reachability(const Clock &clock, QObject *parent = nullptr);

    void note(const ApiReply &reply);

    bool reachable() const { return !m_since.has_value(); }
    // While unreachable: since the first unanswered request of this outage, and the latest problem.
    qint64 since() const { return m_since.value_or(0); }
    QString problem() const { return m_problem; }

signals:
    void changed();

private:
    const Clock &m_clock;
    std::optional<qint64> m_since;
    QString m_problem;
};

} // namespace paynudge::wechat
