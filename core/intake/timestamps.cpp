#include "intake/timestamps.h"

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
    // By hand: every API reply carries several times, and QDateTime::toString formats through
    // printf. Days to a civil date after H. Hinnant, "chrono-compatible low-level date algorithms".
    const qint64 msOfDay = ((ms % 86400000) + 86400000) % 86400000;
    const qint64 days = (ms - msOfDay) / 86400000;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) // never for an order; QDateTime says what such a time is
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);

    char16_t out[24];
    int n = 0;
    const auto put = [&](qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[n + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        n += digits;
    };
    put(year, 4);
    out[n++] = u'-';
    put(month, 2);
    out[n++] = u'-';
    put(day, 2);
    out[n++] = u'T';
    put(msOfDay / 3600000, 2);
    out[n++] = u':';
    put(msOfDay / 60000 % 60, 2);
    out[n++] = u':';
    put(msOfDay / 1000 % 60, 2);
    if (msOfDay % 1000 != 0) {
        out[n++] = u'.';
        put(msOfDay % 1000, 3);
    }
    out[n++] = u'Z';
    return QString(reinterpret_cast<const QChar *>(out), n);
}

} // namespace paynudge::timestamps
