#include "shopdb/shoplinkstate.h"

#include "common/logging.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace paynudge {

bool ShopLinkState::failed(const QString &why, qint64 now)
{
    error = why;
    if (since)
        return false;
    since = now;
    return true;
}

bool ShopLinkState::succeeded()
{
    if (!since)
        return false;
    since.reset();
    error.clear();
    return true;
}

HealthReason ShopLinkState::healthReason(CheckFailurePolicy onFailure, const QTimeZone &zone) const
{
    const bool hold = onFailure == CheckFailurePolicy::Hold;
    const bool database = kind == HealthReason::Kind::ShopDbUnreachable;
    return healthReason(database ? (hold ? ErrorCode::ShopDbUnreachable : ErrorCode::ShopDbUnreachableSending)
                                 : (hold ? ErrorCode::PrecheckFailing : ErrorCode::PrecheckFailingSending),
        zone);
}

HealthReason ShopLinkState::healthReason(ErrorCode code, const QTimeZone &zone) const
{
    const qint64 from = since.value_or(0);
    const QString when = QDateTime::fromMSecsSinceEpoch(from, zone).toString(u"yyyy-MM-dd HH:mm"_s);
    const Error problem(code, {}, { when, logging::redact(error) });
    return { kind, {}, from, problem.englishText(), problem };
}

} // namespace paynudge
