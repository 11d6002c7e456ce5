#include "intake/intakeerror.h"

using namespace Qt::StringLiterals;

namespace paynudge {

QJsonObject IntakeError::toJson() const
{
    QJsonObject error { { u"code"_s, code }, { u"message"_s, message }, { u"field"_s, field } };
    if (index >= 0)
        error.insert(u"index"_s, index);
    return { { u"error"_s, error } };
}

} // namespace paynudge
