#include "store/storederror.h"

#include "store/bindvalues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paynudge::storedError {
namespace {

QJsonArray argsArray(const Error &error)
{
    QJsonArray array = QJsonArray::fromStringList(error.args);
    if (error.cause)
        array.append(QJsonObject { { u"code"_s, code(*error.cause) }, { u"field"_s, error.cause->field },
            { u"args"_s, argsArray(*error.cause) } });
    return array;
}

// History pages read this per row: the names are looked up in a table made once.
ErrorCode codeNamed(const QString &codeName)
{
    static const QHash<QString, ErrorCode> byName = [] {
        QHash<QString, ErrorCode> table;
        for (ErrorCode c : Error::allCodes())
            table.insert(Error::codeName(c), c);
        return table;
    }();
    return byName.value(codeName, ErrorCode::None);
}

Error fromArray(const QString &codeName, const QString &field, const QJsonArray &array)
{
    const ErrorCode c = codeNamed(codeName);
    if (c == ErrorCode::None)
        return {};
    Error e(c, field);
    for (const QJsonValue &v : array) {
        if (!v.isObject()) {
            e.args << v.toString();
            continue;
        }
        const QJsonObject o = v.toObject();
        const Error cause = fromArray(
            o.value(u"code"_s).toString(), o.value(u"field"_s).toString(), o.value(u"args"_s).toArray());
        if (!cause)
            return {}; // its words would be missing: the stored English says it instead
        e.because(cause);
    }
    return e;
}

} // namespace

QString code(const Error &error)
{
    return error ? error.codeName() : QString();
}

QString args(const Error &error)
{
    if (!error)
        return u"[]"_s; // most rows: no code, and no JSON to make
    return QString::fromUtf8(QJsonDocument(argsArray(error)).toJson(QJsonDocument::Compact));
}

void bind(QSqlQuery &query, const Error &error)
{
    query.addBindValue(paynudge::bind::text(code(error)));
    query.addBindValue(args(error));
}

Error read(const QString &codeName, const QString &args)
{
    if (codeName.isEmpty())
        return {}; // most rows: nothing to parse
    return fromArray(codeName, {}, QJsonDocument::fromJson(args.toUtf8()).array());
}

} // namespace paynudge::storedError
