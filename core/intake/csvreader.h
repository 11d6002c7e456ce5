#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace paynudge {

// Reads the text of a CSV file as Excel and scripts write it: UTF-8 with or without a BOM, or
// GB18030/GBK (what Excel saves on Chinese Windows), then splits it into RFC 4180 records.
class CsvReader
{
public:
    enum class Encoding
    {
        Utf8,
        Utf8WithBom,
        Gb18030
    };

    struct Record
    {
        int line = 0; // 1-based line the record starts on (a quoted field may span lines)
        QStringList fields;
    };

    // Valid UTF-8 is read as UTF-8 (a BOM is dropped); anything else as GB18030, a superset of GBK
    // and GB2312. Says why when neither fits.
    static std::optional<QString> decode(const QByteArray &bytes, Encoding *encoding, Error *error);

    // Records of comma-separated fields; a quoted field may hold commas, line breaks and doubled
    // quotes. Blank lines are skipped. Fails only on a quote left open at the end (*errorLine says
    // where it opened).
    static std::optional<QList<Record>> parse(const QString &text, Error *error, int *errorLine);

    static QString encodingName(Encoding encoding);

    // What the imports (orders, the do-not-remind list) read before their own columns.
    // A file's bytes; nothing and *error (CsvCannotRead) when it cannot be opened.
    static std::optional<QByteArray> readFile(const QString &path, Error *error);
    // decode() then parse(): at least one record, or nothing and *error (CsvEmpty when there is none;
    // *errorLine set only where a quoted field stays open). *encoding: the name of the encoding read.
    static std::optional<QList<Record>> records(
        const QByteArray &bytes, QString *encoding, Error *error, int *errorLine);
};

} // namespace paynudge
