#include "intake/optoutentry.h"

#include "intake/orderparser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paynudge::optoutentry {

Error check(const QString &openid, const QString &reason)
{
    if (openid.isEmpty())
        return { ErrorCode::FieldEmpty, u"openid"_s, { u"openid"_s } };
    if (openid.size() > OrderParser::kMaxOpenid)
        return { ErrorCode::FieldTooLong, u"openid"_s,
            { u"openid"_s, QString::number(OrderParser::kMaxOpenid) } };
    if (!OrderParser::isValidOpenid(openid))
        return { ErrorCode::OpenidInvalid, u"openid"_s };
    if (!reason.isValidUtf16())
        return { ErrorCode::FieldUnpairedSurrogate, u"reason"_s, { u"reason"_s } };
    if (reason.size() > kMaxReason)
        return { ErrorCode::FieldTooLong, u"reason"_s, { u"reason"_s, QString::number(kMaxReason) } };
    if (std::any_of(
            reason.cbegin(), reason.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return { ErrorCode::FieldControlCharacters, u"reason"_s, { u"reason"_s } };
    return {};
}

} // namespace paynudge::optoutentry
