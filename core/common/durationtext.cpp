#include "common/durationtext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace paynudge {

QString durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    if (seconds < 120)
        return u"%1 s"_s.arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 120)
        return u"%1 min"_s.arg(minutes);
    if (minutes % 60 == 0)
        return u"%1 h"_s.arg(minutes / 60);
    return u"%1 h %2 min"_s.arg(minutes / 60).arg(minutes % 60);
}

QString translatedDurationText(const QString &english)
{
    static const QRegularExpression pattern(u"^(\\d+) (s|min|h)(?: (\\d+) min)?$"_s);
    const QRegularExpressionMatch m = pattern.match(english);
    if (!m.hasMatch())
        return english;
    const QString unit = m.captured(2);
    if (!m.captured(3).isEmpty())
        return unit == u"h"
            ? QCoreApplication::translate("paynudge::Error", "%1 h %2 min").arg(m.captured(1), m.captured(3))
            : english;
    if (unit == u"s")
        return QCoreApplication::translate("paynudge::Error", "%1 s").arg(m.captured(1));
    if (unit == u"min")
        return QCoreApplication::translate("paynudge::Error", "%1 min").arg(m.captured(1));
    return QCoreApplication::translate("paynudge::Error", "%1 h").arg(m.captured(1));
}

} // namespace paynudge
