#pragma once

#include "domain/states.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace paynudge {

// An order as the shop's backend describes it (intake API, CSV import, database polling).
// Money is integer fen; times are UTC epoch milliseconds.
struct OrderInput
{
    QString orderNo;
    QString account;
    QString openid;
    QString nickname;
    QString product;
    qint64 amountFen = 0;
    qint64 placedAt = 0;
    std::optional<qint64> closeAt; // absent: placed_at + the plan's closeAfter
    QString useTime;
    QString url;
    QJsonObject vars; // extra template variables, strings only

    // Stable digest of the content, so a retry of the same order is recognised and a
    // different order under the same number is a conflict.
    QString fingerprint() const;
};

struct OrderRecord
{
    qint64 id = 0;
    OrderInput input;
    qint64 closeAt = 0; // effective close time
    OrderStatus status = OrderStatus::Unpaid;
    std::optional<qint64> statusAt; // when it was paid or closed
    qint64 createdAt = 0;
};

struct ReminderRecord
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNo;
    QString account;
    int round = 0; // 1-based plan round; manual resends get rounds above the plan's
    bool manual = false;
    qint64 dueAt = 0;
    ReminderState state = ReminderState::Scheduled;
    QString clientMsgId;
    int attempts = 0;
    std::optional<qint64> firstAttemptAt;
    std::optional<qint64> lastAttemptAt;
    // Start of the first attempt that may have been delivered (its answer was lost): retries with
    // the same client_msg_id are safe only within WeChat's dedupe window from here.
    std::optional<qint64> maybeSentAt;
    QString reason; // why it was skipped, cancelled, failed or left unknown
    std::optional<int> errcode;
    std::optional<qint64> msgid;
    qint64 updatedAt = 0;
};

struct AttemptRecord
{
    qint64 id = 0;
    qint64 reminderId = 0;
    qint64 startedAt = 0;
    std::optional<qint64> finishedAt;
    AttemptOutcome outcome = AttemptOutcome::InFlight;
    std::optional<int> errcode;
    QString errmsg; // without the rid/hint noise
    QString rid;
    std::optional<qint64> msgid;
    std::optional<qint64> latencyMs;
    bool manual = false;
    QString actor; // who started a manual attempt
    QString detail; // e.g. the rendered message of a dry run
    QString variant; // the split-test variant it went out in; empty: none
};

} // namespace paynudge
