#include "doctor/setupcheck.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace paynudge {

QString SetupCheck::wireName(Status status)
{
    switch (status) {
    case Status::Ok:
        return u"ok"_s;
    case Status::Warning:
        return u"warning"_s;
    case Status::Problem:
        return u"problem"_s;
    }
    return {};
}

QString SetupCheck::displayName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QCoreApplication::translate("Doctor", "ok");
    case Status::Warning:
        return QCoreApplication::translate("Doctor", "warning");
    case Status::Problem:
        return QCoreApplication::translate("Doctor", "problem");
    }
    return {};
}

int DoctorReport::count(SetupCheck::Status status) const
{
    return int(std::count_if(
        checks.cbegin(), checks.cend(), [status](const SetupCheck &c) { return c.status == status; }));
}

const SetupCheck *DoctorReport::find(const QString &id) const
{
    for (const SetupCheck &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace paynudge
