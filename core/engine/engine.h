#pragma once

#include "common/error.h"
#include "config/config.h"
#include "config/configwriter.h"
#include "engine/health.h"
#include "store/changenotice.h"
#include "store/store.h"
#include "templates/wechattemplate.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>
#include <optional>

namespace paynudge {

class Clock;
class DailyBackup;
class DryRunSender;
class Sender;
class EngineStatus;
class PaymentCheck;
class PaymentGate;
class ReadService;
class SenderRouter;
class StoreConnection;
class StoreLock;
class StorePaymentCheck;
class TemplateCache;
class Sweeper;
struct SendResult;
namespace wechat {
class WeChatSender;
}
namespace test {
class EngineInternals;
}
namespace shopdb {
class ShopDbPoller;
}

// An order with what happened to it, as GET /orders/{no} shows it. No order and an empty
// readError: there is no such order; a non-empty readError: the store could not be read.
struct OrderDetail
{
    std::optional<OrderRecord> order;
    QList<ReminderRecord> reminders;
    QList<AttemptRecord> attempts;
    QString readError;
};

// The core's facade: one per store. The window, the tray, the intake API and `--headless`
// all drive the same engine; none of them touches SQL or HTTP of another layer.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Config config;
        QString dataDir; // holds the store (unless [store] path says otherwise) and logs
        Clock *clock = nullptr; // default: the system clock
        bool lockStore = true; // tests that open a second view on a store pass false
        // Settle what a crash left in flight. Only the store's owner may: a second view (the
        // `import` command beside a running engine) would take that engine's live sends for a crash's.
        bool recoverInterrupted = true;
        QString connectionName; // default: derived from the store path
        // The store existed (the data dir's marker says so) and is now missing or empty: start
        // with an empty one anyway. Without it, open() refuses (OpenFailure::StoreVanished).
        bool startEmpty = false;
    };
    // Why open() failed, for callers that act on it (exit codes) without reading the message.
    enum class OpenFailure
    {
        None,
        Locked, // another live PayNudge owns the store
        StaleLock, // the previous owner died and its lock cannot be replaced
        StoreDamaged, // the store fails its header or quick check
        StoreVanished, // the store existed and is now missing or 0 bytes
        Other,
    };

    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    // Takes the store lock, opens and migrates the store, settles what a crash left in flight.
    // *error is what the start-failure dialog shows (text()) and the command line prints (englishText()).
    bool open(const Options &options, Error *error);
    bool open(const Options &options, QString *error); // *error: the English text
    OpenFailure openFailure() const { return m_openFailure; }
    // How long the start-up PRAGMA quick_check may take before it is cut short (and logged).
    static constexpr int kStartCheckBudgetMs = 3000;
    void start();
    void stop();
    bool isRunning() const;

    const Config &config() const { return m_config; }
    // Applies a changed configuration without a restart (plan, batch, accounts).
    void applyConfig(const Config &config);
    Clock &clock() const { return *m_clock; }
    QString storePath() const { return m_storePath; }
    static QString storePathFor(const Config &config, const QString &dataDir);

    // The daily copy in <data dir>/backups ([store] backupDays); nullptr on a second view or in memory.
    DailyBackup *dailyBackup() const { return m_dailyBackup.get(); }
    // Copies the store at `storePath` to `target` (a new file) while another engine may write it.
    static bool backupStore(const QString &storePath, const QString &target, QString *error);
    // What the check of an account's mapping against its template found at load (problems,
    // then warnings, worded when asked: in the UI's language); empty when it found nothing or could not run.
    QStringList templateFindings(const QString &account) const
    {
        return texts(m_templateFindings.value(account));
    }
    // Of those, what sends but shows the customer too little (no deadline, no order): the console
    // warns, since WeChat itself never will.
    QStringList templateWarnings(const QString &account) const
    {
        return texts(m_templateWarnings.value(account));
    }
    // The real sender, created once an account sends for real (nullptr until then).
    wechat::WeChatSender *wechatSender() const { return m_wechat.get(); }

    // Intake: every order and payment event enters here.
    AcceptResult acceptOrder(const OrderInput &order);
    QList<AcceptResult> acceptOrders(
        const QList<OrderInput> &orders, BatchMode mode, bool *committed, QString *error);
    // Orders read from the shop's database, stored together with how far it has been read
    // (Store::acceptPolled): each order stands alone, a known number changes nothing.
    QList<AcceptResult> acceptPolledOrders(
        const QList<OrderInput> &orders, const StoreCursor &cursor, bool *committed, QString *error);
    // How far the source `name` has been read (empty: never; *error: the store cannot be read).
    std::optional<qint64> storeCursor(const QString &name, QString *error);
    OrderEventResult orderPaid(const QString &orderNo, std::optional<qint64> paidAt = std::nullopt);
    // The shop's own books say the order is no longer unpaid, right before a send (the payment
    // check): settled as paid now, its reminders cancelled with the reason "paid — shop check".
    OrderEventResult orderPaidByShopCheck(const QString &orderNo);
    OrderEventResult orderClosed(const QString &orderNo, std::optional<qint64> closedAt = std::nullopt);

    // Reads of the store, on the engine's thread. With `readError`: a store that cannot be read
    // sets it, so a caller tells "no such order" from "could not look".
    std::optional<OrderRecord> orderByNo(const QString &orderNo, QString *readError = nullptr);
    std::optional<OrderRecord> orderById(qint64 id);
    QList<ReminderRecord> remindersOf(qint64 orderId, QString *readError = nullptr);
    QList<AttemptRecord> attemptsOf(qint64 orderId, QString *readError = nullptr);
    // An order with its reminders and attempts (GET /orders/{no}); see OrderDetail.
    OrderDetail orderDetail(const QString &orderNo);
    // Orders still unpaid and not past their close time at `now`.
    qint64 pendingCount(qint64 now);
    qint64 countInState(ReminderState state);

    // The template list read from WeChat for the account's appid and kind, if it was ever read.
    std::optional<TemplateCatalog> templateCatalog(const AccountConfig &account);
    bool saveTemplateCatalog(const AccountConfig &account, const TemplateCatalog &catalog, QString *error);
    // The account's fields, or its template's keys when those are known (for previews).
    QList<QPair<QString, QString>> previewFields(const AccountConfig &account);

    // Operator commands. No error means done; otherwise it says why not.
    Error sendNow(qint64 reminderId, const QString &actor);
    Error skipReminder(qint64 reminderId, const QString &actor);
    Error resendOrder(qint64 orderId, const QString &actor, qint64 *newReminderId = nullptr);
    Error resolveUnknown(qint64 reminderId, bool markSent, const QString &actor);

    // Appends lines to the audit log (issue 17), all or none; false and *error when the store refused.
    bool appendAudit(const QList<AuditRecord> &records, QString *error);
    // A change PayNudge itself wrote to the configuration file (the end of a split test): its audit
    // lines, with `written` as the snapshot, so the next check of the file does not record it again as
    // a hand edit. Call before applyConfig(written).
    bool auditOwnConfigChange(const QList<AuditRecord> &records, const Config &written, QString *error);
    // The do-not-remind list (issue 17), on the engine's connection. Each change is audited as `actor`
    // and announced: optOutsChanged() here, a notice to the other consoles of a shared store.
    // False and *error: the store failed and nothing changed.
    bool putOptOut(
        const QString &openid, const QString &reason, const QString &actor, bool *created, QString *error);
    bool removeOptOut(const QString &openid, const QString &actor, bool *removed, QString *error);
    std::optional<OptOutRecord> optOut(const QString &openid, QString *error = nullptr);
    OptOutPage optOuts(const OptOutQuery &query, QString *error);
    // Every entry (each with its reason and actor) in one transaction, or none.
    bool importOptOuts(const QList<OptOutRecord> &entries, OptOutImportResult *result, QString *error);
    // The audit log (issue 17). Every operator action is recorded here, with who, the action
    // (auditAction::…), its reminder, order or account, and its outcome (empty: done; else why not, in
    // English).
    void auditAction(
        const QString &actor, const QString &action, const QString &subject, const QString &outcome);
    // The settings dialog saved `before` → `after` and stored the secrets `secretsStored` (keys):
    // audited as `actor`, and the snapshot of the file's values moves to `after`, so the check of
    // the file at the next start or reload does not record the change again. Call before applyConfig().
    bool auditSettingsSaved(const ConfigValues &before, const ConfigValues &after,
        const QStringList &secretsStored, const QString &actor, QString *error);
    // Lines of the audit log, newest first (see Store::readAudit).
    QList<AuditRecord> auditLines(const AuditFilter &filter, qint64 *total, QString *error);

    // Sends what is due now instead of at the next tick.
    void sweepSoon();
    // Sends of `account` go to `sender` (not owned) until the next applyConfig() routes anew
    // (the demo's sender, tests' fakes).
    void routeAccount(const QString &account, Sender *sender);
    // The dry-run sender every account without an appid uses (the demo wraps it).
    Sender &dryRunSender();

    void pauseAll(const QString &reason = {});
    // The same for a reason with a code (stored with it, so the console words it in its language).
    void pauseAll(const Error &reason);
    void resumeAll(const QString &actor = {}); // an operator's (named): audited
    bool isPaused() const;
    void pauseAccount(
        const QString &account, const QString &reason, std::optional<qint64> until = std::nullopt);
    // The same for a reason with a code: stored with it, so the console words it in its language.
    void pauseAccount(
        const QString &account, const Error &reason, std::optional<qint64> until = std::nullopt);
    void resumeAccount(const QString &account, const QString &actor = {});
    // The operator fixed a setting of `account` (the configuration, or its AppSecret in the
    // keychain, which the configuration does not show): if a setup problem paused it, a token is
    // fetched now — the account resumes when WeChat gives one, its pause names the new reason
    // otherwise. applyConfig() does this for every paused account whose configuration changed.
    void recheckAccount(const QString &account);
    QHash<QString, AccountState> accountStates() const { return m_accountStates; }
    bool isAccountPaused(const QString &account) const;
    // Accounts whose access token cannot be refreshed while the cached one still serves: a
    // warning, not a pause (account → why). accountStateChanged() announces a change.
    QHash<QString, QString> tokenRefreshProblems() const { return m_tokenRefreshProblems; }
    // The same as a code where it has one (none: the English of tokenRefreshProblems() says it).
    Error tokenRefreshError(const QString &account) const { return m_tokenRefreshErrors.value(account); }

    // The reader of new orders from the shop's database while the engine runs and [shopdb] polls;
    // nullptr otherwise. shopDbPollerChanged() announces a new one (started, replaced, stopped).
    shopdb::ShopDbPoller *shopDbPoller() const { return m_shopDbPoller.get(); }

    // Whether reminders can go out now, and if not why (store cannot write, WeChat unreachable,
    // sending or an account paused, token refresh failing). healthChanged() announces changes.
    Health health() const;

    // Recovery on the last open (for the log, the window and tests).
    const RecoveryReport &lastRecovery() const { return m_recovery; }

    // On a shared store ([store] backend=postgres): the connection to its server (lost or not, the
    // other engines' notices); nullptr on a single-file store.
    StoreConnection *storeConnection() const { return m_connection.get(); }
    // Reminders of engines that stopped answering (their lease ran out), taken over now as a crash's
    // are at start; the keep-alive timer does this every leaseSeconds/3 on a shared store.
    void takeOverExpired();

    // What the window and the tray read, on read-only connections of their own (after open()).
    ReadService &reads() { return *m_reads; }
    // The paused set, next due time, problems and counts they show (after open()).
    EngineStatus &status() { return *m_status; }

signals:
    void ordersAccepted(const QList<qint64> &orderIds);
    void orderSettled(
        qint64 orderId, paynudge::OrderStatus status, const QList<qint64> &cancelledReminderIds);
    void remindersChanged(const QList<qint64> &reminderIds);
    void accountStateChanged(const QString &account);
    void pausedChanged(bool paused);
    // Something an operator has to act on (account paused by an error, reminders left unknown).
    void problem(const QString &account, const QString &message);
    void storeError(const QString &message);
    // Nothing due, nothing in flight.
    void idle();
    // applyConfig() took a new configuration (accounts may have come or gone).
    void configApplied();
    // health() may say something else now.
    void healthChanged();
    // A sweep for due reminders ended (see Sweeper::swept); with idle(), what tests wait for.
    void swept();
    // A line was added to the audit log (the audit page reads again).
    void auditChanged();
    // shopDbPoller() is another one now (or none).
    void shopDbPollerChanged();
    // Another engine on the shared store committed a change (its NOTIFY): consoles move their lists.
    // The sweeper has been woken already; remindersChanged() follows for the ids of a Reminders notice.
    void storeChanged(const paynudge::ChangeNotice &notice);
    // This engine changed the do-not-remind list (another's change comes as storeChanged, kind OptOuts).
    void optOutsChanged();

private:
    // Tests reach the parts (the sweeper's backoff, the store's own connection for per-connection
    // pragmas) through this one door, defined in tests/support; nothing else does.
    friend class test::EngineInternals;

    OrderEventResult settleOrder(const QString &orderNo, OrderStatus status, std::optional<qint64> at,
        ErrorCode paidReason = ErrorCode::HistoryOrderPaid);
    void onResults(const QList<AttemptResult> &results, const QList<SendResult> &raw);
    void noteAccepted(const QList<AcceptResult> &results);
    void updatePausedSet();
    bool pausedBySetup(const QString &account) const;
    // A token fetch for an account paused by a setup problem: it resumes when one is had.
    void retryPausedAccount(const QString &account);
    // An intake write ended: a fault of the store backs the sweeper off, a write that went through ends that.
    void noteIntakeWrite(bool wrote, const QString &error);
    void setAccountState(const AccountState &state);
    void applySweepSettings();
    // The shop database's poller: made in start() when [shopdb] polls, made anew by applyConfig()
    // when [shopdb] changed, gone in stop().
    void startShopDbPoller();
    void stopShopDbPoller();
    void applySenders();
    // The payment check as configured: made anew when its settings changed.
    void applyPaymentCheck(const Config &previous);
    void warnIfWalLost(bool uncleanEnd) const;
    // A shared store: refuses to start beside a live engine of the same [store] instance.
    bool checkInstanceFree(Error *error);
    // A shared store: the connection, its notices, the heartbeat and takeover timer.
    void openSharedStore();
    // Heartbeat, then takeover of expired claims (a tick of m_keepAlive, a clock jump, a reconnect).
    void keepAlive();
    void onStoreNotice(const ChangeNotice &notice);
    void onStoreLostChanged();
    // Accounts sending template messages without a dedupe key: a crash's sends are unknown, not retried.
    QSet<QString> accountsWithoutDedupeKey() const;
    // The configuration's values against the snapshot of those the engine last saw: what differs
    // was edited in the file by hand, audited as configaudit::kConfigFileActor. The first time
    // (no snapshot) keeps the snapshot only: a new store stays empty.
    void auditConfigFile();
    void noteRecovered(const RecoveryReport &report, const char *what);
    void checkTemplates();
    void checkTemplatesAfterSends(const QList<SendResult> &results);
    void noteTemplateCheck(const AccountConfig &account, const std::optional<WeChatTemplate> &tmpl,
        const QList<QPair<QString, QString>> &fields, const Error &failure, bool pause);

    Config m_config;
    QHash<QString, QList<Error>> m_templateFindings;
    QHash<QString, QList<Error>> m_templateWarnings;
    QSet<QString> m_templateListAsked; // accounts whose list this run has read (or tried) after a send
    QHash<QString, AccountState> m_accountStates;
    QHash<QString, QString> m_tokenRefreshProblems;
    QHash<QString, Error> m_tokenRefreshErrors;
    QTimer m_resumeTimer; // wakes when a time-limited pause (quota) ends
    RecoveryReport m_recovery;
    OpenFailure m_openFailure = OpenFailure::None;
    QString m_storePath;

    // The parts, each declared after what it uses: they are destroyed in reverse, so the
    // sweeper goes before the senders it drives and everything before the store and its lock.
    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock = nullptr;
    std::unique_ptr<StoreLock> m_lock;
    std::unique_ptr<Store> m_store; // the one place that holds the orders; SqlStore today
    std::unique_ptr<DailyBackup> m_dailyBackup;
    std::unique_ptr<TemplateCache> m_templateCache;
    std::unique_ptr<wechat::WeChatSender> m_wechat; // created once an account sends for real
    std::unique_ptr<DryRunSender> m_dryRun;
    std::unique_ptr<SenderRouter> m_router;
    std::unique_ptr<PaymentCheck> m_check; // the shop's books, asked right before a send (none: unchecked)
    // On a shared store: asks the store whether another engine settled the orders, then m_check.
    std::unique_ptr<StorePaymentCheck> m_storeCheck;
    std::unique_ptr<PaymentGate> m_gate; // between the sweeper and the router: asks m_check
    bool m_checkMade = false;
    std::unique_ptr<Sweeper> m_sweeper;
    std::unique_ptr<ReadService> m_reads; // holds a handle on the store's connection: goes before it
    std::unique_ptr<EngineStatus> m_status; // reads through m_reads
    std::unique_ptr<StoreConnection> m_connection; // a shared store's server link
    QTimer m_keepAlive; // heartbeat and takeover on a shared store, every leaseSeconds/3
    bool m_auditsConfigFile = false; // the store's owner (not a second view) audits hand edits of the file
    bool m_signedOn = false; // a heartbeat went out since open or the last stop: stop() signs off
    std::unique_ptr<shopdb::ShopDbPoller> m_shopDbPoller; // stores through this engine: goes first
};

} // namespace paynudge
