#include "engine/health.h"

using namespace Qt::StringLiterals;

namespace paynudge {

QString wireName(HealthReason::Kind kind)
{
    switch (kind) {
    case HealthReason::Kind::StoreFull:
        return u"store_full"_s;
    case HealthReason::Kind::StoreCannotWrite:
        return u"store_cannot_write"_s;
    case HealthReason::Kind::WeChatUnreachable:
        return u"wechat_unreachable"_s;
    case HealthReason::Kind::SendingPaused:
        return u"sending_paused"_s;
    case HealthReason::Kind::AccountPaused:
        return u"account_paused"_s;
    case HealthReason::Kind::TokenRefresh:
        return u"token_refresh"_s;
    case HealthReason::Kind::ShopDbUnreachable:
        return u"shop_db_unreachable"_s;
    case HealthReason::Kind::PrecheckFailing:
        return u"precheck_failing"_s;
    }
    return {};
}

} // namespace paynudge
