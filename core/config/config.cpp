#include "config/config.h"

#include "common/durationspec.h"
#include "config/configkeys.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>
#include <functional>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// QSettings splits unquoted values at commas; rounds and URLs are meant whole.
QString rawValue(const QSettings &s, const QString &key)
{
    const QVariant v = s.value(key);
    if (v.userType() == QMetaType::QStringList)
        return v.toStringList().join(u", "_s);
    return v.toString().trimmed();
}

using K = ConfigKeyId;

// Reads each key by its entry in the key table: the file's value when it gives one, the table's
// default otherwise. A value that does not fit its key is recorded as an Error and the default
// is used in its place (load then discards the whole result anyway).
class Reader
{
public:
    Reader(const QSettings *settings, QList<Error> *errors)
        : m_s(settings)
        , m_errors(errors)
    { }

    bool has(const QString &path) const
    {
        return m_s && m_s->contains(path) && !rawValue(*m_s, path).isEmpty();
    }
    bool has(K id, const QString &account = {}) const { return has(ConfigKey::get(id).path(account)); }

    // The value as written (the file's or the default), for keys taken as they are.
    QString text(K id, const QString &account = {}) const
    {
        const ConfigKey &k = ConfigKey::get(id);
        const QString p = k.path(account);
        return has(p) ? rawValue(*m_s, p) : k.defaultValue();
    }

    void fail(const QString &path, ErrorCode code, const QStringList &args = {})
    {
        m_errors->append(Error(code, path, QStringList { m_s ? rawValue(*m_s, path) : QString() } + args));
    }
    void fail(K id, const QString &account, ErrorCode code, const QStringList &args = {})
    {
        fail(ConfigKey::get(id).path(account), code, args);
    }

    // `parse` turns a text into a value or nothing; the table's default always parses.
    template<typename V, typename Parse>
    V read(K id, const QString &account, Parse parse, ErrorCode code, const QStringList &args = {})
    {
        const ConfigKey &k = ConfigKey::get(id);
        const QString p = k.path(account);
        if (has(p)) {
            if (std::optional<V> v = parse(rawValue(*m_s, p)))
                return *v;
            fail(p, code, args);
        }
        const std::optional<V> v = parse(k.defaultValue());
        Q_ASSERT_X(v, "Config::load", qPrintable(u"the default of %1 does not parse"_s.arg(p)));
        return v.value_or(V {});
    }

    qint64 integer(K id, const QString &account = {})
    {
        const ConfigKey &k = ConfigKey::get(id);
        return read<qint64>(id, account,
            [&k](const QString &t) -> std::optional<qint64> {
                bool ok = false;
                const qlonglong v = t.toLongLong(&ok);
                return ok && v >= k.min && v <= k.max ? std::optional<qint64>(v) : std::nullopt;
            },
            ErrorCode::ConfigOutOfRange, { QString::number(k.min), QString::number(k.max) });
    }

    // Seconds, written as seconds or with units ("10m", "1.5h"); out of range or unreadable, the
    // error names the key and says which forms it takes.
    qint64 duration(K id, const QString &account = {})
    {
        const ConfigKey &k = ConfigKey::get(id);
        return read<qint64>(id, account,
            [&k](const QString &t) -> std::optional<qint64> {
                const std::optional<qint64> v = parseDurationSpec(t);
                return v && *v >= k.min && *v <= k.max ? v : std::nullopt;
            },
            ErrorCode::ConfigBadDuration, { durationSpec(k.min), durationSpec(k.max) });
    }

    bool boolean(K id, const QString &account = {})
    {
        return read<bool>(
            id, account,
            [](const QString &t) -> std::optional<bool> {
                const QString v = t.toLower();
                if (v == u"true" || v == u"1" || v == u"yes" || v == u"on")
                    return true;
                if (v == u"false" || v == u"0" || v == u"no" || v == u"off")
                    return false;
                return std::nullopt;
            },
            ErrorCode::ConfigNotBoolean);
    }

    // The chosen name; `E` values are matched by the names the table lists.
    QString choice(K id, const QString &account = {})
    {
        const QStringList names = ConfigKey::get(id).choiceList();
        return read<QString>(id, account,
            [&names](
                const QString &t) { return names.contains(t) ? std::optional<QString>(t) : std::nullopt; },
            ErrorCode::ConfigNotAChoice, { names.join(u", "_s) });
    }
    template<typename E> E choice(K id, const QString &account, const QList<E> &valuesInTableOrder)
    {
        const QString name = choice(id, account);
        return valuesInTableOrder.value(ConfigKey::get(id).choiceList().indexOf(name));
    }

    QUrl url(K id, const QString &account = {})
    {
        return read<QUrl>(
            id, account,
            [](const QString &t) -> std::optional<QUrl> {
                if (t.isEmpty())
                    return QUrl(); // only a default can be empty: the file's empty values are absent
                const QUrl u = QUrl(t, QUrl::StrictMode);
                if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") || u.host().isEmpty())
                    return std::nullopt;
                return u;
            },
            ErrorCode::ConfigBadUrl);
    }

    const QSettings *settings() const { return m_s; }

private:
    const QSettings *m_s;
    QList<Error> *m_errors;
};

void readReminder(Reader &r, ReminderSettings &out)
{
    const ConfigKey &roundsKey = ConfigKey::get(K::ReminderRounds);
    out.plan.roundOffsetsSec = r.read<QList<qint64>>(K::ReminderRounds, {},
        [&roundsKey](const QString &t) -> std::optional<QList<qint64>> {
            QList<qint64> rounds;
            for (const QString &part : t.split(u',', Qt::SkipEmptyParts)) {
                const std::optional<qint64> v = parseDurationSpec(part);
                if (!v || *v < roundsKey.min || *v > roundsKey.max || rounds.contains(*v))
                    return std::nullopt;
                rounds.append(*v);
            }
            if (rounds.isEmpty() || rounds.size() > kMaxReminderRounds)
                return std::nullopt;
            std::sort(rounds.begin(), rounds.end());
            return rounds;
        },
        ErrorCode::ConfigBadRounds,
        { QString::number(kMaxReminderRounds), durationSpec(roundsKey.min), durationSpec(roundsKey.max) });
    out.plan.closeAfterSec = r.duration(K::ReminderCloseAfter);
    out.plan.quietHours = r.read<std::optional<QuietHours>>(
        K::ReminderQuietHours, {},
        [](const QString &t) -> std::optional<std::optional<QuietHours>> {
            if (t.isEmpty())
                return std::optional<QuietHours>(); // none
            const std::optional<QuietHours> q = QuietHours::parse(t);
            return q ? std::optional<std::optional<QuietHours>>(q) : std::nullopt;
        },
        ErrorCode::ConfigBadQuietHours);
    out.plan.quietPolicy
        = r.choice<QuietPolicy>(K::ReminderQuietPolicy, {}, { QuietPolicy::Defer, QuietPolicy::Skip });
    out.plan.zone = r.read<QTimeZone>(
        K::ReminderTimeZone, {},
        [](const QString &t) -> std::optional<QTimeZone> {
            if (t.isEmpty())
                return QTimeZone::systemTimeZone();
            const QTimeZone zone(t.toUtf8());
            return zone.isValid() ? std::optional<QTimeZone>(zone) : std::nullopt;
        },
        ErrorCode::ConfigBadTimeZone);
    out.batchSize = int(r.integer(K::ReminderBatchSize));
    out.safetyTickSec = int(r.duration(K::ReminderSafetyTick));
    out.maxInFlight = int(r.integer(K::ReminderMaxInFlight));
    out.lateLimitSec = int(r.duration(K::ReminderLateLimit));
}

void readIntake(Reader &r, IntakeSettings &out)
{
    using Listen = QPair<QHostAddress, quint16>;
    const Listen listen = r.read<Listen>(
        K::IntakeListen, {},
        [](const QString &t) -> std::optional<Listen> {
            static const QRegularExpression re(u"^(?:\\[([0-9A-Fa-f:.]+)\\]|([^:\\[\\]]+)):(\\d{1,5})$"_s);
            const auto m = re.match(t);
            const QHostAddress address(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
            const int port = m.captured(3).toInt();
            if (!m.hasMatch() || address.isNull() || port < 0 || port > 65535)
                return std::nullopt;
            return Listen(address, quint16(port));
        },
        ErrorCode::ConfigBadListen);
    out.address = listen.first;
    out.port = listen.second;
    const qint64 shortest = ConfigKey::get(K::IntakeToken).min;
    out.token = r.read<QString>(K::IntakeToken, {},
        [shortest](const QString &t) {
            return t.isEmpty() || t.size() >= shortest ? std::optional<QString>(t) : std::nullopt;
        },
        ErrorCode::ConfigShortToken, { QString::number(shortest) });
    out.tokenFile = r.text(K::IntakeTokenFile);
    out.enabled = r.boolean(K::IntakeEnabled);
    out.maxConnections = int(r.integer(K::IntakeMaxConnections));
    // Beyond loopback anyone on the network could post orders with a token nobody chose on purpose.
    if (out.enabled && !out.address.isLoopback() && out.token.isEmpty() && out.tokenFile.isEmpty())
        r.fail(K::IntakeListen, {}, ErrorCode::ConfigOpenListen);
}

void readWeChat(Reader &r, WeChatSettings &out)
{
    out.apiBase = r.url(K::WeChatApiBase);
    out.timeoutSec = int(r.duration(K::WeChatTimeout));
    out.maxInFlight = int(r.integer(K::WeChatMaxInFlight));
}

AccountConfig readAccount(Reader &r, const QString &key)
{
    AccountConfig a;
    a.key = key;
    const QString p = u"accounts/"_s + key + u'/';
    static const QRegularExpression keyRe(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (!keyRe.match(key).hasMatch())
        r.fail(p.chopped(1), ErrorCode::ConfigBadAccountKey);
    a.name = r.text(K::AccountName, key);
    static const QRegularExpression appidRe(u"^wx[0-9a-f]{16}$"_s);
    a.appid = r.read<QString>(
        K::AccountAppId, key,
        [](const QString &t) {
            return t.isEmpty() || appidRe.match(t).hasMatch() ? std::optional<QString>(t) : std::nullopt;
        },
        ErrorCode::ConfigBadAppId);
    a.secretEnv = r.text(K::AccountSecretEnv, key);
    a.secretFile = r.text(K::AccountSecretFile, key);
    if (!a.secretEnv.isEmpty() && !a.secretFile.isEmpty())
        r.fail(K::AccountSecretFile, key, ErrorCode::ConfigTwoSecrets);
    a.tokenSource = r.choice<TokenSource>(
        K::AccountTokenSource, key, { TokenSource::Stable, TokenSource::Classic, TokenSource::Url });
    a.tokenUrl = r.url(K::AccountTokenUrl, key);
    if (a.tokenSource == TokenSource::Url && !r.has(K::AccountTokenUrl, key))
        r.fail(K::AccountTokenUrl, key, ErrorCode::ConfigNoTokenUrl);
    a.kind = r.choice<MessageKind>(
        K::AccountKind, key, { MessageKind::Template, MessageKind::Subscribe, MessageKind::MiniProgram });
    a.templateId = r.text(K::AccountTemplateId, key);
    a.url = r.text(K::AccountUrl, key);
    a.miniprogramAppid = r.text(K::AccountMiniprogramAppId, key);
    a.miniprogramPage = r.text(K::AccountMiniprogramPage, key);
    a.miniprogramState = r.choice(K::AccountMiniprogramState, key);
    a.lang = r.choice(K::AccountLang, key);
    a.dryRun = r.boolean(K::AccountDryRun, key);
    a.tooLong
        = r.choice<TooLongPolicy>(K::AccountTooLong, key, { TooLongPolicy::Shorten, TooLongPolicy::Fail });
    a.shopToken = r.text(K::AccountShopToken, key);
    if (a.sendsForReal() && a.templateId.isEmpty())
        r.fail(K::AccountTemplateId, key, ErrorCode::ConfigNoTemplateId);

    // QSettings gives keys sorted; the order of a template's data keys does not matter to WeChat.
    if (const QSettings *s = r.settings()) {
        const QString fieldsPrefix = p + u"fields/"_s;
        static const QRegularExpression fieldKeyRe(u"^[A-Za-z_][A-Za-z0-9_]{0,63}$"_s);
        for (const QString &k : s->allKeys()) {
            if (!k.startsWith(fieldsPrefix))
                continue;
            const QString field = k.mid(fieldsPrefix.size());
            if (!fieldKeyRe.match(field).hasMatch()) {
                r.fail(k, ErrorCode::ConfigBadFieldKey);
                continue;
            }
            a.fields.append({ field, rawValue(*s, k) });
        }
    }
    return a;
}

void readShopDb(Reader &r, ShopDbSettings &out)
{
    out.driver = r.choice(K::ShopDbDriver);
    out.host = r.text(K::ShopDbHost);
    out.port = int(r.integer(K::ShopDbPort));
    out.database = r.text(K::ShopDbDatabase);
    out.user = r.text(K::ShopDbUser);
    out.passwordEnv = r.text(K::ShopDbPasswordEnv);
    out.passwordFile = r.text(K::ShopDbPasswordFile);
    if (!out.passwordEnv.isEmpty() && !out.passwordFile.isEmpty())
        r.fail(K::ShopDbPasswordFile, {}, ErrorCode::ConfigTwoPasswords,
            { u"passwordEnv"_s, u"passwordFile"_s });
    out.pollIntervalSec = int(r.duration(K::ShopDbPollInterval));
    out.pageSize = int(r.integer(K::ShopDbPageSize));
    out.profile = r.choice(K::ShopDbProfile);
    out.ordersQuery = r.text(K::ShopDbOrdersQuery);
    out.unpaidQuery = r.text(K::ShopDbUnpaidQuery);
    out.check = r.boolean(K::ShopDbCheck);
    out.onCheckFailure = r.choice<CheckFailurePolicy>(
        K::ShopDbOnCheckFailure, {}, { CheckFailurePolicy::Hold, CheckFailurePolicy::Send });
    // The profile's column names go into its SQL text (names cannot be bound): plain identifiers only.
    static const QRegularExpression columnRe(u"^[A-Za-z_][A-Za-z0-9_]{0,63}$"_s);
    const auto column = [&r](K id) {
        return r.read<QString>(
            id, {},
            [](const QString &t) {
                return t.isEmpty() || columnRe.match(t).hasMatch() ? std::optional<QString>(t) : std::nullopt;
            },
            ErrorCode::ConfigShopDbBadColumn);
    };
    out.amountColumn = column(K::ShopDbAmountColumn);
    out.amountUnit = r.choice(K::ShopDbAmountUnit);
    out.placedAtColumn = column(K::ShopDbPlacedAtColumn);
    // Queries without a database to run them in would silently do nothing.
    if (!out.enabled() && (!out.ordersQuery.isEmpty() || !out.unpaidQuery.isEmpty()))
        r.fail(K::ShopDbDatabase, {}, ErrorCode::ConfigShopDbNoDatabase);
    // check=true is the default: it only asks for a query once the database is used for something.
    if (out.enabled() && out.check && !out.xgProfile() && out.unpaidQuery.isEmpty()
        && !out.ordersQuery.isEmpty())
        r.fail(K::ShopDbUnpaidQuery, {}, ErrorCode::ConfigShopDbNoUnpaidQuery);
}

void readStore(Reader &r, StoreSettings &out)
{
    out.path = r.text(K::StorePath);
    out.backupDays = int(r.integer(K::StoreBackupDays));
    out.backend = r.choice(K::StoreBackend);
    out.host = r.text(K::StoreHost);
    out.port = int(r.integer(K::StorePort));
    out.database = r.text(K::StoreDatabase);
    out.user = r.text(K::StoreUser);
    out.passwordEnv = r.text(K::StorePasswordEnv);
    out.passwordFile = r.text(K::StorePasswordFile);
    if (!out.passwordEnv.isEmpty() && !out.passwordFile.isEmpty())
        r.fail(
            K::StorePasswordFile, {}, ErrorCode::ConfigTwoPasswords, { u"passwordEnv"_s, u"passwordFile"_s });
    out.sslMode = r.choice(K::StoreSslMode);
    out.instance = r.text(K::StoreInstance).trimmed();
    out.leaseSeconds = int(r.duration(K::StoreLeaseSeconds)); // an empty database= means the default
}

void readPrecheck(Reader &r, PrecheckSettings &out)
{
    out.url = r.url(K::PrecheckUrl);
    out.tokenEnv = r.text(K::PrecheckTokenEnv);
    out.tokenFile = r.text(K::PrecheckTokenFile);
    if (!out.tokenEnv.isEmpty() && !out.tokenFile.isEmpty())
        r.fail(K::PrecheckTokenFile, {}, ErrorCode::ConfigTwoPasswords, { u"tokenEnv"_s, u"tokenFile"_s });
    out.timeoutSec = int(r.duration(K::PrecheckTimeout));
}

// Everything but the accounts, from the file or (settings = nullptr) from the defaults.
void readSettings(Reader &r, Config &c)
{
    readReminder(r, c.reminder);
    readStore(r, c.store);
    readIntake(r, c.intake);
    readWeChat(r, c.wechat);
    c.dryRun.latencyMs = int(r.integer(K::DryRunLatencyMs));
    c.language = r.text(K::UiLanguage);
    readShopDb(r, c.shopdb);
    readPrecheck(r, c.precheck);
}

} // namespace

QString wireName(MessageKind k)
{
    switch (k) {
    case MessageKind::Template:
        return u"template"_s;
    case MessageKind::Subscribe:
        return u"subscribe"_s;
    case MessageKind::MiniProgram:
        return u"miniprogram"_s;
    }
    return {};
}

QString wireName(TooLongPolicy p)
{
    return p == TooLongPolicy::Fail ? u"fail"_s : u"shorten"_s;
}

QString wireName(CheckFailurePolicy p)
{
    return p == CheckFailurePolicy::Send ? u"send"_s : u"hold"_s;
}

QString wireName(TokenSource s)
{
    switch (s) {
    case TokenSource::Stable:
        return u"stable"_s;
    case TokenSource::Classic:
        return u"classic"_s;
    case TokenSource::Url:
        return u"url"_s;
    }
    return {};
}

QString configErrorLine(const Error &error, bool translated)
{
    const char *pattern = QT_TRANSLATE_NOOP("paynudge::Error", "[%1] = \"%2\": %3");
    return fillArgs(
        translated ? QCoreApplication::translate("paynudge::Error", pattern) : QString::fromUtf8(pattern),
        { error.field, error.args.value(0), translated ? error.message() : error.englishMessage() });
}

const AccountConfig *Config::account(const QString &key) const
{
    for (const AccountConfig &a : accounts)
        if (a.key == key)
            return &a;
    return nullptr;
}

QString AccountConfig::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (key == Config::implicitAccountKey())
        return QCoreApplication::translate("paynudge::Config", "Default shop");
    return key;
}

QString Config::implicitAccountKey()
{
    return u"default"_s;
}

Config Config::defaults()
{
    Config c;
    QList<Error> none;
    Reader r(nullptr, &none);
    readSettings(r, c);
    AccountConfig a = readAccount(r, implicitAccountKey());
    a.dryRun = true;
    c.accounts.append(a);
    return c;
}

Config Config::load(const QString &path, QList<Error> *errors)
{
    Config c = defaults();
    c.sourcePath = path;
    errors->clear();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return c;

    QList<Error> found;
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError) {
        found.append(Error(ErrorCode::ConfigUnreadable, u"(file)"_s, { path }));
        *errors = found;
        return defaults();
    }
    Reader r(&s, &found);
    readSettings(r, c);

    // From allKeys(): childGroups() misses groups once values outside them were read (Qt 6.4).
    QStringList keys;
    for (const QString &k : s.allKeys()) {
        const QStringList parts = k.split(u'/');
        if (parts.size() >= 3 && parts.first() == u"accounts" && !keys.contains(parts.at(1)))
            keys << parts.at(1);
    }
    if (!keys.isEmpty()) {
        c.accounts.clear();
        for (const QString &key : keys)
            c.accounts.append(readAccount(r, key));
    }
    *errors = found;
    if (!found.isEmpty())
        return defaults();
    return c;
}

QString StoreSettings::instanceName() const
{
    return instance.isEmpty() ? QSysInfo::machineHostName() : instance;
}

} // namespace paynudge
