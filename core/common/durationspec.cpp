#include "common/durationspec.h"

#include <QLocale>
#include <array>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

struct Unit
{
    qint64 seconds;
    std::array<QStringView, 4> names; // as written; the Latin ones in any case
};

// Largest first: a text names its units in this order.
const Unit kUnits[] = {
    { 86400, { u"d", u"天", u"", u"" } },
    { 3600, { u"h", u"小时", u"时", u"" } },
    { 60, { u"m", u"分钟", u"分", u"min" } },
    { 1, { u"s", u"秒", u"sec", u"" } },
};

// The unit `text` starts with at `pos` (longest name first), its index and its length.
std::optional<std::pair<int, qsizetype>> unitAt(QStringView text, qsizetype pos)
{
    std::optional<std::pair<int, qsizetype>> best;
    for (int i = 0; i < int(std::size(kUnits)); ++i)
        for (QStringView name : kUnits[i].names)
            if (!name.isEmpty() && text.mid(pos).startsWith(name, Qt::CaseInsensitive)
                && (!best || name.size() > best->second))
                best = std::make_pair(i, name.size());
    return best;
}

} // namespace

std::optional<qint64> parseDurationSpec(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool plain = false;
    const qlonglong seconds = text.toLongLong(&plain);
    if (plain)
        return seconds; // the range is the key's to judge
    double total = 0;
    int lastUnit = -1;
    qsizetype pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        const qsizetype start = pos;
        while (pos < text.size() && (text[pos].isDigit() || text[pos] == u'.'))
            ++pos;
        if (pos == start)
            return std::nullopt;
        bool ok = false;
        const double number = text.mid(start, pos - start).toDouble(&ok);
        if (!ok || number > 1e9)
            return std::nullopt;
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        const auto unit = unitAt(text, pos);
        if (!unit || unit->first <= lastUnit)
            return std::nullopt;
        lastUnit = unit->first;
        pos += unit->second;
        total += number * double(kUnits[unit->first].seconds);
    }
    const qint64 whole = qRound64(total);
    if (std::abs(total - double(whole)) > 1e-6)
        return std::nullopt; // "0.5s": the configuration counts whole seconds
    return whole;
}

QString durationSpec(qint64 seconds)
{
    if (seconds <= 0)
        return u"0"_s;
    QString out;
    for (const Unit &u : kUnits) {
        if (seconds >= u.seconds) {
            out += QString::number(seconds / u.seconds) + u.names.front().toString();
            seconds %= u.seconds;
        }
    }
    return out;
}

} // namespace paynudge
