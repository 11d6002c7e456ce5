#pragma once

#include "config/config.h"
#include "engine/health.h"
#include "shopdb/paymentcheck.h"

#include <memory>

namespace paynudge {

// The payment check the configuration asks for, and what the health calls it when it fails.
struct ConfiguredCheck
{
    std::unique_ptr<PaymentCheck> check; // nullptr: reminders go out unchecked
    HealthReason::Kind kind = HealthReason::Kind::ShopDbUnreachable;
};

// [precheck] url → the HTTP hook; [shopdb] with check=true and an unpaidQuery (or profile=xg) →
// the database check; neither → none.
ConfiguredCheck createPaymentCheck(const Config &config);

// Whether `a` and `b` configure the check differently (then it is made anew).
bool paymentCheckSettingsDiffer(const Config &a, const Config &b);

} // namespace paynudge
