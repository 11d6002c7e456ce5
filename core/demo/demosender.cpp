#include "demo/demosender.h"

#include "wechat/errorclassifier.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace paynudge {

DemoSender::DemoSender(Sender &dryRun, QObject *parent)
    : Sender(parent)
    , m_dryRun(dryRun)
{ }

void DemoSender::send(const OutgoingMessage &message)
{
    if (!m_unfollowed.contains(message.order.input.openid)) {
        m_dryRun.send(message);
        return;
    }
    SendResult r;
    r.reminderId = message.reminderId;
    r.attemptId = message.attemptId;
    r.account = message.order.input.account;
    r.errcode = 43004;
    r.errmsg = u"require subscribe"_s;
    r.latencyMs = 140;
    AccountConfig account;
    account.key = r.account;
    const wechat::Verdict verdict = wechat::classify(43004, r.errmsg, wechat::Endpoint::Send, account);
    r.status = verdict.status;
    r.operatorHint = verdict.hint;
    r.operatorProblem = verdict.problem;
    QTimer::singleShot(int(r.latencyMs), this, [this, r] { emit finished(r); });
}

} // namespace paynudge
