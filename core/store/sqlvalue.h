#pragma once

#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace paynudge {

// Column `i` of the current row, or nothing where it is NULL.
template<typename T> std::optional<T> optionalValue(const QSqlQuery &q, int i)
{
    const QVariant v = q.value(i);
    return v.isNull() ? std::nullopt : std::optional<T>(v.value<T>());
}

} // namespace paynudge
