#include "shell/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTranslations, "paynudge.ui.translations")

namespace paynudge {
namespace {

// Marks the translators this file installed, so a second install() replaces them.
const char kInstalledMarker[] = "paynudge-translator";

QString fromLanguage(QLocale::Language language)
{
    switch (language) {
    case QLocale::Chinese:
        return u"zh_CN"_s; // simplified characters read better than English
    case QLocale::English:
        return u"en"_s;
    default:
        return {};
    }
}

} // namespace

QString Translations::choose(const QString &configured, const QLocale &system)
{
    if (!configured.trimmed().isEmpty()) {
        const QLocale wanted(configured.trimmed());
        if (const QString lang = fromLanguage(wanted.language()); !lang.isEmpty())
            return lang;
        qCWarning(lcTranslations).noquote()
            << "[ui] language" << configured << "is not shipped (zh_CN, en); using the system's language";
    }
    // uiLanguages() lists the user's preferences in order; the first one we ship wins.
    for (const QString &name : system.uiLanguages())
        if (const QString lang = fromLanguage(QLocale(name).language()); !lang.isEmpty())
            return lang;
    return u"en"_s;
}

bool Translations::install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;
    for (QTranslator *old : app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!old->property(kInstalledMarker).toBool())
            continue;
        QCoreApplication::removeTranslator(old);
        delete old;
    }

    const auto load = [app](const QString &file, const QString &dir) {
        auto *t = new QTranslator(app);
        t->setProperty(kInstalledMarker, true);
        if (!t->load(file, dir)) {
            delete t;
            return false;
        }
        QCoreApplication::installTranslator(t);
        return true;
    };
    const bool ours = load(u"paynudge_"_s + language, u":/i18n"_s);
    if (!ours)
        qCWarning(lcTranslations).noquote() << "no PayNudge translation for" << language;
    // Qt's own strings (standard buttons, file dialogs); English needs none.
    if (language != u"en"
        && !load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCInfo(lcTranslations).noquote() << "Qt's own translation for" << language << "is not installed";
    return ours;
}

QString Translations::nativeName(const QString &language)
{
    if (language == u"zh_CN")
        return u"简体中文"_s;
    if (language == u"en")
        return u"English"_s;
    return QLocale(language).nativeLanguageName();
}

} // namespace paynudge
