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
    const char *name; // "batchSize"; "fields/*" for the template keys
    ConfigKeyType type;
    const char *defaultText; // as the file would say it; "" = empty
    qint64 min; // Integer, Duration (seconds), Rounds: the range; Token: the shortest length
    qint64 max;
    const char *choices; // Choice: "defer|skip"
    const char *help; // QT_TRANSLATE_NOOP("paynudge::ConfigKey", …): the settings' tooltip

    bool perAccount() const;
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
    // "accounts/shop1/fields/thing2", or an account key's bare name ("kind", the account editor's).
    static const ConfigKey *find(const QString &path);
};

} // namespace paynudge
