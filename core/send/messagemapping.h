#pragma once

#include "config/config.h"
#include "domain/order.h"

#include <QString>

namespace paynudge {

// The template and fields one reminder goes out with, and the split-test variant that chose them.
struct MessageMapping
{
    AccountConfig account; // the account with the round's and the variant's template and fields applied
    QString variant; // empty without a split test
};

// A round of the plan takes its own mapping (round<N>.*); an operator's resend (a round above the
// plan, its own client_msg_id) takes the account's. Both in the order's variant, so a resend says
// what the order's earlier reminders said.
MessageMapping messageMappingFor(
    const AccountConfig &account, const ReminderRecord &reminder, const QString &orderNo);

} // namespace paynudge
