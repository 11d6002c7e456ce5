#pragma once

#include "common/error.h"

#include <QString>

namespace paynudge {

// What Qt's network layer (its English errorString()) or the WeChat client ("no answer within
// 15000 ms") said instead of an answer, as a Transport* code an operator reads with a next step;
// none for any other text. Stored reasons and logs keep the English; this words it where shown.
Error transportProblem(const QString &said);

} // namespace paynudge
