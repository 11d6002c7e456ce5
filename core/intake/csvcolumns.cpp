#include "intake/csvcolumns.h"

#include "intake/orderparser.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge::csvcolumns {
namespace {

// A header cell compared without case, spaces or the width of its brackets: "金额（元）" = "金额(元)".
QString folded(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.remove(u' ');
    h.remove(QChar(0x3000)); // ideographic space
    h.replace(QChar(0xFF08), u'(');
    h.replace(QChar(0xFF09), u')');
    return h;
}

struct Alias
{
    const char16_t *field;
    const char16_t *shown; // the Chinese name a message shows beside the field
    QList<const char16_t *> names; // folded
};

const QList<Alias> &aliases()
{
    static const QList<Alias> table {
        { u"order_no", u"订单号", { u"订单号", u"订单编号", u"订单号码", u"订单id" } },
        { u"account", u"账号", { u"账号", u"店铺", u"公众号", u"店铺账号" } },
        { u"openid", u"openid", { u"用户openid", u"买家openid", u"客户openid", u"微信openid" } },
        { u"nickname", u"昵称", { u"昵称", u"买家昵称", u"用户昵称", u"客户昵称", u"微信昵称" } },
        { u"product", u"商品", { u"商品", u"商品名称", u"商品名", u"商品标题" } },
        { u"amount_fen", u"金额(分)", { u"金额(分)" } },
        { u"amount", u"金额(元)",
            { u"金额", u"金额(元)", u"订单金额", u"订单金额(元)", u"实付金额", u"实付金额(元)", u"应付金额",
                u"应付金额(元)", u"amount", u"amount_yuan" } },
        { u"placed_at", u"下单时间", { u"下单时间", u"创建时间", u"订单创建时间" } },
        { u"close_at", u"关闭时间", { u"关闭时间", u"支付截止时间", u"截止时间", u"订单关闭时间" } },
        { u"use_time", u"使用时间", { u"使用时间", u"预约时间" } },
        { u"url", u"链接", { u"链接", u"订单链接" } },
    };
    return table;
}

} // namespace

QString amountYuan()
{
    return u"amount"_s;
}

QString fieldOf(const QString &header)
{
    const QString h = folded(header);
    const QString prefix = OrderParser::varsColumnPrefix();
    if (header.trimmed().startsWith(prefix, Qt::CaseInsensitive))
        return prefix + header.trimmed().mid(prefix.size()); // NAME as written
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> out;
        for (const QString &f : OrderParser::fieldNames())
            if (f != u"vars")
                out.insert(f, f);
        for (const Alias &a : aliases())
            for (const char16_t *name : a.names)
                out.insert(QString::fromUtf16(name), QString::fromUtf16(a.field));
        return out;
    }();
    return byName.value(h);
}

std::optional<qint64> parseYuan(const QString &text)
{
    // Currency signs and the thousands separators of an export; at most two decimals (fen).
    static const QRegularExpression re(
        u"^(?:[¥￥]|RMB|CNY)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?\\s*(?:元)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString whole = m.captured(1);
    whole.remove(u',');
    if (whole.size() > 13)
        return std::nullopt; // beyond any order's amount; the parser judges the rest
    const QString cents = m.captured(2).leftJustified(2, u'0');
    return whole.toLongLong() * 100 + cents.toLongLong();
}

QString describe(const QString &field)
{
    for (const Alias &a : aliases())
        if (field == QString::fromUtf16(a.field) && field != QString::fromUtf16(a.shown))
            return u"%1 (%2)"_s.arg(field, QString::fromUtf16(a.shown));
    return field;
}

QStringList describe(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out << describe(f);
    return out;
}

} // namespace paynudge::csvcolumns
