#include "config/configkeys.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

constexpr qint64 kMonth = 30LL * 24 * 3600;
constexpr qint64 kNoMin = 0;
constexpr qint64 kNoMax = 0;
constexpr qint64 kMaxFen = 2'000'000'000; // ¥20 million, and what a spin box holds

using Id = ConfigKeyId;
using T = ConfigKeyType;

// The public keys: names, sections and defaults are a contract with every existing file.
constexpr ConfigKey kKeys[] = {
    { Id::ReminderRounds, "reminder", "rounds", T::Rounds, "600", 1, kMonth, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "How long after the order is placed a reminder goes out; several rounds: \"10m, 1h30m\" "
            "(seconds as before: \"600, 5400\").") },
    { Id::ReminderCloseAfter, "reminder", "closeAfter", T::Duration, "7200", 60, kMonth, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "How long after the order is placed it closes, for orders that give no close time, such as "
            "2h (or seconds: 7200).") },
    { Id::ReminderQuietHours, "reminder", "quietHours", T::TimeRange, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "Local time when no reminder goes out, such as 22:00-08:00; empty: none.") },
    { Id::ReminderQuietPolicy, "reminder", "quietPolicy", T::Choice, "defer", kNoMin, kNoMax, "defer|skip",
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "A reminder due in quiet hours: defer (send when they end, unless the order has closed by "
            "then) or skip.") },
    { Id::ReminderBatchSize, "reminder", "batchSize", T::Integer, "20", 1, 1000, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "Reminders claimed from the store in one batch.") },
    { Id::ReminderSafetyTick, "reminder", "safetyTick", T::Duration, "7", 1, 3600, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "PayNudge also wakes exactly when each reminder falls due; this sweep catches anything "
            "else, such as orders another program wrote into the store.") },
    { Id::ReminderMaxInFlight, "reminder", "maxInFlight", T::Integer, "64", 1, 10000, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "Sends in flight across all accounts at most.") },
    { Id::ReminderLateLimit, "reminder", "lateLimit", T::Duration, "0", 0, kMonth, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "After the computer slept or WeChat could not be reached, a reminder that would go out "
            "more than this late is skipped and recorded as such. No limit: it goes out as long "
            "as its order is open.") },
    { Id::ReminderTimeZone, "reminder", "timeZone", T::TimeZone, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The shop's IANA time zone for quiet hours and dates, such as Asia/Shanghai; empty: the "
            "system's.") },
    { Id::StorePath, "store", "path", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The SQLite file of the store; empty: paynudge.sqlite in the data folder.") },
    { Id::StoreBackupDays, "store", "backupDays", T::Integer, "7", 0, 365, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "A daily copy of the store is kept in the data folder's backups for this many days; 0: none.") },
    { Id::StoreBackend, "store", "backend", T::Choice, "sqlite", kNoMin, kNoMax, "sqlite|postgres",
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "sqlite: the store is one file on this computer; postgres: a PostgreSQL database that several "
            "PayNudge engines and windows share.") },
    { Id::StoreHost, "store", "host", T::Text, "127.0.0.1", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "backend=postgres: the host name or address of the PostgreSQL server, or the folder of its "
            "socket.") },
    { Id::StorePort, "store", "port", T::Integer, "5432", 1, 65535, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "backend=postgres: the port of the PostgreSQL server.") },
    { Id::StoreDatabase, "store", "database", T::Text, "paynudge", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "backend=postgres: the database that holds PayNudge's store.") },
    { Id::StoreUser, "store", "user", T::Text, "paynudge", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "backend=postgres: the database user; it needs to create tables in the database once.") },
    { Id::StorePasswordEnv, "store", "passwordEnv", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "backend=postgres: the environment variable holding the password; empty: passwordFile or the "
            "keychain.") },
    { Id::StorePasswordFile, "store", "passwordFile", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "backend=postgres: an owner-only file holding the database password.") },
    { Id::StoreSslMode, "store", "sslMode", T::Choice, "prefer", kNoMin, kNoMax,
        "disable|allow|prefer|require|verify-ca|verify-full",
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "backend=postgres: whether the connection is encrypted (PostgreSQL's sslmode); verify-full "
            "also checks the server's certificate and name.") },
    { Id::StoreInstance, "store", "instance", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "This engine's name, shown in the history as who sent; empty: the computer's name. Each "
            "engine on one store needs its own.") },
    { Id::StoreLeaseSeconds, "store", "leaseSeconds", T::Duration, "60", 5, 3600, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "backend=postgres: how long a reminder an engine took stays its own without a sign of life; "
            "after that another engine takes it over as after a crash.") },
    { Id::IntakeEnabled, "intake", "enabled", T::Boolean, "true", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "Accept orders over HTTP; off: orders come by CSV import only.") },
    { Id::IntakeListen, "intake", "listen", T::Address, "127.0.0.1:8787", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "Address and port. Keep 127.0.0.1 unless the shop's backend runs on another machine.") },
    { Id::IntakeToken, "intake", "token", T::Token, "", 16, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The bearer token of the intake API, at least 16 characters; empty: the one in tokenFile, the "
            "keychain or generated on first run.") },
    { Id::IntakeTokenFile, "intake", "tokenFile", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "An owner-only file holding the intake API's token.") },
    { Id::IntakeMaxConnections, "intake", "maxConnections", T::Integer, "512", 8, 100000, nullptr,
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "Open intake connections at most (kept below the system's file limit).") },
    { Id::WeChatApiBase, "wechat", "apiBase", T::Url, "https://api.weixin.qq.com", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "Where the WeChat API is reached.") },
    { Id::WeChatTimeout, "wechat", "timeout", T::Duration, "10", 1, 300, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "How long a request to WeChat may take, such as 10s.") },
    { Id::WeChatMaxInFlight, "wechat", "maxInFlight", T::Integer, "8", 1, 256, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "Sends in flight per account at most.") },
    { Id::DryRunLatencyMs, "dryrun", "latencyMs", T::Integer, "0", 0, 600000, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "Milliseconds a dry-run send pretends to take (demos).") },
    { Id::UiLanguage, "ui", "language", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The language of the window: zh_CN or en; empty: the system's. Takes effect at the next "
            "start.") },
    { Id::ShopDbDriver, "shopdb", "driver", T::Choice, "mysql", kNoMin, kNoMax, "mysql|postgres",
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "The shop's own database: mysql (also MariaDB) or postgres.") },
    { Id::ShopDbHost, "shopdb", "host", T::Text, "127.0.0.1", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "The host name or address of the shop's database.") },
    { Id::ShopDbPort, "shopdb", "port", T::Integer, "0", 0, 65535, nullptr,
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "The port of the shop's database; 0: the driver's (3306 or 5432).") },
    { Id::ShopDbDatabase, "shopdb", "database", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The name of the shop's database; empty: PayNudge does not read the shop's database.") },
    { Id::ShopDbUser, "shopdb", "user", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The database user PayNudge reads with; one with SELECT rights only is enough.") },
    { Id::ShopDbPasswordEnv, "shopdb", "passwordEnv", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The environment variable holding the database password; empty: passwordFile or the "
            "keychain.") },
    { Id::ShopDbPasswordFile, "shopdb", "passwordFile", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "An owner-only file holding the database password.") },
    { Id::ShopDbPollInterval, "shopdb", "pollInterval", T::Duration, "5", 1, 3600, nullptr,
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "How often the shop's database is asked for new orders, such as 5s.") },
    { Id::ShopDbPageSize, "shopdb", "pageSize", T::Integer, "500", 1, 10000, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "New orders read per query (:limit); after downtime they are caught up page by page.") },
    { Id::ShopDbProfile, "shopdb", "profile", T::Choice, "custom", kNoMin, kNoMax, "custom|xg",
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "xg: the built-in queries for the xg_orders tables; custom: ordersQuery and unpaidQuery.") },
    { Id::ShopDbOrdersQuery, "shopdb", "ordersQuery", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "A SELECT of new unpaid orders with columns named like the intake API's fields and id "
            "(the watermark), given :after_id and :limit; empty: no polling.") },
    { Id::ShopDbUnpaidQuery, "shopdb", "unpaidQuery", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "A SELECT of the order_no among :order_nos that are still unpaid, run right before "
            "sending.") },
    { Id::ShopDbCheck, "shopdb", "check", T::Boolean, "true", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "Ask the shop's database right before sending whether the orders are still unpaid.") },
    { Id::ShopDbOnCheckFailure, "shopdb", "onCheckFailure", T::Choice, "hold", kNoMin, kNoMax, "hold|send",
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "When the payment check cannot run (database down, hook failing): hold the reminders until "
            "it works again, or send without it.") },
    { Id::ShopDbAmountColumn, "shopdb", "amountColumn", T::Text, "price", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "profile=xg: the column of xg_orders holding the amount.") },
    { Id::ShopDbAmountUnit, "shopdb", "amountUnit", T::Choice, "yuan", kNoMin, kNoMax, "yuan|fen",
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The unit of the amount column (profile=xg) or of a query's amount column: yuan or fen.") },
    { Id::ShopDbPlacedAtColumn, "shopdb", "placedAtColumn", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "profile=xg: the column of xg_orders holding the creation time; empty: the time PayNudge "
            "first saw the order.") },
    { Id::PrecheckUrl, "precheck", "url", T::Url, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The shop's payment check over HTTP: POST {\"order_nos\": [...]}, answer {\"unpaid\": "
            "[...]}; empty: none.") },
    { Id::PrecheckTokenEnv, "precheck", "tokenEnv", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The environment variable holding the bearer token of the payment check.") },
    { Id::PrecheckTokenFile, "precheck", "tokenFile", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "An owner-only file holding the bearer token of the payment check.") },
    { Id::PrecheckTimeout, "precheck", "timeout", T::Duration, "3", 1, 60, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "How long the payment check may take, such as 3s.") },
    { Id::PolicyPerCustomerDaily, "policy", "perCustomerDaily", T::Integer, "2", 0, 100, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "At most this many reminders to one customer per day (the shop's time zone), across all their "
            "orders and rounds, counting those on their way; 0: no limit.") },
    { Id::PolicySkipIfPaidWithin, "policy", "skipIfPaidWithin", T::Duration, "0", 0, kMonth, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "No reminder to a customer who paid another order this recently, such as 1d; 0: off.") },
    { Id::PolicyMinAmountFen, "policy", "minAmountFen", T::Integer, "0", 0, kMaxFen, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "Orders below this amount (in fen: 1000 = ¥10.00) are not reminded; 0: no minimum.") },
    { Id::PolicyMaxAmountFen, "policy", "maxAmountFen", T::Integer, "0", 0, kMaxFen, nullptr,
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "Orders above this amount (in fen) are not reminded; 0: no maximum.") },
    { Id::PolicyProductsInclude, "policy", "productsInclude", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "Only orders whose product contains one of these words, or whose vars product_id is one of "
            "them, are reminded (comma-separated); empty: every product.") },
    { Id::PolicyProductsExclude, "policy", "productsExclude", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "Orders whose product contains one of these words, or whose vars product_id is one of them, "
            "are not reminded (comma-separated).") },
    { Id::AccountName, "accounts/*", "name", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "The name the window shows; empty: the account key.") },
    { Id::AccountAppId, "accounts/*", "appid", T::AppId, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The official account's AppID, such as wx0123456789abcdef; empty: the account runs dry.") },
    { Id::AccountSecretEnv, "accounts/*", "secretEnv", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The environment variable holding the AppSecret; empty: secretFile or the keychain.") },
    { Id::AccountSecretFile, "accounts/*", "secretFile", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "An owner-only file holding the AppSecret.") },
    { Id::AccountTokenSource, "accounts/*", "tokenSource", T::Choice, "stable", kNoMin, kNoMax,
        "stable|classic|url",
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "How the access token is fetched: stable, classic, or url (the shop's own token service).") },
    { Id::AccountTokenUrl, "accounts/*", "tokenUrl", T::Url, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "With tokenSource=url: the shop's own token service.") },
    { Id::AccountKind, "accounts/*", "kind", T::Choice, "template", kNoMin, kNoMax,
        "template|subscribe|miniprogram",
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "The kind of message: template, subscribe or miniprogram.") },
    { Id::AccountTemplateId, "accounts/*", "templateId", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "The template the reminders are sent with (required with an AppID).") },
    { Id::AccountUrl, "accounts/*", "url", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The page the message opens, such as https://shop.example/order/{order_no}.") },
    { Id::AccountMiniprogramAppId, "accounts/*", "miniprogramAppid", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "A mini program the message opens instead of the link.") },
    { Id::AccountMiniprogramPage, "accounts/*", "miniprogramPage", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "The mini program's page, such as pages/order?no={order_no}.") },
    { Id::AccountMiniprogramState, "accounts/*", "miniprogramState", T::Choice, "formal", kNoMin, kNoMax,
        "formal|trial|developer",
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "Which version of the mini program a miniprogram message opens: formal, trial or developer.") },
    { Id::AccountLang, "accounts/*", "lang", T::Choice, "zh_CN", kNoMin, kNoMax, "zh_CN|en_US|zh_HK|zh_TW",
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "The language of a miniprogram message.") },
    { Id::AccountDryRun, "accounts/*", "dryRun", T::Boolean, "false", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "Render and record the messages only; nothing is sent to customers.") },
    { Id::AccountTooLong, "accounts/*", "tooLong", T::Choice, "shorten", kNoMin, kNoMax, "shorten|fail",
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "An order number longer than its template key allows (32): shorten (with a visible "
            "\"...\") or fail the send.") },
    { Id::AccountShopToken, "accounts/*", "shopToken", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "The value of the shop database's token column that means this account.") },
    { Id::AccountFields, "accounts/*", "fields/*", T::TemplateField, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "What goes into a template key, such as {order_no}; without any, the template is mapped by "
            "its key types and labels.") },
    { Id::AccountQuietHours, "accounts/*", "quietHours", T::TimeRange, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "This account's own quiet hours, such as 21:00-09:00, or none; empty: as [reminder] "
            "quietHours.") },
    { Id::AccountPerCustomerDaily, "accounts/*", "perCustomerDaily", T::Integer, "", 0, 100, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "This account's own limit of reminders to one customer per day; empty: as [policy].") },
    { Id::AccountSkipIfPaidWithin, "accounts/*", "skipIfPaidWithin", T::Duration, "", 0, kMonth, nullptr,
        QT_TRANSLATE_NOOP(
            "paynudge::ConfigKey", "This account's own skipIfPaidWithin; empty: as [policy].") },
    { Id::AccountMinAmountFen, "accounts/*", "minAmountFen", T::Integer, "", 0, kMaxFen, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "This account's own minAmountFen; empty: as [policy].") },
    { Id::AccountMaxAmountFen, "accounts/*", "maxAmountFen", T::Integer, "", 0, kMaxFen, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "This account's own maxAmountFen; empty: as [policy].") },
    { Id::AccountProductsInclude, "accounts/*", "productsInclude", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "This account's own productsInclude; empty: as [policy].") },
    { Id::AccountProductsExclude, "accounts/*", "productsExclude", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey", "This account's own productsExclude; empty: as [policy].") },
    { Id::AccountRoundTemplateId, "accounts/*", "round*.templateId", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "round2.templateId: the template round 2 is sent with, so the last reminder can say "
            "\"closes in 30 minutes\"; empty: the account's.") },
    { Id::AccountRoundFields, "accounts/*", "round*.fields/*", T::TemplateField, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "round2.fields/thing2: what goes into a template key in round 2; a round with any of its own "
            "takes only its own.") },
    { Id::AccountVariants, "accounts/*", "variants", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "Two or more texts to compare, such as a,b: each order gets one by its number, and the "
            "statistics show which makes more customers pay; empty: one text.") },
    { Id::AccountVariantWeight, "accounts/*", "*.weight", T::Integer, "1", 1, 1000, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "b.weight: how many orders variant b gets relative to the others (1 each: an even split).") },
    { Id::AccountVariantTemplateId, "accounts/*", "*.templateId", T::Text, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "b.templateId: the template variant b is sent with; empty: the round's.") },
    { Id::AccountVariantFields, "accounts/*", "*.fields/*", T::TemplateField, "", kNoMin, kNoMax, nullptr,
        QT_TRANSLATE_NOOP("paynudge::ConfigKey",
            "b.fields/thing2: what variant b puts into a template key instead of the round's text.") },
};

// The table is indexed by its ids: a key out of place would answer for another.
constexpr bool inIdOrder()
{
    for (int i = 0; i < int(std::size(kKeys)); ++i)
        if (int(kKeys[i].id) != i)
            return false;
    return true;
}
static_assert(inIdOrder(), "kKeys must list the keys in the order of ConfigKeyId");
static_assert(
    std::size(kKeys) == size_t(ConfigKeyId::AccountVariantFields) + 1, "a key is missing from kKeys");

const auto kAccountSection = "accounts/*"_L1;
const auto kAccountsPrefix = "accounts/"_L1;

} // namespace

bool ConfigKey::perAccount() const
{
    return QLatin1StringView(section) == kAccountSection;
}

QString ConfigKey::path(const QString &account) const
{
    if (perAccount())
        return kAccountsPrefix + account + u'/' + QLatin1StringView(name);
    return QLatin1StringView(section) + u'/' + QLatin1StringView(name);
}

QStringList ConfigKey::choiceList() const
{
    return choices ? QString::fromLatin1(choices).split(u'|') : QStringList();
}

QString ConfigKey::helpText() const
{
    return QCoreApplication::translate("paynudge::ConfigKey", help);
}

const ConfigKey &ConfigKey::get(ConfigKeyId id)
{
    return all()[int(id)];
}

const QList<ConfigKey> &ConfigKey::all()
{
    static const QList<ConfigKey> keys(std::begin(kKeys), std::end(kKeys));
    return keys;
}

bool ConfigKey::pattern() const
{
    return QLatin1StringView(name).contains(u'*');
}

QString ConfigKey::nameFor(const QStringList &parts) const
{
    QString out;
    int next = 0;
    for (const char *c = name; *c; ++c)
        out += *c == '*' ? parts.value(next++) : QString(QLatin1Char(*c));
    return out;
}

namespace {

// A pattern key's name as a regular expression: round<N> is 1–99, a variant a short identifier,
// fields/ any template key (Config::load judges it).
QRegularExpression patternRegex(const ConfigKey &k)
{
    QString re = QRegularExpression::escape(QLatin1StringView(k.name));
    re.replace(u"round\\*"_s, u"round[1-9][0-9]?"_s);
    re.replace(u"fields\\/\\*"_s, u"fields/.+"_s);
    re.replace(u"fields/\\*"_s, u"fields/.+"_s);
    if (re.startsWith(u"\\*"))
        re = u"[A-Za-z][A-Za-z0-9_]{0,15}"_s + re.mid(2);
    return QRegularExpression(u'^' + re + u'$');
}

} // namespace

const ConfigKey *ConfigKey::find(const QString &path)
{
    QString section;
    QString name = path;
    if (path.startsWith(kAccountsPrefix)) {
        const qsizetype slash = path.indexOf(u'/', kAccountsPrefix.size());
        if (slash < 0)
            return nullptr;
        section = kAccountSection;
        name = path.mid(slash + 1);
    } else if (const qsizetype slash = path.indexOf(u'/');
               slash >= 0 && !path.startsWith(u"fields/") && !path.left(slash).contains(u'.')) {
        section = path.left(slash);
        name = path.mid(slash + 1);
    } else {
        section = kAccountSection; // the account editor names its keys without the section
    }
    for (const ConfigKey &k : all())
        if (QLatin1StringView(k.section) == section && QLatin1StringView(k.name) == name)
            return &k;
    // Then the patterns, in table order: round<N>.… before a variant's <v>.…
    static const QList<std::pair<const ConfigKey *, QRegularExpression>> patterns = [] {
        QList<std::pair<const ConfigKey *, QRegularExpression>> out;
        for (const ConfigKey &k : all())
            if (k.pattern())
                out.append({ &k, patternRegex(k) });
        return out;
    }();
    for (const auto &[k, re] : patterns)
        if (QLatin1StringView(k->section) == section && re.match(name).hasMatch())
            return k;
    return nullptr;
}

} // namespace paynudge
