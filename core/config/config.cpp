#include "config/config.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
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

class Reader
{
public:
    Reader(const QSettings &settings, QList<ConfigError> *errors)
        : m_s(settings)
        , m_errors(errors)
    { }

    bool has(const QString &key) const { return m_s.contains(key) && !rawValue(m_s, key).isEmpty(); }
    QString text(const QString &key, const QString &fallback = {}) const
    {
        return has(key) ? rawValue(m_s, key) : fallback;
    }

    void fail(const QString &key, const QString &expected)
    {
        m_errors->append({ key, rawValue(m_s, key), expected });
    }

    int integer(const QString &key, int fallback, int min, int max)
    {
        if (!has(key))
            return fallback;
        bool ok = false;
        const qlonglong v = rawValue(m_s, key).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            fail(key, u"a whole number from %1 to %2"_s.arg(min).arg(max));
            return fallback;
        }
        return int(v);
    }

    bool boolean(const QString &key, bool fallback)
    {
        if (!has(key))
            return fallback;
        const QString v = rawValue(m_s, key).toLower();
        if (v == u"true" || v == u"1" || v == u"yes" || v == u"on")
            return true;
        if (v == u"false" || v == u"0" || v == u"no" || v == u"off")
            return false;
        fail(key, u"true or false"_s);
        return fallback;
    }

    template<typename E> E choice(const QString &key, E fallback, const QList<QPair<QString, E>> &options)
    {
        if (!has(key))
            return fallback;
        const QString v = rawValue(m_s, key);
        QStringList names;
        for (const auto &[name, value] : options) {
            if (name == v)
                return value;
            names << name;
        }
        fail(key, u"one of: "_s + names.join(u", "_s));
        return fallback;
    }

    QUrl url(const QString &key, const QUrl &fallback)
    {
        if (!has(key))
            return fallback;
        const QUrl u = QUrl(rawValue(m_s, key), QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") || u.host().isEmpty()) {
            fail(key, u"an http:// or https:// URL"_s);
            return fallback;
        }
        return u;
    }

    const QSettings &settings() const { return m_s; }

private:
    const QSettings &m_s;
    QList<ConfigError> *m_errors;
};

void readReminder(Reader &r, ReminderSettings &out)
{
    if (r.has(u"reminder/rounds"_s)) {
        QList<qint64> rounds;
        bool ok = true;
        for (const QString &part : r.text(u"reminder/rounds"_s).split(u',', Qt::SkipEmptyParts)) {
            bool partOk = false;
            const qint64 v = part.trimmed().toLongLong(&partOk);
            if (!partOk || v <= 0 || v > 30LL * 24 * 3600 || rounds.contains(v)) {
                ok = false;
                break;
            }
            rounds.append(v);
        }
        if (!ok || rounds.isEmpty() || rounds.size() > 10)
            r.fail(u"reminder/rounds"_s,
                u"1 to 10 different positive whole numbers of seconds after placed_at, e.g. \"600\" or \"600, 5400\""_s);
        else {
            std::sort(rounds.begin(), rounds.end());
            out.plan.roundOffsetsSec = rounds;
        }
    }
    out.plan.closeAfterSec
        = r.integer(u"reminder/closeAfter"_s, int(out.plan.closeAfterSec), 60, 30 * 24 * 3600);
    if (r.has(u"reminder/quietHours"_s)) {
        out.plan.quietHours = QuietHours::parse(r.text(u"reminder/quietHours"_s));
        if (!out.plan.quietHours)
            r.fail(u"reminder/quietHours"_s,
                u"a local time range HH:MM-HH:MM such as 22:00-08:00, or nothing"_s);
    }
    out.plan.quietPolicy = r.choice<QuietPolicy>(u"reminder/quietPolicy"_s, out.plan.quietPolicy,
        { { u"defer"_s, QuietPolicy::Defer }, { u"skip"_s, QuietPolicy::Skip } });
    if (r.has(u"reminder/timeZone"_s)) {
        const QTimeZone zone(r.text(u"reminder/timeZone"_s).toUtf8());
        if (!zone.isValid())
            r.fail(u"reminder/timeZone"_s,
                u"an IANA time zone such as Asia/Shanghai, or nothing for the system's"_s);
        else
            out.plan.zone = zone;
    }
    out.batchSize = r.integer(u"reminder/batchSize"_s, out.batchSize, 1, 1000);
    out.safetyTickSec = r.integer(u"reminder/safetyTick"_s, out.safetyTickSec, 1, 3600);
    out.maxInFlight = r.integer(u"reminder/maxInFlight"_s, out.maxInFlight, 1, 10000);
    out.lateLimitSec = r.integer(u"reminder/lateLimit"_s, out.lateLimitSec, 0, 30 * 24 * 3600);
}

void readIntake(Reader &r, IntakeSettings &out)
{
    if (r.has(u"intake/listen"_s)) {
        const QString listen = r.text(u"intake/listen"_s);
        static const QRegularExpression re(u"^(?:\\[([0-9A-Fa-f:.]+)\\]|([^:\\[\\]]+)):(\\d{1,5})$"_s);
        const auto m = re.match(listen);
        const QHostAddress address(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
        const int port = m.captured(3).toInt();
        if (!m.hasMatch() || address.isNull() || port < 0 || port > 65535)
            r.fail(u"intake/listen"_s,
                u"an IP address and port such as 127.0.0.1:8787 or [::1]:8787 (port 0: any free port)"_s);
        else {
            out.address = address;
            out.port = quint16(port);
        }
    }
    out.token = r.text(u"intake/token"_s);
    out.tokenFile = r.text(u"intake/tokenFile"_s);
    if (!out.token.isEmpty() && out.token.size() < 16)
        r.fail(
            u"intake/token"_s, u"at least 16 characters (or leave it empty and let PayNudge generate one)"_s);
    out.enabled = r.boolean(u"intake/enabled"_s, out.enabled);
    out.maxConnections = r.integer(u"intake/maxConnections"_s, out.maxConnections, 8, 100000);
    // Beyond loopback anyone on the network could post orders with a token nobody chose on purpose.
    if (out.enabled && !out.address.isLoopback() && out.token.isEmpty() && out.tokenFile.isEmpty())
        r.fail(u"intake/listen"_s,
            u"a loopback address such as 127.0.0.1:8787, or set [intake] token or tokenFile "
            u"before accepting requests from other machines"_s);
}

void readWeChat(Reader &r, WeChatSettings &out)
{
    out.apiBase = r.url(u"wechat/apiBase"_s, out.apiBase);
    out.timeoutSec = r.integer(u"wechat/timeout"_s, out.timeoutSec, 1, 300);
    out.maxInFlight = r.integer(u"wechat/maxInFlight"_s, out.maxInFlight, 1, 256);
}

AccountConfig readAccount(Reader &r, const QString &key)
{
    AccountConfig a;
    a.key = key;
    const QString p = u"accounts/"_s + key + u'/';
    static const QRegularExpression keyRe(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (!keyRe.match(key).hasMatch())
        r.fail(p.chopped(1), u"an account key of 1-64 letters, digits, '_' or '-'"_s);
    a.name = r.text(p + u"name"_s);
    a.appid = r.text(p + u"appid"_s);
    static const QRegularExpression appidRe(u"^wx[0-9a-f]{16}$"_s);
    if (!a.appid.isEmpty() && !appidRe.match(a.appid).hasMatch())
        r.fail(p + u"appid"_s, u"an AppID like wx0123456789abcdef (wx + 16 hex digits)"_s);
    a.secretEnv = r.text(p + u"secretEnv"_s);
    a.secretFile = r.text(p + u"secretFile"_s);
    if (!a.secretEnv.isEmpty() && !a.secretFile.isEmpty())
        r.fail(p + u"secretFile"_s, u"either secretEnv or secretFile, not both"_s);
    a.tokenSource = r.choice<TokenSource>(p + u"tokenSource"_s, a.tokenSource,
        { { u"stable"_s, TokenSource::Stable }, { u"classic"_s, TokenSource::Classic },
            { u"url"_s, TokenSource::Url } });
    a.tokenUrl = r.url(p + u"tokenUrl"_s, {});
    if (a.tokenSource == TokenSource::Url && a.tokenUrl.isEmpty() && !r.has(p + u"tokenUrl"_s))
        r.fail(p + u"tokenUrl"_s, u"the URL of the shop's token service (tokenSource=url needs it)"_s);
    a.kind = r.choice<MessageKind>(p + u"kind"_s, a.kind,
        { { u"template"_s, MessageKind::Template }, { u"subscribe"_s, MessageKind::Subscribe },
            { u"miniprogram"_s, MessageKind::MiniProgram } });
    a.templateId = r.text(p + u"templateId"_s);
    a.url = r.text(p + u"url"_s);
    a.miniprogramAppid = r.text(p + u"miniprogramAppid"_s);
    a.miniprogramPage = r.text(p + u"miniprogramPage"_s);
    a.miniprogramState = r.choice<QString>(p + u"miniprogramState"_s, a.miniprogramState,
        { { u"formal"_s, u"formal"_s }, { u"trial"_s, u"trial"_s }, { u"developer"_s, u"developer"_s } });
    a.lang = r.choice<QString>(p + u"lang"_s, a.lang,
        { { u"zh_CN"_s, u"zh_CN"_s }, { u"en_US"_s, u"en_US"_s }, { u"zh_HK"_s, u"zh_HK"_s },
            { u"zh_TW"_s, u"zh_TW"_s } });
    a.dryRun = r.boolean(p + u"dryRun"_s, a.dryRun);
    a.tooLong = r.choice<TooLongPolicy>(p + u"tooLong"_s, a.tooLong,
        { { u"shorten"_s, TooLongPolicy::Shorten }, { u"fail"_s, TooLongPolicy::Fail } });
    if (a.sendsForReal() && a.templateId.isEmpty())
        r.fail(p + u"templateId"_s, u"the template id to send with (required when appid is set)"_s);

    // QSettings gives keys sorted; the order of a template's data keys does not matter to WeChat.
    const QSettings &s = r.settings();
    const QString fieldsPrefix = p + u"fields/"_s;
    static const QRegularExpression fieldKeyRe(u"^[A-Za-z_][A-Za-z0-9_]{0,63}$"_s);
    for (const QString &k : s.allKeys()) {
        if (!k.startsWith(fieldsPrefix))
            continue;
        const QString field = k.mid(fieldsPrefix.size());
        if (!fieldKeyRe.match(field).hasMatch()) {
            r.fail(k, u"a template key such as thing2 or keyword1"_s);
            continue;
        }
        a.fields.append({ field, rawValue(s, k) });
    }
    return a;
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

QString ConfigError::message() const
{
    return u"[%1] = \"%2\": expected %3"_s.arg(key, value, expected);
}

const AccountConfig *Config::account(const QString &key) const
{
    for (const AccountConfig &a : accounts)
        if (a.key == key)
            return &a;
    return nullptr;
}

QString Config::implicitAccountKey()
{
    return u"default"_s;
}

Config Config::defaults()
{
    Config c;
    AccountConfig a;
    a.key = implicitAccountKey();
    a.name = u"默认店铺 (dry run)"_s;
    a.dryRun = true;
    c.accounts.append(a);
    return c;
}

Config Config::load(const QString &path, QList<ConfigError> *errors)
{
    Config c = defaults();
    c.sourcePath = path;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return c;

    QList<ConfigError> found;
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError) {
        found.append({ u"(file)"_s, path, u"a readable INI file"_s });
        *errors = found;
        return defaults();
    }
    Reader r(s, &found);
    readReminder(r, c.reminder);
    c.store.path = r.text(u"store/path"_s);
    c.store.backupDays = r.integer(u"store/backupDays"_s, c.store.backupDays, 0, 365);
    readIntake(r, c.intake);
    readWeChat(r, c.wechat);
    c.dryRun.latencyMs = r.integer(u"dryrun/latencyMs"_s, c.dryRun.latencyMs, 0, 600000);
    c.language = r.text(u"ui/language"_s);

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

} // namespace paynudge
