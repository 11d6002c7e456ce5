#include "common/error.h"

#include "common/durationtext.h"
#include "common/transporttext.h"

#include <QCoreApplication>

namespace paynudge {
namespace {

struct Entry
{
    const char *code;
    const char *text;
};

const Entry kEntries[] = {
    { "", "" }, // None
#define PAYNUDGE_ERROR(name, code, text) { code, text },
#include "common/errorcodes.h"
#undef PAYNUDGE_ERROR
};

const Entry &entry(ErrorCode code)
{
    return kEntries[static_cast<int>(code)];
}

QString withField(const QString &field, const QString &message, bool translated)
{
    if (field.isEmpty())
        return message;
    const char *pattern = QT_TRANSLATE_NOOP("paynudge::Error", "%1: %2");
    return fillArgs(
        translated ? QCoreApplication::translate("paynudge::Error", pattern) : QString::fromUtf8(pattern),
        { field, message });
}

} // namespace

QString fillArgs(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'%' && i + 1 < pattern.size() && pattern[i + 1].isDigit()) {
            qsizetype j = i + 1;
            int n = 0;
            while (j < pattern.size() && pattern[j].isDigit() && n < 100)
                n = n * 10 + pattern[j++].digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args[n - 1];
                i = j - 1;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

const char *Error::sourceText(ErrorCode code)
{
    return entry(code).text;
}

QString Error::codeName(ErrorCode code)
{
    return QString::fromLatin1(entry(code).code);
}

QList<ErrorCode> Error::allCodes()
{
    QList<ErrorCode> codes;
    for (int i = 1; i < int(std::size(kEntries)); ++i)
        codes << static_cast<ErrorCode>(i);
    return codes;
}

QString Error::codeName() const
{
    return codeName(code);
}

QString Error::message() const
{
    // Args kept in English where they come from are worded in the same language: a span of time
    // ("12 min", durationText's) and what the network said instead of an answer ("Connection refused").
    QStringList shown;
    for (const QString &arg : args) {
        const Error transport = transportProblem(arg);
        shown << (transport ? transport.message() : translatedDurationText(arg));
    }
    if (cause)
        shown << cause->text();
    return fillArgs(QCoreApplication::translate("paynudge::Error", sourceText(code)), shown);
}

QString Error::englishMessage() const
{
    return fillArgs(
        QString::fromUtf8(sourceText(code)), cause ? args + QStringList { cause->englishText() } : args);
}

QString Error::text() const
{
    return withField(field, message(), true);
}

QString Error::englishText() const
{
    return withField(field, englishMessage(), false);
}

QStringList texts(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out << e.text();
    return out;
}

} // namespace paynudge
