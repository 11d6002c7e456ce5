#pragma once

#include "common/error.h"
#include "domain/reminderplan.h"
#include "domain/reminderpolicy.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace paynudge {

// How many rounds [reminder] rounds takes at most.
constexpr int kMaxReminderRounds = 10;

// [reminder]
struct ReminderSettings
{
    ReminderPlan plan;
    int batchSize = 20; // reminders claimed per batch
    int safetyTickSec = 7; // the sweeper also wakes at each due time; this catches anything else
    int maxInFlight = 64; // sends in flight across all accounts
    int lateLimitSec
        = 0; // a round later than this after its due time (sleep, outage) is skipped; 0 = no limit
};

// [store]
struct StoreSettings
{
    QString path; // SQLite file; empty = <data dir>/paynudge.sqlite
    int backupDays = 7; // a daily copy in <data dir>/backups, kept this many days; 0 = none
    // backend=postgres: one PostgreSQL database that several engines and consoles share.
    QString backend = QStringLiteral("sqlite"); // sqlite | postgres
    QString host = QStringLiteral("127.0.0.1"); // or the folder of the server's socket
    int port = 5432;
    QString database = QStringLiteral("paynudge");
    QString user = QStringLiteral("paynudge");
    QString passwordEnv;
    QString passwordFile; // neither: the keychain (store/password), else no password
    QString sslMode = QStringLiteral("prefer");
    QString instance; // this engine's name; empty: the host name (instanceName() resolves it)
    int leaseSeconds = 60; // a claim without a heartbeat this long is taken over by another engine

    bool shared() const { return backend == QStringLiteral("postgres"); }
    // The name this engine writes beside what it claims and sends.
    QString instanceName() const;
};

// [intake]
struct IntakeSettings
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;
    QString token; // inline token (discouraged); see tokenFile
    QString tokenFile; // a file holding the token
    bool enabled = true;
    // Open intake connections at most (also kept below the descriptor limit, see IntakeServer).
    int maxConnections = 512;
};

// [wechat]
struct WeChatSettings
{
    QUrl apiBase = QUrl(QStringLiteral("https://api.weixin.qq.com"));
    int timeoutSec = 10;
    int maxInFlight = 8; // per account
    int timeoutOverrideMs = 0; // not an INI key: tests use sub-second timeouts
    int timeoutMs() const { return timeoutOverrideMs > 0 ? timeoutOverrideMs : timeoutSec * 1000; }
};

// What a send does when the shop's payment check cannot run (database down, hook failing).
enum class CheckFailurePolicy
{
    Hold, // keep the reminders and try the check again; they go out once it answers (or never, if the order
          // closes)
    Send, // send without the check
};

// [shopdb]: the shop's own database (MySQL/MariaDB or PostgreSQL), read with a read-only user.
// Polled for new orders (profile=xg or ordersQuery) and asked right before each send whether
// the orders are still unpaid (unpaidQuery, or the profile's).
struct ShopDbSettings
{
    QString driver = QStringLiteral("mysql"); // mysql | postgres
    QString host = QStringLiteral("127.0.0.1");
    int port = 0; // 0: the driver's default (3306, 5432)
    QString database; // empty: no shop database
    QString user;
    QString passwordEnv;
    QString passwordFile;
    int pollIntervalSec = 5;
    int pageSize = 500; // rows per poll query (:limit)
    QString profile = QStringLiteral("custom"); // custom (the two queries) | xg (built in)
    QString ordersQuery; // SELECT … WHERE id > :after_id ORDER BY id LIMIT :limit
    QString unpaidQuery; // SELECT order_no … WHERE order_no IN (:order_nos) AND <unpaid>
    bool check = true; // the payment check right before sending
    CheckFailurePolicy onCheckFailure = CheckFailurePolicy::Hold;
    // The profile's assumptions, each of which a shop can change:
    QString amountColumn = QStringLiteral("price"); // xg_orders' column holding the amount
    QString amountUnit
        = QStringLiteral("yuan"); // of that column, or of a query's `amount` column: yuan | fen
    QString placedAtColumn; // xg_orders' creation time column; empty: when PayNudge first saw the order

    bool enabled() const { return !database.isEmpty(); }
    bool xgProfile() const { return profile == QStringLiteral("xg"); }
    // New orders come from the database.
    bool polls() const { return enabled() && (xgProfile() || !ordersQuery.isEmpty()); }
    // The pre-send check asks the database.
    bool checks() const { return enabled() && check && (xgProfile() || !unpaidQuery.isEmpty()); }
    int effectivePort() const
    {
        return port > 0 ? port : (driver == QStringLiteral("postgres") ? 5432 : 3306);
    }
};

// [precheck]: the pre-send payment check over HTTP, for shops whose database PayNudge cannot reach.
// POST {"order_nos": [...]} → {"unpaid": [...]}.
struct PrecheckSettings
{
    QUrl url; // empty: no hook
    QString tokenEnv;
    QString tokenFile;
    int timeoutSec = 3;

    bool enabled() const { return !url.isEmpty(); }
};

// [dryrun]
struct DryRunSettings
{
    int latencyMs = 0; // pretend each dry-run send takes this long (demos, crash tests)
};

enum class MessageKind
{
    Template,
    Subscribe,
    MiniProgram
};
enum class TokenSource
{
    Stable,
    Classic,
    Url
};
// What a send does with an order number longer than its character_string key allows (32).
enum class TooLongPolicy
{
    Shorten,
    Fail
};

// An account's own [policy] rules and quiet hours (issue 17); each unset one is the global value.
struct AccountPolicyOverrides
{
    std::optional<int> perCustomerDaily;
    std::optional<qint64> skipIfPaidWithinSec;
    std::optional<qint64> minAmountFen;
    std::optional<qint64> maxAmountFen;
    std::optional<QStringList> productsInclude;
    std::optional<QStringList> productsExclude;
    // Set: replaces [reminder] quietHours for this account; set to nothing ("none"): no quiet hours.
    std::optional<std::optional<QuietHours>> quietHours;
};

// A template and what goes into its keys: a round's own (round2.templateId, round2.fields/…).
struct TemplateMapping
{
    QString templateId; // empty: the account's
    QList<QPair<QString, QString>> fields; // sorted by key; empty: the account's (or, with another
                                           // template, mapped by its key types)
};

// One text of a split test (variants=a,b): how many orders it gets and what it changes.
struct TextVariant
{
    QString name; // "a", "b": [A-Za-z][A-Za-z0-9_]{0,15}, not round<N>
    int weight = 1;
    QString templateId; // empty: the round's template, with `fields` replacing those keys' values
    QList<QPair<QString, QString>> fields; // sorted by key
};

// [accounts/<key>]
struct AccountConfig
{
    QString key;
    QString name;
    QString appid;
    QString secretEnv;
    QString secretFile;
    TokenSource tokenSource = TokenSource::Stable;
    QUrl tokenUrl;
    MessageKind kind = MessageKind::Template;
    QString templateId;
    QString url; // link template, e.g. https://shop.example/order/{order_no}
    QString miniprogramAppid; // link to a mini program instead of a web page
    QString miniprogramPage;
    QString miniprogramState = QStringLiteral("formal"); // miniprogram kind: developer | trial | formal
    QString lang = QStringLiteral("zh_CN"); // miniprogram kind: zh_CN | en_US | zh_HK | zh_TW
    QList<QPair<QString, QString>> fields; // template key → value pattern, sorted by key
    bool dryRun = false; // render and record only, never send
    // tooLong=shorten (default): a too long character_string goes out cut with a visible "...";
    // tooLong=fail: the send fails with that reason. Never cut silently: the customer would read
    // a wrong order number.
    TooLongPolicy tooLong = TooLongPolicy::Shorten;
    // enum/const keys: the values the template allows (from the template read from WeChat; not a
    // config key). Empty for a key = not known, any value goes.
    QHash<QString, QStringList> allowedValues;
    // The shop database's token column value that means this account (profile=xg's `token`, or a
    // query's `shop_token` column); empty: not matched by token.
    QString shopToken;
    AccountPolicyOverrides overrides;
    QMap<int, TemplateMapping> rounds; // round number → its own template/fields
    QList<TextVariant> variants; // two or more: a split test; empty: one text

    // The account as a message of `round` in `variant` goes out: the round's own template and fields
    // if it has them, then the variant's (its template with its fields, or its fields over the round's).
    AccountConfig forMessage(int round, const QString &variant) const;
    // The variant an order gets: a stable hash of its number over the weights (a resend gets the same
    // one); empty without a split test.
    QString variantOf(const QString &orderNo) const;

    // Without an appid there is nothing to send with: such an account runs dry.
    bool sendsForReal() const { return !dryRun && !appid.isEmpty(); }
    // The name, else the key; the account PayNudge makes when none is configured is called
    // "Default shop" in the UI's language (a name set in the file is never translated).
    QString displayName() const;
};

QString wireName(MessageKind k);
QString wireName(TokenSource s);
QString wireName(TooLongPolicy p);
QString wireName(CheckFailurePolicy p);

// A config error as the command line, the log and the doctor show it, the way it always read:
// [reminder/batchSize] = "lots": expected a whole number from 1 to 1000
// (the error's field is the key, its first arg the value the file gives).
QString configErrorLine(const Error &error, bool translated = false);

struct Config
{
    ReminderSettings reminder;
    StoreSettings store;
    IntakeSettings intake;
    WeChatSettings wechat;
    DryRunSettings dryRun;
    ShopDbSettings shopdb;
    PrecheckSettings precheck;
    ReminderPolicy policy; // [policy]
    QList<AccountConfig> accounts;
    QString language; // [ui] language: empty = system locale
    QString sourcePath;

    const AccountConfig *account(const QString &key) const;
    // [policy] with the account's overrides (an account not configured: [policy]).
    ReminderPolicy policyFor(const QString &account) const;
    // [reminder]'s plan with the account's own quiet hours.
    ReminderPlan planFor(const QString &account) const;

    // Reads and validates an INI file by the key table (config/configkeys.h). A missing file is
    // not an error (defaults apply); any bad value is, and nothing of the file is used then.
    static Config load(const QString &path, QList<Error> *errors);
    // Every key at its default (from the key table), with the implicit dry-run account.
    static Config defaults();

    // The key PayNudge uses for orders when no account is configured: a dry-run account, so
    // a fresh install runs end to end.
    static QString implicitAccountKey();
};

} // namespace paynudge
