#pragma once

#include <QString>

namespace paynudge {

// An amount in fen as customers and operators read it: 12850 → "¥128.50".
QString yuanText(qint64 fen);

} // namespace paynudge
