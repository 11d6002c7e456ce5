#include "scriptedsender.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace paynudge::test {

SendResult ScriptedSender::resultFor(const OutgoingMessage &m, SendStatus status, std::optional<int> errcode)
{
    SendResult r;
    r.reminderId = m.reminderId;
    r.attemptId = m.attemptId;
    r.account = m.order.input.account;
    r.status = status;
    r.errcode = errcode;
    if (status == SendStatus::Accepted)
        r.msgid = 200228332LL + m.reminderId;
    return r;
}

void ScriptedSender::send(const OutgoingMessage &message)
{
    sent.append(message);
    const int index = int(sent.size()) - 1;
    if (m_rule) {
        if (auto result = m_rule(message)) {
            QTimer::singleShot(0, this, [this, r = *result] { emit finished(r); });
            return;
        }
    }
    pending.append(index);
    emit held();
}

void ScriptedSender::answer(int index, SendStatus status, std::optional<int> errcode)
{
    pending.removeAll(index);
    emit finished(resultFor(sent.at(index), status, errcode));
}

void ScriptedSender::answerAll(SendStatus status)
{
    const QList<int> open = std::exchange(pending, {});
    for (int i : open)
        emit finished(resultFor(sent.at(i), status));
}

} // namespace paynudge::test
