#pragma once

#include "config/config.h"
#include "doctor/setupcheck.h"

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace paynudge {

// intake.address: the intake API's address can be taken — or a running PayNudge already holds it,
// which is fine. Tried by listening and closing at once; when the address is in use, GET
// /api/v1/health on it tells whether PayNudge answers (without a token it answers 401 with its
// own error shape, so no token is needed or sent). `done` runs later on `context`'s thread.
void checkIntakeAddress(const IntakeSettings &intake, QNetworkAccessManager &nam, int timeoutMs,
    QObject *context, std::function<void(const SetupCheck &)> done);

} // namespace paynudge
