#include "send/messagemapping.h"

#include "domain/clientmsgid.h"

namespace paynudge {

MessageMapping messageMappingFor(
    const AccountConfig &account, const ReminderRecord &reminder, const QString &orderNo)
{
    // A plan round an operator sent early keeps its client_msg_id; only a resend gets the "-m" one.
    const bool resend
        = reminder.manual && reminder.clientMsgId == clientMsgIdFor(orderNo, reminder.round, true);
    MessageMapping m;
    m.variant = account.variantOf(orderNo);
    m.account = account.forMessage(resend ? 0 : reminder.round, m.variant);
    return m;
}

} // namespace paynudge
