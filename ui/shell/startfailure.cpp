#include "shell/startfailure.h"

#include "config/config.h"
#include "console/messagebox.h"
#include "shell/translations.h"

using namespace Qt::StringLiterals;

namespace paynudge {

QString StartFailure::heading(Cause cause)
{
    switch (cause) {
    case Cause::Configuration:
        return tr("PayNudge did not start: its configuration file has problems. Nothing was sent or changed. "
                  "Correct the file (details below) and start PayNudge again.");
    case Cause::Locked:
        return tr("PayNudge did not start: another PayNudge is already using this data folder. "
                  "Use that one, or stop it first.");
    case Cause::Store:
        break;
    }
    return tr("PayNudge did not start: its store of orders could not be opened safely. Nothing was sent or "
              "changed. "
              "What happened and what to do is below; keep the files as they are until you have read it.");
}

void StartFailure::show(const QString &language, Cause cause, const QStringList &details)
{
    Translations::install(Translations::choose(language));
    MessageBox::warning(nullptr, tr("PayNudge cannot start"), heading(cause) + u"\n\n" + details.join(u'\n'));
}

void StartFailure::show(const QString &language, Cause cause, const QList<Error> &details)
{
    Translations::install(Translations::choose(language));
    QStringList lines;
    for (const Error &e : details)
        lines << (cause == Cause::Configuration && !e.is(ErrorCode::StartConfigProblems)
                ? u"  "_s + configErrorLine(e, true)
                : e.text());
    show(language, cause, lines);
}

} // namespace paynudge
