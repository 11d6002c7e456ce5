#pragma once

#include "common/error.h"
#include "templates/templatekeys.h"
#include "templates/wechattemplate.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace paynudge {

// An account's mapping held against its template (at load, in the settings, in `paynudge doctor`).
struct MappingCheck
{
    MappingFit fit; // keys the template lacks; template keys left empty (47003 on every send)
    QStringList notDisplayed; // first/remark filled: WeChat drops them since 2023-05-04
    QStringList notAllowed; // enum/const keys filled with a value the template does not allow (47003)
    bool saysDeadline
        = false; // a displayed key tells when the order closes ({close_at} {close_in} {close_after})
    bool saysOrder = false; // a displayed key names the order ({order_no} or {product})

    bool hasProblems() const { return !fit.fits() || !notAllowed.isEmpty(); }
    bool hasWarnings() const { return !saysDeadline || !saysOrder; }
    // Each problem (every send fails, or a value never shows), then each warning (what the customer
    // is not told): as codes, and in the words of the translator installed now (Error::text()).
    QList<Error> problemErrors() const;
    QList<Error> warningErrors() const;
    QStringList problems() const { return texts(problemErrors()); }
    QStringList warnings() const { return texts(warningErrors()); }
};

MappingCheck checkMapping(const WeChatTemplate &tmpl, const QList<QPair<QString, QString>> &fields);

} // namespace paynudge
