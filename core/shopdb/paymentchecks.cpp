#include "shopdb/paymentchecks.h"

#include "shopdb/precheckhook.h"

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
        // The database check (ShopDbCheck, i15-shopdb) is made here:
        //     c.check = std::make_unique<ShopDbCheck>(config.shopdb);
        c.kind = HealthReason::Kind::ShopDbUnreachable;
        return c;
    }
    return c;
}

namespace {
auto checkFields(const Config &c)
{
    const ShopDbSettings &d = c.shopdb;
    const PrecheckSettings &p = c.precheck;
    return std::tie(d.driver, d.host, d.port, d.database, d.user, d.passwordEnv, d.passwordFile, d.profile,
        d.unpaidQuery, d.check, p.url, p.tokenEnv, p.tokenFile, p.timeoutSec);
}
} // namespace

bool paymentCheckSettingsDiffer(const Config &a, const Config &b)
{
    return checkFields(a) != checkFields(b);
}

} // namespace paynudge
