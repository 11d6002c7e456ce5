#pragma once

#include <QString>
#include <QStringList>

namespace paynudge {

// Start on login through an XDG autostart entry (~/.config/autostart/paynudge.desktop): the
// application's own desktop entry with Exec pointing at this program and its arguments.
class Autostart
{
public:
    explicit Autostart(const QString &directory = defaultDirectory());

    // $XDG_CONFIG_HOME/autostart (~/.config/autostart).
    static QString defaultDirectory();
    QString filePath() const;

    // True when the entry exists and is not switched off (Hidden=true, X-GNOME-Autostart-enabled=false).
    bool isEnabled() const;
    bool enable(const QString &program, const QStringList &arguments, QString *error);
    bool disable(QString *error);

    // An Exec value per the Desktop Entry spec: arguments quoted where needed, then the
    // string escapes of a desktop file applied.
    static QString execLine(const QString &program, const QStringList &arguments);

private:
    QString m_dir;
};

} // namespace paynudge
