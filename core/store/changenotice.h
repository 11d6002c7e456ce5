#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace paynudge {

// What a shared store announces after a commit (PostgreSQL NOTIFY on Database::changeChannel(),
// delivered at commit): which engine changed what, so the other engines' sweepers wake and every
// console moves its lists. The ids are a hint: empty means "many, read again"; a missed notice
// is made good by the consoles' and sweepers' polls.
struct ChangeNotice
{
    enum class Kind
    {
        Orders, // orders accepted, paid or closed (their reminders with them)
        Reminders, // claimed, sent, settled, an operator's action
        Accounts, // an account paused or resumed
        Engines, // an engine started or stopped
        OptOuts, // the do-not-remind list changed (issue 17)
    };
    Kind kind = Kind::Reminders;
    QString by; // the engine's instance name
    QList<qint64> ids; // order ids (Orders) or reminder ids (Reminders); empty: many

    // The NOTIFY payload: "<kind> <by> <id,id,…>", kept under PostgreSQL's 8000 bytes by dropping
    // the ids when they would not fit.
    QString encode() const;
    static std::optional<ChangeNotice> decode(const QString &payload);
};

} // namespace paynudge
