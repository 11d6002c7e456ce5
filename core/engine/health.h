#pragma once

#include "common/error.h"

#include <QList>
#include <QString>

namespace paynudge {

// Why reminders cannot (all) go out right now, as /health and the console say it.
struct HealthReason
{
    enum class Kind
    {
        StoreFull, // the disk (or the store's size limit) is full: nothing can be written
        StoreCannotWrite, // another store fault: read-only, I/O error, locked, corrupt
        WeChatUnreachable, // requests to WeChat get no answer (refused, timed out, no route)
        SendingPaused, // an operator paused all sending
        AccountPaused, // an account is held: an error of its setup, its quota, or an operator
        TokenRefresh, // an account's access token cannot be refreshed (it sends until the old one ends)
        ShopDbUnreachable, // the payment check cannot ask the shop's database (or its polling fails)
        PrecheckFailing, // the shop's payment check over HTTP fails
    };
    Kind kind = Kind::StoreCannotWrite;
    QString account; // AccountPaused, TokenRefresh
    qint64 since = 0; // UTC epoch ms
    QString text; // in words, secrets redacted, no openid (English: the intake API's /health says it)
    Error problem {}; // the same for the console, to be worded there; None: show `text`

    // The store, the way to WeChat, or the shop's payment check while reminders wait for it
    // (onCheckFailure=hold; with send they go out unchecked): stops every account, not one.
    bool stopsEveryAccount() const
    {
        return kind == Kind::StoreFull || kind == Kind::StoreCannotWrite || kind == Kind::WeChatUnreachable
            || problem.is(ErrorCode::ShopDbUnreachable) || problem.is(ErrorCode::PrecheckFailing);
    }
};

struct Health
{
    QList<HealthReason> reasons; // most serious first
    // Reminders can go out: no reason at all.
    bool ok() const { return reasons.isEmpty(); }
};

// "store_full", "store_cannot_write", "wechat_unreachable", "sending_paused", "account_paused",
// "token_refresh", "shop_db_unreachable", "precheck_failing" (the intake API's `reasons[].kind`).
QString wireName(HealthReason::Kind kind);

} // namespace paynudge
