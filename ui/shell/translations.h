#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace paynudge {

// Which language the UI speaks, and loading it. The system locale chooses; [ui] language
// overrides. PayNudge ships zh_CN and en (tr() source strings are English).
class Translations
{
public:
    // "zh_CN" or "en". `configured` is [ui] language ("zh_CN", "zh", "en", "en_US", "" = system);
    // something unknown falls back to the system's choice.
    static QString choose(const QString &configured, const QLocale &system = QLocale::system());

    // Replaces whatever translations an earlier call installed with PayNudge's and Qt's own
    // for `language` (Qt's standard buttons and dialogs). Returns false when PayNudge has no
    // catalogue for it (the English source strings then show).
    static bool install(const QString &language);

    static QStringList available() { return { QStringLiteral("en"), QStringLiteral("zh_CN") }; }
    // The language's own name ("English", "简体中文") for a language picker.
    static QString nativeName(const QString &language);
};

} // namespace paynudge
