#include "intake/csvreader.h"

#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace paynudge {

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf8WithBom:
        return u"UTF-8 (with BOM)"_s;
    case Encoding::Gb18030:
        return u"GB18030/GBK"_s;
    }
    return {};
}

std::optional<QString> CsvReader::decode(const QByteArray &bytes, Encoding *encoding, Error *error)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *error = ErrorCode::CsvUtf16;
        return std::nullopt;
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(QByteArrayView(bytes).sliced(bom ? 3 : 0));
    if (!utf8.hasError()) {
        *encoding = bom ? Encoding::Utf8WithBom : Encoding::Utf8;
        return text;
    }
    if (bom) {
        *error = ErrorCode::CsvBadBom;
        return std::nullopt;
    }
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb18030.isValid()) {
        *error = ErrorCode::CsvNoGb18030;
        return std::nullopt;
    }
    const QString gbText = gb18030.decode(bytes);
    if (gb18030.hasError()) {
        *error = ErrorCode::CsvNotText;
        return std::nullopt;
    }
    *encoding = Encoding::Gb18030;
    return gbText;
}

std::optional<QList<CsvReader::Record>> CsvReader::parse(const QString &text, Error *error, int *errorLine)
{
    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    current.line = 1;

    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank)
            records.append(current);
        current = Record {};
        current.line = line;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && (i + 1 >= n || text.at(i + 1) != u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            // Lenient: a quote inside an unquoted field, or text after a closing quote, is kept as is.
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = ErrorCode::CsvUnclosedQuote;
        *errorLine = quoteLine;
        return std::nullopt;
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

std::optional<QByteArray> CsvReader::readFile(const QString &path, Error *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Error(ErrorCode::CsvCannotRead, {}, { path, f.errorString() });
        return std::nullopt;
    }
    return f.readAll();
}

std::optional<QList<CsvReader::Record>> CsvReader::records(
    const QByteArray &bytes, QString *encoding, Error *error, int *errorLine)
{
    Encoding found = Encoding::Utf8;
    const std::optional<QString> text = decode(bytes, &found, error);
    if (!text)
        return std::nullopt;
    *encoding = encodingName(found);
    std::optional<QList<Record>> out = parse(*text, error, errorLine);
    if (out && out->isEmpty()) {
        *error = ErrorCode::CsvEmpty;
        return std::nullopt;
    }
    return out;
}

} // namespace paynudge
