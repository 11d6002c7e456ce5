#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace paynudge {

// An INI file held as its lines and edited in place: a changed value is rewritten where it
// stands (its trailing comment kept), a new key joins the section that already holds its
// neighbours, and every comment, blank line and key nobody asked about stays as it was.
// QSettings would rewrite the whole file in its own layout ("[accounts] shop1\name=") and drop
// the comments an operator wrote; what this writes reads back the same through
// QSettings::IniFormat (which is how Config::load reads it).
//
// Keys are full paths as QSettings names them ("reminder/rounds", "accounts/shop1/fields/thing2").
class IniDocument
{
public:
    static IniDocument fromUtf8(const QByteArray &text);
    QByteArray toUtf8() const;

    bool contains(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    void remove(const QString &key);
    // Removes every key below `group` ("accounts/shop2") and the sections that held only those.
    void removeGroup(const QString &group);
    // Full keys of all values, in file order (duplicates as often as they occur).
    QList<QString> keys() const;

    // A value as QSettings::IniFormat writes it: quoted when it holds , ; = or edge spaces,
    // with \ and " escaped, a leading @ doubled, control characters as \x escapes.
    static QString encodeValue(const QString &value);

private:
    struct Line
    {
        QString text;
        QString section; // the section the line sits in ("" for the root / [General])
        QString key; // full key when the line holds a value, else empty
        bool header = false;
        int valueStart = -1;
        int valueEnd = -1; // the value's text is [valueStart, valueEnd); the rest is kept
    };

    static Line parseLine(const QString &text, const QString &section);
    static QString sectionKeyPrefix(const QString &section);
    int insertionPointFor(const QString &section) const;

    QList<Line> m_lines;
    QString m_eol = QStringLiteral("\n");
    bool m_finalEol = true;
};

} // namespace paynudge
