#pragma once

#include "config/config.h"
#include "domain/order.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace paynudge {

// A reminder's content after the account's field mapping was applied and each value was
// fitted to its template key's type (wechat-api.md §2.5), ready for any sender.
struct RenderedMessage
{
    QString templateId;
    QList<QPair<QString, QString>> data; // template key → value, in mapping order
    QString url;                         // expanded link, empty = none
    QString miniprogramAppid;
    QString miniprogramPage;
    QStringList adjustments;             // what fitting changed, e.g. "thing2: cut to 20 characters"

    QString toText() const;              // readable one-line summary for history and previews
};

class MessageRenderer
{
public:
    // `now` is when it is sent ({close_in}); `zone` is the shop's time zone for dates. Fills
    // exactly the keys of account.fields: an account that names none gets its mapping from its
    // template first (TemplateMappings), never a guessed layout WeChat would refuse or hide.
    static RenderedMessage render(const AccountConfig &account, const OrderRecord &order, qint64 now,
                                  const QTimeZone &zone);

    // Expands {placeholders} of a pattern: {order_no} {product} {amount} {amount_yuan}
    // {amount_fen} {nickname} {use_time} {placed_at[:format]} {close_at[:format]} {close_after}
    // {close_in} and {name} for any name in the order's vars. Unknown names stay as written.
    static QString expand(const QString &pattern, const OrderRecord &order, qint64 now, const QTimeZone &zone,
                          bool forUrl = false);

    // Makes a value acceptable for a template key of the given type (thing ≤ 20 characters,
    // character_string ≤ 32, amount "¥128.50", no line breaks, no emoji). Describes any change
    // in *adjustment.
    static QString fit(const QString &key, const QString &value, QString *adjustment = nullptr);

    static QString formatAmount(qint64 fen);      // 12850 → "¥128.50"
    static QString formatDuration(qint64 ms);     // 7200000 → "2小时"
};

} // namespace paynudge
