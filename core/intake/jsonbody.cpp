#include "jsonbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

constexpr QChar kReplacement = QChar(0xFFFD);

QString join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

// The path of the first string (or key) that holds a replacement character.
QString pathWithReplacement(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return value.toString().contains(kReplacement) ? path : QString();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString found = pathWithReplacement(array.at(i), path + u'[' + QString::number(i) + u']');
            if (!found.isEmpty())
                return found;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().contains(kReplacement))
                return join(path, it.key());
            const QString found = pathWithReplacement(it.value(), join(path, it.key()));
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

// The decoder marks each bad byte sequence with U+FFFD; if the sender wrote no U+FFFD itself,
// the field whose value now holds one is the field with the bad bytes.
QString fieldWithBadBytes(const QByteArray &body, const QString &decoded)
{
    if (body.contains("\xEF\xBF\xBD"))
        return {};
    const QJsonDocument lossy = QJsonDocument::fromJson(decoded.toUtf8());
    return lossy.isObject() ? pathWithReplacement(lossy.object(), {}) : QString();
}

} // namespace

std::optional<QJsonObject> JsonBody::parseObject(const QByteArray &body, IntakeError *error)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(body);
    if (utf8.hasError()) {
        *error = { 400, errorcode::InvalidUtf8, fieldWithBadBytes(body, decoded),
            u"the body is not valid UTF-8; send JSON encoded as UTF-8"_s };
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = { 400, errorcode::InvalidJson, {},
            u"malformed JSON at byte %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()) };
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = { 400, errorcode::InvalidJson, {}, u"the body must be a JSON object"_s };
        return std::nullopt;
    }
    return doc.object();
}

} // namespace paynudge
