#pragma once

#include "common/error.h"
#include "send/sender.h"

#include <functional>

namespace paynudge {

class Engine;

// The first run's test reminder to the operator's own WeChat (the setup checklist): a sample
// order that exists only in memory, rendered with the account's mapping and sent by the account's
// sender — WeChat, or only rehearsed for a dry-run account. Nothing enters the store (no order,
// reminder, history row or statistic); the send and its outcome are logged, the openid masked.
class TestMessage
{
public:
    using Done = std::function<void(const SendResult &)>;

    // An error: bad input (no such account, not an openid) — nothing is sent, `done` is not
    // called. Otherwise `done` runs later on `context`, not at all once `context` is gone. With an
    // `actor` (the operator) the send and its outcome go to the audit log.
    static Error send(Engine &engine, const QString &account, const QString &openid, QObject *context,
        Done done, const QString &actor = {});

    // The message for `account`: a sample order placed `now`, closing after `closeAfterSec`.
    static OutgoingMessage sample(
        const AccountConfig &account, const QString &openid, qint64 now, qint64 closeAfterSec);
};

} // namespace paynudge
