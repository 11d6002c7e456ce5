#pragma once

#include <QString>

namespace paynudge {

// An openid as the console shows it: enough to tell customers apart, never the whole id.
// "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" → "oUpF…eS6o".
QString maskOpenid(const QString &openid);

} // namespace paynudge
