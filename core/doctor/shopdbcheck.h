#pragma once

#include "config/config.h"
#include "doctor/setupcheck.h"

namespace paynudge {

// shopdb: the shop's own database answers and both of its queries return what PayNudge needs
// (shopdb::ShopDbProbe). Blocks for up to the probe's timeout. No line when [shopdb] is unused.
QList<SetupCheck> checkShopDb(const ShopDbSettings &settings);

} // namespace paynudge
