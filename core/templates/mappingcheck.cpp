#include "templates/mappingcheck.h"

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

QList<Error> MappingCheck::problemErrors() const
{
    QList<Error> out;
    if (!fit.leftEmpty.isEmpty())
        out << Error(ErrorCode::MappingLeavesEmpty, {}, { fit.leftEmpty.join(u", "_s) });
    if (!fit.notInTemplate.isEmpty())
        out << Error(ErrorCode::MappingNotInTemplate, {}, { fit.notInTemplate.join(u", "_s) });
    if (!notAllowed.isEmpty())
        out << Error(ErrorCode::MappingValueNotAllowed, {}, { notAllowed.join(u", "_s) });
    return out;
}

QList<Error> MappingCheck::warningErrors() const
{
    QList<Error> out;
    if (!saysDeadline)
        out << Error(ErrorCode::MappingNoDeadline);
    if (!saysOrder)
        out << Error(ErrorCode::MappingNoOrder);
    return out;
}

} // namespace paynudge
