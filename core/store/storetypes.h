#pragma once

#include "common/error.h"
#include "domain/order.h"
#include "domain/reminderpolicy.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>
#include <utility>

// What goes in and out of a Store (store/store.h), whichever backend holds it.
namespace paynudge {

// Whether an account may send, and why not. Kept in the store so a quota pause (until
// midnight Beijing time) or a configuration problem survives a restart.
struct AccountState
{
    QString account;
    bool paused = false;
    QString reason; // what the operator should do about it
    std::optional<qint64> until; // automatic resume (quota); empty: until an operator resumes
    qint64 updatedAt = 0;
    // The reason as code and args, for the operator's language; None for an operator's pause and
    // for pauses stored before codes were (`reason` is their words).
    Error problem {};

    // The reason in the operator's language where it has a code, else as stored.
    QString reasonText() const { return problem ? problem.text() : reason; }
    // The key that pauses every account at once.
    static QString allAccounts() { return QStringLiteral("*"); }
};

struct AcceptResult
{
    enum class Kind
    {
        Created, // stored now, reminders planned
        Duplicate, // the identical order was already stored: nothing changed
        Conflict, // the order number exists with different content: nothing changed
        Error, // the store failed; see error
    };
    Kind kind = Kind::Error;
    OrderRecord order; // the stored order (for Conflict: the one already there)
    QList<ReminderRecord> reminders;
    QString error;

    // Bookkeeping while a batch is stored (not meaningful to callers).
    std::optional<std::pair<OrderStatus, qint64>> early;
};

enum class BatchMode
{
    AllOrNothing, // any conflict or failure stores nothing (the batch endpoint, CSV import)
    Independent, // each order stands alone; conflicts are reported, the rest committed (group commit)
};

struct OrderEventResult
{
    bool ok = false;
    bool known = false; // false: the order is not here yet; the event is kept for it
    OrderStatus status = OrderStatus::Unpaid;
    qint64 orderId = 0;
    QList<qint64> cancelledReminderIds;
    int inFlight = 0; // its sends already on their way to WeChat when the event came
    QString error;
};

// A claimed attempt taken back from the sender before its request started: the event that
// settles its order cancels it too, in the same transaction.
struct UnstartedAttempt
{
    qint64 reminderId = 0;
    qint64 attemptId = 0;
};

// A reminder taken for sending: its order travels with it so the sender needs no lookups.
struct ClaimedReminder
{
    ReminderRecord reminder;
    OrderRecord order;
    qint64 attemptId = 0;
    bool manual = false;
    QString actor;
};

// The end of one attempt as the engine decided it: what the history row says and where the
// reminder goes next.
struct AttemptResult
{
    qint64 reminderId = 0;
    qint64 attemptId = 0;
    qint64 finishedAt = 0;
    AttemptOutcome outcome = AttemptOutcome::Unknown;
    ReminderState nextState = ReminderState::Unknown;
    std::optional<qint64> nextDueAt; // retry_wait / deferred back to scheduled
    std::optional<int> errcode;
    QString errmsg;
    Error problem; // errmsg as a code where it has one (stored beside it: the history words it)
    QString rid;
    std::optional<qint64> msgid;
    std::optional<qint64> latencyMs;
    QString reason; // stored on the reminder
    QString detail; // stored on the attempt
    std::optional<qint64> maybeSentAt; // an attempt that may have been delivered started then (kept once set)
    QString variant; // the split-test variant it went out in (send_attempts.variant); empty: none
};

// A position in a source outside PayNudge (the shop database's last polled order id), kept in
// the store beside the orders it brought, so a restart neither misses nor repeats one.
struct StoreCursor
{
    QString name;
    qint64 value = 0;
};

struct RecoveryReport
{
    QString error; // the store could not be read or written: nothing was recovered
    QList<qint64>
        retried; // interrupted attempt inside the dedupe window: sent again with the same client_msg_id
    QList<qint64> unknown; // too old to retry safely, or no client_msg_id: an operator decides
};

struct ClaimReport
{
    QList<ClaimedReminder> claimed;
    // due, but the order closes or closed first, a later round or an operator's send supersedes it,
    // or it would go out later than the late limit
    QList<ReminderRecord> skipped;
    QList<ReminderRecord> cancelled; // due, but the order was paid/closed while it waited to retry
    QString error;
};

// An engine on the store and its last sign of life (the consoles show which are alive).
struct EngineRecord
{
    QString instance;
    QString host;
    qint64 pid = 0;
    QString version;
    qint64 startedAt = 0;
    qint64 heartbeatAt = 0;
    std::optional<qint64> stoppedAt; // set when it stopped cleanly
};

// A template list as WeChat answered it, with when it was read (templates/templatecache.h reads it).
struct StoredTemplateList
{
    QString account;
    QString appid;
    QString kind; // MessageKind's wire name
    qint64 fetchedAt = 0;
    QString answer; // WeChat's JSON answer
};

// Who is reminded, as the claim judges it (issue 17): each account's [policy] with its overrides,
// and the shop's time zone for "per day". Without rules (the default) the claim skips nobody.
struct ClaimRules
{
    bool enabled = false;
    ReminderPolicy defaults; // accounts not listed
    QHash<QString, ReminderPolicy> accounts;
    QTimeZone zone = QTimeZone::systemTimeZone();

    const ReminderPolicy &forAccount(const QString &account) const
    {
        const auto it = accounts.constFind(account);
        return it == accounts.cend() ? defaults : *it;
    }
};

// A customer on the do-not-remind list (issue 17): never sent to, in any round, by hand either.
struct OptOutRecord
{
    QString openid;
    QString reason;
    QString actor; // who listed them
    qint64 createdAt = 0;
};

// One line of the audit log (issue 17): a settings change, an operator's action, a change of the
// do-not-remind list, the end of a split test. Secrets are recorded as changed, never their value.
struct AuditRecord
{
    qint64 id = 0;
    qint64 at = 0;
    QString actor;
    QString kind; // auditKind::…
    QString subject; // the key ("policy/perCustomerDaily"), the order or reminder, the openid
    QString oldValue;
    QString newValue;
    QString detail;
};

namespace auditKind {
inline constexpr char16_t Setting[] = u"setting";
inline constexpr char16_t Action[] = u"action"; // send now, skip, resend, resolve, pause, resume
inline constexpr char16_t OptOut[] = u"optout";
inline constexpr char16_t SplitTest[] = u"split_test";
} // namespace auditKind

// The actions an operator takes, as an action line's new value says them (issue 17).
namespace auditAction {
inline constexpr char16_t SendNow[] = u"send_now";
inline constexpr char16_t Skip[] = u"skip";
inline constexpr char16_t Resend[] = u"resend";
inline constexpr char16_t ResolveSent[] = u"resolve_sent";
inline constexpr char16_t ResolveByResend[] = u"resolve_resend";
inline constexpr char16_t Pause[] = u"pause";
inline constexpr char16_t Resume[] = u"resume";
inline constexpr char16_t TestMessage[] = u"test_message";
inline constexpr char16_t Import[] = u"import";
} // namespace auditAction

// Which audit lines to read, newest first.
struct AuditFilter
{
    std::optional<qint64> from; // at >= from
    std::optional<qint64> to; // at < to
    QString kind; // empty: all
    QString actor; // empty: all
    QString search; // in subject, values and detail; empty: all
    int limit = 500;
    qint64 beforeId = 0; // > 0: only lines older than this one (paging)
};

} // namespace paynudge
