#pragma once

#include "config/config.h"
#include "doctor/setupcheck.h"

#include <QList>
#include <functional>

class QNetworkAccessManager;
class QObject;

namespace paynudge {

namespace wechat {
class WeChatClient;
}

// The lines of one account, as far as they can be checked:
//  - account.KEY: it runs dry (warning: nothing is really sent);
//  - account.KEY.secret: where its AppSecret comes from and that it is there (never its value);
//  - account.KEY.token: a real token fetch through the client's AccessTokens (40164 names the IP
//    to whitelist, 40125 a wrong AppSecret, 40013 a wrong AppID);
//  - account.KEY.template: its template is among the account's templates
//    (get_all_private_template, or /wxaapi/newtmpl/gettemplate for the subscribe kinds) with exactly
//    the keys the mapping fills — the suggested mapping when the account names no fields/… — and
//    a warning when no shown key tells the deadline or names the order. An account that may not
//    read the list gets a warning saying the check was skipped.
// `done` runs later on `context`'s thread.
void checkAccount(const AccountConfig &account, wechat::WeChatClient &client, QNetworkAccessManager &nam,
    QObject *context, std::function<void(const QList<SetupCheck> &)> done);

// What checkAccount reports when WeChat did not answer before doctor's deadline.
QList<SetupCheck> accountUnanswered(const AccountConfig &account, int seconds);

// The lines of accounts that run dry, and the "no account at all" line.
QList<SetupCheck> checkDryAccounts(const QList<AccountConfig> &accounts);

} // namespace paynudge
