#include "intake/jsonbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <vector>

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

// A key as JSON wrote it ("a", "\u0061"): decoded, so both spellings compare equal.
QString decodeKey(const QByteArray &literal)
{
    if (!literal.contains('\\'))
        return QString::fromUtf8(literal.mid(1, literal.size() - 2));
    return QJsonDocument::fromJson('[' + literal + ']').array().at(0).toString();
}

// The path of the first key written twice in one object ("orders[2].amount_fen"); empty when
// none is. QJsonDocument keeps only the last of them, so a sender's mistake (or a trick that
// shows one value to a check and another to the store) would pass unseen. `json` is valid JSON.
QString duplicateKeyPath(const QByteArray &json)
{
    struct Frame
    {
        bool object = false;
        QString path;
        QSet<QString> keys;
        QString key; // the key whose value comes next
        int index = 0;
    };
    std::vector<Frame> stack;
    QString lastString;
    for (qsizetype i = 0; i < json.size(); ++i) {
        switch (json.at(i)) {
        case '"': {
            qsizetype j = i + 1;
            while (j < json.size() && json.at(j) != '"')
                j += json.at(j) == '\\' ? 2 : 1;
            lastString = decodeKey(json.mid(i, j - i + 1));
            i = j;
            break;
        }
        case ':': {
            Frame &f = stack.back();
            if (f.keys.contains(lastString))
                return join(f.path, lastString);
            f.keys.insert(lastString);
            f.key = lastString;
            break;
        }
        case '{':
        case '[': {
            Frame child;
            child.object = json.at(i) == '{';
            if (!stack.empty()) {
                const Frame &parent = stack.back();
                child.path = parent.object ? join(parent.path, parent.key)
                                           : parent.path + u'[' + QString::number(parent.index) + u']';
            }
            stack.push_back(std::move(child));
            break;
        }
        case '}':
        case ']':
            stack.pop_back();
            break;
        case ',':
            if (!stack.back().object)
                ++stack.back().index;
            break;
        default:
            break;
        }
    }
    return {};
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
    if (const QString duplicate = duplicateKeyPath(body); !duplicate.isEmpty()) {
        *error = { 400, errorcode::InvalidJson, duplicate,
            u"the key \"%1\" appears more than once in one object"_s.arg(duplicate.section(u'.', -1)) };
        // In a batch ("orders[3].amount_fen") the element is named by index too, as for other errors.
        static const QRegularExpression element(u"^[^.\\[]+\\[(\\d+)\\]"_s);
        if (const auto m = element.match(duplicate); m.hasMatch())
            error->index = m.captured(1).toInt();
        return std::nullopt;
    }
    return doc.object();
}

} // namespace paynudge
