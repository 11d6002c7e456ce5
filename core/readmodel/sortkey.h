#pragma once

#include <QVariant>

namespace paynudge {

// A row's place in a console table's order: the sort value as the store holds it (null, integer
// or text) and the row id that breaks ties. Compared exactly as SQLite's ORDER BY compares, so a
// row placed by C++ lands where the store's own sort would have put it.
struct SortKey
{
    QVariant value;
    qint64 id = 0;
};

// SQLite's order for one value: NULL < numbers < text (BINARY: UTF-8 bytes). <0, 0, >0.
int compareSortValues(const QVariant &a, const QVariant &b);

// The order of `ORDER BY value <dir>, id <dir>`: negative when `a` comes first.
int compareSortKeys(const SortKey &a, const SortKey &b, Qt::SortOrder order);

} // namespace paynudge
