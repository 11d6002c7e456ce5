#include "shell/startfailure.h"

#include "console/messagebox.h"
#include "shell/translations.h"

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

} // namespace paynudge
