#include "readmodel/quickrange.h"

#include <QDateTime>

namespace paynudge {

std::pair<QDate, QDate> quickRangeDays(QuickRange range, qint64 now, const QTimeZone &zone)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    switch (range) {
    case QuickRange::Today:
        return { today, today };
    case QuickRange::Yesterday:
        return { today.addDays(-1), today.addDays(-1) };
    case QuickRange::Last7Days:
        return { today.addDays(-6), today };
    case QuickRange::Last30Days:
        return { today.addDays(-29), today };
    }
    return { today, today };
}

} // namespace paynudge
