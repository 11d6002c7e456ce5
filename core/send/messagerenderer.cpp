#include "messagerenderer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

bool isEmojiCodePoint(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF)     // pictographs, emoticons, transport, flags, modifiers
        || (c >= 0x2600 && c <= 0x27BF)       // misc symbols and dingbats
        || (c >= 0x2B00 && c <= 0x2BFF)       // arrows and stars used as emoji
        || c == 0x200D || c == 0xFE0F || c == 0xFE0E || c == 0x20E3 // joiners, variation selectors, keycap
        || (c >= 0xE0020 && c <= 0xE007F);    // tag characters
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
    { u"character_string", 32, false }, { u"phone_number", 17, false }, { u"car_number", 8, false },
    { u"thing", 20, true },             { u"const", 20, true },         { u"number", 32, false },
    { u"letter", 32, false },           { u"symbol", 5, false },        { u"phrase", 5, false },
    { u"keyword", 20, true },           { u"first", 200, true },        { u"remark", 200, true },
};

QString typeOf(const QString &key)
{
    static const QRegularExpression trailingDigits(u"\\d+$"_s);
    QString t = key;
    t.remove(trailingDigits);
    return t;
}

QString expandOne(const QString &name, const QString &format, const OrderRecord &o, qint64 now, const QTimeZone &zone,
                  bool *known)
{
    *known = true;
    const auto when = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(format.isEmpty() ? u"yyyy-MM-dd HH:mm"_s : format);
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

QString MessageRenderer::formatAmount(qint64 fen)
{
    const QString sign = fen < 0 ? u"-"_s : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return u"¥"_s + sign + QString::number(a / 100) + u'.' + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
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

QString MessageRenderer::expand(const QString &pattern, const OrderRecord &order, qint64 now, const QTimeZone &zone,
                                bool forUrl)
{
    static const QRegularExpression placeholder(u"\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\\}"_s);
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

QString MessageRenderer::fit(const QString &key, const QString &value, QString *adjustment)
{
    const QString type = typeOf(key);
    QList<char32_t> cps = clean(value);
    QStringList changes;
    if (fromUcs4(cps) != value)
        changes << u"line breaks/emoji removed"_s;

    if (type == u"amount") {
        QString v = fromUcs4(cps);
        static const QRegularExpression plainNumber(u"^\\d+(\\.\\d+)?$"_s);
        if (plainNumber.match(v).hasMatch()) {
            v = u"¥"_s + v;
            changes << u"currency symbol added"_s;
        }
        if (adjustment)
            *adjustment = changes.join(u"; "_s);
        return v;
    }
    // Types that take only some characters (wechat-api.md §2.5): anything else would be a 47003.
    bool (*keep)(char32_t) = nullptr;
    QString kept;
    if (type == u"number") {
        keep = [](char32_t c) { return (c >= U'0' && c <= U'9') || c == U'.' || c == U'-'; };
        kept = u"kept digits only"_s;
    } else if (type == u"character_string") {
        keep = [](char32_t c) { return c >= 0x20 && c < 0x7F; }; // letters, digits, symbols: no CJK
        kept = u"kept letters, digits and symbols only"_s;
    } else if (type == u"phrase") {
        keep = isCjk;
        kept = u"kept Chinese characters only"_s;
    }
    if (keep) {
        QList<char32_t> allowed;
        for (char32_t c : cps)
            if (keep(c))
                allowed.append(c);
        if (allowed.size() != cps.size())
            changes << kept;
        cps = allowed;
    }

    int max = -1;
    bool ellipsis = false;
    if (type == u"name") {
        const bool cjk = std::any_of(cps.cbegin(), cps.cend(), isCjk);
        max = cjk ? 10 : 20;
        ellipsis = false;
    } else {
        for (const TypeRule &rule : kRules) {
            if (type == rule.prefix) {
                max = rule.maxLength;
                ellipsis = rule.ellipsis;
                break;
            }
        }
    }
    if (max > 0 && cps.size() > max) {
        if (ellipsis) {
            cps.resize(max - 1);
            while (!cps.isEmpty() && cps.last() == U' ')
                cps.removeLast();
            cps.append(U'…');
        } else {
            cps.resize(max);
        }
        changes << u"cut to %1 characters"_s.arg(max);
    }
    if (cps.isEmpty()) {
        cps.append(U'-'); // an empty value is rejected with 47003
        changes << u"empty, sent as \"-\""_s;
    }
    if (adjustment)
        *adjustment = changes.join(u"; "_s);
    return fromUcs4(cps);
}

RenderedMessage MessageRenderer::render(const AccountConfig &account, const OrderRecord &order, qint64 now,
                                        const QTimeZone &zone)
{
    RenderedMessage m;
    m.templateId = account.templateId;
    for (const auto &[key, pattern] : account.fields) {
        QString adjustment;
        const QString value = fit(key, expand(pattern, order, now, zone), &adjustment);
        m.data.append({ key, value });
        if (!adjustment.isEmpty())
            m.adjustments << key + u": "_s + adjustment;
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
