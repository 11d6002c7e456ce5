#include "readmodel/sortkey.h"

#include <QByteArray>

namespace paynudge {
namespace {

enum class Kind
{
    Null,
    Number,
    Text
};

Kind kindOf(const QVariant &v)
{
    if (v.isNull())
        return Kind::Null;
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Bool:
        return Kind::Number;
    default:
        return Kind::Text;
    }
}

template<typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

int compareSortValues(const QVariant &a, const QVariant &b)
{
    const Kind ka = kindOf(a);
    const Kind kb = kindOf(b);
    if (ka != kb)
        return threeWay(int(ka), int(kb));
    switch (ka) {
    case Kind::Null:
        return 0;
    case Kind::Number:
        if (a.metaType().id() == QMetaType::Double || b.metaType().id() == QMetaType::Double)
            return threeWay(a.toDouble(), b.toDouble());
        return threeWay(a.toLongLong(), b.toLongLong());
    case Kind::Text: {
        // SQLite's BINARY collation compares UTF-8 bytes; UTF-16 order differs above U+FFFF.
        const QByteArray x = a.toString().toUtf8();
        const QByteArray y = b.toString().toUtf8();
        return threeWay(x, y);
    }
    }
    return 0;
}

int compareSortKeys(const SortKey &a, const SortKey &b, Qt::SortOrder order)
{
    int c = compareSortValues(a.value, b.value);
    if (c == 0)
        c = threeWay(a.id, b.id);
    return order == Qt::AscendingOrder ? c : -c;
}

} // namespace paynudge
