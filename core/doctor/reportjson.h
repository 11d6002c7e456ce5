#pragma once

#include "doctor/setupcheck.h"

#include <QByteArray>

namespace paynudge {

// `paynudge doctor --json`: a shape scripts can rely on (extend, never rename):
// {"checks":[{"id","status":"ok|warning|problem","summary","action"}],"problems":N,"warnings":N,
//  "config":PATH,"dataDir":DIR}
QByteArray reportToJson(const DoctorReport &report);

} // namespace paynudge
