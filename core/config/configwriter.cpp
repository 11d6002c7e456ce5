#include "config/configwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConfigWriter, "paynudge.core.configwriter")

namespace paynudge {
namespace {

QString boolText(bool b)
{
    return b ? u"true"_s : u"false"_s;
}

QString listenText(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + address.toString() + u']'
        : address.toString();
    return host + u':' + QString::number(port);
}

// "accounts/shop1/name" → "shop1"; anything else → empty.
QString accountOf(const QString &key)
{
    if (!key.startsWith(u"accounts/"))
        return {};
    return key.section(u'/', 1, 1);
}

QString accountGroup(const QString &account)
{
    return u"accounts/"_s + account;
}

} // namespace

ConfigWriter::ConfigWriter(const QString &path)
    : m_path(path)
{ }

ConfigValues ConfigWriter::valuesOf(const Config &c)
{
    ConfigValues v;
    const ReminderPlan &plan = c.reminder.plan;
    QStringList rounds;
    for (qint64 r : plan.roundOffsetsSec)
        rounds << QString::number(r);
    v[u"reminder/rounds"_s] = rounds.join(u", "_s);
    v[u"reminder/closeAfter"_s] = QString::number(plan.closeAfterSec);
    v[u"reminder/quietHours"_s] = plan.quietHours ? plan.quietHours->toString() : QString();
    v[u"reminder/quietPolicy"_s] = plan.quietPolicy == QuietPolicy::Skip ? u"skip"_s : u"defer"_s;
    v[u"reminder/timeZone"_s] = QString::fromUtf8(plan.zone.id());
    v[u"reminder/batchSize"_s] = QString::number(c.reminder.batchSize);
    v[u"reminder/safetyTick"_s] = QString::number(c.reminder.safetyTickSec);
    v[u"reminder/maxInFlight"_s] = QString::number(c.reminder.maxInFlight);
    v[u"reminder/lateLimit"_s] = QString::number(c.reminder.lateLimitSec);
    v[u"store/path"_s] = c.store.path;
    v[u"store/backupDays"_s] = QString::number(c.store.backupDays);
    v[u"intake/listen"_s] = listenText(c.intake.address, c.intake.port);
    v[u"intake/tokenFile"_s] = c.intake.tokenFile; // the token itself is a secret: never here
    v[u"intake/enabled"_s] = boolText(c.intake.enabled);
    v[u"intake/maxConnections"_s] = QString::number(c.intake.maxConnections);
    v[u"wechat/apiBase"_s] = c.wechat.apiBase.toString();
    v[u"wechat/timeout"_s] = QString::number(c.wechat.timeoutSec);
    v[u"wechat/maxInFlight"_s] = QString::number(c.wechat.maxInFlight);
    v[u"dryrun/latencyMs"_s] = QString::number(c.dryRun.latencyMs);
    v[u"ui/language"_s] = c.language;
    for (const AccountConfig &a : c.accounts) {
        const QString p = accountGroup(a.key) + u'/';
        v[p + u"name"_s] = a.name;
        v[p + u"appid"_s] = a.appid;
        v[p + u"secretEnv"_s] = a.secretEnv;
        v[p + u"secretFile"_s] = a.secretFile;
        v[p + u"tokenSource"_s] = wireName(a.tokenSource);
        v[p + u"tokenUrl"_s] = a.tokenUrl.toString();
        v[p + u"kind"_s] = wireName(a.kind);
        v[p + u"templateId"_s] = a.templateId;
        v[p + u"url"_s] = a.url;
        v[p + u"miniprogramAppid"_s] = a.miniprogramAppid;
        v[p + u"miniprogramPage"_s] = a.miniprogramPage;
        v[p + u"miniprogramState"_s] = a.miniprogramState;
        v[p + u"lang"_s] = a.lang;
        v[p + u"dryRun"_s] = boolText(a.dryRun);
        v[p + u"tooLong"_s] = wireName(a.tooLong);
        for (const auto &[field, pattern] : a.fields)
            v[p + u"fields/"_s + field] = pattern;
    }
    return v;
}

bool ConfigWriter::prepare(const ConfigValues &before, const ConfigValues &after)
{
    m_prepared = false;
    m_changed = false;
    m_errors.clear();
    m_error.clear();
    m_text.clear();

    if (QFileInfo::exists(m_path)) {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = u"cannot read the configuration %1: %2"_s.arg(m_path, f.errorString());
            return false;
        }
        m_text = f.readAll();
    }
    IniDocument doc = IniDocument::fromUtf8(m_text);
    const QList<QString> fileKeys = doc.keys();
    QSet<QString> accountsInFile;
    for (const QString &k : fileKeys)
        if (const QString a = accountOf(k); !a.isEmpty())
            accountsInFile.insert(a);

    QSet<QString> accountsAfter;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (const QString a = accountOf(it.key()); !a.isEmpty())
            accountsAfter.insert(a);

    const auto differs = [&](const QString &key) {
        return before.contains(key) != after.contains(key) || before.value(key) != after.value(key);
    };
    bool accountsTouched = false;
    for (const ConfigValues *values : { &before, &after })
        for (auto it = values->cbegin(); it != values->cend(); ++it)
            accountsTouched = accountsTouched || (!accountOf(it.key()).isEmpty() && differs(it.key()));

    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QString account = accountOf(it.key());
        // Once accounts are edited, one the file lacks (the implied dry-run account, or a new
        // one) is written whole: accounts in the file replace the implied one, so leaving it
        // out would silently drop it.
        const bool wholeAccount = accountsTouched && !account.isEmpty() && !accountsInFile.contains(account);
        if (!differs(it.key()) && !wholeAccount)
            continue;
        if (it.value().isEmpty() && !doc.contains(it.key()))
            continue; // empty means the default; no need to spell it out
        doc.setValue(it.key(), it.value());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.contains(it.key()))
            continue;
        const QString account = accountOf(it.key());
        if (!account.isEmpty() && !accountsAfter.contains(account))
            doc.removeGroup(accountGroup(account));
        else
            doc.remove(it.key());
    }

    const QByteArray text = doc.toUtf8();
    m_changed = text != m_text;
    m_text = text;

    // Validate exactly what would be written, as PayNudge reads it at start.
    if (!loadText(m_text, &m_config, &m_errors, &m_error)) {
        if (m_error.isEmpty() && m_errors.isEmpty())
            m_errors.append({ u"(file)"_s, m_path, u"a well-formed INI file"_s });
        return false;
    }
    m_config.sourcePath = m_path;
    m_prepared = true;
    return true;
}

bool ConfigWriter::loadText(
    const QByteArray &text, Config *config, QList<ConfigError> *errors, QString *error)
{
    QTemporaryFile file(QDir::temp().filePath(u"paynudge-config-XXXXXX.ini"_s));
    if (!file.open() || file.write(text) != text.size() || !file.flush()) {
        *error = u"cannot write a temporary copy of the configuration: %1"_s.arg(file.errorString());
        return false;
    }
    file.close();
    {
        QSettings settings(file.fileName(), QSettings::IniFormat);
        settings.allKeys(); // parse now, so status() speaks about the content
        if (settings.status() != QSettings::NoError)
            return false;
    }
    *config = Config::load(file.fileName(), errors);
    return errors->isEmpty();
}

Config ConfigWriter::parse(const ConfigValues &values, QList<ConfigError> *errors)
{
    IniDocument doc;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        doc.setValue(it.key(), it.value());
    Config config;
    QString error;
    if (!loadText(doc.toUtf8(), &config, errors, &error) && errors->isEmpty())
        errors->append({ u"(file)"_s, error, u"a configuration PayNudge can read"_s });
    return config;
}

bool ConfigWriter::commit()
{
    if (!m_prepared) {
        m_error = u"nothing valid to write"_s;
        return false;
    }
    if (!m_changed)
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = u"cannot create the folder %1"_s.arg(info.absolutePath());
        return false;
    }
    const bool isNew = !info.exists();
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) {
        m_error = u"cannot write the configuration %1: %2"_s.arg(m_path, f.errorString());
        return false;
    }
    // A new file may come to hold an inline intake token; an existing one keeps its mode.
    if (isNew)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(m_text) != m_text.size() || !f.commit()) {
        m_error = u"cannot write the configuration %1: %2"_s.arg(m_path, f.errorString());
        return false;
    }
    qCInfo(lcConfigWriter).noquote() << "configuration written to" << m_path;
    return true;
}

bool ConfigWriter::write(const QString &path, const Config &config, QString *error)
{
    QList<ConfigError> currentErrors;
    const Config current = Config::load(path, &currentErrors);
    ConfigWriter w(path);
    // A file that does not load cleanly gives no trustworthy "before": write every value.
    const ConfigValues before = currentErrors.isEmpty() ? valuesOf(current) : ConfigValues();
    if (!w.prepare(before, valuesOf(config)) || !w.commit()) {
        QStringList problems;
        for (const ConfigError &e : w.errors())
            problems << e.message();
        if (!w.error().isEmpty())
            problems << w.error();
        if (error)
            *error = problems.join(u"; "_s);
        return false;
    }
    return true;
}

} // namespace paynudge
