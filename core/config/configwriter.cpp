#include "config/configwriter.h"

#include "common/hostport.h"
#include "config/configkeys.h"

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
    using K = ConfigKeyId;
    const auto key = [](K id, const QString &account = {}) { return ConfigKey::get(id).path(account); };
    ConfigValues v;
    const ReminderPlan &plan = c.reminder.plan;
    QStringList rounds;
    for (qint64 r : plan.roundOffsetsSec)
        rounds << QString::number(r);
    for (qint64 r : plan.closeRoundsSec)
        rounds << u"close-"_s + QString::number(r);
    v[key(K::ReminderRounds)] = rounds.join(u", "_s);
    v[key(K::ReminderCloseAfter)] = QString::number(plan.closeAfterSec);
    v[key(K::ReminderQuietHours)] = plan.quietHours ? plan.quietHours->toString() : QString();
    v[key(K::ReminderQuietPolicy)] = plan.quietPolicy == QuietPolicy::Skip ? u"skip"_s : u"defer"_s;
    v[key(K::ReminderTimeZone)] = QString::fromUtf8(plan.zone.id());
    v[key(K::ReminderBatchSize)] = QString::number(c.reminder.batchSize);
    v[key(K::ReminderSafetyTick)] = QString::number(c.reminder.safetyTickSec);
    v[key(K::ReminderMaxInFlight)] = QString::number(c.reminder.maxInFlight);
    v[key(K::ReminderLateLimit)] = QString::number(c.reminder.lateLimitSec);
    v[key(K::StorePath)] = c.store.path;
    v[key(K::StoreBackupDays)] = QString::number(c.store.backupDays);
    v[key(K::StoreBackend)] = c.store.backend;
    v[key(K::StoreHost)] = c.store.host;
    v[key(K::StorePort)] = QString::number(c.store.port);
    v[key(K::StoreDatabase)] = c.store.database;
    v[key(K::StoreUser)] = c.store.user;
    v[key(K::StorePasswordEnv)] = c.store.passwordEnv; // the password itself is a secret: never here
    v[key(K::StorePasswordFile)] = c.store.passwordFile;
    v[key(K::StoreSslMode)] = c.store.sslMode;
    v[key(K::StoreInstance)] = c.store.instance;
    v[key(K::StoreLeaseSeconds)] = QString::number(c.store.leaseSeconds);
    v[key(K::IntakeListen)] = hostPortText(c.intake.address, c.intake.port);
    v[key(K::IntakeTokenFile)] = c.intake.tokenFile; // the token itself is a secret: never here
    v[key(K::IntakeEnabled)] = boolText(c.intake.enabled);
    v[key(K::IntakeMaxConnections)] = QString::number(c.intake.maxConnections);
    v[key(K::WeChatApiBase)] = c.wechat.apiBase.toString();
    v[key(K::WeChatTimeout)] = QString::number(c.wechat.timeoutSec);
    v[key(K::WeChatMaxInFlight)] = QString::number(c.wechat.maxInFlight);
    v[key(K::DryRunLatencyMs)] = QString::number(c.dryRun.latencyMs);
    v[key(K::UiLanguage)] = c.language;
    const ShopDbSettings &db = c.shopdb;
    v[key(K::ShopDbDriver)] = db.driver;
    v[key(K::ShopDbHost)] = db.host;
    v[key(K::ShopDbPort)] = QString::number(db.port);
    v[key(K::ShopDbDatabase)] = db.database;
    v[key(K::ShopDbUser)] = db.user;
    v[key(K::ShopDbPasswordEnv)] = db.passwordEnv; // the password itself is a secret: never here
    v[key(K::ShopDbPasswordFile)] = db.passwordFile;
    v[key(K::ShopDbPollInterval)] = QString::number(db.pollIntervalSec);
    v[key(K::ShopDbPageSize)] = QString::number(db.pageSize);
    v[key(K::ShopDbProfile)] = db.profile;
    v[key(K::ShopDbOrdersQuery)] = db.ordersQuery;
    v[key(K::ShopDbUnpaidQuery)] = db.unpaidQuery;
    v[key(K::ShopDbCheck)] = boolText(db.check);
    v[key(K::ShopDbOnCheckFailure)] = wireName(db.onCheckFailure);
    v[key(K::ShopDbAmountColumn)] = db.amountColumn;
    v[key(K::ShopDbAmountUnit)] = db.amountUnit;
    v[key(K::ShopDbPlacedAtColumn)] = db.placedAtColumn;
    v[key(K::PrecheckUrl)] = c.precheck.url.toString();
    v[key(K::PrecheckTokenEnv)] = c.precheck.tokenEnv;
    v[key(K::PrecheckTokenFile)] = c.precheck.tokenFile;
    v[key(K::PrecheckTimeout)] = QString::number(c.precheck.timeoutSec);
    v[key(K::PolicyPerCustomerDaily)] = QString::number(c.policy.perCustomerDaily);
    v[key(K::PolicySkipIfPaidWithin)] = QString::number(c.policy.skipIfPaidWithinSec);
    v[key(K::PolicyMinAmountFen)] = QString::number(c.policy.minAmountFen);
    v[key(K::PolicyMaxAmountFen)] = QString::number(c.policy.maxAmountFen);
    v[key(K::PolicyProductsInclude)] = c.policy.productsInclude.join(u", "_s);
    v[key(K::PolicyProductsExclude)] = c.policy.productsExclude.join(u", "_s);
    for (const AccountConfig &a : c.accounts) {
        v[key(K::AccountName, a.key)] = a.name;
        v[key(K::AccountAppId, a.key)] = a.appid;
        v[key(K::AccountSecretEnv, a.key)] = a.secretEnv;
        v[key(K::AccountSecretFile, a.key)] = a.secretFile;
        v[key(K::AccountTokenSource, a.key)] = wireName(a.tokenSource);
        v[key(K::AccountTokenUrl, a.key)] = a.tokenUrl.toString();
        v[key(K::AccountKind, a.key)] = wireName(a.kind);
        v[key(K::AccountTemplateId, a.key)] = a.templateId;
        v[key(K::AccountUrl, a.key)] = a.url;
        v[key(K::AccountMiniprogramAppId, a.key)] = a.miniprogramAppid;
        v[key(K::AccountMiniprogramPage, a.key)] = a.miniprogramPage;
        v[key(K::AccountMiniprogramState, a.key)] = a.miniprogramState;
        v[key(K::AccountLang, a.key)] = a.lang;
        v[key(K::AccountDryRun, a.key)] = boolText(a.dryRun);
        v[key(K::AccountTooLong, a.key)] = wireName(a.tooLong);
        v[key(K::AccountShopToken, a.key)] = a.shopToken;
        for (const auto &[field, pattern] : a.fields)
            v[accountGroup(a.key) + u"/fields/"_s + field] = pattern;
        const AccountPolicyOverrides &o = a.overrides;
        const auto number = [](const auto &value) { return value ? QString::number(*value) : QString(); };
        QString quiet; // empty: as [reminder]
        if (o.quietHours)
            quiet = *o.quietHours ? (*o.quietHours)->toString() : u"none"_s;
        v[key(K::AccountQuietHours, a.key)] = quiet;
        v[key(K::AccountPerCustomerDaily, a.key)] = number(o.perCustomerDaily);
        v[key(K::AccountSkipIfPaidWithin, a.key)] = number(o.skipIfPaidWithinSec);
        v[key(K::AccountMinAmountFen, a.key)] = number(o.minAmountFen);
        v[key(K::AccountMaxAmountFen, a.key)] = number(o.maxAmountFen);
        v[key(K::AccountProductsInclude, a.key)] = o.productsInclude.value_or(QStringList()).join(u", "_s);
        v[key(K::AccountProductsExclude, a.key)] = o.productsExclude.value_or(QStringList()).join(u", "_s);
        const auto patterned = [&a](K id, const QStringList &parts) -> QString {
            return accountGroup(a.key) + u'/' + ConfigKey::get(id).nameFor(parts);
        };
        for (auto r = a.rounds.cbegin(); r != a.rounds.cend(); ++r) {
            const QString n = QString::number(r.key());
            if (!r->templateId.isEmpty())
                v[patterned(K::AccountRoundTemplateId, { n })] = r->templateId;
            for (const auto &[field, pattern] : r->fields)
                v[patterned(K::AccountRoundFields, { n, field })] = pattern;
        }
        QStringList variantNames;
        for (const TextVariant &t : a.variants) {
            variantNames << t.name;
            v[patterned(K::AccountVariantWeight, { t.name })] = QString::number(t.weight);
            if (!t.templateId.isEmpty())
                v[patterned(K::AccountVariantTemplateId, { t.name })] = t.templateId;
            for (const auto &[field, pattern] : t.fields)
                v[patterned(K::AccountVariantFields, { t.name, field })] = pattern;
        }
        v[key(K::AccountVariants, a.key)] = variantNames.join(u", "_s);
    }
    return v;
}

bool ConfigWriter::prepare(const ConfigValues &before, const ConfigValues &after)
{
    m_prepared = false;
    m_changed = false;
    m_errors.clear();
    m_error = {};
    m_text.clear();

    if (QFileInfo::exists(m_path)) {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = Error(ErrorCode::ConfigCannotRead, {}, { m_path, f.errorString() });
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
        if (!m_error && m_errors.isEmpty())
            m_errors.append(Error(ErrorCode::ConfigMalformed, u"(file)"_s, { m_path }));
        return false;
    }
    m_config.sourcePath = m_path;
    m_prepared = true;
    return true;
}

bool ConfigWriter::loadText(const QByteArray &text, Config *config, QList<Error> *errors, Error *error)
{
    QTemporaryFile file(QDir::temp().filePath(u"paynudge-config-XXXXXX.ini"_s));
    if (!file.open() || file.write(text) != text.size() || !file.flush()) {
        *error = Error(ErrorCode::ConfigCannotCopy, {}, { file.errorString() });
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

Config ConfigWriter::parse(const ConfigValues &values, QList<Error> *errors)
{
    IniDocument doc;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        doc.setValue(it.key(), it.value());
    Config config;
    Error error;
    if (!loadText(doc.toUtf8(), &config, errors, &error) && errors->isEmpty())
        errors->append(Error(ErrorCode::ConfigUnusable, u"(file)"_s, { error.englishText() }));
    return config;
}

bool ConfigWriter::commit()
{
    if (!m_prepared) {
        m_error = Error(ErrorCode::ConfigNothingPrepared);
        return false;
    }
    if (!m_changed)
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = Error(ErrorCode::ConfigCannotCreateFolder, {}, { info.absolutePath() });
        return false;
    }
    const bool isNew = !info.exists();
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) {
        m_error = Error(ErrorCode::ConfigCannotWrite, {}, { m_path, f.errorString() });
        return false;
    }
    // A new file may come to hold an inline intake token; an existing one keeps its mode.
    if (isNew)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(m_text) != m_text.size() || !f.commit()) {
        m_error = Error(ErrorCode::ConfigCannotWrite, {}, { m_path, f.errorString() });
        return false;
    }
    qCInfo(lcConfigWriter).noquote() << "configuration written to" << m_path;
    return true;
}

bool ConfigWriter::write(const QString &path, const Config &config, QString *error)
{
    QList<Error> currentErrors;
    const Config current = Config::load(path, &currentErrors);
    ConfigWriter w(path);
    // A file that does not load cleanly gives no trustworthy "before": write every value.
    const ConfigValues before = currentErrors.isEmpty() ? valuesOf(current) : ConfigValues();
    if (!w.prepare(before, valuesOf(config)) || !w.commit()) {
        QStringList problems;
        for (const Error &e : w.errors())
            problems << configErrorLine(e);
        if (w.error())
            problems << w.error().englishText();
        if (error)
            *error = problems.join(u"; "_s);
        return false;
    }
    return true;
}

} // namespace paynudge
