#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace paynudge {

// Every key of the configuration file, in one table (configkeys.cpp): Config::load reads and
// judges the file by it, ConfigWriter writes by it, the settings pages take their ranges and
// tooltips from it and a test holds resources/paynudge.example.ini to it.
enum class ConfigKeyId
{
    ReminderRounds,
    ReminderCloseAfter,
    ReminderQuietHours,
    ReminderQuietPolicy,
    ReminderBatchSize,
    ReminderSafetyTick,
    ReminderMaxInFlight,
    ReminderLateLimit,
    ReminderTimeZone,
    StorePath,
    StoreBackupDays,
    StoreBackend,
    StoreHost,
    StorePort,
    StoreDatabase,
    StoreUser,
    StorePasswordEnv,
    StorePasswordFile,
    StoreSslMode,
    StoreInstance,
    StoreLeaseSeconds,
    IntakeEnabled,
    IntakeListen,
    IntakeToken,
    IntakeTokenFile,
    IntakeMaxConnections,
    WeChatApiBase,
    WeChatTimeout,
    WeChatMaxInFlight,
    DryRunLatencyMs,
    UiLanguage,
    ShopDbDriver,
    ShopDbHost,
    ShopDbPort,
    ShopDbDatabase,
    ShopDbUser,
    ShopDbPasswordEnv,
    ShopDbPasswordFile,
    ShopDbPollInterval,
    ShopDbPageSize,
    ShopDbProfile,
    ShopDbOrdersQuery,
    ShopDbUnpaidQuery,
    ShopDbCheck,
    ShopDbOnCheckFailure,
    ShopDbAmountColumn,
    ShopDbAmountUnit,
    ShopDbPlacedAtColumn,
    PrecheckUrl,
    PrecheckTokenEnv,
    PrecheckTokenFile,
    PrecheckTimeout,
    // [policy]: who is reminded (issue 17); each may be overridden per account
    PolicyPerCustomerDaily,
    PolicySkipIfPaidWithin,
    PolicyMinAmountFen,
    PolicyMaxAmountFen,
    PolicyProductsInclude,
    PolicyProductsExclude,
    // [accounts/<key>]: one set per account
    AccountName,
    AccountAppId,
    AccountSecretEnv,
    AccountSecretFile,
    AccountTokenSource,
    AccountTokenUrl,
    AccountKind,
    AccountTemplateId,
    AccountUrl,
    AccountMiniprogramAppId,
    AccountMiniprogramPage,
    AccountMiniprogramState,
    AccountLang,
    AccountDryRun,
    AccountTooLong,
    AccountShopToken,
    AccountFields, // fields/<template key>: any number of them
    // An account's own [policy] and quiet hours; empty: as [policy] / [reminder] says
    AccountQuietHours,
    AccountPerCustomerDaily,
    AccountSkipIfPaidWithin,
    AccountMinAmountFen,
    AccountMaxAmountFen,
    AccountProductsInclude,
    AccountProductsExclude,
    // A round's own template: round<N>.templateId, round<N>.fields/<template key>
    AccountRoundTemplateId,
    AccountRoundFields,
    // A split test of texts: variants=a,b and, per variant, <v>.weight, <v>.templateId, <v>.fields/<key>
    AccountVariants,
    AccountVariantWeight,
    AccountVariantTemplateId,
    AccountVariantFields,
};

// What a value is, which decides how Config::load reads it.
enum class ConfigKeyType
{
    Integer, // whole number in [min, max]
    Duration, // seconds in [min, max]: "600" as ever, or "90s", "10m", "1.5h", "2h30m"
              // (common/durationspec.h)
    Boolean, // true/false (also 1/0, yes/no, on/off)
    Choice, // one of `choices`
    Text, // anything
    Url, // http:// or https://
    Rounds, // comma-separated durations (as Duration), each in [min, max]
    TimeRange, // HH:MM-HH:MM
    TimeZone, // IANA id
    Address, // IP:port
    Token, // at least `min` characters
    AppId, // wx + 16 hex digits
    TemplateField, // a template key's value pattern
};

struct ConfigKey
{
    ConfigKeyId id;
    const char *section; // "reminder"; "accounts/*" for a key every account has
    // "batchSize"; a pattern for keys an account has any number of: "fields/*" (the template keys),
    // "round*.fields/*" (round<N>.…), "*.weight" (<variant>.…)
    const char *name;
    ConfigKeyType type;
    const char *defaultText; // as the file would say it; "" = empty
    qint64 min; // Integer, Duration (seconds), Rounds: the range; Token: the shortest length
    qint64 max;
    const char *choices; // Choice: "defer|skip"
    const char *help; // QT_TRANSLATE_NOOP("paynudge::ConfigKey", …): the settings' tooltip

    bool perAccount() const;
    // The name is a pattern ("fields/*", "round*.templateId", "*.weight"): an account has any number.
    bool pattern() const;
    // The pattern's name for one instance: "round*.fields/*" with {"2", "thing1"} → "round2.fields/thing1".
    QString nameFor(const QStringList &parts) const;
    // The key as QSettings and the settings pages name it: "reminder/batchSize",
    // "accounts/shop1/name" (`account` only for per-account keys).
    QString path(const QString &account = {}) const;
    QString defaultValue() const { return QString::fromUtf8(defaultText); }
    QStringList choiceList() const;
    QString helpText() const; // translated
    QString englishHelp() const { return QString::fromUtf8(help); }

    static const ConfigKey &get(ConfigKeyId id);
    static const QList<ConfigKey> &all();
    // The key for a path as the settings name it: "reminder/batchSize", "accounts/shop1/kind",
    // "accounts/shop1/fields/thing2", "accounts/shop1/round2.templateId", "accounts/shop1/b.weight",
    // or an account key's bare name ("kind", "round2.fields/thing1", the account editor's).
    static const ConfigKey *find(const QString &path);
};

} // namespace paynudge
