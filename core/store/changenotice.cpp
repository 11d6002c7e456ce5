#include "store/changenotice.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {
// PostgreSQL refuses a payload of 8000 bytes or more; a notice stays well under it.
constexpr qsizetype kMaxPayload = 7000;

const QStringList &kindNames()
{
    static const QStringList names { u"orders"_s, u"reminders"_s, u"accounts"_s, u"engines"_s, u"optouts"_s };
    return names;
}
} // namespace

QString ChangeNotice::encode() const
{
    QStringList idTexts;
    idTexts.reserve(ids.size());
    for (qint64 id : ids)
        idTexts << QString::number(id);
    // An instance name has no spaces in the payload: they separate its parts.
    const QString head = kindNames().at(int(kind)) + u' ' + QString(by).replace(u' ', u'_');
    QString joined = idTexts.join(u',');
    if (head.size() + 1 + joined.size() > kMaxPayload)
        joined.clear();
    return head + u' ' + joined;
}

std::optional<ChangeNotice> ChangeNotice::decode(const QString &payload)
{
    const QStringList parts = payload.split(u' ');
    if (parts.size() != 3)
        return std::nullopt;
    const qsizetype kind = kindNames().indexOf(parts.at(0));
    if (kind < 0)
        return std::nullopt;
    ChangeNotice n;
    n.kind = Kind(kind);
    n.by = parts.at(1);
    if (!parts.at(2).isEmpty()) {
        for (const QString &t : parts.at(2).split(u',')) {
            bool ok = false;
            const qint64 id = t.toLongLong(&ok);
            if (!ok)
                return std::nullopt;
            n.ids << id;
        }
    }
    return n;
}

} // namespace paynudge
