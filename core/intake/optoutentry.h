#pragma once

#include "common/error.h"

#include <QString>

namespace paynudge::optoutentry {

// The longest reason the do-not-remind list keeps (characters).
inline constexpr int kMaxReason = 200;

// What makes an entry of the do-not-remind list acceptable, wherever it comes from (the API, a CSV
// file, the window): an openid shaped as the order intake takes it, a reason of one line up to
// kMaxReason characters. Both are given trimmed. No error: acceptable; the error's field is
// "openid" or "reason".
Error check(const QString &openid, const QString &reason);

} // namespace paynudge::optoutentry
