#pragma once

#include <QString>

namespace paynudge {

// One idempotency key per reminder, reused on every retry of it (WeChat sends at most one
// message per openid + client_msg_id within ~10 minutes). At most 32 characters: WeChat
// documents no limit, so stay well inside what SDKs use.
QString clientMsgIdFor(const QString &orderNo, int round, bool manual = false);

inline constexpr int kClientMsgIdMaxLength = 32;

} // namespace paynudge
