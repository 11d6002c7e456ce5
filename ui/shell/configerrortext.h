#pragma once

#include <QCoreApplication>
#include <QString>

namespace paynudge {

// Config::load says what a key expects in English, for the log and the command line. The
// settings dialog shows the same words in the UI's language: the phrases it knows are
// translated here, anything else (a phrase added later) shows as Config::load wrote it.
class ConfigErrorText
{
    Q_DECLARE_TR_FUNCTIONS(paynudge::ConfigErrorText)
public:
    static QString expected(const QString &english);
};

} // namespace paynudge
