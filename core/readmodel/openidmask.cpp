#include "readmodel/openidmask.h"

using namespace Qt::StringLiterals;

namespace paynudge {

QString maskOpenid(const QString &openid)
{
    if (openid.isEmpty())
        return {};
    if (openid.size() <= 8)
        return openid.left(1) + u"…"_s;
    return openid.left(4) + u"…"_s + openid.right(4);
}

} // namespace paynudge
