#include "templates/mappingsuggester.h"

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

bool says(const QString &label, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        if (label.contains(QStringView(w)))
            return true;
    return false;
}

bool speaksOfDeadline(const QString &label)
{
    return says(label,
        { u"关闭", u"截止", u"失效", u"过期", u"到期", u"超时", u"期限", u"时限", u"有效期", u"剩余" });
}

// The call to pay, within a thing's 20 characters ("订单将于1小时50分钟后关闭，请尽快支付").
const QString kCallToPay = u"请于{close_in}内完成支付"_s;

QString forThing(const TemplateKey &k, bool *productUsed)
{
    const QString &l = k.label;
    if (says(l, { u"编号", u"单号" }))
        return u"{order_no}"_s;
    if (says(l, { u"金额", u"价格", u"费用", u"应付", u"实付" }))
        return u"{amount}"_s;
    if (says(l, { u"状态" }))
        return u"待支付"_s;
    if (says(l, { u"备注", u"提示", u"说明", u"提醒", u"温馨" }) || speaksOfDeadline(l))
        return kCallToPay;
    if (says(l, { u"姓名", u"客户", u"用户", u"昵称", u"买家" }))
        return u"{nickname}"_s;
    if (*productUsed)
        return kCallToPay; // a second free-text key carries the call to pay
    *productUsed = true;
    return u"{product}"_s;
}

QString forTime(const TemplateKey &k, bool *closeUsed, bool *placedUsed)
{
    if (speaksOfDeadline(k.label) || (*placedUsed && !*closeUsed)) {
        *closeUsed = true;
        return u"{close_at:yyyy-MM-dd HH:mm}"_s;
    }
    *placedUsed = true;
    return u"{placed_at:yyyy-MM-dd HH:mm}"_s;
}

QString forEnum(const TemplateKey &k)
{
    for (const QString &v : k.enumValues)
        if (says(v, { u"待支付", u"未支付", u"待付款", u"未付款" }))
            return v;
    return k.enumValues.value(0);
}

} // namespace

QList<QPair<QString, QString>> suggestMapping(const WeChatTemplate &tmpl)
{
    QList<QPair<QString, QString>> out;
    bool productUsed = false;
    bool closeUsed = false;
    bool placedUsed = false;
    for (const TemplateKey &k : tmpl.keys) {
        const QString &t = k.type;
        QString value;
        if (t == u"character_string")
            value = says(k.label, { u"编号", u"单号", u"订单" }) || k.label.isEmpty() ? u"{order_no}"_s
                                                                                      : QString();
        else if (t == u"thing")
            value = forThing(k, &productUsed);
        else if (t == u"amount")
            value = u"{amount}"_s;
        else if (t == u"number")
            value = says(k.label, { u"金额", u"价格", u"费用" }) ? u"{amount_yuan}"_s
                : says(k.label, { u"编号", u"单号" })            ? u"{order_no}"_s
                                                                 : QString();
        else if (t == u"time" || t == u"date")
            value = forTime(k, &closeUsed, &placedUsed);
        else if (t == u"phrase")
            value = u"待支付"_s;
        else if (t == u"name")
            value = u"{nickname}"_s;
        else if (t == u"enum" || t == u"const")
            value = forEnum(k);
        else if (t == u"first") // kept for old industry templates; WeChat no longer shows it
            value = u"您好，您有订单待支付"_s;
        else if (t == u"remark")
            value = u"{close_after}后订单自动关闭，请及时付款"_s;
        else if (t == u"keyword") // old industry templates: keyword1, keyword2, … by label
            value = says(k.label, { u"编号", u"单号" }) ? u"{order_no}"_s
                : says(k.label, { u"金额", u"价格" })   ? u"{amount}"_s
                : says(k.label, { u"时间", u"日期" })   ? forTime(k, &closeUsed, &placedUsed)
                                                        : forThing(k, &productUsed);
        if (!value.isEmpty())
            out.append({ k.name, value });
    }
    return out;
}

QList<QPair<QString, QString>> genericMapping()
{
    return { { u"character_string1"_s, u"{order_no}"_s }, { u"thing2"_s, u"{product}"_s },
        { u"amount3"_s, u"{amount}"_s }, { u"time4"_s, u"{close_at:yyyy-MM-dd HH:mm}"_s },
        { u"thing5"_s, kCallToPay } };
}

} // namespace paynudge
