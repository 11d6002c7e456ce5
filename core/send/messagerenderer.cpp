#include "send/messagerenderer.h"

#include "common/money.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

bool isEmojiCodePoint(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) // pictographs, emoticons, transport, flags, modifiers
        || (c >= 0x2600 && c <= 0x27BF) // misc symbols and dingbats
        || (c >= 0x2B00 && c <= 0x2BFF) // arrows and stars used as emoji
        || c == 0x200D || c == 0xFE0F || c == 0xFE0E || c == 0x20E3 // joiners, variation selectors, keycap
        || (c >= 0xE0020 && c <= 0xE007F); // tag characters
}

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0xF900 && c <= 0xFAFF);
}

// Line breaks, tabs and other controls become spaces; emoji go (WeChat strips or rejects them).
QList<char32_t> clean(const QString &value)
{
    QList<char32_t> out;
    bool lastSpace = true;
    for (char32_t c : value.toUcs4()) {
        if (isEmojiCodePoint(c))
            continue;
        const bool space = c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029 || QChar::isSpace(c);
        if (space) {
            if (!lastSpace)
                out.append(U' ');
            lastSpace = true;
            continue;
        }
        out.append(c);
        lastSpace = false;
    }
    while (!out.isEmpty() && out.last() == U' ')
        out.removeLast();
    return out;
}

// No acceptable value: the send fails with this reason (the code, and its English for the history).
void refuse(FittedValue &out, ErrorCode why, const QStringList &args = {})
{
    out.problem = Error(why, {}, args);
    out.error = out.problem.englishText();
}

QString fromUcs4(const QList<char32_t> &cps)
{
    return QString::fromUcs4(cps.constData(), cps.size());
}

struct TypeRule
{
    QStringView prefix;
    int maxLength;
    bool ellipsis; // text that reads on when cut; identifiers are cut without one
};

// wechat-api.md §2.5. Legacy templates' keywordN follow the 2023 rule (≤ 20, no line breaks).
constexpr TypeRule kRules[] = {
    { u"character_string", 32, false },
    { u"phone_number", 17, false },
    { u"car_number", 8, false },
    { u"thing", 20, true },
    { u"const", 20, true },
    { u"enum", 20, true },
    { u"number", 32, false },
    { u"letter", 32, false },
    { u"symbol", 5, false },
    { u"phrase", 5, false },
    { u"keyword", 20, true },
    { u"first", 200, true },
    { u"remark", 200, true },
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression placeholder(u"\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\\}"_s);
    return placeholder;
}

std::pair<int, bool> limitOf(const QString &type, const QList<char32_t> &cps)
{
    if (type == u"name") // ≤ 10 Chinese characters or ≤ 20 letters and symbols
        return { std::any_of(cps.cbegin(), cps.cend(), isCjk) ? 10 : 20, false };
    for (const TypeRule &rule : kRules)
        if (type == rule.prefix)
            return { rule.maxLength, rule.ellipsis };
    return { -1, false };
}

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool isSymbol(char32_t c)
{
    return QChar::isPunct(c) || QChar::isSymbol(c);
}

// The alphabet of a type that takes only some characters (wechat-api.md §2.5); anything else in
// its value would be a 47003. keep(value, i): may value[i] stay?
struct CharRule
{
    bool (*keep)(const QList<char32_t> &, qsizetype);
    QString kept; // the adjustment's words
};

const CharRule *charRuleFor(const QString &type, const QList<char32_t> &cps)
{
    static const CharRule characterString { [](const QList<char32_t> &v, qsizetype i) {
                                               return v[i] >= 0x20 && v[i] < 0x7F; // no CJK
                                           },
        u"kept letters, digits and symbols only"_s };
    static const CharRule letter { [](const QList<char32_t> &v, qsizetype i) { return isAsciiLetter(v[i]); },
        u"kept letters only"_s };
    static const CharRule symbol { [](const QList<char32_t> &v, qsizetype i) { return isSymbol(v[i]); },
        u"kept symbols only"_s };
    static const CharRule phone { [](const QList<char32_t> &v, qsizetype i) {
                                     const char32_t c = v[i];
                                     return isAsciiDigit(c) || c == U'+' || c == U'-' || c == U' '
                                         || c == U'(' || c == U')';
                                 },
        u"kept digits and + - ( ) only"_s };
    // A plate: letters and digits, a Chinese character only first (province) or last (挂, 学…).
    static const CharRule car { [](const QList<char32_t> &v, qsizetype i) {
                                   return isAsciiDigit(v[i]) || isAsciiLetter(v[i])
                                       || (isCjk(v[i]) && (i == 0 || i == v.size() - 1));
                               },
        u"kept letters, digits and a leading/trailing Chinese character only"_s };
    static const CharRule phrase { [](const QList<char32_t> &v, qsizetype i) { return isCjk(v[i]); },
        u"kept Chinese characters only"_s };
    static const CharRule latinName { [](const QList<char32_t> &v, qsizetype i) {
                                         return isAsciiLetter(v[i]) || v[i] == U' ' || isSymbol(v[i]);
                                     },
        u"kept letters, spaces and symbols only"_s };
    if (type == u"character_string")
        return &characterString;
    if (type == u"letter")
        return &letter;
    if (type == u"symbol")
        return &symbol;
    if (type == u"phone_number")
        return &phone;
    if (type == u"car_number")
        return &car;
    if (type == u"phrase")
        return &phrase;
    if (type == u"name") // either all Chinese or all Latin: a mix is refused
        return std::any_of(cps.cbegin(), cps.cend(), isCjk) ? &phrase : &latinName;
    return nullptr;
}

// number: an optional leading minus, digits, at most one decimal point, ≤ 32 digits. "12 件" →
// "12", "1,280.5" → "1280.5". False when there are more digits than WeChat takes: cutting
// would change the number.
bool fitNumber(QList<char32_t> &cps, QStringList &changes)
{
    QList<char32_t> out;
    bool dot = false;
    int digits = 0;
    for (char32_t c : std::as_const(cps)) {
        if (isAsciiDigit(c)) {
            out.append(c);
            ++digits;
        } else if (c == U'-' && out.isEmpty()) {
            out.append(c);
        } else if (c == U'.' && !dot && digits > 0) {
            out.append(c);
            dot = true;
        }
    }
    if (!out.isEmpty() && out.last() == U'.')
        out.removeLast();
    if (digits == 0)
        out.clear();
    if (out != cps)
        changes << u"kept the number only"_s;
    cps = out;
    return digits <= 32;
}

// Types where "-" is an acceptable stand-in for an empty value; for the others no stand-in
// would be true (a number, letters, a phrase, a plate, an amount, a time).
bool takesDash(const QString &type)
{
    static const QStringList refuse { u"number"_s, u"letter"_s, u"phrase"_s, u"car_number"_s, u"amount"_s,
        u"time"_s, u"date"_s };
    return !refuse.contains(type);
}

// amount: one currency symbol, ≤ 10 digits, decimals allowed, may end with 元. Never empty and
// never "-": a reminder to pay that shows no amount is worse than none.
FittedValue fitAmount(QString v, QStringList &changes, FittedValue &out)
{
    static const QRegularExpression thousands(u"(?<=\\d),(?=\\d{3})"_s);
    static const QRegularExpression plain(u"^\\d+(\\.\\d+)?元?$"_s);
    static const QRegularExpression accepted(u"^[¥￥$€£]\\d+(\\.\\d+)?元?$"_s);
    if (v.contains(thousands)) {
        v.remove(thousands);
        changes << u"thousands separators removed"_s;
    }
    if (plain.match(v).hasMatch()) {
        v.prepend(u'¥');
        changes << u"currency symbol added"_s;
    }
    out.value = v;
    out.adjustment = changes.join(u"; "_s);
    if (v.isEmpty())
        refuse(out, ErrorCode::RenderAmountEmpty);
    else if (!accepted.match(v).hasMatch())
        refuse(out, ErrorCode::RenderNotAmount, { v });
    else if (std::count_if(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit(); }) > 10)
        refuse(out, ErrorCode::RenderAmountTooManyDigits, { v });
    return out;
}

// time/date: a 24-hour time (HH:mm or HH:mm:ss), with a date before it for time (optional) and
// after it for date (optional); a range joined by "~". Anything else is reformatted when it is
// an ISO date/time, or refused: a made-up time would mislead the customer.
FittedValue fitWhen(const QString &type, QString v, QStringList &changes, FittedValue &out)
{
    static const QString date = u"(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})"_s;
    static const QString time = u"(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?"_s;
    static const QRegularExpression timeRe(u"^(?:%1 ?)?%2(?: ?~ ?(?:%1 ?)?%2)?$"_s.arg(date, time));
    static const QRegularExpression dateRe(u"^%1(?: %2)?(?: ?~ ?%1(?: %2)?)?$"_s.arg(date, time));
    const QRegularExpression &accepted = type == u"time" ? timeRe : dateRe;
    if (!v.isEmpty() && !accepted.match(v).hasMatch()) {
        const QDateTime dt = QDateTime::fromString(v, Qt::ISODate);
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (dt.isValid() && v.contains(u'T')) {
            v = dt.toString(u"yyyy-MM-dd HH:mm"_s);
            changes << u"reformatted as 24-hour time"_s;
        } else if (d.isValid() && type == u"date") {
            v = d.toString(u"yyyy-MM-dd"_s);
            changes << u"reformatted"_s;
        }
    }
    out.value = v;
    out.adjustment = changes.join(u"; "_s);
    if (v.isEmpty())
        refuse(out, ErrorCode::RenderEmpty, { type });
    else if (!accepted.match(v).hasMatch())
        refuse(out, type == u"time" ? ErrorCode::RenderNotTime : ErrorCode::RenderNotDate, { v });
    return out;
}

QString expandOne(const QString &name, const QString &format, const OrderRecord &o, qint64 now,
    const QTimeZone &zone, bool *known)
{
    *known = true;
    const auto when = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(
            format.isEmpty() ? u"yyyy-MM-dd HH:mm"_s : format);
    };
    if (name == u"order_no")
        return o.input.orderNo;
    if (name == u"product")
        return o.input.product;
    if (name == u"amount")
        return MessageRenderer::formatAmount(o.input.amountFen);
    if (name == u"amount_yuan")
        return MessageRenderer::formatAmount(o.input.amountFen).mid(1);
    if (name == u"amount_fen")
        return QString::number(o.input.amountFen);
    if (name == u"nickname")
        return o.input.nickname;
    if (name == u"use_time")
        return o.input.useTime;
    if (name == u"placed_at")
        return when(o.input.placedAt);
    if (name == u"close_at")
        return when(o.closeAt);
    if (name == u"close_after")
        return MessageRenderer::formatDuration(o.closeAt - o.input.placedAt);
    if (name == u"close_in")
        return MessageRenderer::formatDuration(std::max<qint64>(0, o.closeAt - now));
    if (o.input.vars.contains(name))
        return o.input.vars.value(name).toString();
    *known = false;
    return {};
}

} // namespace

QString MessageRenderer::keyType(const QString &key)
{
    static const QRegularExpression trailingDigits(u"\\d+$"_s);
    QString t = key;
    t.remove(trailingDigits);
    return t;
}

QString MessageRenderer::formatAmount(qint64 fen)
{
    return yuanText(fen);
}

QString MessageRenderer::formatDuration(qint64 ms)
{
    const qint64 minutes = (ms + 59999) / 60000;
    if (minutes >= 60 && minutes % 60 == 0)
        return QString::number(minutes / 60) + u"小时"_s;
    if (minutes > 60)
        return QString::number(minutes / 60) + u"小时"_s + QString::number(minutes % 60) + u"分钟"_s;
    return QString::number(minutes) + u"分钟"_s;
}

QString MessageRenderer::expand(
    const QString &pattern, const OrderRecord &order, qint64 now, const QTimeZone &zone, bool forUrl)
{
    const QRegularExpression &placeholder = placeholderPattern();
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(pattern).mid(last, m.capturedStart() - last);
        bool known = false;
        const QString value = expandOne(m.captured(1), m.captured(2), order, now, zone, &known);
        if (!known)
            out += m.captured(0);
        else
            out += forUrl ? QString::fromLatin1(QUrl::toPercentEncoding(value)) : value;
        last = m.capturedEnd();
    }
    out += QStringView(pattern).mid(last);
    return out;
}

bool MessageRenderer::usesOrderData(const QString &pattern)
{
    return placeholderPattern().match(pattern).hasMatch();
}

QString MessageRenderer::fit(const QString &key, const QString &value, QString *adjustment)
{
    const FittedValue f = fitValue(key, value);
    if (adjustment)
        *adjustment = f.error.isEmpty() ? f.adjustment : f.error;
    return f.value;
}

FittedValue MessageRenderer::fitValue(const QString &key, const QString &value, const FitOptions &options)
{
    const QString type = keyType(key);
    QList<char32_t> cps = clean(value);
    QStringList changes;
    if (fromUcs4(cps) != value)
        changes << u"line breaks/emoji removed"_s;
    FittedValue out;
    const auto finish = [&](const QList<char32_t> &v) {
        out.value = fromUcs4(v);
        out.adjustment = changes.join(u"; "_s);
        return out;
    };
    const auto fail = [&](ErrorCode why, const QStringList &args = {}, bool setup = false) {
        refuse(out, why, args);
        out.setupError = setup;
        return finish(cps);
    };

    // enum/const: WeChat takes only the template's own values; a mapping that produces another
    // is the setup's fault, every order would be refused alike.
    if ((type == u"enum" || type == u"const") && !options.allowed.isEmpty()) {
        if (!options.allowed.contains(fromUcs4(cps)))
            return fail(ErrorCode::RenderNotAllowed, { fromUcs4(cps), options.allowed.join(u", "_s) }, true);
        return finish(cps);
    }
    if (type == u"amount")
        return fitAmount(fromUcs4(cps), changes, out);
    if (type == u"time" || type == u"date")
        return fitWhen(type, fromUcs4(cps), changes, out);
    if (type == u"number") {
        if (!fitNumber(cps, changes))
            return fail(ErrorCode::RenderNumberTooLong);
    } else if (const CharRule *rule = charRuleFor(type, cps)) {
        QList<char32_t> allowed;
        for (qsizetype i = 0; i < cps.size(); ++i)
            if (rule->keep(cps, i))
                allowed.append(cps[i]);
        while (!allowed.isEmpty() && allowed.last() == U' ')
            allowed.removeLast();
        while (!allowed.isEmpty() && allowed.first() == U' ')
            allowed.removeFirst();
        if (allowed.size() != cps.size())
            changes << rule->kept;
        cps = allowed;
    }

    const auto [max, ellipsis] = limitOf(type, cps);
    if (type == u"character_string" && cps.size() > max) {
        // An order number cut without a mark would show the customer a wrong number.
        const qsizetype n = cps.size();
        if (options.tooLong == TooLongPolicy::Fail)
            return fail(ErrorCode::RenderTooLongFail, { QString::number(n), QString::number(max) });
        cps.resize(max - 3);
        cps << U'.' << U'.' << U'.';
        changes << u"%1 characters, WeChat allows %2: shortened with \"...\" (tooLong=shorten)"_s.arg(n).arg(
            max);
    } else if (max > 0 && cps.size() > max) {
        if (ellipsis) {
            cps.resize(max - 1);
            while (!cps.isEmpty() && cps.last() == U' ')
                cps.removeLast();
            cps.append(U'…');
        } else {
            cps.resize(max);
            while (!cps.isEmpty() && cps.last() == U' ')
                cps.removeLast();
        }
        changes << u"cut to %1 characters"_s.arg(max);
    }
    if (cps.isEmpty()) {
        // WeChat refuses an empty value (47003). "-" is a fair stand-in where the type takes it;
        // where it does not (a number, a plate, letters, a phrase) no stand-in would be true.
        if (!takesDash(type))
            return fail(ErrorCode::RenderEmpty, { type });
        cps.append(U'-');
        changes << u"empty, sent as \"-\""_s;
    }
    return finish(cps);
}

QStringList MessageRenderer::tooLongRisks(const AccountConfig &account)
{
    QStringList keys;
    for (const auto &[key, pattern] : account.fields)
        if (keyType(key) == u"character_string" && pattern.contains(u"{order_no}"))
            keys << key;
    return keys;
}

RenderedMessage MessageRenderer::render(
    const AccountConfig &account, const OrderRecord &order, qint64 now, const QTimeZone &zone)
{
    RenderedMessage m;
    m.templateId = account.templateId;
    for (const auto &[key, pattern] : account.fields) {
        const FittedValue fitted = fitValue(
            key, expand(pattern, order, now, zone), { account.allowedValues.value(key), account.tooLong });
        m.data.append({ key, fitted.value });
        if (!fitted.adjustment.isEmpty())
            m.adjustments << key + u": "_s + fitted.adjustment;
        if (fitted.problem && !m.problem) {
            // Fixed text gives every order the same refused value: the setup's fault, not the order's.
            const bool fixed = !usesOrderData(pattern);
            m.problem = fixed ? Error(ErrorCode::RenderFixedText).because(fitted.problem) : fitted.problem;
            m.problem.field = key;
            m.error = m.problem.englishText();
            m.setupError = fitted.setupError || fixed;
        }
    }
    const QString link = order.input.url.isEmpty() ? account.url : order.input.url;
    if (!link.isEmpty())
        m.url = expand(link, order, now, zone, true);
    m.miniprogramAppid = account.miniprogramAppid;
    if (!account.miniprogramPage.isEmpty())
        m.miniprogramPage = expand(account.miniprogramPage, order, now, zone, true);
    return m;
}

QString RenderedMessage::toText() const
{
    QStringList parts;
    for (const auto &[key, value] : data)
        parts << key + u'=' + value;
    QString text = parts.join(u" | "_s);
    if (!url.isEmpty())
        text += u" → "_s + url;
    if (!miniprogramAppid.isEmpty())
        text += u" → mp:"_s + miniprogramAppid + u'/' + miniprogramPage;
    return text;
}

} // namespace paynudge
