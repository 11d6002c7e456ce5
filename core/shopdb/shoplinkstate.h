#pragma once

#include "config/config.h"
#include "engine/health.h"

#include <QString>
#include <QTimeZone>
#include <optional>

namespace paynudge {

// Whether the shop's books can be asked, as the health says it: since when the current spell of
// failures lasts and what the latest one said. The payment check reports here; anything else that
// talks to the shop's database (the poller) can feed one too, and the engine words each alike.
struct ShopLinkState
{
    HealthReason::Kind kind = HealthReason::Kind::ShopDbUnreachable; // the database or the HTTP hook
    std::optional<qint64> since; // the first failure of the spell (UTC epoch ms); none: it works
    QString error; // the latest failure, English, secrets redacted

    bool failing() const { return since.has_value(); }
    // A failure at `now`: true when it starts a spell (a change the health announces).
    bool failed(const QString &why, qint64 now);
    // It answered: true when that ends a spell.
    bool succeeded();

    // The health reason of the payment check while it fails: "shop database unreachable since
    // 2026-03-02 18:00: …", the words saying whether reminders wait (hold) or go out unchecked
    // (send). `since` in `zone`.
    HealthReason healthReason(CheckFailurePolicy onFailure, const QTimeZone &zone) const;
    // The same in the words of `code` (%1 since, %2 the error): the poller's, which holds nothing back.
    HealthReason healthReason(ErrorCode code, const QTimeZone &zone) const;
};

} // namespace paynudge
