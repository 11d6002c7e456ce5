#pragma once

#include "templates/wechattemplate.h"

#include <QList>
#include <QPair>

namespace paynudge {

// The mapping PayNudge suggests for a template, key by key from its type and label
// (wechat-api.md §2.5): character_string → {order_no}; thing → {product} (a label such as 备注 or
// 温馨提示 gets the call to pay with the deadline); amount → {amount}; time/date → {close_at} when
// the label speaks of closing or a deadline, else {placed_at}; phrase → 待支付; enum/const → one of
// the template's allowed values; first/remark only when the template has them. A key it cannot
// fill (a phone number, a plate) stays out, so the mapping check names it.
QList<QPair<QString, QString>> suggestMapping(const WeChatTemplate &tmpl);

// DESIGN.md's example mapping with the deadline added: what a dry-run account with neither fields
// nor a known template renders (its history reads like a reminder) and what a new account starts from.
QList<QPair<QString, QString>> genericMapping();

} // namespace paynudge
