#pragma once

#include "common/error.h"
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
    QString url; // expanded link, empty = none
    QString miniprogramAppid;
    QString miniprogramPage;
    QStringList adjustments; // what fitting changed, e.g. "thing2: cut to 20 characters"
    // Set when a value cannot be made acceptable (an empty amount, an enum value the template does
    // not allow, a too long order number with tooLong=fail): the message must not be sent, WeChat
    // would refuse it with 47003. "amount3: …" in English (the history keeps it), `problem` the same
    // as a code (its field is the key), worded where it is shown.
    QString error;
    Error problem;
    bool setupError = false; // the error comes from the account's setup, not from this order

    bool sendable() const { return error.isEmpty(); }

    QString toText() const; // readable one-line summary for history and previews
};

// One value after fitting (MessageRenderer::fitValue).
struct FittedValue
{
    QString value; // what goes out (when error is empty)
    QString adjustment; // what fitting changed, empty = nothing
    QString error; // set: no acceptable value; the send must fail with this reason (English)
    Error problem; // the same as a code
    bool setupError = false; // the error is the account's setup (enum/const value not allowed)
};

// What fitting knows beyond the key: the template's allowed values (enum/const) and the
// account's choice for too long order numbers.
struct FitOptions
{
    QStringList allowed; // empty = not known
    TooLongPolicy tooLong = TooLongPolicy::Shorten;
};

class MessageRenderer
{
public:
    // `now` is when it is sent ({close_in}); `zone` is the shop's time zone for dates. Fills
    // exactly the keys of account.fields: an account that names none gets its mapping from its
    // template first (TemplateMappings), never a guessed layout WeChat would refuse or hide.
    static RenderedMessage render(
        const AccountConfig &account, const OrderRecord &order, qint64 now, const QTimeZone &zone);

    // Expands {placeholders} of a pattern: {order_no} {product} {amount} {amount_yuan}
    // {amount_fen} {nickname} {use_time} {placed_at[:format]} {close_at[:format]} {close_after}
    // {close_in} and {name} for any name in the order's vars. Unknown names stay as written.
    static QString expand(const QString &pattern, const OrderRecord &order, qint64 now, const QTimeZone &zone,
        bool forUrl = false);
    // Whether a pattern has a {placeholder}, i.e. its value may differ from order to order.
    static bool usesOrderData(const QString &pattern);

    // Makes a value acceptable for a template key of the given type (thing ≤ 20 characters,
    // character_string ≤ 32, amount "¥128.50", no line breaks, no emoji). Describes any change
    // in *adjustment — or, when no acceptable value exists, why (see fitValue).
    static QString fit(const QString &key, const QString &value, QString *adjustment = nullptr);
    // The same with the template's allowed values and the tooLong policy; says when no
    // acceptable value exists instead of sending one WeChat refuses.
    static FittedValue fitValue(const QString &key, const QString &value, const FitOptions &options = {});

    // The keys of the account's mapping whose character_string value can come out longer than
    // WeChat's 32 characters for some orders (the pattern holds {order_no}, which intake accepts
    // up to 64 characters): with tooLong they are shortened or fail. Empty = none.
    static QStringList tooLongRisks(const AccountConfig &account);

    // A template key's type: its name without the trailing digits (character_string12 → character_string).
    static QString keyType(const QString &key);

    static QString formatAmount(qint64 fen); // 12850 → "¥128.50"
    static QString formatDuration(qint64 ms); // 7200000 → "2小时"
};

} // namespace paynudge
