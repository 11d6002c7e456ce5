#pragma once

#include "config/config.h"
#include "send/sender.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace paynudge::wechat {

// Tells a mistake of an account's setup from one bad order (issue 11 §2). A rejection that
// every message of the account would meet pauses the account at once: 47003 on a key the
// field mapping does not fill, or fills with fixed text. Where one order's value could be the
// cause (47003 on a key filled from order data, or naming no key; sensitive words 45168;
// marketing content 40249) each reminder fails on its own until the same error met
// kCustomersInARow different customers of the account with no accepted send in between.
// Errors the classifier already calls configuration (41030, 40037, 48001, 45103, …) pause
// without help from here.
class SetupMistakes
{
public:
    static constexpr int kCustomersInARow = 3;

    // Looks at how one send of `account` to `openid` ended. Returns why the account should
    // pause (a setup_* code: what the operator can act on), or nothing when the reminder's own
    // verdict stands.
    std::optional<Error> judge(const AccountConfig &account, const QString &openid, const SendResult &result);
    // Starts the account's count afresh (its mapping changed, or it is gone).
    void forget(const QString &accountKey);

    // The template key a 47003 errmsg names ("argument invalid! data.thing3.value is empty" →
    // "thing3"); empty when it names none.
    static QString keyNamedIn(const QString &errmsg);

private:
    // account → error ("47003|thing2", "45168") → the different customers it met since the
    // account's last accepted send
    QHash<QString, QHash<QString, QSet<QString>>> m_streaks;
};

} // namespace paynudge::wechat
