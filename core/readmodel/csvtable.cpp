#include "readmodel/csvtable.h"

#include <QDateTime>
#include <QIODevice>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace paynudge {

CsvTable::CsvTable(QIODevice *out)
    : m_out(out)
{ }

bool CsvTable::begin(const QStringList &header)
{
    return m_out->write("\xEF\xBB\xBF") == 3 && row(header);
}

bool CsvTable::row(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &c : cells)
        escaped << escape(c);
    return m_out->write((escaped.join(u',') + u"\r\n"_s).toUtf8()) >= 0;
}

QString CsvTable::errorString() const
{
    return m_out->errorString();
}

QString CsvTable::escape(const QString &cell)
{
    QString text = cell;
    // A leading = + - @ makes spreadsheets evaluate the cell; order data comes from customers.
    if (!text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@'))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text != cell) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

QString CsvTable::yuan(qint64 fen)
{
    const qint64 a = fen < 0 ? -fen : fen;
    return (fen < 0 ? u"-"_s : QString()) + QString::number(a / 100) + u'.'
        + u"%1"_s.arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString CsvTable::localTime(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace paynudge
