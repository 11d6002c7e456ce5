#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <memory>

namespace paynudge {

// What core says went wrong, without words: a code from common/errorcodes.h, what it concerns
// (a config key, a CSV line and column, an order number…) and the values its text needs. The
// words are made where they are shown: text() in the operator's language (the translator the UI
// installed), englishText() for logs and the command line.
enum class ErrorCode
{
    None,
#define PAYNUDGE_ERROR(name, code, text) name,
#include "common/errorcodes.h"
#undef PAYNUDGE_ERROR
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString field; // what it concerns, shown before the text ("[reminder] rounds", "line 3, amount")
    QStringList args; // %1, %2… of the code's text
    // An error this one words around ("not sent: …"): its text, in the same language, is the arg
    // after `args` — made when shown, like the rest.
    std::shared_ptr<const Error> cause;

    Error() = default;
    Error(ErrorCode c, QString f = {}, QStringList a = {})
        : code(c)
        , field(std::move(f))
        , args(std::move(a))
    { }

    explicit operator bool() const { return code != ErrorCode::None; }
    bool is(ErrorCode c) const { return code == c; }
    Error &because(Error inner)
    {
        cause = std::make_shared<const Error>(std::move(inner));
        return *this;
    }

    QString codeName() const; // the stable code, e.g. "config_out_of_range"
    QString message() const; // the code's text with its args, translated; without the field
    QString text() const; // field and message, translated
    QString englishMessage() const;
    QString englishText() const;

    // The English text of a code, with %1… unfilled (the source of its translation).
    static const char *sourceText(ErrorCode code);
    static QString codeName(ErrorCode code);
    static QList<ErrorCode> allCodes(); // every code but None, for the test that walks them
};

// Each error's text(), e.g. a list of findings where it is shown.
QStringList texts(const QList<Error> &errors);

// %1, %2… of `pattern` replaced by `args` in one pass (an arg that contains "%2" stays as it is).
QString fillArgs(const QString &pattern, const QStringList &args);

} // namespace paynudge
