#include "config/inidocument.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

bool isBlankOrComment(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || t.startsWith(u';') || t.startsWith(u'#');
}

// QSettings reads "\" in keys and section names as "/"; [General] is the root.
QString normalisedName(const QString &name)
{
    QString n = name.trimmed();
    n.replace(u'\\', u'/');
    return n.compare(u"General"_s, Qt::CaseInsensitive) == 0 ? QString() : n;
}

// Where a brand-new key goes when no section holds its neighbours: an account's keys under
// [accounts/<key>] as DESIGN.md writes them, anything else under its first path component.
QString newSectionFor(const QString &key)
{
    const QStringList parts = key.split(u'/');
    if (parts.size() < 2)
        return {};
    if (parts.first() == u"accounts" && parts.size() >= 3)
        return parts.at(0) + u'/' + parts.at(1);
    return parts.first();
}

} // namespace

IniDocument IniDocument::fromUtf8(const QByteArray &text)
{
    IniDocument doc;
    QString all = QString::fromUtf8(text);
    if (all.startsWith(QChar(0xFEFF)))
        all.remove(0, 1);
    if (all.contains(u"\r\n"_s))
        doc.m_eol = u"\r\n"_s;
    doc.m_finalEol = all.isEmpty() || all.endsWith(u'\n');
    QStringList lines = all.split(u'\n');
    if (doc.m_finalEol && !lines.isEmpty())
        lines.removeLast(); // the empty piece after the last newline
    QString section;
    for (QString &lineText : lines) {
        if (lineText.endsWith(u'\r'))
            lineText.chop(1);
        Line line = parseLine(lineText, section);
        if (line.header)
            section = line.section;
        doc.m_lines.append(line);
    }
    return doc;
}

QByteArray IniDocument::toUtf8() const
{
    QString out;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        out += m_lines.at(i).text;
        if (i + 1 < m_lines.size() || m_finalEol)
            out += m_eol;
    }
    return out.toUtf8();
}

IniDocument::Line IniDocument::parseLine(const QString &text, const QString &section)
{
    Line line;
    line.text = text;
    line.section = section;
    const QString trimmed = text.trimmed();
    if (isBlankOrComment(text))
        return line;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        line.header = true;
        line.section = normalisedName(trimmed.mid(1, close < 0 ? -1 : close - 1));
        return line;
    }
    const qsizetype eq = text.indexOf(u'=');
    if (eq < 0)
        return line; // QSettings ignores such a line; so do we
    line.key = sectionKeyPrefix(section) + normalisedName(text.left(eq));
    qsizetype i = eq + 1;
    while (i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t'))
        ++i;
    line.valueStart = int(i);
    // The value runs to a ';' outside quotes (a comment) or to the end of the line.
    bool inQuotes = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            i += 2;
            continue;
        }
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (c == u';' && !inQuotes)
            break;
        ++i;
    }
    qsizetype end = std::min(i, text.size());
    while (end > line.valueStart && text.at(end - 1).isSpace())
        --end;
    line.valueEnd = int(end);
    // An empty value is filled in right after '=', keeping the padding before its comment.
    if (line.valueEnd == line.valueStart)
        line.valueStart = line.valueEnd = int(eq + 1);
    return line;
}

QString IniDocument::sectionKeyPrefix(const QString &section)
{
    return section.isEmpty() ? QString() : section + u'/';
}

bool IniDocument::contains(const QString &key) const
{
    for (const Line &l : m_lines)
        if (l.key == key)
            return true;
    return false;
}

QList<QString> IniDocument::keys() const
{
    QList<QString> out;
    for (const Line &l : m_lines)
        if (!l.key.isEmpty())
            out << l.key;
    return out;
}

QString IniDocument::encodeValue(const QString &value)
{
    // As QSettings writes: these characters as backslash sequences; , ; = # by quoting the value.
    static const QHash<char16_t, QString> escapes { { u'"', u"\\\""_s }, { u'\\', u"\\\\"_s },
        { u'\t', u"\\t"_s }, { u'\n', u"\\n"_s }, { u'\r', u"\\r"_s } };
    static const QString quoted = u";,=#"_s;

    QString v = value;
    if (v.startsWith(u'@'))
        v.prepend(u'@'); // "@Variant(" and friends are QSettings' type markers
    bool needsQuotes = v.startsWith(u' ') || v.endsWith(u' ');
    bool afterHexEscape = false;
    QString out;
    for (const QChar c : std::as_const(v)) {
        // A reader takes every hex digit after "\x": one that follows such an escape is escaped too.
        const bool hexDigit
            = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        const bool control = c.unicode() < 0x20 || c.unicode() == 0x7f;
        if (const auto e = escapes.constFind(c.unicode()); e != escapes.cend()) {
            out += *e;
            afterHexEscape = false;
        } else if ((afterHexEscape && hexDigit) || control) {
            out += u"\\x"_s + QString::number(c.unicode(), 16);
            afterHexEscape = true;
        } else {
            needsQuotes = needsQuotes || quoted.contains(c);
            out += c;
            afterHexEscape = false;
        }
    }
    return needsQuotes ? u'"' + out + u'"' : out;
}

int IniDocument::insertionPointFor(const QString &section) const
{
    int last = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines.at(i);
        if (l.section != section)
            continue;
        // After the section's last value (or its header): trailing comments usually introduce
        // the next section, so a new key goes before them.
        if (l.header || !isBlankOrComment(l.text))
            last = i;
    }
    if (last < 0 && section.isEmpty())
        return 0;
    return last < 0 ? -1 : last + 1;
}

void IniDocument::setValue(const QString &key, const QString &value)
{
    const QString encoded = encodeValue(value);
    bool found = false;
    for (Line &l : m_lines) {
        if (l.key != key)
            continue;
        l.text.replace(l.valueStart, l.valueEnd - l.valueStart, encoded);
        l.valueEnd = l.valueStart + int(encoded.size());
        found = true;
    }
    if (found)
        return;

    // The longest existing section the key lies below ([accounts/shop1] before [accounts]).
    QString best;
    bool haveBest = false;
    for (const Line &l : std::as_const(m_lines)) {
        if (!l.header || l.section.isEmpty())
            continue;
        const QString prefix = sectionKeyPrefix(l.section);
        if (key.startsWith(prefix) && key.size() > prefix.size()
            && (!haveBest || l.section.size() > best.size())) {
            best = l.section;
            haveBest = true;
        }
    }
    if (!haveBest && !key.contains(u'/'))
        haveBest = true; // a root key
    const QString section = haveBest ? best : newSectionFor(key);
    const int at = insertionPointFor(section);
    Line line = parseLine(key.mid(sectionKeyPrefix(section).size()) + u'=' + encoded, section);
    if (at >= 0) {
        m_lines.insert(at, line);
        return;
    }
    if (!m_lines.isEmpty() && !m_lines.last().text.trimmed().isEmpty())
        m_lines.append(parseLine(QString(), m_lines.last().section));
    m_lines.append(parseLine(u'[' + section + u']', section));
    m_lines.append(line);
}

void IniDocument::remove(const QString &key)
{
    m_lines.removeIf([&](const Line &l) { return l.key == key; });
}

void IniDocument::removeGroup(const QString &group)
{
    const QString prefix = group + u'/';
    m_lines.removeIf([&](const Line &l) {
        const bool sectionGoes = l.section == group || l.section.startsWith(prefix);
        return sectionGoes || l.key.startsWith(prefix);
    });
}

} // namespace paynudge
