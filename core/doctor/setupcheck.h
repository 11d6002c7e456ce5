#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace paynudge {

// One line of `paynudge doctor` and of the window's Help → Check setup: what was checked, how it
// stands and what to do about it, in words a shop operator can act on. Never a secret.
struct SetupCheck
{
    enum class Status
    {
        Ok,
        Warning, // reminders go out, but something is off or could not be checked
        Problem, // reminders do not go out (or not correctly) until this is fixed
    };

    QString id; // stable for scripts: "store.integrity", "account.shop1.token", …
    Status status = Status::Ok;
    QString summary;
    QString action; // empty when there is nothing to do

    static SetupCheck ok(const QString &id, const QString &summary)
    {
        return { id, Status::Ok, summary, {} };
    }
    static SetupCheck warning(const QString &id, const QString &summary, const QString &action)
    {
        return { id, Status::Warning, summary, action };
    }
    static SetupCheck problem(const QString &id, const QString &summary, const QString &action)
    {
        return { id, Status::Problem, summary, action };
    }

    static QString wireName(Status status); // "ok" | "warning" | "problem": the JSON's words
    static QString displayName(Status status); // in the UI's language
};

// Every line in a fixed order (configuration, store, files, intake, accounts, clock), whatever
// order the checks finished in.
struct DoctorReport
{
    QString configPath;
    QString dataDir;
    QList<SetupCheck> checks;

    int count(SetupCheck::Status status) const;
    int problems() const { return count(SetupCheck::Status::Problem); }
    int warnings() const { return count(SetupCheck::Status::Warning); }
    bool hasProblems() const { return problems() > 0; }
    const SetupCheck *find(const QString &id) const;
};

} // namespace paynudge

Q_DECLARE_METATYPE(paynudge::DoctorReport)
