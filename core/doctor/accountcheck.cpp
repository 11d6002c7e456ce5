#include "doctor/accountcheck.h"

#include "common/logging.h"
#include "secrets/secretstore.h"
#include "templates/mappingcheck.h"
#include "templates/mappingsuggester.h"
#include "wechat/apicall.h"
#include "wechat/appsecret.h"
#include "wechat/errorclassifier.h"
#include "wechat/wechatclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

using wechat::TokenFailure;
using wechat::TokenResult;

QString lineId(const AccountConfig &a, const char *part)
{
    return u"account.%1.%2"_s.arg(a.key, QLatin1String(part));
}

// "shop1 (西瓜乐园)" — the key orders name, and the name the operator knows.
QString who(const AccountConfig &a)
{
    return a.name.isEmpty() || a.name == a.key ? a.key : u"%1 (%2)"_s.arg(a.key, a.name);
}

QString secretSource(const AccountConfig &a)
{
    if (!a.secretEnv.isEmpty())
        return QCoreApplication::translate("Doctor", "the environment variable %1").arg(a.secretEnv);
    if (!a.secretFile.isEmpty())
        return QCoreApplication::translate("Doctor", "the file %1").arg(a.secretFile);
    return QCoreApplication::translate("Doctor", "the system keychain (%1)")
        .arg(wechat::AppSecret::keychainKey(a.key));
}

SetupCheck checkSecret(const AccountConfig &a)
{
    const QString id = lineId(a, "secret");
    if (!wechat::AppSecret::needed(a))
        return SetupCheck::ok(id,
            QCoreApplication::translate(
                "Doctor", "Account %1 keeps no AppSecret here: the shop's token service %2 gives its tokens.")
                .arg(who(a), logging::urlForLog(a.tokenUrl)));
    // Read from where AppSecret::resolve reads it, to see that it is there; the value goes nowhere
    // (SecretStore registers it with the log scrubber).
    QString why;
    const bool there = !a.secretEnv.isEmpty() ? SecretStore::fromEnv(a.secretEnv, &why).has_value()
        : !a.secretFile.isEmpty()
        ? SecretStore::fromFile(a.secretFile, &why).has_value()
        : SecretStore::fromKeychain(wechat::AppSecret::keychainKey(a.key), &why).has_value();
    if (!there)
        return SetupCheck::problem(id,
            QCoreApplication::translate("Doctor", "Account %1 has no AppSecret: %2.").arg(who(a), why),
            QCoreApplication::translate("Doctor",
                "Put the AppSecret (mp.weixin.qq.com → 设置与开发 → 基本配置) in %1, or type it in Settings "
                "→ Accounts.")
                .arg(secretSource(a)));
    return SetupCheck::ok(id,
        QCoreApplication::translate("Doctor", "The AppSecret of account %1 comes from %2 and is there.")
            .arg(who(a), secretSource(a)));
}

SetupCheck tokenFailureLine(const AccountConfig &a, const TokenFailure &f)
{
    const QString id = lineId(a, "token");
    const int code = f.errcode.value_or(0);
    if (code == 40164) {
        const QString ip = wechat::whitelistIpFrom(f.errmsg);
        const QString shownIp
            = ip.isEmpty() ? QCoreApplication::translate("Doctor", "this computer's public IP") : ip;
        return SetupCheck::problem(id,
            QCoreApplication::translate("Doctor",
                "WeChat refuses calls from IP %1 for account %2 (errcode 40164): the IP is not whitelisted.")
                .arg(shownIp, who(a)),
            QCoreApplication::translate("Doctor",
                "Add %1 to the IP whitelist: mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单 (or send "
                "through a relay with a fixed IP).")
                .arg(shownIp));
    }
    if (code == 40125 || (code == 40001 && a.tokenSource == TokenSource::Classic))
        return SetupCheck::problem(id,
            QCoreApplication::translate(
                "Doctor", "WeChat says the AppSecret of account %1 is wrong (errcode %2).")
                .arg(who(a))
                .arg(code),
            QCoreApplication::translate("Doctor",
                "Copy the current AppSecret from mp.weixin.qq.com → 设置与开发 → 基本配置 into %1 (a reset "
                "there replaces the old one).")
                .arg(secretSource(a)));
    if (code == 40013)
        return SetupCheck::problem(id,
            QCoreApplication::translate(
                "Doctor", "WeChat does not know the AppID %1 of account %2 (errcode 40013).")
                .arg(a.appid, who(a)),
            QCoreApplication::translate("Doctor",
                "Check appid in [accounts/%1]: it is the AppID shown at mp.weixin.qq.com → 设置与开发 → "
                "基本配置.")
                .arg(a.key));
    const QString summary
        = QCoreApplication::translate("Doctor", "No access token for account %1: %2").arg(who(a), f.hint);
    // A busy WeChat or a used-up quota passes; anything else stops this account's reminders.
    if (f.errcode && (f.status == SendStatus::Transient || f.status == SendStatus::AccountQuota))
        return SetupCheck::warning(
            id, summary, QCoreApplication::translate("Doctor", "Run the check again later."));
    if (!f.errcode)
        return SetupCheck::problem(id, summary,
            QCoreApplication::translate(
                "Doctor", "Check the network and [wechat] apiBase (or tokenUrl of [accounts/%1]).")
                .arg(a.key));
    return SetupCheck::problem(id, summary,
        QCoreApplication::translate("Doctor", "Fix it as the message says, then run the check again."));
}

SetupCheck tokenLine(const AccountConfig &a, const TokenResult &r)
{
    if (!r.ok())
        return tokenFailureLine(a, *r.failure);
    return SetupCheck::ok(lineId(a, "token"),
        a.tokenSource == TokenSource::Url
            ? QCoreApplication::translate(
                "Doctor", "The shop's token service gave account %1 an access token.")
                  .arg(who(a))
            : QCoreApplication::translate("Doctor", "WeChat gave account %1 (AppID %2) an access token.")
                  .arg(who(a), a.appid));
}

// Where the operator sees the account's templates in the MP backend.
QString templatePlace(const AccountConfig &a)
{
    return a.kind == MessageKind::Template ? u"模板消息 → 我的模板"_s : u"订阅通知 → 我的模板"_s;
}

SetupCheck templateLine(const AccountConfig &a, const wechat::ApiReply &reply)
{
    const QString id = lineId(a, "template");
    const QString byHand = QCoreApplication::translate("Doctor",
        "Compare templateId and the fields/ keys of [accounts/%1] with the template in mp.weixin.qq.com → "
        "%2.")
                               .arg(a.key, templatePlace(a));
    if (!reply.answeredOk())
        return SetupCheck::warning(id,
            QCoreApplication::translate(
                "Doctor", "Could not read the template list of account %1 (%2): template check skipped.")
                .arg(who(a), reply.problem),
            byHand);
    if (reply.errcode && *reply.errcode != 0)
        return SetupCheck::warning(id,
            QCoreApplication::translate("Doctor",
                "Account %1 may not read its template list (errcode %2, %3): template check skipped.")
                .arg(who(a))
                .arg(*reply.errcode)
                .arg(reply.errmsg),
            byHand);
    QString unreadable;
    const auto catalog = readTemplateList(a.kind, reply.json, 0, &unreadable);
    if (!catalog)
        return SetupCheck::warning(id,
            QCoreApplication::translate(
                "Doctor", "Could not read the template list of account %1 (%2): template check skipped.")
                .arg(who(a), unreadable),
            byHand);
    const WeChatTemplate *found = catalog->find(a.templateId);
    if (!found)
        return SetupCheck::problem(id,
            QCoreApplication::translate("Doctor",
                "Template %1 is not among the %n template(s) of account %2: every send fails (errcode "
                "40037).",
                nullptr, int(catalog->templates.size()))
                .arg(a.templateId, who(a)),
            QCoreApplication::translate("Doctor",
                "Copy the template ID from mp.weixin.qq.com → %2 into templateId of [accounts/%1], or pick "
                "it "
                "in Settings → Accounts → Message → Load templates from WeChat.")
                .arg(a.key, templatePlace(a)));
    // Without fields/… PayNudge sends the mapping it suggests for the template: check that one.
    const bool suggested = a.fields.isEmpty();
    const QList<QPair<QString, QString>> fields = suggested ? suggestMapping(*found) : a.fields;
    const MappingCheck check = checkMapping(*found, fields);
    const QString keys = found->keyNames().join(u", "_s);
    const QString which = suggested ? QCoreApplication::translate("Doctor",
                              "Template %1 (%2) of account %3, with the mapping PayNudge "
                              "suggests for it (the account names no fields/…)")
                                          .arg(a.templateId, found->title, who(a))
                                    : QCoreApplication::translate("Doctor", "Template %1 (%2) of account %3")
                                          .arg(a.templateId, found->title, who(a));
    if (check.hasProblems()) {
        QStringList todo;
        if (!check.fit.leftEmpty.isEmpty())
            todo << QCoreApplication::translate(
                "Doctor", "Add %1 to [accounts/%2] (Settings → Accounts → template fields).")
                        .arg(u"fields/"_s + check.fit.leftEmpty.join(u"=…, fields/"_s) + u"=…"_s, a.key);
        if (!check.fit.notInTemplate.isEmpty())
            todo << QCoreApplication::translate("Doctor",
                "Map the template's keys (%1) in [accounts/%2], or choose the template that has these keys.")
                        .arg(keys, a.key);
        for (const QString &key : check.notAllowed)
            todo << QCoreApplication::translate("Doctor", "Set fields/%1 in [accounts/%2] to one of: %3.")
                        .arg(key, a.key, found->key(key)->enumValues.join(u" / "_s));
        return SetupCheck::problem(id, which + u": "_s + check.problems().join(u' '), todo.join(u' '));
    }
    if (check.hasWarnings())
        return SetupCheck::warning(id, which + u": "_s + check.warnings().join(u' '),
            QCoreApplication::translate("Doctor",
                "Map a shown key of the template to the deadline (e.g. {close_at:HH:mm} or "
                "\"请于{close_in}内完成支付\") "
                "and one to the order ({order_no} or {product}) in [accounts/%1].")
                .arg(a.key));
    return SetupCheck::ok(id,
        QCoreApplication::translate(
            "Doctor", "%1 has exactly the keys the mapping fills (%2), with the order and its deadline.")
            .arg(which, keys));
}

void checkTemplate(const AccountConfig &a, const TokenResult &token, QNetworkAccessManager &nam,
    const WeChatSettings &settings, QObject *context, std::function<void(const SetupCheck &)> done)
{
    const QString id = lineId(a, "template");
    if (a.templateId.isEmpty()) {
        QTimer::singleShot(0, context, [=] {
            done(SetupCheck::problem(id,
                QCoreApplication::translate("Doctor", "Account %1 names no template.").arg(who(a)),
                QCoreApplication::translate("Doctor", "Set templateId in [accounts/%1].").arg(a.key)));
        });
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"access_token"_s, token.token);
    wechat::ApiCall::get(nam, wechat::ApiCall::endpoint(settings.apiBase, templateListPath(a.kind), query),
        settings.timeoutMs(), context,
        [a, done](const wechat::ApiReply &reply) { done(templateLine(a, reply)); });
}

} // namespace

QList<SetupCheck> checkDryAccounts(const QList<AccountConfig> &accounts)
{
    // Without a configured account, PayNudge runs one implicit dry-run account so a fresh install works.
    const bool noneConfigured = std::all_of(accounts.cbegin(), accounts.cend(),
        [](const AccountConfig &a) { return a.key == Config::implicitAccountKey(); });
    if (noneConfigured)
        return { SetupCheck::warning(u"accounts"_s,
            QCoreApplication::translate(
                "Doctor", "No WeChat account is configured: PayNudge runs dry and nothing is really sent."),
            QCoreApplication::translate("Doctor",
                "Add the shop's official account in Settings → Accounts (or an [accounts/KEY] section).")) };
    QList<SetupCheck> lines;
    for (const AccountConfig &a : accounts) {
        if (a.sendsForReal())
            continue;
        lines << SetupCheck::warning(u"account."_s + a.key,
            a.dryRun ? QCoreApplication::translate("Doctor",
                "Account %1 runs dry (dryRun=true): its reminders are recorded, nothing is really sent.")
                           .arg(who(a))
                     : QCoreApplication::translate(
                         "Doctor", "Account %1 has no appid: it runs dry and nothing is really sent.")
                           .arg(who(a)),
            QCoreApplication::translate("Doctor",
                "Set appid and the AppSecret in [accounts/%1] (and remove dryRun) to send for real.")
                .arg(a.key));
    }
    return lines;
}

QList<SetupCheck> accountUnanswered(const AccountConfig &account, int seconds)
{
    return { SetupCheck::problem(lineId(account, "token"),
        QCoreApplication::translate(
            "Doctor", "No answer for account %1 within %n second(s).", nullptr, seconds)
            .arg(who(account)),
        QCoreApplication::translate(
            "Doctor", "Check the network and [wechat] apiBase, then run the check again.")) };
}

void checkAccount(const AccountConfig &account, wechat::WeChatClient &client, QNetworkAccessManager &nam,
    QObject *context, std::function<void(const QList<SetupCheck> &)> done)
{
    const SetupCheck secret = checkSecret(account);
    if (secret.status == SetupCheck::Status::Problem) {
        QTimer::singleShot(0, context, [=] { done({ secret }); });
        return;
    }
    const WeChatSettings settings = client.settings();
    QPointer<QObject> guard(context);
    // The client's own token fetch: the same request, secret handling and error words as sending.
    client.tokens().fetchOnce(account, context, [=, &nam](const TokenResult &token) {
        const SetupCheck tokenCheck = tokenLine(account, token);
        if (!token.ok() || !guard) {
            done({ secret, tokenCheck });
            return;
        }
        checkTemplate(account, token, nam, settings, guard, [=](const SetupCheck &templ) {
            done({ secret, tokenCheck, templ });
        });
    });
}

} // namespace paynudge
