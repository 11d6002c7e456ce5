#include "intake/orderparser.h"

#include "intake/timestamps.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1: larger JSON numbers lose digits

// Reads one order's fields, stopping at the first problem (kept in m_error).
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, const OrderParser::Options &options)
        : m_object(object)
        , m_options(options)
    { }

    bool failed() const { return !m_error.code.isEmpty(); }
    const IntakeError &error() const { return m_error; }

    // `apiCode` is the API's stable code; `problem` the words, English in the API's message.
    void fail(const QString &apiCode, const QString &field, ErrorCode problem, const QStringList &args = {})
    {
        if (failed())
            return;
        m_error = { 400, apiCode, field, {} };
        m_error.problem = Error(problem, field, args);
        m_error.message = m_error.problem.englishMessage();
    }

    bool present(const QString &field) const
    {
        const QJsonValue v = m_object.value(field);
        return !v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty());
    }

    // A string field; `required` fails when it is absent. Empty after trimming counts as absent.
    QString text(const QString &field, bool required, int maxLength)
    {
        if (failed())
            return {};
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(errorcode::MissingField, field, ErrorCode::FieldRequired, { field });
            return {};
        }
        if (!v.isString()) {
            fail(errorcode::WrongType, field, ErrorCode::FieldNotString, { field });
            return {};
        }
        const QString value = v.toString().trimmed();
        if (value.isEmpty() && required) {
            fail(errorcode::MissingField, field, ErrorCode::FieldEmpty, { field });
            return {};
        }
        checkText(field, value, maxLength);
        return value;
    }

    void checkText(const QString &field, const QString &value, int maxLength)
    {
        if (!value.isValidUtf16())
            fail(errorcode::InvalidUtf8, field, ErrorCode::FieldUnpairedSurrogate, { field });
        else if (value.size() > maxLength)
            fail(errorcode::InvalidValue, field, ErrorCode::FieldTooLong,
                { field, QString::number(maxLength) });
        else if (std::any_of(value.cbegin(), value.cend(),
                     [](QChar c) { return c.category() == QChar::Other_Control; }))
            fail(errorcode::InvalidValue, field, ErrorCode::FieldControlCharacters, { field });
    }

    qint64 amount(const QString &field)
    {
        if (failed())
            return 0;
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull()) {
            fail(errorcode::MissingField, field, ErrorCode::FieldRequired, { field });
            return 0;
        }
        double number = 0;
        if (m_options.textValues && v.isString()) {
            static const QRegularExpression digits(u"^-?\\d{1,16}$"_s);
            const QString s = v.toString();
            if (!digits.match(s).hasMatch()) {
                fail(errorcode::WrongType, field, ErrorCode::AmountNotWholeFen, { field });
                return 0;
            }
            number = s.toDouble();
        } else if (v.isDouble()) {
            number = v.toDouble();
        } else {
            fail(errorcode::WrongType, field, ErrorCode::AmountNotNumber, { field });
            return 0;
        }
        if (number != std::floor(number) || !std::isfinite(number)) {
            fail(errorcode::InvalidValue, field, ErrorCode::AmountNotWholeFen, { field });
            return 0;
        }
        if (number < 0) {
            fail(errorcode::InvalidValue, field, ErrorCode::AmountNegative, { field });
            return 0;
        }
        if (number > kMaxSafeInteger) {
            fail(errorcode::InvalidValue, field, ErrorCode::AmountTooLarge, { field });
            return 0;
        }
        return qint64(number);
    }

    std::optional<qint64> time(const QString &field, bool required)
    {
        if (failed())
            return std::nullopt;
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            if (required)
                fail(errorcode::MissingField, field, ErrorCode::FieldRequired, { field });
            return std::nullopt;
        }
        std::optional<qint64> ms;
        if (v.isDouble()) {
            ms = timestamps::fromEpochSeconds(v.toDouble());
        } else if (v.isString()) {
            const QString s = v.toString().trimmed();
            static const QRegularExpression digits(u"^\\d{1,12}$"_s);
            if (m_options.textValues && digits.match(s).hasMatch())
                ms = timestamps::fromEpochSeconds(s.toDouble());
            else
                ms = timestamps::parseRfc3339(s);
            if (!ms && m_options.textValues)
                ms = timestamps::parseLocal(s, m_options.localZone);
        } else {
            fail(errorcode::WrongType, field, ErrorCode::TimeWrongType, { field });
            return std::nullopt;
        }
        if (!ms) {
            fail(errorcode::InvalidValue, field, ErrorCode::TimeInvalid, { field });
        }
        return ms;
    }

    QJsonObject vars(const QString &field)
    {
        if (failed())
            return {};
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            fail(errorcode::WrongType, field, ErrorCode::VarsNotObject, { field });
            return {};
        }
        const QJsonObject object = v.toObject();
        if (object.size() > OrderParser::kMaxVars) {
            fail(errorcode::InvalidValue, field, ErrorCode::VarsTooMany,
                { field, QString::number(OrderParser::kMaxVars) });
            return {};
        }
        static const QRegularExpression nameRe(u"^[A-Za-z_][A-Za-z0-9_]{0,63}$"_s);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name = field + u'.' + it.key();
            if (!nameRe.match(it.key()).hasMatch()) {
                fail(errorcode::InvalidValue, name, ErrorCode::VarNameInvalid);
                return {};
            }
            if (!it.value().isString()) {
                fail(errorcode::WrongType, name, ErrorCode::VarNotString, { name });
                return {};
            }
            checkText(name, it.value().toString(), OrderParser::kMaxVarValue);
        }
        return object;
    }

private:
    const QJsonObject &m_object;
    const OrderParser::Options &m_options;
    IntakeError m_error;
};

} // namespace

OrderParser::OrderParser(Options options)
    : m_options(std::move(options))
{ }

const QStringList &OrderParser::fieldNames()
{
    static const QStringList names { u"order_no"_s, u"account"_s, u"openid"_s, u"nickname"_s, u"product"_s,
        u"amount_fen"_s, u"placed_at"_s, u"close_at"_s, u"use_time"_s, u"url"_s, u"vars"_s };
    return names;
}

const QStringList &OrderParser::requiredFields()
{
    static const QStringList names { u"order_no"_s, u"account"_s, u"openid"_s, u"product"_s, u"amount_fen"_s,
        u"placed_at"_s };
    return names;
}

bool OrderParser::isValidOrderNo(const QString &orderNo)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return re.match(orderNo).hasMatch();
}

bool OrderParser::isValidOpenid(const QString &openid)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,%1}$"_s.arg(kMaxOpenid));
    return re.match(openid).hasMatch();
}

QString OrderParser::varsColumnPrefix()
{
    return u"vars."_s;
}

std::optional<OrderInput> OrderParser::parse(const QJsonObject &object, IntakeError *error) const
{
    FieldReader r(object, m_options);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!fieldNames().contains(it.key())) {
            r.fail(errorcode::UnknownField, it.key(), ErrorCode::OrderUnknownField,
                { it.key(), fieldNames().join(u", "_s) });
            break;
        }
    }

    OrderInput o;
    o.orderNo = r.text(u"order_no"_s, true, 64);
    if (!r.failed() && !isValidOrderNo(o.orderNo))
        r.fail(errorcode::InvalidValue, u"order_no"_s, ErrorCode::OrderNoInvalid);
    o.account = r.text(u"account"_s, true, 64);
    if (!r.failed() && !m_options.accounts.contains(o.account))
        r.fail(errorcode::UnknownAccount, u"account"_s, ErrorCode::AccountNotConfigured,
            { o.account.left(64),
                QStringList(m_options.accounts.cbegin(), m_options.accounts.cend()).join(u", "_s) });
    o.openid = r.text(u"openid"_s, true, kMaxOpenid);
    if (!r.failed() && !isValidOpenid(o.openid))
        r.fail(errorcode::InvalidValue, u"openid"_s, ErrorCode::OpenidInvalid);
    o.nickname = r.text(u"nickname"_s, false, kMaxNickname);
    o.product = r.text(u"product"_s, true, kMaxProduct);
    o.amountFen = r.amount(u"amount_fen"_s);
    o.placedAt = r.time(u"placed_at"_s, true).value_or(0);
    o.closeAt = r.time(u"close_at"_s, false);
    if (!r.failed() && o.closeAt && *o.closeAt <= o.placedAt)
        r.fail(errorcode::InvalidValue, u"close_at"_s, ErrorCode::CloseBeforePlaced);
    o.useTime = r.text(u"use_time"_s, false, kMaxUseTime);
    o.url = r.text(u"url"_s, false, kMaxUrl);
    if (!r.failed() && !o.url.isEmpty()) {
        const QUrl url(o.url, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            r.fail(errorcode::InvalidValue, u"url"_s, ErrorCode::UrlInvalid);
    }
    o.vars = r.vars(u"vars"_s);

    if (r.failed()) {
        *error = r.error();
        return std::nullopt;
    }
    return o;
}

bool OrderParser::parseEvent(
    const QJsonObject &body, const QString &timeField, std::optional<qint64> *at, IntakeError *error)
{
    const Options options;
    FieldReader r(body, options);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != timeField) {
            r.fail(errorcode::UnknownField, it.key(), ErrorCode::EventUnknownField, { it.key(), timeField });
            break;
        }
    }
    *at = r.time(timeField, false);
    if (r.failed()) {
        *error = r.error();
        return false;
    }
    return true;
}

std::optional<OrderInput> OrderParser::parseText(const QHash<QString, QString> &row, IntakeError *error) const
{
    QJsonObject object;
    QJsonObject vars;
    const QString prefix = varsColumnPrefix();
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QString value = it.value().trimmed();
        if (value.isEmpty())
            continue;
        if (it.key().startsWith(prefix))
            vars.insert(it.key().mid(prefix.size()), value);
        else
            object.insert(it.key(), value);
    }
    if (!vars.isEmpty())
        object.insert(u"vars"_s, vars);
    return parse(object, error);
}

} // namespace paynudge
