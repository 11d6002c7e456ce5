#pragma once

#include "common/error.h"
#include "config/config.h"
#include "domain/states.h"
#include "readmodel/sortkey.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QSqlDatabase;

namespace paynudge {

// The columns of the send-history table.
enum class HistoryColumn
{
    Time, // when the attempt started
    Order,
    Round,
    Account,
    Outcome,
    Errcode,
    Reason,
    Msgid,
    Attempts, // HTTP attempts of the reminder so far
    Latency,
    Mode, // automatic or manual
    Engine, // which engine sent (a shared store's instance name; empty before schema 9)
};
inline constexpr int kHistoryColumnCount = 12;

struct HistoryFilter
{
    QList<AttemptOutcome> outcomes; // empty: every outcome
    QString account; // empty: every account
    std::optional<qint64> from; // started at or after (ms)
    std::optional<qint64> to; // started before (ms)
    QString search; // part of the order number, the customer's nickname or the product
    QString skipRule; // a SkipRule key (readmodel/skiprules.h): only the skips of that rule; empty: all
};

// One row of the send history: an attempt, its reminder and its order.
struct HistoryRow
{
    qint64 attemptId = 0;
    qint64 reminderId = 0;
    qint64 orderId = 0;
    QString orderNo;
    QString nickname;
    QString product;
    qint64 amountFen = 0;
    QString account;
    int round = 0;
    qint64 startedAt = 0;
    std::optional<qint64> finishedAt;
    AttemptOutcome outcome = AttemptOutcome::InFlight;
    std::optional<int> errcode;
    QString errmsg;
    QString rid; // WeChat's request id of a failed call ("Look up at WeChat")
    QString detail;
    std::optional<qint64> msgid;
    std::optional<qint64> latencyMs;
    int attempts = 0;
    bool manual = false;
    QString actor;
    QString engine; // the engine that made the attempt ([store] instance); empty on older rows
    ReminderState reminderState = ReminderState::Scheduled; // the reminder now ("unknown" can be resolved)
    Error stored; // errmsg as the code the row was written with (none: an older version's row)

    // What happened, in words an operator can act on: the WeChat error explained (the same table
    // the sender classifies by), else the recorded message (worded from `stored` where the row
    // has a code, recognised from its English where an older version wrote it). reason() in
    // English (the CSV export), reasonText() in the operator's language; problem() is the
    // explained error (None: no errcode).
    QString reason(const Config &config) const;
    QString reasonText(const Config &config) const;
    Error problem(const Config &config) const;
};

// The send history, filtered and sorted in SQL (values always bound). A value type, so a copy
// can run on the reader thread.
struct HistoryQuery
{
    HistoryFilter filter;
    HistoryColumn sortColumn = HistoryColumn::Time;
    Qt::SortOrder order = Qt::DescendingOrder;

    QList<qint64> ids(QSqlDatabase &db, QString *error) const;
    // Reads one attempt's sort key with one prepared statement (binary-search probes): nothing
    // when the attempt does not pass the filter.
    std::function<std::optional<SortKey>(qint64 id)> keyReader(QSqlDatabase &db) const;

    static QList<HistoryRow> rows(QSqlDatabase &db, const QList<qint64> &ids, QString *error);
    // Attempts recorded after `id` (new rows), and every attempt of some reminders (changed rows).
    static QList<qint64> attemptsAfter(QSqlDatabase &db, qint64 id, QString *error);
    static QList<qint64> attemptsOfReminders(
        QSqlDatabase &db, const QList<qint64> &reminderIds, QString *error);
    static qint64 lastAttemptId(QSqlDatabase &db);
};

} // namespace paynudge
