#pragma once

#include "intake/intakeerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace paynudge {

// A request body read as one JSON object. Bytes that are not UTF-8 are refused before JSON is
// parsed, naming the field that holds them where it can be found ("orders[3].product").
class JsonBody
{
public:
    static std::optional<QJsonObject> parseObject(const QByteArray &body, IntakeError *error);
};

} // namespace paynudge
