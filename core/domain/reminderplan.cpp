#include "domain/reminderplan.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge {

std::optional<qint64> QuietHours::endIfInside(qint64 atMs, const QTimeZone &zone) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(atMs, zone);
    const QTime tod = local.time();
    const QDate day = local.date();
    if (start < end) {
        if (tod >= start && tod < end)
            return QDateTime(day, end, zone).toMSecsSinceEpoch();
        return std::nullopt;
    }
    if (tod >= start)
        return QDateTime(day.addDays(1), end, zone).toMSecsSinceEpoch();
    if (tod < end)
        return QDateTime(day, end, zone).toMSecsSinceEpoch();
    return std::nullopt;
}

std::optional<QuietHours> QuietHours::parse(const QString &text)
{
    static const QRegularExpression re(u"^\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QTime s = QTime::fromString(m.captured(1), u"H:mm"_s);
    const QTime e = QTime::fromString(m.captured(2), u"H:mm"_s);
    if (!s.isValid() || !e.isValid() || s == e)
        return std::nullopt;
    return QuietHours { s, e };
}

QString QuietHours::toString() const
{
    return start.toString(u"HH:mm"_s) + u'-' + end.toString(u"HH:mm"_s);
}

qint64 ReminderPlan::effectiveCloseAt(qint64 placedAt, std::optional<qint64> closeAt) const
{
    return closeAt.value_or(placedAt + closeAfterSec * 1000);
}

std::optional<qint64> ReminderPlan::sendableAt(qint64 dueAt) const
{
    if (!quietHours)
        return dueAt;
    const auto end = quietHours->endIfInside(dueAt, zone);
    if (!end)
        return dueAt;
    if (quietPolicy == QuietPolicy::Skip)
        return std::nullopt;
    return *end;
}

QList<PlannedReminder> ReminderPlan::plan(qint64 placedAt, qint64 closeAt) const
{
    QList<PlannedReminder> out;
    out.reserve(roundCount());
    QList<qint64> due; // each round's own time: after the order, then before the close
    for (qint64 offset : roundOffsetsSec)
        due.append(placedAt + offset * 1000);
    for (qint64 before : closeRoundsSec)
        due.append(closeAt - before * 1000);
    const auto skip = [](PlannedReminder &r, ErrorCode code) {
        r.state = ReminderState::Skipped;
        r.problem = Error(code);
        r.reason = r.problem.englishText();
    };
    std::optional<qint64> latest; // the latest time of an earlier round
    for (qsizetype i = 0; i < due.size(); ++i) {
        PlannedReminder r;
        r.round = int(i) + 1;
        r.dueAt = due.at(i);
        // A close round of a short order can fall before the order or before an earlier round:
        // sent then, the "closes soon" text would come first.
        if (r.dueAt < placedAt) {
            skip(r, ErrorCode::HistoryBeforePlaced);
        } else if (latest && r.dueAt < *latest) {
            skip(r, ErrorCode::HistoryBeforeEarlierRound);
        } else if (r.dueAt >= closeAt) {
            skip(r, ErrorCode::HistoryPastClose);
        } else if (const auto at = sendableAt(r.dueAt); !at) {
            skip(r, ErrorCode::HistoryQuietHoursSkip);
        } else if (*at >= closeAt) {
            skip(r, ErrorCode::HistoryQuietHoursPastClose);
        } else {
            r.dueAt = *at;
        }
        latest = std::max(latest.value_or(due.at(i)), due.at(i));
        out.append(r);
    }
    return out;
}

} // namespace paynudge
