#include "doctor/reporttext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace paynudge {

QString reportVerdict(const DoctorReport &report)
{
    if (report.problems() == 0 && report.warnings() == 0)
        return QCoreApplication::translate("Doctor", "Everything is set up: nothing stops reminders.");
    return QCoreApplication::translate("Doctor", "Result: %1, %2.")
        .arg(QCoreApplication::translate("Doctor", "%n problem(s)", nullptr, report.problems()),
            QCoreApplication::translate("Doctor", "%n warning(s)", nullptr, report.warnings()));
}

namespace {

// Columns a terminal gives the text: CJK characters take two (the status words are 正常/警告/问题).
int columns(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.unicode() >= 0x1100 ? 2 : 1;
    return n;
}

} // namespace

QString reportToText(const DoctorReport &report)
{
    QStringList lines;
    lines << QCoreApplication::translate("Doctor", "PayNudge setup check — configuration %1, data folder %2")
                 .arg(report.configPath, report.dataDir);
    int width = 0;
    for (const SetupCheck::Status s :
        { SetupCheck::Status::Ok, SetupCheck::Status::Warning, SetupCheck::Status::Problem })
        width = std::max(width, columns(SetupCheck::displayName(s)));
    const QString indent(width + 4, u' ');
    for (const SetupCheck &c : report.checks) {
        const QString status = SetupCheck::displayName(c.status);
        lines << u"  "_s + status + QString(width - columns(status) + 2, u' ') + c.summary;
        if (!c.action.isEmpty())
            lines << indent + u"→ "_s + c.action;
    }
    lines << reportVerdict(report);
    return lines.join(u'\n') + u'\n';
}

} // namespace paynudge
