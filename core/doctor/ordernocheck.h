#pragma once

#include "config/config.h"
#include "doctor/setupcheck.h"

#include <QList>

namespace paynudge {

// account.KEY.ordernumber, for each account whose mapping puts {order_no} into a
// character_string key: WeChat takes 32 characters there, the intake accepts order numbers up to
// 64, so some of the shop's orders could be too long. The line says what tooLong does with them:
// ok with tooLong=shorten (sent shortened with "..."), a warning with tooLong=fail (not sent).
// It checks the mapping only, not the shop's orders: whether its numbers ever get that long,
// doctor cannot know.
QList<SetupCheck> checkOrderNumberLength(const QList<AccountConfig> &accounts);

} // namespace paynudge
