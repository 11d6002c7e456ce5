#pragma once

#include "common/error.h"
#include "domain/order.h"
#include "intake/csvreader.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace paynudge {

struct Config;

// Orders from a CSV file (the window's import and `paynudge import FILE`): a header row naming
// the API's fields or a shop export's Chinese names (intake/csvcolumns.h), one order per row.
// Reading checks everything and stores nothing, so the caller can show a preview and the bad
// lines first; CsvImportStore then writes the good rows.
class CsvImport
{
public:
    struct Options
    {
        QSet<QString> accounts;
        QTimeZone zone = QTimeZone::utc(); // for times written without an offset (Excel)
        int previewRows = 5;
    };

    struct BadLine
    {
        int line = 0; // 1-based line in the file (the header is line 1)
        QString code; // the API's error code for the same problem
        Error problem; // its field is the column (empty: the row as a whole)
    };

    struct Row
    {
        int line = 0;
        OrderInput order;
    };

    struct Report
    {
        Error fatal; // the file as a whole cannot be imported (nothing of it is used)
        int fatalLine = 0;
        QString encoding;
        QStringList columns; // the field each column gives ("order_no", "amount" for yuan)
        QStringList headers; // the same columns as the header names them ("订单号", "金额(元)")
        QList<CsvReader::Record> preview; // the first data rows as read, good or bad
        int dataRows = 0;
        int repeated = 0; // rows repeating an earlier row of the file exactly (stored once)
        QList<Row> good;
        QList<BadLine> bad; // in line order

        bool usable() const { return !fatal; }
        void addBad(const BadLine &line); // keeps the list in line order
    };

    static Options optionsFor(const Config &config);
    static Report read(const QByteArray &bytes, const Options &options);
    static Report readFile(const QString &path, const Options &options);
};

} // namespace paynudge
