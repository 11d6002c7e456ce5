#include "console/consoletext.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace paynudge {

QString ConsoleText::state(ReminderState state)
{
    switch (state) {
    case ReminderState::Scheduled:
        return tr("scheduled");
    case ReminderState::Sending:
        return tr("sending");
    case ReminderState::RetryWait:
        return tr("retrying");
    case ReminderState::Sent:
        return tr("sent");
    case ReminderState::DryRun:
        return tr("dry run");
    case ReminderState::Failed:
        return tr("failed");
    case ReminderState::Cancelled:
        return tr("cancelled");
    case ReminderState::Skipped:
        return tr("skipped");
    case ReminderState::Unknown:
        return tr("unknown — decide");
    }
    return {};
}

QString ConsoleText::outcome(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::InFlight:
        return tr("sending");
    case AttemptOutcome::Sent:
        return tr("sent");
    case AttemptOutcome::DryRun:
        return tr("dry run");
    case AttemptOutcome::Failed:
        return tr("failed");
    case AttemptOutcome::Retrying:
        return tr("retrying");
    case AttemptOutcome::Deferred:
        return tr("deferred");
    case AttemptOutcome::Skipped:
        return tr("skipped");
    case AttemptOutcome::Cancelled:
        return tr("cancelled");
    case AttemptOutcome::Unknown:
        return tr("unknown");
    }
    return {};
}

QString ConsoleText::countdown(qint64 ms)
{
    if (ms <= 0)
        return tr("due");
    const qint64 seconds = (ms + 999) / 1000; // 0.2 s left still reads 00:01
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    const QString mmss = u"%1:%2"_s.arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return h > 0 ? QString::number(h) + u':' + mmss : mmss;
}

QString ConsoleText::time(qint64 ms, qint64 now, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    if (t.date() == today)
        return t.toString(u"HH:mm:ss"_s);
    if (t.date().year() == today.year())
        return t.toString(u"MM-dd HH:mm"_s);
    return t.toString(u"yyyy-MM-dd HH:mm"_s);
}

QString ConsoleText::orderStatus(OrderStatus status, qint64 closeAt, qint64 now)
{
    switch (status) {
    case OrderStatus::Unpaid:
        return closeAt <= now ? tr("auto-closed") : tr("awaiting payment");
    case OrderStatus::Paid:
        return tr("paid");
    case OrderStatus::Closed:
        return tr("closed");
    }
    return {};
}

QString ConsoleText::dateTime(qint64 ms, qint64 now, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const bool thisYear = t.date().year() == QDateTime::fromMSecsSinceEpoch(now, zone).date().year();
    return t.toString(thisYear ? u"MM-dd HH:mm:ss"_s : u"yyyy-MM-dd HH:mm:ss"_s);
}

QString ConsoleText::amount(qint64 fen)
{
    // The locale's separators ("¥3,541.73"), on whole numbers: fen never pass through a double.
    const QLocale locale;
    const qint64 a = fen < 0 ? -fen : fen;
    return (fen < 0 ? locale.negativeSign() : QString()) + u"¥"_s + locale.toString(a / 100)
        + locale.decimalPoint() + u"%1"_s.arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString ConsoleText::latency(qint64 ms)
{
    return tr("%1 ms").arg(ms);
}

QString ConsoleText::healthReason(const HealthReason &reason, qint64 now, const QTimeZone &zone)
{
    const QString since = reason.since > 0 ? time(reason.since, now, zone) : tr("now");
    const QString words = reason.problem ? reason.problem.text() : reason.text;
    switch (reason.kind) {
    case HealthReason::Kind::StoreFull:
        return tr(
            "Degraded: the disk of the store is full since %1. Nothing can be saved and no reminder goes "
            "out; free disk space, PayNudge tries again by itself. (%2)")
            .arg(since, words);
    case HealthReason::Kind::StoreCannotWrite:
        return tr(
            "Degraded: the store cannot write since %1, so no reminder goes out; PayNudge tries again by "
            "itself. (%2)")
            .arg(since, words);
    case HealthReason::Kind::WeChatUnreachable:
        return tr("Degraded: WeChat cannot be reached since %1. Reminders wait and are retried; check the "
                  "network. (%2)")
            .arg(since, words);
    case HealthReason::Kind::SendingPaused:
    case HealthReason::Kind::AccountPaused:
    case HealthReason::Kind::TokenRefresh:
    case HealthReason::Kind::ShopDbUnreachable: // its words say since when and what waits
    case HealthReason::Kind::PrecheckFailing:
        break;
    }
    return tr("Degraded: %1").arg(words);
}

QString ConsoleText::healthLabel(HealthReason::Kind kind)
{
    switch (kind) {
    case HealthReason::Kind::StoreFull:
        return tr("disk full");
    case HealthReason::Kind::StoreCannotWrite:
        return tr("store cannot write");
    case HealthReason::Kind::WeChatUnreachable:
        return tr("WeChat unreachable");
    case HealthReason::Kind::SendingPaused:
        return tr("sending paused");
    case HealthReason::Kind::AccountPaused:
        return tr("account paused");
    case HealthReason::Kind::TokenRefresh:
        return tr("token refresh failing");
    case HealthReason::Kind::ShopDbUnreachable:
        return tr("shop database unreachable");
    case HealthReason::Kind::PrecheckFailing:
        return tr("payment check failing");
    }
    return {};
}

QString ConsoleText::dryRunOnly()
{
    return tr("Not connected to WeChat — dry run only");
}

} // namespace paynudge
