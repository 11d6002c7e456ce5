#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>

namespace paynudge {

// Why the intake refused something, in the shape the API returns it:
// {"error": {"code": "...", "message": "...", "field": "..."}}. The CSV import reports the same
// code and field for a bad line, and `problem` in the operator's words.
struct IntakeError
{
    int status = 400; // HTTP status when it goes back over the API
    QString code; // stable and machine-readable, see errorcode below
    QString field; // the offending field ("amount_fen", "orders[3].placed_at"); empty: the whole request
    QString message; // for the developer who reads the response
    int index = -1; // the bad element of a batch (also named in field); -1: none
    // The same problem for an operator (the CSV import shows it translated); not in the JSON,
    // whose English message is its englishMessage(). None where only the API can meet it.
    Error problem {};

    QJsonObject toJson() const;
};

namespace errorcode {
inline const QString InvalidJson = QStringLiteral("invalid_json");
inline const QString InvalidUtf8 = QStringLiteral("invalid_utf8");
inline const QString MissingField = QStringLiteral("missing_field");
inline const QString WrongType = QStringLiteral("wrong_type");
inline const QString InvalidValue = QStringLiteral("invalid_value");
inline const QString UnknownField = QStringLiteral("unknown_field");
inline const QString UnknownAccount = QStringLiteral("unknown_account");
inline const QString Conflict = QStringLiteral("conflict");
inline const QString TooManyOrders = QStringLiteral("too_many_orders");
inline const QString Unauthorized = QStringLiteral("unauthorized");
inline const QString NotFound = QStringLiteral("not_found");
inline const QString MethodNotAllowed = QStringLiteral("method_not_allowed");
inline const QString TooLarge = QStringLiteral("too_large");
inline const QString UnsupportedMediaType = QStringLiteral("unsupported_media_type");
inline const QString StoreError = QStringLiteral("store_error");
inline const QString BadRequest
    = QStringLiteral("bad_request"); // HTTP framing in doubt: the connection closes
inline const QString RequestTimeout = QStringLiteral("request_timeout");
} // namespace errorcode

} // namespace paynudge
