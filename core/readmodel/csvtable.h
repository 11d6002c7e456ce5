#pragma once

#include <QString>
#include <QStringList>

class QIODevice;
class QTimeZone;

namespace paynudge {

// Writes CSV the way spreadsheet programs on a shop's computer read it: RFC 4180, UTF-8 with a
// byte-order mark (Excel on Chinese Windows reads the Chinese then), a cell a spreadsheet would
// run as a formula quoted with ', amounts as plain yuan numbers and times it reads as dates.
class CsvTable
{
public:
    explicit CsvTable(QIODevice *out);

    // The byte-order mark and the header row; false (see errorString()) if it could not be written.
    bool begin(const QStringList &header);
    bool row(const QStringList &cells);
    QString errorString() const;

    static QString escape(const QString &cell);
    // 48733 → "487.33": a number every spreadsheet sums, whatever its locale's currency.
    static QString yuan(qint64 fen);
    // "yyyy-MM-dd HH:mm:ss" in `zone`: Excel and WPS take it as a date and time.
    static QString localTime(qint64 ms, const QTimeZone &zone);

private:
    QIODevice *m_out;
};

} // namespace paynudge
