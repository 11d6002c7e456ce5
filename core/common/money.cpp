#include "common/money.h"

using namespace Qt::StringLiterals;

namespace paynudge {

QString yuanText(qint64 fen)
{
    const QString sign = fen < 0 ? u"-"_s : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return u"¥"_s + sign + QString::number(a / 100) + u'.'
        + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace paynudge
