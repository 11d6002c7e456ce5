#include "templates/mappingcheck.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

bool mentionsAny(const QString &pattern, std::initializer_list<const char16_t *> placeholders)
{
    for (const char16_t *p : placeholders)
        if (pattern.contains(QStringView(p)))
            return true;
    return false;
}

} // namespace

MappingCheck checkMapping(const WeChatTemplate &tmpl, const QList<QPair<QString, QString>> &fields)
{
    MappingCheck check;
    check.fit = fitMapping(tmpl.keyNames(), fields);
    for (const auto &[key, pattern] : fields) {
        const TemplateKey *k = tmpl.key(key);
        if (!k || pattern.trimmed().isEmpty())
            continue;
        // A fixed value of an enum/const key must be one the template allows; a placeholder
        // ({…}) can only be judged per order.
        if (!k->enumValues.isEmpty() && !pattern.contains(u'{') && !k->enumValues.contains(pattern.trimmed()))
            check.notAllowed << key;
        if (!k->displayed()) {
            check.notDisplayed << key;
            continue; // what the customer never sees tells them nothing
        }
        // "{close_at" also matches "{close_at:HH:mm}".
        if (mentionsAny(pattern, { u"{close_at", u"{close_in}", u"{close_after}" }))
            check.saysDeadline = true;
        if (mentionsAny(pattern, { u"{order_no}", u"{product}" }))
            check.saysOrder = true;
    }
    return check;
}

QStringList MappingCheck::problems() const
{
    QStringList out;
    if (!fit.leftEmpty.isEmpty())
        out << QCoreApplication::translate("MappingCheck",
            "The template needs %1, which the mapping leaves empty: WeChat refuses every send (errcode "
            "47003).")
                   .arg(fit.leftEmpty.join(u", "_s));
    if (!fit.notInTemplate.isEmpty())
        out << QCoreApplication::translate(
            "MappingCheck", "The mapping fills %1, which the template does not have: customers never see it.")
                   .arg(fit.notInTemplate.join(u", "_s));
    if (!notAllowed.isEmpty())
        out << QCoreApplication::translate("MappingCheck",
            "%1 takes only the values the template lists: WeChat refuses any other (errcode 47003).")
                   .arg(notAllowed.join(u", "_s));
    return out;
}

QStringList MappingCheck::warnings() const
{
    QStringList out;
    if (!saysDeadline)
        out << QCoreApplication::translate("MappingCheck",
            "No shown key tells when the order closes ({close_at}, {close_in} or {close_after}): the "
            "customer is not asked to pay in time.");
    if (!saysOrder)
        out << QCoreApplication::translate("MappingCheck",
            "No shown key names the order ({order_no} or {product}): the customer cannot tell which order "
            "it is.");
    return out;
}

} // namespace paynudge
