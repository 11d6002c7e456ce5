#include "config/config.h"

#include "common/durationspec.h"
#include "config/configkeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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

    // A key that may be left unset (an account's override): nothing when the file does not give it,
    // and nothing (with an error) when what it gives does not parse.
    template<typename V, typename Parse>
    std::optional<V> readOptional(
        K id, const QString &account, Parse parse, ErrorCode code, const QStringList &args = {})
    {
        const QString p = ConfigKey::get(id).path(account);
        if (!has(p))
            return std::nullopt;
        if (std::optional<V> v = parse(rawValue(*m_s, p)))
            return v;
        fail(p, code, args);
        return std::nullopt;
    }

    static auto integerParser(const ConfigKey &k)
    {
        return [&k](const QString &t) -> std::optional<qint64> {
            bool ok = false;
            const qlonglong v = t.toLongLong(&ok);
            return ok && v >= k.min && v <= k.max ? std::optional<qint64>(v) : std::nullopt;
        };
    }
    static QStringList integerArgs(const ConfigKey &k)
    {
        return { QString::number(k.min), QString::number(k.max) };
    }
    static auto durationParser(const ConfigKey &k)
    {
        return [&k](const QString &t) -> std::optional<qint64> {
            const std::optional<qint64> v = parseDurationSpec(t);
            return v && *v >= k.min && *v <= k.max ? v : std::nullopt;
        };
    }
    static QStringList durationArgs(const ConfigKey &k)
    {
        return { durationSpec(k.min), durationSpec(k.max) };
    }

    qint64 integer(K id, const QString &account = {})
    {
        const ConfigKey &k = ConfigKey::get(id);
        return read<qint64>(id, account, integerParser(k), ErrorCode::ConfigOutOfRange, integerArgs(k));
    }
    std::optional<qint64> optionalInteger(K id, const QString &account)
    {
        const ConfigKey &k = ConfigKey::get(id);
        return readOptional<qint64>(
            id, account, integerParser(k), ErrorCode::ConfigOutOfRange, integerArgs(k));
    }

    // Seconds, written as seconds or with units ("10m", "1.5h"); out of range or unreadable, the
    // error names the key and says which forms it takes.
    qint64 duration(K id, const QString &account = {})
    {
        const ConfigKey &k = ConfigKey::get(id);
        return read<qint64>(id, account, durationParser(k), ErrorCode::ConfigBadDuration, durationArgs(k));
    }
    std::optional<qint64> optionalDuration(K id, const QString &account)
    {
        const ConfigKey &k = ConfigKey::get(id);
        return readOptional<qint64>(
            id, account, durationParser(k), ErrorCode::ConfigBadDuration, durationArgs(k));
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

// Quiet hours as [reminder] and an account take them: a range, or none (empty, or "none").
std::optional<std::optional<QuietHours>> parseQuietHours(const QString &t)
{
    if (t.isEmpty() || t.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return std::optional<QuietHours>(); // none
    const std::optional<QuietHours> q = QuietHours::parse(t);
    return q ? std::optional<std::optional<QuietHours>>(q) : std::nullopt;
}

// A comma-separated list as the file gives it (QSettings split it at the commas): trimmed, no empties.
QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (const QString p = part.trimmed(); !p.isEmpty())
            out << p;
    return out;
}

void readPolicy(Reader &r, ReminderPolicy &out)
{
    out.perCustomerDaily = int(r.integer(K::PolicyPerCustomerDaily));
    out.skipIfPaidWithinSec = r.duration(K::PolicySkipIfPaidWithin);
    out.minAmountFen = r.integer(K::PolicyMinAmountFen);
    out.maxAmountFen = r.integer(K::PolicyMaxAmountFen);
    out.productsInclude = listOf(r.text(K::PolicyProductsInclude));
    out.productsExclude = listOf(r.text(K::PolicyProductsExclude));
    if (out.maxAmountFen > 0 && out.minAmountFen > out.maxAmountFen)
        r.fail(
            K::PolicyMaxAmountFen, {}, ErrorCode::ConfigAmountRange, { QString::number(out.minAmountFen) });
}

void readReminder(Reader &r, ReminderSettings &out)
{
    const ConfigKey &roundsKey = ConfigKey::get(K::ReminderRounds);
    using Rounds = QPair<QList<qint64>, QList<qint64>>; // after placing, before closing
    const Rounds rounds = r.read<Rounds>(K::ReminderRounds, {},
        [&roundsKey](const QString &t) -> std::optional<Rounds> {
            Rounds parsed;
            for (const QString &raw : t.split(u',', Qt::SkipEmptyParts)) {
                QString part = raw.trimmed();
                const bool beforeClose = part.startsWith(u"close-"_s, Qt::CaseInsensitive);
                if (beforeClose)
                    part = part.mid(6);
                QList<qint64> &list = beforeClose ? parsed.second : parsed.first;
                const std::optional<qint64> v = parseDurationSpec(part);
                if (!v || *v < roundsKey.min || *v > roundsKey.max || list.contains(*v))
                    return std::nullopt;
                list.append(*v);
            }
            const qsizetype count = parsed.first.size() + parsed.second.size();
            if (count == 0 || count > kMaxReminderRounds)
                return std::nullopt;
            std::sort(parsed.first.begin(), parsed.first.end());
            std::sort(parsed.second.begin(), parsed.second.end(), std::greater<qint64>());
            return parsed;
        },
        ErrorCode::ConfigBadRounds,
        { QString::number(kMaxReminderRounds), durationSpec(roundsKey.min), durationSpec(roundsKey.max) });
    out.plan.roundOffsetsSec = rounds.first;
    out.plan.closeRoundsSec = rounds.second;
    out.plan.closeAfterSec = r.duration(K::ReminderCloseAfter);
    out.plan.quietHours = r.read<std::optional<QuietHours>>(
        K::ReminderQuietHours, {}, parseQuietHours, ErrorCode::ConfigBadQuietHours);
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

void readOverrides(Reader &r, const QString &key, AccountPolicyOverrides &o)
{
    o.quietHours = r.readOptional<std::optional<QuietHours>>(
        K::AccountQuietHours, key, parseQuietHours, ErrorCode::ConfigBadQuietHours);
    if (const auto v = r.optionalInteger(K::AccountPerCustomerDaily, key))
        o.perCustomerDaily = int(*v);
    o.skipIfPaidWithinSec = r.optionalDuration(K::AccountSkipIfPaidWithin, key);
    o.minAmountFen = r.optionalInteger(K::AccountMinAmountFen, key);
    o.maxAmountFen = r.optionalInteger(K::AccountMaxAmountFen, key);
    if (r.has(K::AccountProductsInclude, key))
        o.productsInclude = listOf(r.text(K::AccountProductsInclude, key));
    if (r.has(K::AccountProductsExclude, key))
        o.productsExclude = listOf(r.text(K::AccountProductsExclude, key));
}

// The account's template fields, its rounds' own templates and its split test's variants:
// fields/<key>, round<N>.templateId, round<N>.fields/<key>, variants=, <v>.weight|templateId|fields/<key>.
// QSettings gives keys sorted; the order of a template's data keys does not matter to WeChat.
void readMappings(Reader &r, const QString &key, AccountConfig &a)
{
    const QSettings *s = r.settings();
    if (!s)
        return;
    const QString p = u"accounts/"_s + key + u'/';
    static const QRegularExpression fieldKeyRe(u"^[A-Za-z_][A-Za-z0-9_]{0,63}$"_s);
    static const QRegularExpression variantNameRe(u"^[A-Za-z][A-Za-z0-9_]{0,15}$"_s);
    static const QRegularExpression roundNameRe(u"^round[0-9]+$"_s);

    const QStringList names = listOf(r.text(K::AccountVariants, key));
    for (const QString &n : names) {
        const bool bad = !variantNameRe.match(n).hasMatch() || roundNameRe.match(n).hasMatch()
            || n == u"fields" || names.count(n) > 1;
        if (bad || names.size() < 2) {
            r.fail(K::AccountVariants, key, ErrorCode::ConfigBadVariants);
            break;
        }
        a.variants.append(TextVariant { n, 1, {}, {} });
    }
    const auto variant = [&a](const QString &name) -> TextVariant * {
        for (TextVariant &v : a.variants)
            if (v.name == name)
                return &v;
        return nullptr;
    };
    // `field` of a fields/<key>, appended to `to` when it is a template key.
    const auto field = [&](const QString &fullKey, const QString &name, QList<QPair<QString, QString>> &to) {
        if (!fieldKeyRe.match(name).hasMatch())
            r.fail(fullKey, ErrorCode::ConfigBadFieldKey);
        else
            to.append({ name, rawValue(*s, fullKey) });
    };
    const QString variantsText = names.join(u", "_s);
    for (const QString &k : s->allKeys()) {
        if (!k.startsWith(p))
            continue;
        const QString name = k.mid(p.size());
        if (name.startsWith(u"fields/")) {
            field(k, name.mid(7), a.fields);
            continue;
        }
        const qsizetype dot = name.indexOf(u'.');
        if (dot < 0)
            continue;
        const QString prefix = name.left(dot);
        const QString rest = name.mid(dot + 1);
        if (roundNameRe.match(prefix).hasMatch()) {
            const int round = prefix.mid(5).toInt();
            if (round < 1 || round > kMaxReminderRounds) {
                r.fail(k, ErrorCode::ConfigRoundNotInPlan, { QString::number(kMaxReminderRounds) });
                continue;
            }
            TemplateMapping &m = a.rounds[round];
            if (rest == u"templateId")
                m.templateId = rawValue(*s, k);
            else if (rest.startsWith(u"fields/"))
                field(k, rest.mid(7), m.fields);
            continue;
        }
        TextVariant *v = variant(prefix);
        const bool known = rest == u"weight" || rest == u"templateId" || rest.startsWith(u"fields/");
        if (!known)
            continue;
        if (!v) {
            r.fail(k, ErrorCode::ConfigUnknownVariant, { variantsText });
            continue;
        }
        if (rest == u"weight") {
            const ConfigKey &wk = ConfigKey::get(K::AccountVariantWeight);
            if (const auto w = Reader::integerParser(wk)(rawValue(*s, k)))
                v->weight = int(*w);
            else
                r.fail(k, ErrorCode::ConfigOutOfRange, Reader::integerArgs(wk));
        } else if (rest == u"templateId") {
            v->templateId = rawValue(*s, k);
        } else {
            field(k, rest.mid(7), v->fields);
        }
    }
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

    readOverrides(r, key, a.overrides);
    readMappings(r, key, a);
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
    readPolicy(r, c.policy);
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
    // A round's own template for a round the plan does not have would silently never be used.
    const int rounds = c.reminder.plan.roundCount();
    for (const AccountConfig &a : std::as_const(c.accounts))
        for (auto it = a.rounds.cbegin(); it != a.rounds.cend(); ++it)
            if (it.key() > rounds)
                found.append(
                    Error(ErrorCode::ConfigRoundNotInPlan, u"accounts/%1/round%2"_s.arg(a.key).arg(it.key()),
                        { u"round%1"_s.arg(it.key()), QString::number(rounds) }));
    *errors = found;
    if (!found.isEmpty())
        return defaults();
    return c;
}

ReminderPolicy Config::policyFor(const QString &key) const
{
    ReminderPolicy p = policy;
    const AccountConfig *a = account(key);
    if (!a)
        return p;
    const AccountPolicyOverrides &o = a->overrides;
    p.perCustomerDaily = o.perCustomerDaily.value_or(p.perCustomerDaily);
    p.skipIfPaidWithinSec = o.skipIfPaidWithinSec.value_or(p.skipIfPaidWithinSec);
    p.minAmountFen = o.minAmountFen.value_or(p.minAmountFen);
    p.maxAmountFen = o.maxAmountFen.value_or(p.maxAmountFen);
    p.productsInclude = o.productsInclude.value_or(p.productsInclude);
    p.productsExclude = o.productsExclude.value_or(p.productsExclude);
    return p;
}

ReminderPlan Config::planFor(const QString &key) const
{
    ReminderPlan plan = reminder.plan;
    if (const AccountConfig *a = account(key); a && a->overrides.quietHours)
        plan.quietHours = *a->overrides.quietHours;
    return plan;
}

AccountConfig AccountConfig::forMessage(int round, const QString &variant) const
{
    AccountConfig out = *this;
    // Another template than the one the fields were written for takes only its own fields.
    const auto apply
        = [&out](const QString &ownTemplate, const QList<QPair<QString, QString>> &ownFields, bool overlay) {
              if (!ownTemplate.isEmpty() && ownTemplate != out.templateId) {
                  out.templateId = ownTemplate;
                  out.fields = ownFields;
                  return;
              }
              if (!overlay) {
                  if (!ownFields.isEmpty())
                      out.fields = ownFields;
                  return;
              }
              for (const auto &[field, value] : ownFields) {
                  const auto it = std::find_if(out.fields.begin(), out.fields.end(),
                      [&field = field](const auto &f) { return f.first == field; });
                  if (it != out.fields.end())
                      it->second = value;
                  else
                      out.fields.append({ field, value });
              }
              std::sort(out.fields.begin(), out.fields.end());
          };
    if (const auto r = rounds.constFind(round); r != rounds.cend())
        apply(r->templateId, r->fields, false);
    for (const TextVariant &v : variants)
        if (v.name == variant)
            apply(v.templateId, v.fields, true);
    out.rounds.clear();
    out.variants.clear();
    return out;
}

QString AccountConfig::variantOf(const QString &orderNo) const
{
    if (variants.isEmpty())
        return {};
    qint64 total = 0;
    for (const TextVariant &v : variants)
        total += v.weight;
    // SHA-1 spreads consecutive order numbers evenly (a plain FNV hash would alternate on the last digit).
    const QByteArray digest = QCryptographicHash::hash(orderNo.toUtf8(), QCryptographicHash::Sha1);
    quint64 h = 0;
    for (int i = 0; i < 8; ++i)
        h = (h << 8) | quint8(digest.at(i));
    qint64 pick = qint64(h % quint64(total));
    for (const TextVariant &v : variants) {
        if (pick < v.weight)
            return v.name;
        pick -= v.weight;
    }
    return variants.last().name;
}

QString StoreSettings::instanceName() const
{
    return instance.isEmpty() ? QSysInfo::machineHostName() : instance;
}

} // namespace paynudge
