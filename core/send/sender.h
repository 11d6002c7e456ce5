#pragma once

#include "common/error.h"
#include "config/config.h"
#include "domain/order.h"

#include <QObject>
#include <optional>

namespace paynudge {

// One message to send: everything a sender needs, so it never reads the store.
struct OutgoingMessage
{
    qint64 reminderId = 0;
    qint64 attemptId = 0;
    ReminderRecord reminder; // carries client_msg_id, round and attempt count
    OrderRecord order;
    bool manual = false;
};

// How an attempt ended, in the terms the engine acts on (wechat-api.md §4).
enum class SendStatus
{
    Accepted, // errcode 0: WeChat took the message
    DryRun, // rendered and recorded, nothing sent
    Transient, // certainly not delivered (refused, no such host, no token, -1, 45011, 43108): retry with
               // backoff for as long as the order is open
    OutcomeUnknown, // the request went out and its answer was lost (timeout, connection dropped, HTTP 5xx
                    // from a gateway): it may have been delivered; retry only inside the dedupe window of
                    // that attempt
    RecipientRejected, // 40003, 43004, 43019, 43101, 48002: this customer cannot get it
    MessageRejected, // 47003, 45168, 40249, …: this content cannot be sent
    AccountQuota, // 45009: pause the account until the quota resets
    AccountConfig, // 40013, 40125, 40164, 40037, 48001, …: pause the account, tell the operator
    NotSentSkipped, // never handed to WeChat and never will be (held for the payment check until the order
                    // closed): skipped, errmsgProblem says why
};

struct SendResult
{
    qint64 reminderId = 0;
    qint64 attemptId = 0;
    QString account;
    SendStatus status = SendStatus::OutcomeUnknown;
    std::optional<int> errcode;
    QString errmsg; // without the rid/hint suffix, secrets redacted
    Error errmsgProblem; // errmsg as a code where it has one (the history words it)
    QString rid;
    std::optional<qint64> msgid;
    qint64 latencyMs = 0;
    QString detail; // e.g. the rendered message of a dry run
    std::optional<qint64> notBefore; // earliest next attempt (45011: the next minute)
    std::optional<qint64> pauseUntil; // AccountQuota: when sending may resume
    QString operatorHint; // AccountConfig: what to fix, in words an operator can act on
    Error operatorProblem; // the same as a code where it has one (its English is operatorHint)
    // The request carried a key WeChat drops repeats by (template/send's client_msg_id). Without one
    // an OutcomeUnknown attempt cannot be retried without risking a second message.
    bool idempotent = true;
    QString variant; // the split-test variant of the order's text (AccountConfig::variantOf); empty: none
};

// Sends reminders. Asynchronous: send() returns at once and finished() follows, never from
// inside send() itself, so callers need not guard against re-entry.
class Sender : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Sender() override;

    virtual void send(const OutgoingMessage &message) = 0;
    // Takes back this order's messages that still wait for their turn, so a payment that comes
    // first stops them; no finished() follows for those returned. A message whose request has
    // started is not returned: it may reach WeChat whatever happens now.
    virtual QList<OutgoingMessage> withdraw(const QString &orderNo);

signals:
    void finished(const paynudge::SendResult &result);
};

} // namespace paynudge

Q_DECLARE_METATYPE(paynudge::SendResult)
