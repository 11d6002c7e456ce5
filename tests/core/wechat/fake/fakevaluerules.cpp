#include "fakevaluerules.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge::test {
namespace {

// One date: 2019年10月1日, 2019-10-01, 2019/10/01 or 2019.10.01; one time: 15:01 or 15:01:05.
const QString kDate = u"(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})"_s;
const QString kTime = u"(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?"_s;

bool whole(const QString &pattern, const QString &value)
{
    thread_local QHash<QString, QRegularExpression> compiled; // the fake answers thousands of sends a second
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern,
            QRegularExpression(
                u"^(?:"_s + pattern + u")$"_s, QRegularExpression::UseUnicodePropertiesOption));
    return it->match(value).hasMatch();
}

int countIf(const QString &value, bool (*pred)(char32_t))
{
    int n = 0;
    for (char32_t c : value.toUcs4())
        n += pred(c) ? 1 : 0;
    return n;
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029;
}

bool isEmoji(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0x200D || c == 0xFE0F;
}

qsizetype length(const QString &value)
{
    return value.toUcs4().size();
}

} // namespace

QString FakeValueRules::typeOf(const QString &key)
{
    QString t = key;
    while (!t.isEmpty() && t.back().isDigit())
        t.chop(1);
    return t;
}

QString FakeValueRules::withoutEmoji(const QString &value)
{
    QList<char32_t> kept;
    for (char32_t c : value.toUcs4())
        if (!isEmoji(c))
            kept.append(c);
    return QString::fromUcs4(kept.constData(), kept.size());
}

std::optional<QString> FakeValueRules::check(const QString &key, const QString &raw)
{
    const QString type = typeOf(key);
    if (type == u"first" || type == u"remark")
        return std::nullopt;
    const QString value = withoutEmoji(raw);
    if (value.trimmed().isEmpty())
        return u"argument invalid! data.%1.value is empty"_s.arg(key);
    if (type == u"keyword")
        return std::nullopt;

    const auto invalid
        = [&] { return std::optional<QString>(u"argument invalid! data.%1.value invalid"_s.arg(key)); };
    // "Symbols exclude control characters such as line breaks" — for every typed key.
    if (countIf(value, isControl) > 0)
        return invalid();
    const qsizetype n = length(value);
    bool ok = true;
    if (type == u"thing" || type == u"const" || type == u"enum")
        ok = n <= 20;
    else if (type == u"number")
        ok = whole(u"-?\\d+(?:\\.\\d+)?"_s, value) && countIf(value, isDigit) <= 32;
    else if (type == u"letter")
        ok = whole(u"[A-Za-z]{1,32}"_s, value);
    else if (type == u"symbol")
        ok = whole(u"[\\p{P}\\p{S}]{1,5}"_s, value);
    else if (type == u"character_string")
        ok = whole(u"[\\x20-\\x7E]{1,32}"_s, value); // digits, letters, symbols: no CJK
    else if (type == u"time")
        ok = whole(u"(?:%1\\s*)?%2(?:\\s*~\\s*(?:%1\\s*)?%2)?"_s.arg(kDate, kTime), value);
    else if (type == u"date")
        ok = whole(u"%1(?:\\s+%2)?(?:\\s*~\\s*%1(?:\\s+%2)?)?"_s.arg(kDate, kTime), value);
    else if (type == u"amount") // one currency symbol, up to 10 digits, decimals allowed, may end with 元
        ok = whole(u"[¥￥$€£]\\d+(?:\\.\\d+)?元?"_s, value) && countIf(value, isDigit) <= 10;
    else if (type == u"phone_number")
        ok = whole(u"[0-9+\\-() #]{1,17}"_s, value);
    else if (type == u"car_number")
        ok = n <= 8 && whole(u"[\\p{Han}A-Za-z0-9][A-Za-z0-9]*[\\p{Han}A-Za-z0-9]?"_s, value);
    else if (type == u"name")
        ok = whole(u"\\p{Han}{1,10}"_s, value) || whole(u"[A-Za-z\\p{P}\\p{S} ]{1,20}"_s, value);
    else if (type == u"phrase")
        ok = whole(u"\\p{Han}{1,5}"_s, value);
    return ok ? std::nullopt : invalid();
}

} // namespace paynudge::test
