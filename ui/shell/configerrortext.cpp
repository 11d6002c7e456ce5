#include "shell/configerrortext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// The fixed phrases of core/config/config.cpp and core/config/configwriter.cpp, word for word.
const char *const kFixed[] = {
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText", "true or false"),
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText", "an http:// or https:// URL"),
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText",
        "1 to 10 different positive whole numbers of seconds after placed_at, e.g. \"600\" or \"600, 5400\""),
    QT_TRANSLATE_NOOP(
        "paynudge::ConfigErrorText", "a local time range HH:MM-HH:MM such as 22:00-08:00, or nothing"),
    QT_TRANSLATE_NOOP(
        "paynudge::ConfigErrorText", "an IANA time zone such as Asia/Shanghai, or nothing for the system's"),
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText",
        "an IP address and port such as 127.0.0.1:8787 or [::1]:8787 (port 0: any free port)"),
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText",
        "at least 16 characters (or leave it empty and let PayNudge generate one)"),
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText",
        "a loopback address such as 127.0.0.1:8787, or set [intake] token or tokenFile before accepting "
        "requests from other machines"),
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText", "an account key of 1-64 letters, digits, '_' or '-'"),
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText", "an AppID like wx0123456789abcdef (wx + 16 hex digits)"),
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText", "either secretEnv or secretFile, not both"),
    QT_TRANSLATE_NOOP(
        "paynudge::ConfigErrorText", "the URL of the shop's token service (tokenSource=url needs it)"),
    QT_TRANSLATE_NOOP(
        "paynudge::ConfigErrorText", "the template id to send with (required when appid is set)"),
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText", "a template key such as thing2 or keyword1"),
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText", "a well-formed INI file"),
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText", "a readable INI file"),
    QT_TRANSLATE_NOOP("paynudge::ConfigErrorText", "a configuration PayNudge can read"),
};

} // namespace

QString ConfigErrorText::expected(const QString &english)
{
    for (const char *phrase : kFixed)
        if (english == QLatin1StringView(phrase))
            return tr(phrase);
    static const QRegularExpression range(u"^a whole number from (-?\\d+) to (-?\\d+)$"_s);
    if (const auto m = range.match(english); m.hasMatch())
        return tr("a whole number from %1 to %2").arg(m.captured(1), m.captured(2));
    static const QRegularExpression oneOf(u"^one of: (.+)$"_s);
    if (const auto m = oneOf.match(english); m.hasMatch())
        return tr("one of: %1").arg(m.captured(1));
    return english;
}

} // namespace paynudge
