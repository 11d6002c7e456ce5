#include "timestamps.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace paynudge::timestamps {
namespace {

std::optional<qint64> inRange(qint64 ms)
{
    if (ms < kEarliestMs || ms >= kLatestMs)
        return std::nullopt;
    return ms;
}

// Fractions beyond milliseconds are dropped, not rounded: a time is never moved forward.
int fractionToMs(QStringView digits)
{
    int ms = 0;
    for (int i = 0; i < 3; ++i)
        ms = ms * 10 + (i < digits.size() ? digits.at(i).digitValue() : 0);
    return ms;
}

} // namespace

std::optional<qint64> parseRfc3339(QStringView text)
{
    static const QRegularExpression re(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt(),
                     fractionToMs(m.capturedView(7)));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    qint64 offsetSec = 0;
    if (m.capturedView(8).isEmpty()) {
        const int hours = m.capturedView(10).toInt();
        const int minutes = m.capturedView(11).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSec = (hours * 3600 + minutes * 60) * (m.capturedView(9) == u"-" ? -1 : 1);
    }
    return inRange(QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - offsetSec * 1000);
}

std::optional<qint64> fromEpochSeconds(double seconds)
{
    if (!std::isfinite(seconds) || seconds != std::floor(seconds) || seconds < 0 || seconds > 1e12)
        return std::nullopt;
    return inRange(qint64(seconds) * 1000);
}

std::optional<qint64> parseLocal(QStringView text, const QTimeZone &zone)
{
    static const QRegularExpression re(
        u"^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch() || !zone.isValid())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime local(date, time, zone);
    if (!local.isValid()) // inside a daylight-saving gap: that wall time never happened
        return std::nullopt;
    return inRange(local.toMSecsSinceEpoch());
}

QString toRfc3339(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return t.toString(ms % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

} // namespace paynudge::timestamps
