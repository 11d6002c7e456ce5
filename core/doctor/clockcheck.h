#pragma once

#include "doctor/setupcheck.h"

#include <QByteArray>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QObject;

namespace paynudge {

class Clock;

// clock: this computer's clock against the Date header of WeChat's answer to a GET of apiBase.
// Every due time is computed on this clock, so a skew moves every reminder: over kClockProblemMs
// a problem, over kClockWarningMs a warning. `done` runs later on `context`'s thread.
void checkClock(const QUrl &apiBase, const Clock &clock, QNetworkAccessManager &nam, int timeoutMs,
    QObject *context, std::function<void(const SetupCheck &)> done);
inline constexpr qint64 kClockWarningMs = 5 * 1000;
inline constexpr qint64 kClockProblemMs = 60 * 1000;

// An HTTP Date (RFC 7231 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT") as epoch ms.
std::optional<qint64> parseHttpDate(const QByteArray &value);
QByteArray formatHttpDate(qint64 epochMs);

} // namespace paynudge
