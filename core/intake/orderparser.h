#pragma once

#include "domain/order.h"
#include "intake/intakeerror.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace paynudge {

// Turns an order as the shop's backend describes it (a JSON object from the API, or one CSV row)
// into an OrderInput, or says which field is wrong and why. The same rules serve both, so an
// order the API refuses is refused by the import too.
class OrderParser
{
public:
    struct Options
    {
        QSet<QString> accounts; // configured account keys; an order naming another is refused
        // CSV: every value arrives as text; numbers and epoch seconds are read from it, and times
        // without an offset are read in localZone.
        bool textValues = false;
        QTimeZone localZone = QTimeZone::utc();
    };

    explicit OrderParser(Options options);

    std::optional<OrderInput> parse(const QJsonObject &order, IntakeError *error) const;
    // A CSV row by column name; "vars.NAME" columns become the order's vars. Empty cells are absent.
    std::optional<OrderInput> parseText(const QHash<QString, QString> &row, IntakeError *error) const;

    // The body of a paid/closed event: nothing, or {"<timeField>": time}. *at stays empty when
    // the body gives no time.
    static bool parseEvent(
        const QJsonObject &body, const QString &timeField, std::optional<qint64> *at, IntakeError *error);

    // The fields an order may carry, in documentation order.
    static const QStringList &fieldNames();
    static const QStringList &requiredFields();
    static bool isValidOrderNo(const QString &orderNo);
    // An openid's shape (the do-not-remind list takes the same): up to kMaxOpenid letters, digits, '_', '-'.
    static bool isValidOpenid(const QString &openid);
    // Prefix of CSV columns that carry template variables: "vars.coupon".
    static QString varsColumnPrefix();

    // Limits (characters) the API documents.
    static constexpr int kMaxOpenid = 128;
    static constexpr int kMaxNickname = 64;
    static constexpr int kMaxProduct = 256;
    static constexpr int kMaxUseTime = 64;
    static constexpr int kMaxUrl = 2048;
    static constexpr int kMaxVars = 32;
    static constexpr int kMaxVarValue = 1024;

private:
    Options m_options;
};

} // namespace paynudge
