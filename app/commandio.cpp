#include "commandio.h"

using namespace Qt::StringLiterals;

namespace paynudge {

void writeLine(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = (text + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

std::optional<Config> loadCommandConfig(const QString &command, const QString &path)
{
    QList<Error> errors;
    Config config = Config::load(path, &errors);
    if (errors.isEmpty())
        return config;
    const QString prefix = u"paynudge "_s + command + u": "_s;
    writeLine(stderr, prefix + u"the configuration %1 has %2 problem(s):"_s.arg(path).arg(errors.size()));
    for (const Error &e : std::as_const(errors))
        writeLine(stderr, prefix + u"  "_s + configErrorLine(e));
    return std::nullopt;
}

} // namespace paynudge
