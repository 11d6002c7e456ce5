#pragma once

#include <QString>
#include <QVariant>
#include <optional>

namespace paynudge::bind {

// Qt Sql binds a null QString as SQL NULL; text columns are NOT NULL, so empty means ''.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant optional(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant optional(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

// "?,?,?": `n` placeholders for an IN (…) list, each bound after.
inline QString placeholders(qsizetype n)
{
    QString out;
    out.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return out;
}

} // namespace paynudge::bind
