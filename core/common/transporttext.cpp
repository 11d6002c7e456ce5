#include "common/transporttext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge {

Error transportProblem(const QString &said)
{
    // The sender says "not sent: …" of a request WeChat never saw; the reason around it says so too.
    static const QRegularExpression notSent(u"^not sent: "_s);
    const QString text = QString(said).remove(notSent);
    static const QRegularExpression host(u"^Host (\\S+) not found$"_s);
    if (const QRegularExpressionMatch m = host.match(text); m.hasMatch())
        return Error(ErrorCode::TransportHostNotFound, {}, { m.captured(1) });
    static const QList<std::pair<QRegularExpression, ErrorCode>> patterns {
        // The client's own timeout aborts the reply: Qt then says "Operation canceled".
        { QRegularExpression(u"^(no answer within \\d+ ms|Operation canceled|Socket operation timed out|"
                             u"Connection timed out|Network timeout)$"_s),
            ErrorCode::TransportTimedOut },
        { QRegularExpression(u"^(Proxy )?[Cc]onnection refused$"_s), ErrorCode::TransportRefused },
        { QRegularExpression(u"^(SSL handshake failed|TLS initialization failed)(:.*)?$"_s),
            ErrorCode::TransportTls },
        { QRegularExpression(
              u"^(Connection closed|Remote host closed connection|Temporary network failure|"
              u"Network unreachable|Network access is disabled\\.?|Network session error\\.?)$"_s),
            ErrorCode::TransportBroken },
    };
    for (const auto &[pattern, code] : patterns)
        if (pattern.match(text).hasMatch())
            return Error(code);
    return {};
}

} // namespace paynudge
