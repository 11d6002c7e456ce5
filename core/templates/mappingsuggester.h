#pragma once

#include "wechattemplate.h"

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

// What a dry-run account with neither fields nor a known template renders: DESIGN.md's example
// mapping with the deadline, so its preview and history read like a reminder.
QList<QPair<QString, QString>> dryRunMapping();

} // namespace paynudge
