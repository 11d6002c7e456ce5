#pragma once

#include <QDate>
#include <QTimeZone>
#include <utility>

namespace paynudge {

// The history's quick date ranges, in whole days of the shop's time zone ending today.
enum class QuickRange
{
    Today,
    Yesterday,
    Last7Days, // today and the six days before
    Last30Days,
};

// The first and last day (both included) of `range` at `now` in `zone`.
std::pair<QDate, QDate> quickRangeDays(QuickRange range, qint64 now, const QTimeZone &zone);

} // namespace paynudge
