#include "shopdb/paymentchecks.h"

#include "shopdb/precheckhook.h"
#include "shopdb/shopdbcheck.h"
#include "shopdb/shopdbconnect.h"

#include <tuple>

namespace paynudge {

ConfiguredCheck createPaymentCheck(const Config &config)
{
    ConfiguredCheck c;
    if (config.precheck.enabled()) {
        c.check = std::make_unique<PrecheckHook>(config.precheck);
        c.kind = HealthReason::Kind::PrecheckFailing;
        return c;
    }
    if (config.shopdb.checks()) {
        c.check = shopdb::ShopDbCheck::create(config.shopdb);
        c.kind = HealthReason::Kind::ShopDbUnreachable;
        return c;
    }
    return c;
}

bool paymentCheckSettingsDiffer(const Config &a, const Config &b)
{
    const auto hook
        = [](const PrecheckSettings &p) { return std::tie(p.url, p.tokenEnv, p.tokenFile, p.timeoutSec); };
    return !shopdb::sameSettings(a.shopdb, b.shopdb) || hook(a.precheck) != hook(b.precheck);
}

} // namespace paynudge
