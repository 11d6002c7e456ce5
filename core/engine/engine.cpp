#include "engine/engine.h"

#include "common/clock.h"
#include "common/logging.h"
#include "config/configaudit.h"
#include "engine/dailybackup.h"
#include "engine/enginestatus.h"
#include "engine/storeconnection.h"
#include "engine/storelock.h"
#include "engine/storemarker.h"
#include "engine/storepaymentcheck.h"
#include "engine/storeserversettings.h"
#include "engine/sweeper.h"
#include "readmodel/engineliveness.h"
#include "readmodel/readservice.h"
#include "send/dryrunsender.h"
#include "send/senderrouter.h"
#include "shopdb/paymentchecks.h"
#include "shopdb/paymentgate.h"
#include "shopdb/shopdbconnect.h"
#include "shopdb/shopdbpoller.h"
#include "store/sqlerror.h"
#include "store/sqlstore.h"
#include "store/storebackup.h"
#include "templates/mappingcheck.h"
#include "templates/templatecache.h"
#include "templates/templatefetch.h"
#include "wechat/accesstokens.h"
#include "wechat/sendrequest.h"
#include "wechat/wechatsender.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSysInfo>
#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEngine, "paynudge.core.engine")

namespace paynudge {

Engine::Engine(QObject *parent)
    : QObject(parent)
{
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &Engine::updatePausedSet);
    connect(&m_keepAlive, &QTimer::timeout, this, &Engine::keepAlive);
}

// The members go in reverse of their declaration: the sweeper and the senders before the store.
Engine::~Engine()
{
    stop();
}

QString Engine::storePathFor(const Config &config, const QString &dataDir)
{
    if (!config.store.path.isEmpty())
        return config.store.path;
    return QDir(dataDir).filePath(u"paynudge.sqlite"_s);
}

bool Engine::open(const Options &options, QString *error)
{
    Error why;
    const bool ok = open(options, &why);
    if (!ok)
        *error = why.englishText();
    return ok;
}

bool Engine::open(const Options &options, Error *error)
{
    m_config = options.config;
    if (options.clock) {
        m_clock = options.clock;
    } else {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
    m_openFailure = OpenFailure::Other;
    // A shared store is a PostgreSQL server: no file, so no lock, marker, WAL or daily copy of it
    // (the server's own backup covers it); its "path" is host:port/database.
    const bool shared = m_config.store.shared();
    std::optional<StoreServer> server;
    if (shared) {
        server = storeServerFor(m_config.store, options.dataDir, error);
        if (!server)
            return false;
        m_storePath = server->describe();
    } else {
        m_storePath = storePathFor(m_config, options.dataDir);
        if (m_storePath != u":memory:")
            m_storePath = QFileInfo(m_storePath).absoluteFilePath();
    }
    const bool owner = !shared && options.lockStore && m_storePath != u":memory:";
    if (owner) {
        if (!QDir().mkpath(QFileInfo(m_storePath).absolutePath())) {
            *error = Error(ErrorCode::StoreNoFolder, {}, { m_storePath });
            return false;
        }
        m_lock = std::make_unique<StoreLock>(m_storePath);
        const bool uncleanEnd = m_lock->heldByDeadProcess(); // read before acquire() takes it over
        if (!m_lock->acquire(error)) {
            m_openFailure = m_lock->failure() == StoreLock::Failure::HeldByOther ? OpenFailure::Locked
                : m_lock->failure() == StoreLock::Failure::StaleNotReplaced      ? OpenFailure::StaleLock
                                                                                 : OpenFailure::Other;
            return false;
        }
        if (const Error vanished = StoreMarker(options.dataDir, m_storePath).vanishedProblem()) {
            if (!options.startEmpty) {
                *error = vanished;
                m_openFailure = OpenFailure::StoreVanished;
                return false;
            }
            qCWarning(lcEngine).noquote()
                << "starting with an empty store as --start-empty asks:" << vanished.englishText();
        }
        warnIfWalLost(uncleanEnd);
    }

    auto store = std::make_unique<SqlStore>();
    // Engines of one shared store in one process (tests, one refused beside another) each have
    // their own connection: a name taken twice would close the first one's.
    static std::atomic<int> serial { 0 };
    const QString connectionKey = shared
        ? m_storePath + u'#' + m_config.store.instanceName() + u'#' + QString::number(++serial)
        : m_storePath;
    const QString connection = options.connectionName.isEmpty() ? u"engine-"_s
            + QString::fromLatin1(
                QCryptographicHash::hash(connectionKey.toUtf8(), QCryptographicHash::Md5).toHex())
                                                                : options.connectionName;
    Database::Options dbOptions;
    dbOptions.path = shared ? QString() : m_storePath;
    dbOptions.server = server;
    dbOptions.connectionName = connection;
    dbOptions.instance = m_config.store.instanceName();
    dbOptions.leaseMs = qint64(m_config.store.leaseSeconds) * 1000;
    dbOptions.integrityBudgetMs = owner ? kStartCheckBudgetMs : 0;
    if (!store->open(dbOptions, error)) {
        if (store->damaged()) {
            m_openFailure = OpenFailure::StoreDamaged;
            *error = Error(ErrorCode::StoreDamagedAtStart, {},
                { error->args.value(0), error->args.value(1), QDir(options.dataDir).filePath(u"backups"_s) });
        }
        return false;
    }
    m_store = std::move(store);
    if (shared && options.recoverInterrupted && !checkInstanceFree(error)) {
        m_store.reset();
        m_openFailure = OpenFailure::Locked;
        return false;
    }
    if (owner) {
        m_dailyBackup
            = std::make_unique<DailyBackup>(*m_store, *m_clock, QDir(options.dataDir).filePath(u"backups"_s));
        QString markerError;
        if (!StoreMarker(options.dataDir, m_storePath).remember(&markerError))
            qCWarning(lcEngine).noquote() << "cannot note that the store exists (a later loss of it would go "
                                             "unnoticed):"
                                          << markerError;
    }
    m_accountStates = m_store->loadAccountStates();
    m_templateCache = std::make_unique<TemplateCache>(*m_store);

    m_dryRun = std::make_unique<DryRunSender>(*m_clock);
    m_router = std::make_unique<SenderRouter>(m_dryRun.get());
    m_gate = std::make_unique<PaymentGate>(*m_router, *m_clock);
    m_sweeper = std::make_unique<Sweeper>(*m_store, *m_gate, *m_clock);
    connect(m_gate.get(), &PaymentGate::shopSaysPaid, this, [this](const QString &orderNo) {
        const OrderEventResult r = orderPaidByShopCheck(orderNo);
        if (!r.ok)
            qCWarning(lcEngine).noquote() << "order" << orderNo
                                          << "is paid by the shop's books, but cannot be settled here (its "
                                             "reminders wait and it is tried again):"
                                          << r.error;
        else
            qCInfo(lcEngine).noquote() << "order" << orderNo << "is paid by the shop's books;"
                                       << r.cancelledReminderIds.size() << "reminders cancelled";
    });
    connect(m_gate.get(), &PaymentGate::linkStateChanged, this, &Engine::healthChanged);
    connect(m_sweeper.get(), &Sweeper::resultsRecorded, this, &Engine::onResults);
    connect(m_sweeper.get(), &Sweeper::resultsRecorded, this,
        [this](
            const QList<AttemptResult> &, const QList<SendResult> &raw) { checkTemplatesAfterSends(raw); });
    connect(m_sweeper.get(), &Sweeper::claimed, this, [this](const QList<ClaimedReminder> &claimed) {
        QList<qint64> ids;
        for (const ClaimedReminder &c : claimed)
            ids << c.reminder.id;
        emit remindersChanged(ids);
    });
    connect(
        m_sweeper.get(), &Sweeper::settledWithoutSend, this, [this](const QList<ReminderRecord> &reminders) {
            QList<qint64> ids;
            for (const ReminderRecord &r : reminders)
                ids << r.id;
            emit remindersChanged(ids);
        });
    connect(m_sweeper.get(), &Sweeper::storeError, this, &Engine::storeError);
    connect(&m_sweeper->storeBackoff(), &StoreBackoff::changed, this, &Engine::healthChanged);
    connect(this, &Engine::accountStateChanged, this, &Engine::healthChanged);
    connect(this, &Engine::pausedChanged, this, &Engine::healthChanged);
    connect(m_sweeper.get(), &Sweeper::idle, this, &Engine::idle);
    connect(m_sweeper.get(), &Sweeper::swept, this, &Engine::swept);
    connect(m_clock, &Clock::jumped, this, &Engine::updatePausedSet);
    // Timed pauses (quota) wait on a monotonic timer that stood still while the machine slept.
    connect(m_sweeper.get(), &Sweeper::woke, this, &Engine::updatePausedSet);
    m_auditsConfigFile = options.recoverInterrupted;
    applyConfig(m_config);

    const RetryPolicy retry = m_sweeper->settings().retry;
    if (shared && options.recoverInterrupted)
        openSharedStore(); // the first heartbeat goes before recovery looks at expired leases
    if (options.recoverInterrupted)
        m_recovery
            = m_store->recoverInterrupted(m_clock->nowMs(), retry.dedupeWindowMs, accountsWithoutDedupeKey());
    if (!m_recovery.retried.isEmpty() || !m_recovery.unknown.isEmpty())
        qCWarning(lcEngine) << "recovered after an interrupted run:" << m_recovery.retried.size()
                            << "reminders retried with their client_msg_id," << m_recovery.unknown.size()
                            << "left unknown for an operator";
    qCInfo(lcEngine).noquote() << "store" << m_storePath << "open, schema" << m_store->schemaVersion();
    // The read service's small reads share the store's own connection (a store in memory has no other).
    m_reads = std::make_unique<ReadService>(static_cast<SqlStore &>(*m_store).database().db(), m_storePath);
    m_status = std::make_unique<EngineStatus>(*this, *m_reads);
    m_openFailure = OpenFailure::None;
    return true;
}

bool Engine::checkInstanceFree(Error *error)
{
    const QString instance = m_config.store.instanceName();
    const qint64 now = m_clock->nowMs();
    const qint64 leaseMs = qint64(m_config.store.leaseSeconds) * 1000;
    QString readError;
    const QList<EngineRecord> engines = m_store->engines(&readError);
    if (!readError.isEmpty()) {
        *error = Error(ErrorCode::StoreServerUnreachable, {}, { m_storePath, readError });
        return false;
    }
    for (const EngineLiveness &live : EngineLiveness::of(engines, now, leaseMs)) {
        const EngineRecord &e = live.record;
        if (e.instance != instance || live.state != EngineLiveness::State::Alive)
            continue;
        // This very process (a reopened engine) is not another one.
        if (e.pid == QCoreApplication::applicationPid() && e.host == QSysInfo::machineHostName())
            continue;
        *error = Error(ErrorCode::StoreInstanceInUse, {}, { instance, e.host, QString::number(e.pid) });
        return false;
    }
    return true;
}

void Engine::openSharedStore()
{
    auto &sql = static_cast<SqlStore &>(*m_store);
    m_connection = std::make_unique<StoreConnection>(*m_store, sql.database(), *m_clock);
    connect(m_connection.get(), &StoreConnection::notice, this, &Engine::onStoreNotice);
    connect(m_connection.get(), &StoreConnection::lostChanged, this, &Engine::onStoreLostChanged);
    connect(m_connection.get(), &StoreConnection::restored, this, [this] {
        m_accountStates = m_store->loadAccountStates(); // changed elsewhere meanwhile
        updatePausedSet();
        keepAlive();
        if (m_sweeper)
            m_sweeper->noteStoreWrote();
        emit storeChanged({ ChangeNotice::Kind::Reminders, m_config.store.instanceName(), {} });
    });
    // A claim or a result that failed may be the server gone: asked once per change of the backoff.
    connect(&m_sweeper->storeBackoff(), &StoreBackoff::changed, m_connection.get(), [this] {
        if (m_sweeper->storeBackoff().failing())
            m_connection->noteFailure(m_sweeper->storeBackoff().reason());
    });
    QString why;
    if (!m_connection->listen(&why))
        qCWarning(lcEngine).noquote() << "not listening for the other engines' changes (the safety poll "
                                         "covers):"
                                      << why;
    // A test's clock that jumps (and a machine's that was set) checks leases at once.
    connect(m_clock, &Clock::jumped, this, &Engine::keepAlive);
    const qint64 leaseMs = qint64(m_config.store.leaseSeconds) * 1000;
    m_keepAlive.start(int(std::clamp<qint64>(leaseMs / 3, 100, 3600 * 1000)));
    QString error;
    if (m_store->heartbeat(m_clock->nowMs(), &error))
        m_signedOn = true;
    else
        qCWarning(lcEngine).noquote() << "the first heartbeat failed:" << error;
}

void Engine::keepAlive()
{
    if (!m_store || !m_connection || m_connection->lost())
        return;
    if (!m_keepAlive.isActive())
        return; // stopped: signed off
    QString error;
    if (!m_store->heartbeat(m_clock->nowMs(), &error)) {
        qCWarning(lcEngine).noquote() << "heartbeat failed:" << error;
        m_connection->noteFailure(error);
        return;
    }
    m_signedOn = true;
    takeOverExpired();
}

void Engine::takeOverExpired()
{
    if (!m_store || !m_store->shared() || !m_sweeper)
        return;
    const RecoveryReport r = m_store->takeOverExpired(
        m_clock->nowMs(), m_sweeper->settings().retry.dedupeWindowMs, accountsWithoutDedupeKey());
    if (!r.error.isEmpty()) {
        qCWarning(lcEngine).noquote() << "cannot take over expired claims:" << r.error;
        if (m_connection)
            m_connection->noteFailure(r.error);
        return;
    }
    noteRecovered(r, "took over from an engine that stopped answering:");
}

void Engine::noteRecovered(const RecoveryReport &report, const char *what)
{
    if (report.retried.isEmpty() && report.unknown.isEmpty())
        return;
    qCWarning(lcEngine) << what << report.retried.size() << "reminders retried with their client_msg_id,"
                        << report.unknown.size() << "left unknown for an operator";
    emit remindersChanged(report.retried + report.unknown);
    if (!report.unknown.isEmpty())
        emit problem(QString(),
            u"%1 reminders were interrupted and cannot be retried without risking a second "
            u"message; decide in the history (state unknown)"_s.arg(report.unknown.size()));
    if (m_sweeper)
        m_sweeper->sweepSoon();
}

QSet<QString> Engine::accountsWithoutDedupeKey() const
{
    // Only template/send carries a client_msg_id; a dry-run account sends nothing to duplicate.
    QSet<QString> without;
    for (const AccountConfig &a : std::as_const(m_config.accounts))
        if (a.sendsForReal() && !wechat::SendRequest::isIdempotent(a.kind))
            without.insert(a.key);
    return without;
}

void Engine::onStoreNotice(const ChangeNotice &notice)
{
    switch (notice.kind) {
    case ChangeNotice::Kind::Orders:
    case ChangeNotice::Kind::Reminders:
        // New due reminders, or ones given back: the sweeper re-reads what is next due.
        if (m_sweeper)
            m_sweeper->sweepSoon();
        break;
    case ChangeNotice::Kind::Accounts: {
        // A pause or resume on another engine or console applies here too.
        const QHash<QString, AccountState> before = m_accountStates;
        m_accountStates = m_store->loadAccountStates();
        updatePausedSet();
        for (auto it = m_accountStates.cbegin(); it != m_accountStates.cend(); ++it)
            if (before.value(it.key()).paused != it->paused || before.value(it.key()).until != it->until)
                emit accountStateChanged(it.key());
        break;
    }
    case ChangeNotice::Kind::Engines:
    case ChangeNotice::Kind::OptOuts: // the consoles' lists read it again; the claim reads it anyway
        break;
    }
    emit storeChanged(notice);
    if (notice.kind == ChangeNotice::Kind::Reminders && !notice.ids.isEmpty())
        emit remindersChanged(notice.ids);
}

void Engine::onStoreLostChanged()
{
    if (m_connection->lost() && m_sweeper)
        m_sweeper->noteStoreFailure(m_connection->reason()); // stops claiming until restored
    emit healthChanged();
}

// In WAL mode the -wal file exists for as long as a connection has the store open, and holds the
// latest commits until a checkpoint copies them into the store. After a crash (a stale lock) it
// must still be there; if it is gone, commits made just before the crash may be lost, and SQLite
// itself says nothing.
void Engine::warnIfWalLost(bool uncleanEnd) const
{
    const QFileInfo store(m_storePath);
    if (!uncleanEnd || !store.exists() || store.size() == 0 || QFileInfo::exists(m_storePath + u"-wal"_s))
        return;
    qCWarning(lcEngine).noquote()
        << "the previous PayNudge ended without closing the store, and its write-ahead log"
        << m_storePath + u"-wal"_s
        << "is missing: orders and sends committed just before it ended may be lost. "
           "If you have the -wal file (a copy, a restored backup of the folder), stop "
           "PayNudge and put it back beside the store";
}

namespace {
// What a setup mistake can lie in: who sends and what is sent (not the display name).
bool sendingSettingsDiffer(const AccountConfig &a, const AccountConfig &b)
{
    return a.appid != b.appid || a.secretEnv != b.secretEnv || a.secretFile != b.secretFile
        || a.tokenSource != b.tokenSource || a.tokenUrl != b.tokenUrl || a.kind != b.kind
        || a.templateId != b.templateId || a.fields != b.fields || a.dryRun != b.dryRun || a.url != b.url
        || a.miniprogramAppid != b.miniprogramAppid || a.miniprogramPage != b.miniprogramPage
        || a.miniprogramState != b.miniprogramState || a.lang != b.lang;
}
} // namespace

void Engine::applyConfig(const Config &config)
{
    const Config previous = m_config; // a copy first: `config` may be m_config itself (open())
    m_config = config;
    if (m_dailyBackup)
        m_dailyBackup->setKeepDays(config.store.backupDays);
    if (!m_sweeper)
        return;
    m_dryRun->setAccounts(config.accounts);
    m_dryRun->setTimeZone(config.reminder.plan.zone);
    m_dryRun->setLatencyMs(config.dryRun.latencyMs);
    m_dryRun->setTemplateCache(m_templateCache.get());
    applySenders();
    applyPaymentCheck(previous);
    applySweepSettings();
    if (m_auditsConfigFile)
        auditConfigFile();
    updatePausedSet();
    if (isRunning() && !shopdb::sameSettings(previous.shopdb, m_config.shopdb))
        startShopDbPoller();
    emit configApplied();
    // A paused account whose settings were just changed is tried at once, not after Retry.
    for (const AccountConfig &a : std::as_const(m_config.accounts)) {
        const AccountConfig *was = previous.account(a.key);
        if (!was || sendingSettingsDiffer(*was, a))
            retryPausedAccount(a.key);
    }
}

// Accounts with an appid send through WeChat; the rest stay with the dry-run sender. Called
// again on every settings change: tokens of unchanged accounts are kept.
void Engine::applySenders()
{
    QList<AccountConfig> real;
    for (const AccountConfig &a : std::as_const(m_config.accounts))
        if (a.sendsForReal())
            real << a;
    if (!real.isEmpty() && !m_wechat) {
        m_wechat = std::make_unique<wechat::WeChatSender>(*m_clock);
        connect(&m_wechat->client().tokens(), &wechat::AccessTokens::refreshProblemChanged, this,
            [this](const QString &account, const QString &problem, const Error &error) {
                if (problem.isEmpty()) {
                    m_tokenRefreshProblems.remove(account);
                    m_tokenRefreshErrors.remove(account);
                } else {
                    m_tokenRefreshProblems.insert(account, problem);
                    m_tokenRefreshErrors.insert(account, error);
                }
                emit accountStateChanged(account);
            });
        connect(
            &m_wechat->client().reachability(), &wechat::Reachability::changed, this, &Engine::healthChanged);
    }
    if (m_wechat) {
        m_wechat->setSettings(m_config.wechat);
        m_wechat->setTimeZone(m_config.reminder.plan.zone);
        m_wechat->setAccounts(real);
    }
    m_router->clearRoutes();
    for (const AccountConfig &a : std::as_const(real))
        m_router->route(a.key, m_wechat.get());
    checkTemplates();
}

void Engine::applyPaymentCheck(const Config &previous)
{
    const CheckFailurePolicy onFailure = m_config.shopdb.onCheckFailure;
    // On a shared store the store itself is asked first; a store that cannot be read holds them.
    const auto gateCheck = [this]() -> PaymentCheck * {
        return m_storeCheck ? static_cast<PaymentCheck *>(m_storeCheck.get()) : m_check.get();
    };
    const auto policy = [&]() { return m_storeCheck && !m_check ? CheckFailurePolicy::Hold : onFailure; };
    if (m_checkMade && !paymentCheckSettingsDiffer(previous, m_config)) {
        m_gate->setCheck(gateCheck(), m_gate->linkState().kind, policy());
        return;
    }
    ConfiguredCheck made = createPaymentCheck(m_config);
    if (made.check)
        qCInfo(lcEngine).noquote() << "reminders are checked right before sending:" << made.check->describe()
                                   << u"(onCheckFailure="_s + wireName(onFailure) + u')';
    // The gate takes the new checks before the old ones go.
    const std::unique_ptr<StorePaymentCheck> oldStoreCheck = std::move(m_storeCheck);
    const std::unique_ptr<PaymentCheck> oldCheck = std::move(m_check);
    m_check = std::move(made.check);
    if (m_store->shared())
        m_storeCheck = std::make_unique<StorePaymentCheck>(*m_store, m_check.get());
    m_gate->setCheck(gateCheck(), made.kind, policy());
    m_checkMade = true;
}

// Each account's mapping against its template, at load and on every settings change: the
// template from the store's cache; an account without fields/… has it read from WeChat now (it
// needs it before its first send anyway) and pauses when WeChat does not list it.
void Engine::checkTemplates()
{
    m_templateFindings.clear();
    m_templateWarnings.clear();
    if (!m_wechat)
        return;
    m_wechat->mappings().setCache(m_templateCache.get());
    for (const AccountConfig &a : std::as_const(m_config.accounts)) {
        if (!a.sendsForReal())
            continue;
        if (a.fields.isEmpty()) {
            m_wechat->mappings().resolve(a, this, [this, a](const TemplateMappings::Resolution &r) {
                noteTemplateCheck(a, r.tmpl, r.fields, r.problem, r.status == SendStatus::AccountConfig);
            });
            continue;
        }
        const auto catalog = m_templateCache->load(a);
        if (!catalog) {
            qCInfo(lcEngine).noquote()
                << "account" << a.key
                << ": its template list was never read here; it is read after the "
                   "first send (or: `paynudge doctor`, Settings → Accounts → Load templates)";
            continue;
        }
        const WeChatTemplate *t = catalog->find(a.templateId);
        noteTemplateCheck(a, t ? std::optional<WeChatTemplate>(*t) : std::nullopt, a.fields,
            t ? Error() : TemplateMappings::notListed(a, int(catalog->templates.size())), false);
    }
}

// A mapped account whose template list was never read gets it read once its first send went
// through: its token is in hand then, so the check costs one request and no token fetch.
void Engine::checkTemplatesAfterSends(const QList<SendResult> &results)
{
    for (const SendResult &s : results) {
        if (s.status != SendStatus::Accepted || m_templateListAsked.contains(s.account) || !m_wechat)
            continue;
        m_templateListAsked.insert(s.account);
        const AccountConfig *a = m_config.account(s.account);
        if (!a || a->fields.isEmpty() || !a->sendsForReal() || m_templateCache->load(*a))
            continue;
        fetchTemplateCatalog(
            m_wechat->client(), *m_clock, *a, this, [this, account = *a](const TemplateFetchResult &r) {
                if (!r.ok()) {
                    qCInfo(lcEngine).noquote()
                        << "account" << account.key << ": template list not read:" << r.problem;
                    return;
                }
                QString error;
                if (!m_templateCache->save(account, *r.catalog, &error))
                    qCWarning(lcEngine).noquote()
                        << "cannot keep the template list of" << account.key << ":" << error;
                const WeChatTemplate *t = r.catalog->find(account.templateId);
                noteTemplateCheck(account, t ? std::optional<WeChatTemplate>(*t) : std::nullopt,
                    account.fields,
                    t ? Error() : TemplateMappings::notListed(account, int(r.catalog->templates.size())),
                    false);
            });
    }
}

void Engine::noteTemplateCheck(const AccountConfig &account, const std::optional<WeChatTemplate> &tmpl,
    const QList<QPair<QString, QString>> &fields, const Error &failure, bool pause)
{
    const AccountConfig *current = m_config.account(account.key);
    if (!current || current->templateId != account.templateId || current->fields != account.fields
        || current->appid != account.appid)
        return; // the settings changed meanwhile: their own check follows
    if (!tmpl) {
        if (!failure)
            return;
        qCWarning(lcEngine).noquote() << "account" << account.key << ":" << failure.englishText();
        m_templateFindings.insert(account.key, { failure });
        if (pause
            && !(isAccountPaused(account.key)
                && m_accountStates.value(account.key).reason == failure.englishText())) {
            pauseAccount(account.key, failure);
            emit problem(account.key, failure.text()); // shown as it comes: in the UI's language
        }
        emit accountStateChanged(account.key);
        return;
    }
    const MappingCheck check = checkMapping(*tmpl, fields);
    const QList<Error> findings = check.problemErrors() + check.warningErrors();
    if (findings.isEmpty()) {
        qCInfo(lcEngine).noquote() << "account" << account.key << ": template" << tmpl->id
                                   << "fits its mapping";
        return;
    }
    m_templateFindings.insert(account.key, findings);
    m_templateWarnings.insert(account.key, check.warningErrors());
    for (const Error &f : findings)
        qCWarning(lcEngine).noquote()
            << "account" << account.key << "template" << tmpl->id << ":" << f.englishText();
    if (check.hasProblems())
        emit problem(account.key,
            Error(ErrorCode::TemplateProblems, {}, { tmpl->id, tmpl->title, check.problems().join(u' ') })
                .text());
    emit accountStateChanged(account.key);
}

namespace {

// Each configured account's plan (Config::planFor: its own quiet hours), [reminder]'s for the rest.
AccountPlans accountPlans(const Config &config)
{
    AccountPlans plans(config.reminder.plan);
    for (const AccountConfig &a : config.accounts)
        plans.own.insert(a.key, config.planFor(a.key));
    return plans;
}

} // namespace

void Engine::applySweepSettings()
{
    SweepSettings s = m_sweeper->settings();
    s.batchSize = m_config.reminder.batchSize;
    s.safetyTickSec = m_config.reminder.safetyTickSec;
    s.maxInFlight = m_config.reminder.maxInFlight;
    s.lateLimitSec = m_config.reminder.lateLimitSec;
    s.plan = accountPlans(m_config); // each account's quiet hours
    m_sweeper->setSettings(s);
    // Who is reminded: [policy] and each account's overrides, judged where reminders are claimed.
    ClaimRules rules;
    rules.enabled = true;
    rules.defaults = m_config.policy;
    rules.zone = m_config.reminder.plan.zone;
    for (const AccountConfig &a : std::as_const(m_config.accounts))
        rules.accounts.insert(a.key, m_config.policyFor(a.key));
    m_store->setClaimRules(rules);
}

void Engine::start()
{
    if (!m_sweeper)
        return;
    if (m_connection && !m_keepAlive.isActive()) { // started again after a stop
        m_keepAlive.start();
        keepAlive();
    }
    m_sweeper->start();
    if (m_dailyBackup)
        m_dailyBackup->start();
    startShopDbPoller();
    if (!m_recovery.unknown.isEmpty())
        emit problem(QString(),
            u"%1 reminders were interrupted and cannot be retried without risking a second "
            u"message; decide in the history (state unknown)"_s.arg(m_recovery.unknown.size()));
}

void Engine::stop()
{
    stopShopDbPoller();
    if (m_sweeper)
        m_sweeper->stop();
    // What waits for the payment check is recorded as not sent now, not left `sending` for a
    // restart to take for a send that may have gone out.
    if (m_gate)
        m_gate->releaseAll();
    if (m_dailyBackup)
        m_dailyBackup->stop();
    // The other engines see it stopped (not dead): what it claimed was settled just above.
    m_keepAlive.stop();
    if (m_store && m_connection && std::exchange(m_signedOn, false))
        m_store->signOff(m_clock->nowMs());
}

bool Engine::isRunning() const
{
    return m_sweeper && m_sweeper->isRunning();
}

void Engine::startShopDbPoller()
{
    stopShopDbPoller();
    const ShopDbSettings &settings = m_config.shopdb;
    if (!settings.polls())
        return;
    // Resolved here, once: the keychain blocks, the poller's thread must not wait for it.
    QString why;
    const std::optional<QString> password = shopdb::password(settings, &why);
    m_shopDbPoller = std::make_unique<shopdb::ShopDbPoller>(*this, settings, password.value_or(QString()));
    if (!password)
        m_shopDbPoller->setPasswordProblem(why); // reported as the database failing, with this reason
    connect(m_shopDbPoller.get(), &shopdb::ShopDbPoller::reachabilityChanged, this, &Engine::healthChanged);
    m_shopDbPoller->start();
    emit shopDbPollerChanged();
}

void Engine::stopShopDbPoller()
{
    if (!m_shopDbPoller)
        return;
    m_shopDbPoller.reset();
    emit shopDbPollerChanged();
}

void Engine::noteAccepted(const QList<AcceptResult> &results)
{
    QList<qint64> ids;
    for (const AcceptResult &r : results) {
        if (r.kind != AcceptResult::Kind::Created)
            continue;
        ids << r.order.id;
        for (const ReminderRecord &rem : r.reminders)
            if (rem.state == ReminderState::Scheduled)
                m_sweeper->noteDue(rem.dueAt);
    }
    if (!ids.isEmpty())
        emit ordersAccepted(ids);
}

AcceptResult Engine::acceptOrder(const OrderInput &order)
{
    AcceptResult r = m_store->accept(order, accountPlans(m_config), m_clock->nowMs());
    noteIntakeWrite(
        r.kind == AcceptResult::Kind::Created, r.kind == AcceptResult::Kind::Error ? r.error : QString());
    noteAccepted({ r });
    return r;
}

QList<AcceptResult> Engine::acceptOrders(
    const QList<OrderInput> &orders, BatchMode mode, bool *committed, QString *error)
{
    QList<AcceptResult> results
        = m_store->acceptMany(orders, accountPlans(m_config), m_clock->nowMs(), mode, committed, error);
    const bool wrote = *committed && std::any_of(results.cbegin(), results.cend(), [](const AcceptResult &r) {
        return r.kind == AcceptResult::Kind::Created;
    });
    noteIntakeWrite(wrote, *committed ? QString() : *error);
    if (*committed)
        noteAccepted(results);
    return results;
}

QList<AcceptResult> Engine::acceptPolledOrders(
    const QList<OrderInput> &orders, const StoreCursor &cursor, bool *committed, QString *error)
{
    QList<AcceptResult> results
        = m_store->acceptPolled(orders, accountPlans(m_config), m_clock->nowMs(), cursor, committed, error);
    noteIntakeWrite(*committed, *committed ? QString() : *error);
    if (*committed)
        noteAccepted(results);
    return results;
}

std::optional<qint64> Engine::storeCursor(const QString &name, QString *error)
{
    return m_store->cursor(name, error);
}

OrderEventResult Engine::orderPaid(const QString &orderNo, std::optional<qint64> paidAt)
{
    return settleOrder(orderNo, OrderStatus::Paid, paidAt);
}

OrderEventResult Engine::orderPaidByShopCheck(const QString &orderNo)
{
    return settleOrder(orderNo, OrderStatus::Paid, std::nullopt, ErrorCode::HistoryPaidShopCheck);
}

OrderEventResult Engine::orderClosed(const QString &orderNo, std::optional<qint64> closedAt)
{
    return settleOrder(orderNo, OrderStatus::Closed, closedAt);
}

OrderEventResult Engine::settleOrder(
    const QString &orderNo, OrderStatus status, std::optional<qint64> at, ErrorCode paidReason)
{
    const qint64 now = m_clock->nowMs();
    // Claimed messages still waiting for a free send slot are taken back first and cancelled in the
    // event's transaction, so a payment stops every message that has not started. Nothing runs in
    // between: a message cannot start while this runs on the engine's thread.
    const QList<OutgoingMessage> waiting = m_sweeper->withdraw(orderNo);
    QList<UnstartedAttempt> unstarted;
    for (const OutgoingMessage &m : waiting)
        unstarted.append({ m.reminderId, m.attemptId });
    OrderEventResult r = status == OrderStatus::Paid
        ? m_store->markPaid(orderNo, at.value_or(now), now, unstarted, paidReason)
        : m_store->markClosed(orderNo, at.value_or(now), now, unstarted);
    QList<OutgoingMessage> sendAfterAll, settledElsewhere;
    // Already settled (another engine or console on a shared store got there first): what this
    // engine claimed for it never goes out.
    const bool settledBefore = r.ok && r.known && r.status != OrderStatus::Unpaid;
    for (const OutgoingMessage &m : waiting) {
        if (r.ok && r.cancelledReminderIds.contains(m.reminderId))
            continue;
        (settledBefore ? settledElsewhere : sendAfterAll).append(m);
    }
    m_sweeper->giveBack(sendAfterAll);
    m_sweeper->finishUnsent(settledElsewhere, Error(ErrorCode::HistorySettledElsewhere));
    noteIntakeWrite(r.ok && r.known, r.ok ? QString() : r.error);
    if (r.ok && r.known) {
        r.inFlight = m_sweeper->inFlightFor(r.orderId);
        emit orderSettled(r.orderId, r.status, r.cancelledReminderIds);
    }
    return r;
}

// The audit log (issue 17): operator actions and settings changes, recorded here only.
namespace {
// "A1 #12": the order number a reminder belongs to, and the reminder.
QString reminderSubject(Engine &engine, qint64 reminderId)
{
    const QList<qint64> orders = engine.reads().ordersOfReminders({ reminderId });
    const std::optional<OrderRecord> order
        = orders.isEmpty() ? std::nullopt : engine.orderById(orders.first());
    return (order ? order->input.orderNo + u' ' : QString()) + u'#' + QString::number(reminderId);
}

QString outcomeOf(const Error &error)
{
    return error ? error.englishText() : QString();
}

QString orderSubject(Engine &engine, qint64 orderId)
{
    const std::optional<OrderRecord> order = engine.orderById(orderId);
    return order ? order->input.orderNo : u'#' + QString::number(orderId);
}
} // namespace

void Engine::auditAction(
    const QString &actor, const QString &action, const QString &subject, const QString &outcome)
{
    AuditRecord r;
    r.at = m_clock->nowMs();
    r.actor = actor;
    r.kind = QString::fromUtf16(auditKind::Action);
    r.subject = subject;
    r.newValue = action;
    r.detail = outcome; // empty: done
    QString error;
    if (!m_store->appendAudit({ r }, &error)) {
        qCWarning(lcEngine).noquote() << "cannot write the audit log:" << error;
        return;
    }
    emit auditChanged();
}

bool Engine::auditSettingsSaved(const ConfigValues &before, const ConfigValues &after,
    const QStringList &secretsStored, const QString &actor, QString *error)
{
    const QList<AuditRecord> lines = configaudit::diff(before, after, actor, m_clock->nowMs(), secretsStored);
    if (!m_store->keepConfigSnapshot(lines, configaudit::snapshotOf(after), error)) {
        qCWarning(lcEngine).noquote() << "cannot write the audit log:" << *error;
        return false;
    }
    if (!lines.isEmpty())
        emit auditChanged();
    return true;
}

QList<AuditRecord> Engine::auditLines(const AuditFilter &filter, qint64 *total, QString *error)
{
    return m_store->readAudit(filter, total, error);
}

void Engine::auditConfigFile()
{
    // Compared without secrets on both sides: the snapshot never holds them.
    const QString current = configaudit::snapshotOf(ConfigWriter::valuesOf(m_config));
    QString error;
    const std::optional<QString> snapshot = m_store->configSnapshot(&error);
    if (!error.isEmpty()) {
        qCWarning(lcEngine).noquote() << "cannot read the configuration snapshot:" << error;
        return;
    }
    if (snapshot == current)
        return;
    QList<AuditRecord> lines;
    if (const std::optional<ConfigValues> seen
        = snapshot ? configaudit::valuesOfSnapshot(*snapshot) : std::nullopt)
        lines = configaudit::diff(*seen, *configaudit::valuesOfSnapshot(current),
            QString::fromUtf16(configaudit::kConfigFileActor), m_clock->nowMs());
    if (!m_store->keepConfigSnapshot(lines, current, &error)) {
        qCWarning(lcEngine).noquote() << "cannot write the audit log:" << error;
        return;
    }
    if (!lines.isEmpty()) {
        qCInfo(lcEngine).noquote() << lines.size() << "settings changed in the configuration file (audited)";
        emit auditChanged();
    }
}

Error Engine::sendNow(qint64 reminderId, const QString &actor)
{
    const Error error = m_store->sendNow(reminderId, m_clock->nowMs(), actor);
    auditAction(actor, QString::fromUtf16(auditAction::SendNow), reminderSubject(*this, reminderId),
        outcomeOf(error));
    if (!error) {
        emit remindersChanged({ reminderId });
        m_sweeper->sweepSoon();
    }
    return error;
}

Error Engine::skipReminder(qint64 reminderId, const QString &actor)
{
    const Error error = m_store->skip(reminderId, m_clock->nowMs(), actor);
    auditAction(
        actor, QString::fromUtf16(auditAction::Skip), reminderSubject(*this, reminderId), outcomeOf(error));
    if (!error)
        emit remindersChanged({ reminderId });
    return error;
}

Error Engine::resendOrder(qint64 orderId, const QString &actor, qint64 *newReminderId)
{
    qint64 id = 0;
    const Error error = m_store->resend(orderId, m_clock->nowMs(), actor, &id);
    auditAction(
        actor, QString::fromUtf16(auditAction::Resend), orderSubject(*this, orderId), outcomeOf(error));
    if (error)
        return error;
    if (newReminderId)
        *newReminderId = id;
    emit remindersChanged({ id });
    m_sweeper->sweepSoon();
    return {};
}

bool Engine::appendAudit(const QList<AuditRecord> &records, QString *error)
{
    return m_store->appendAudit(records, error);
}

bool Engine::auditOwnConfigChange(const QList<AuditRecord> &records, const Config &written, QString *error)
{
    if (!m_store->keepConfigSnapshot(
            records, configaudit::snapshotOf(ConfigWriter::valuesOf(written)), error))
        return false;
    emit auditChanged();
    return true;
}

Error Engine::resolveUnknown(qint64 reminderId, bool markSent, const QString &actor)
{
    const qint64 now = m_clock->nowMs();
    const Error error = markSent ? m_store->resolveUnknownAsSent(reminderId, now, actor)
                                 : m_store->resolveUnknownByResend(reminderId, now, actor);
    auditAction(actor, QString::fromUtf16(markSent ? auditAction::ResolveSent : auditAction::ResolveByResend),
        reminderSubject(*this, reminderId), outcomeOf(error));
    if (!error) {
        emit remindersChanged({ reminderId });
        if (!markSent)
            m_sweeper->sweepSoon();
    }
    return error;
}

bool Engine::putOptOut(
    const QString &openid, const QString &reason, const QString &actor, bool *created, QString *error)
{
    // The same reason again writes nothing: the lists need not read again.
    QString readError;
    const auto before = m_store->optOut(openid, &readError);
    const bool ok = m_store->putOptOut({ openid, reason, actor, m_clock->nowMs() }, created, error);
    if (ok && (!before || before->reason != reason))
        emit optOutsChanged();
    return ok;
}

bool Engine::removeOptOut(const QString &openid, const QString &actor, bool *removed, QString *error)
{
    const bool ok = m_store->removeOptOut(openid, actor, m_clock->nowMs(), removed, error);
    if (ok && *removed)
        emit optOutsChanged();
    return ok;
}

std::optional<OptOutRecord> Engine::optOut(const QString &openid, QString *error)
{
    QString readError;
    auto entry = m_store->optOut(openid, &readError);
    if (error)
        *error = readError;
    return entry;
}

OptOutPage Engine::optOuts(const OptOutQuery &query, QString *error)
{
    return m_store->optOuts(query, error);
}

bool Engine::importOptOuts(const QList<OptOutRecord> &entries, OptOutImportResult *result, QString *error)
{
    const bool ok = m_store->importOptOuts(entries, m_clock->nowMs(), result, error);
    if (ok && result->added + result->updated > 0)
        emit optOutsChanged();
    return ok;
}

std::optional<OrderRecord> Engine::orderByNo(const QString &orderNo, QString *readError)
{
    return m_store->orderByNo(orderNo, readError);
}

std::optional<OrderRecord> Engine::orderById(qint64 id)
{
    return m_store->orderById(id);
}

QList<ReminderRecord> Engine::remindersOf(qint64 orderId, QString *readError)
{
    return m_store->remindersOf(orderId, readError);
}

QList<AttemptRecord> Engine::attemptsOf(qint64 orderId, QString *readError)
{
    return m_store->attemptsOf(orderId, readError);
}

OrderDetail Engine::orderDetail(const QString &orderNo)
{
    OrderDetail d;
    d.order = m_store->orderByNo(orderNo, &d.readError);
    if (d.order) {
        d.reminders = m_store->remindersOf(d.order->id, &d.readError);
        d.attempts = m_store->attemptsOf(d.order->id, &d.readError);
    }
    return d;
}

qint64 Engine::pendingCount(qint64 now)
{
    return m_store->pendingCount(now);
}

qint64 Engine::countInState(ReminderState state)
{
    return m_store->countInState(state);
}

std::optional<TemplateCatalog> Engine::templateCatalog(const AccountConfig &account)
{
    return m_templateCache->load(account);
}

bool Engine::saveTemplateCatalog(const AccountConfig &account, const TemplateCatalog &catalog, QString *error)
{
    return m_templateCache->save(account, catalog, error);
}

QList<QPair<QString, QString>> Engine::previewFields(const AccountConfig &account)
{
    return previewMapping(account, m_templateCache.get());
}

void Engine::sweepSoon()
{
    m_sweeper->sweepSoon();
}

void Engine::routeAccount(const QString &account, Sender *sender)
{
    m_router->route(account, sender);
}

Sender &Engine::dryRunSender()
{
    return *m_dryRun;
}

bool Engine::backupStore(const QString &storePath, const QString &target, QString *error)
{
    return StoreBackup::copyStore(storePath, target, error);
}

void Engine::noteIntakeWrite(bool wrote, const QString &error)
{
    if (!m_sweeper)
        return;
    if (wrote)
        m_sweeper->noteStoreWrote();
    else if (saysStoreCannotWrite(error)) // not a refusal of the order itself (a conflict, say)
        m_sweeper->noteStoreFailure(error);
    else if (!error.isEmpty() && m_connection)
        m_connection->noteFailure(error); // the server gone: claims stop, health says so
}

namespace {
// SQLite's reason without the statement it stopped in: the log has that.
QString withoutStatement(const QString &storeError)
{
    qsizetype cut = storeError.indexOf(u" — in: "_s);
    if (cut < 0)
        cut = storeError.indexOf(u" — preparing: "_s);
    return cut < 0 ? storeError : storeError.left(cut);
}

// An error with its args (and its cause's) redacted as the stored words are.
Error redacted(Error e)
{
    for (QString &arg : e.args)
        arg = logging::redact(arg);
    if (e.cause)
        e.cause = std::make_shared<const Error>(redacted(*e.cause));
    return e;
}
} // namespace

Health Engine::health() const
{
    Health h;
    if (m_connection && m_connection->lost()) {
        // The server of a shared store: said as such, with since when (the store's backoff says the same).
        const QString since
            = QDateTime::fromMSecsSinceEpoch(m_connection->since(), m_config.reminder.plan.zone)
                  .toString(u"yyyy-MM-dd HH:mm"_s);
        const Error lost(ErrorCode::StoreServerLost, {}, { since, logging::redact(m_connection->reason()) });
        h.reasons.append(
            { HealthReason::Kind::StoreCannotWrite, {}, m_connection->since(), lost.englishText(), lost });
    } else if (m_sweeper && m_sweeper->storeBackoff().failing()) {
        const StoreBackoff &b = m_sweeper->storeBackoff();
        const bool full = saysDiskFull(b.reason());
        const Error fault(full ? ErrorCode::StoreDiskFull : ErrorCode::StoreCannotWrite, {},
            { QDir::toNativeSeparators(m_storePath), withoutStatement(b.reason()) });
        h.reasons.append({ full ? HealthReason::Kind::StoreFull : HealthReason::Kind::StoreCannotWrite, {},
            b.since(), fault.englishText(), fault });
    }
    if (m_wechat && !m_wechat->client().reachability().reachable()) {
        const wechat::Reachability &r = m_wechat->client().reachability();
        const Error unreachable(ErrorCode::WeChatUnreachable, {}, { logging::redact(r.problem()) });
        h.reasons.append(
            { HealthReason::Kind::WeChatUnreachable, {}, r.since(), unreachable.englishText(), unreachable });
    }
    // The check's failing holds reminders back (or sends them unchecked): said first, and once. The
    // shared store's own re-read failing is the store's failing, said above.
    const bool storeOnlyCheck = m_storeCheck && !m_storeCheck->shop();
    if (m_gate && m_gate->linkState().failing() && !storeOnlyCheck)
        h.reasons.append(m_gate->linkState().healthReason(m_gate->onFailure(), m_config.reminder.plan.zone));
    else if (m_shopDbPoller && m_shopDbPoller->linkState().failing())
        h.reasons.append(m_shopDbPoller->linkState().healthReason(
            ErrorCode::ShopDbUnreachablePolling, m_config.reminder.plan.zone));
    // A pause's reason as its code where it has one, its args redacted as its stored words are.
    const auto pauseProblem = [](const AccountState &s) { return redacted(s.problem); };
    if (isPaused()) {
        const AccountState s = m_accountStates.value(AccountState::allAccounts());
        h.reasons.append({ HealthReason::Kind::SendingPaused, {}, s.updatedAt, logging::redact(s.reason),
            pauseProblem(s) });
    }
    QStringList keys;
    for (const AccountConfig &a : m_config.accounts)
        keys << a.key;
    for (const QString &key : std::as_const(keys)) {
        if (!isAccountPaused(key))
            continue;
        const AccountState s = m_accountStates.value(key);
        h.reasons.append({ HealthReason::Kind::AccountPaused, key, s.updatedAt, logging::redact(s.reason),
            pauseProblem(s) });
    }
    for (const QString &key : std::as_const(keys)) {
        const auto it = m_tokenRefreshProblems.constFind(key);
        if (it != m_tokenRefreshProblems.cend() && !isAccountPaused(key))
            h.reasons.append({ HealthReason::Kind::TokenRefresh, key, 0, logging::redact(*it),
                m_tokenRefreshErrors.value(key) });
    }
    return h;
}

void Engine::setAccountState(const AccountState &state)
{
    QString error;
    if (!m_store->saveAccountState(state, &error))
        qCWarning(lcEngine).noquote()
            << "cannot persist the state of account" << state.account << ":" << error;
    m_accountStates.insert(state.account, state);
    updatePausedSet();
    emit accountStateChanged(state.account);
}

void Engine::pauseAll(const QString &reason)
{
    if (reason.isEmpty())
        return pauseAll(Error(ErrorCode::PausedByOperator));
    setAccountState({ AccountState::allAccounts(), true, reason, std::nullopt, m_clock->nowMs() });
    emit pausedChanged(true);
}

void Engine::pauseAll(const Error &reason)
{
    if (reason.code == ErrorCode::PausedBy && !reason.args.isEmpty()) // an operator's pause names them
        auditAction(reason.args.first(), QString::fromUtf16(auditAction::Pause), AccountState::allAccounts(),
            QString());
    setAccountState(
        { AccountState::allAccounts(), true, reason.englishText(), std::nullopt, m_clock->nowMs(), reason });
    emit pausedChanged(true);
}

void Engine::resumeAll(const QString &actor)
{
    if (!actor.isEmpty())
        auditAction(actor, QString::fromUtf16(auditAction::Resume), AccountState::allAccounts(), QString());
    setAccountState({ AccountState::allAccounts(), false, {}, std::nullopt, m_clock->nowMs() });
    emit pausedChanged(false);
}

bool Engine::isPaused() const
{
    return m_accountStates.value(AccountState::allAccounts()).paused;
}

void Engine::pauseAccount(const QString &account, const QString &reason, std::optional<qint64> until)
{
    qCWarning(lcEngine).noquote() << "account" << account << "paused:" << reason;
    setAccountState({ account, true, reason, until, m_clock->nowMs() });
}

void Engine::pauseAccount(const QString &account, const Error &reason, std::optional<qint64> until)
{
    if (reason.code == ErrorCode::PausedBy && !reason.args.isEmpty())
        auditAction(reason.args.first(), QString::fromUtf16(auditAction::Pause), account, QString());
    qCWarning(lcEngine).noquote() << "account" << account << "paused:" << reason.englishText();
    setAccountState({ account, true, reason.englishText(), until, m_clock->nowMs(), reason });
}

void Engine::resumeAccount(const QString &account, const QString &actor)
{
    if (!actor.isEmpty())
        auditAction(actor, QString::fromUtf16(auditAction::Resume), account, QString());
    qCInfo(lcEngine).noquote() << "account" << account << "resumed";
    setAccountState({ account, false, {}, std::nullopt, m_clock->nowMs() });
}

// Paused by what WeChat said of its setup (AppSecret, IP whitelist, template), not by the
// operator and not for a while (quota): a fixed setting may end it.
bool Engine::pausedBySetup(const QString &account) const
{
    const AccountState s = m_accountStates.value(account);
    if (!s.paused || s.until)
        return false;
    const ErrorCode code = s.problem.code;
    return s.problem ? code != ErrorCode::PausedBy && code != ErrorCode::PausedByOperator
                     : !s.reason.isEmpty();
}

void Engine::recheckAccount(const QString &account)
{
    const AccountConfig *a = m_config.account(account);
    if (!a || !a->sendsForReal() || !m_wechat)
        return;
    m_wechat->client().tokens().secretChanged(account);
    retryPausedAccount(account);
}

void Engine::retryPausedAccount(const QString &account)
{
    const AccountConfig *a = m_config.account(account);
    if (!a || !a->sendsForReal() || !m_wechat || !pausedBySetup(account))
        return;
    wechat::AccessTokens &tokens = m_wechat->client().tokens();
    qCInfo(lcEngine).noquote() << "account" << account << "paused, its settings changed: fetching a token";
    tokens.get(account, this, [this, account](const wechat::TokenResult &r) {
        if (!pausedBySetup(account))
            return; // resumed or paused by the operator meanwhile
        if (r.ok()) {
            qCInfo(lcEngine).noquote() << "account" << account << "works again after its settings changed";
            resumeAccount(account);
            sweepSoon();
        } else if (r.failure->status == SendStatus::AccountConfig) {
            // Still wrong, perhaps otherwise (a new AppSecret, now the IP): the pause says what now.
            if (r.failure->problem)
                pauseAccount(account, r.failure->problem);
            else
                pauseAccount(account, r.failure->hint);
        }
    });
}

bool Engine::isAccountPaused(const QString &account) const
{
    const AccountState s = m_accountStates.value(account);
    return s.paused && (!s.until || *s.until > m_clock->nowMs());
}

void Engine::updatePausedSet()
{
    if (!m_sweeper)
        return;
    const qint64 now = m_clock->nowMs();
    const EngineStatus::PausedSet paused = EngineStatus::pausedSet(m_accountStates, now);
    for (const QString &account : paused.ended)
        qCInfo(lcEngine).noquote() << "account" << account << "resumes: its pause has ended";
    m_sweeper->setPausedAccounts(paused.accounts);
    m_sweeper->setPaused(isPaused());
    if (paused.nextResume)
        m_resumeTimer.start(int(std::clamp<qint64>(*paused.nextResume - now, 0, 3600 * 1000)));
    else
        m_resumeTimer.stop();
}

void Engine::onResults(const QList<AttemptResult> &results, const QList<SendResult> &raw)
{
    QList<qint64> ids;
    ids.reserve(results.size());
    for (const AttemptResult &r : results)
        ids << r.reminderId;
    emit remindersChanged(ids);

    for (const SendResult &s : raw) {
        if (s.status != SendStatus::AccountQuota && s.status != SendStatus::AccountConfig)
            continue;
        const AccountState current = m_accountStates.value(s.account);
        if (current.paused && current.reason == s.operatorHint && current.until == s.pauseUntil)
            continue; // many sends of one account fail alike; pause and tell once
        const QString reason = s.operatorHint.isEmpty() ? s.errmsg : s.operatorHint;
        const std::optional<qint64> until
            = s.status == SendStatus::AccountQuota ? s.pauseUntil : std::nullopt;
        if (!s.operatorHint.isEmpty() && s.operatorProblem) {
            pauseAccount(s.account, s.operatorProblem, until);
            emit problem(s.account, s.operatorProblem.text()); // shown as it comes: in the UI's language
        } else {
            pauseAccount(s.account, reason, until);
            emit problem(s.account, reason);
        }
    }
}

} // namespace paynudge
