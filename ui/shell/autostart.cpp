#include "shell/autostart.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAutostart, "paynudge.ui.autostart")

namespace paynudge {
namespace {

const QString kFileName = u"paynudge.desktop"_s;

QString quoteArgument(const QString &arg)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:=@%+,-]+$"_s);
    if (plain.match(arg).hasMatch())
        return arg;
    QString quoted;
    for (const QChar c : arg) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return u'"' + quoted + u'"';
}

// The application's desktop entry, as shipped in resources/.
QString applicationEntry()
{
    QFile f(u":/paynudge.desktop"_s);
    if (f.open(QIODevice::ReadOnly))
        return QString::fromUtf8(f.readAll());
    return u"[Desktop Entry]\nType=Application\nName=PayNudge\nExec=paynudge\nIcon=paynudge\n"_s;
}

} // namespace

Autostart::Autostart(const QString &directory)
    : m_dir(directory)
{ }

QString Autostart::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(u"autostart"_s);
}

QString Autostart::filePath() const
{
    return QDir(m_dir).filePath(kFileName);
}

QString Autostart::execLine(const QString &program, const QStringList &arguments)
{
    QStringList parts { quoteArgument(program) };
    for (const QString &a : arguments)
        parts << quoteArgument(a);
    // A desktop file's string values escape backslashes once more; "%" introduces field codes.
    QString line = parts.join(u' ');
    line.replace(u'\\', u"\\\\"_s);
    line.replace(u'%', u"%%"_s);
    return line;
}

bool Autostart::isEnabled() const
{
    QFile f(filePath());
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression off(
        u"^\\s*(Hidden\\s*=\\s*true|X-GNOME-Autostart-enabled\\s*=\\s*false)\\s*$"_s,
        QRegularExpression::MultilineOption);
    return !off.match(text).hasMatch();
}

bool Autostart::enable(const QString &program, const QStringList &arguments, QString *error)
{
    QString entry = applicationEntry();
    static const QRegularExpression exec(u"^Exec=.*$"_s, QRegularExpression::MultilineOption);
    entry.replace(exec, u"Exec="_s + execLine(program, arguments));
    if (!entry.endsWith(u'\n'))
        entry += u'\n';
    entry += u"X-GNOME-Autostart-enabled=true\n"_s;

    if (!QDir().mkpath(m_dir)) {
        *error = u"cannot create %1"_s.arg(m_dir);
        return false;
    }
    QSaveFile f(filePath());
    if (!f.open(QIODevice::WriteOnly) || f.write(entry.toUtf8()) < 0 || !f.commit()) {
        *error = u"cannot write %1: %2"_s.arg(filePath(), f.errorString());
        return false;
    }
    qCInfo(lcAutostart).noquote() << "start on login enabled:" << filePath();
    return true;
}

bool Autostart::disable(QString *error)
{
    if (!QFile::exists(filePath()))
        return true;
    if (!QFile::remove(filePath())) {
        *error = u"cannot remove %1"_s.arg(filePath());
        return false;
    }
    qCInfo(lcAutostart).noquote() << "start on login disabled:" << filePath();
    return true;
}

} // namespace paynudge
