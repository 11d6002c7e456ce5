#pragma once

#include <QtGlobal>
#include <algorithm>

namespace paynudge {

// The wait after `failures` failures in a row (1, 2, …): firstMs doubling each time, capped at maxMs.
inline qint64 doublingDelay(qint64 firstMs, qint64 maxMs, int failures)
{
    return std::min(maxMs, firstMs << std::clamp(failures - 1, 0, 20));
}

} // namespace paynudge
