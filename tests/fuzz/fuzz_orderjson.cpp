// libFuzzer target: the intake API's request bodies (JSON body reader + order rules), for a
// single order, for each element of a batch, and for the same fields read as CSV text.
#include "intake/jsonbody.h"
#include "intake/orderparser.h"
#include "intake/timestamps.h"

#include <QJsonArray>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace paynudge;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort(); // an invariant broke: libFuzzer keeps the input that did it
}

// What every accepted order must satisfy, whatever the input was.
void checkAccepted(const OrderInput &o)
{
    require(OrderParser::isValidOrderNo(o.orderNo));
    require(o.account == u"shop1" || o.account == u"shop2");
    require(!o.openid.isEmpty() && o.openid.size() <= OrderParser::kMaxOpenid);
    require(!o.product.isEmpty() && o.product.size() <= OrderParser::kMaxProduct);
    require(o.product.isValidUtf16() && o.nickname.isValidUtf16());
    require(o.amountFen >= 0);
    require(o.placedAt >= timestamps::kEarliestMs && o.placedAt < timestamps::kLatestMs);
    require(!o.closeAt || *o.closeAt > o.placedAt);
    require(o.vars.size() <= OrderParser::kMaxVars);
    for (auto it = o.vars.begin(); it != o.vars.end(); ++it)
        require(it.value().isString());
    require(timestamps::parseRfc3339(timestamps::toRfc3339(o.placedAt)) == o.placedAt); // round trip
}

void checkOne(const OrderParser &parser, const QJsonObject &object)
{
    IntakeError error;
    if (const auto order = parser.parse(object, &error))
        checkAccepted(*order);
    else
        require(!error.code.isEmpty() && !error.message.isEmpty() && error.status == 400);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const OrderParser json([] {
        OrderParser::Options o;
        o.accounts = { u"shop1"_s, u"shop2"_s };
        return o;
    }());
    static const OrderParser text([] {
        OrderParser::Options o;
        o.accounts = { u"shop1"_s, u"shop2"_s };
        o.textValues = true;
        o.localZone = QTimeZone("Asia/Shanghai");
        return o;
    }());

    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    IntakeError error;
    const auto object = JsonBody::parseObject(body, &error);
    if (!object) {
        require(error.code == u"invalid_json" || error.code == u"invalid_utf8");
        return 0;
    }
    checkOne(json, *object);
    const QJsonArray batch = object->value(u"orders"_s).toArray();
    for (const QJsonValue &element : batch)
        checkOne(json, element.toObject());

    QHash<QString, QString> row;
    for (auto it = object->begin(); it != object->end(); ++it)
        row.insert(it.key(), it.value().toString());
    if (const auto order = text.parseText(row, &error))
        checkAccepted(*order);
    return 0;
}
