#include "wechat/reachability.h"

#include "common/clock.h"
#include "common/durationtext.h"
#include "wechat/apicall.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReach, "paynudge.core.wechat.reachability")

namespace paynudge::wechat {

Reachability::Reachability(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

void Reachability::note(const ApiReply &reply)
{
    const qint64 now = m_clock.nowMs();
    if (reply.transport == ApiReply::Transport::Answered) {
        if (!m_since)
            return;
        qCInfo(lcReach).noquote() << "WeChat answers again after" << durationText(now - *m_since);
        m_since.reset();
        m_problem.clear();
        emit changed();
        return;
    }
    const bool began = !m_since;
    if (began) {
        m_since = now;
        qCWarning(lcReach).noquote() << "WeChat cannot be reached:" << reply.problem;
    }
    if (began || reply.problem != m_problem) {
        m_problem = reply.problem;
        emit changed();
    }
}

} // namespace paynudge::wechat
