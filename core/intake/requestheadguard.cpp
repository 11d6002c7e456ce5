#include "intake/requestheadguard.h"

#include "intake/intakeapi.h"
#include "intake/intakeerror.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace paynudge {

static_assert(RequestHeadGuard::kHardBodyCap == IntakeApi::kMaxBatchBodyBytes + 1024 * 1024);

RequestHeadGuard::Head RequestHeadGuard::read(const QByteArray &head)
{
    Head h;
    const QList<QByteArray> lines = head.split('\n');
    if (lines.size() - 1 > kMaxHeaderLines) {
        h.refusal = Refusal { 431, errorcode::TooLarge, u"more than %1 header lines"_s.arg(kMaxHeaderLines) };
        return h;
    }
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    h.method = requestLine.value(0);
    h.path = requestLine.value(1).split('?').first();
    h.version = requestLine.value(2);
    int contentLengths = 0;
    QList<QByteArray> connectionTokens;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            ++contentLengths;
            bool ok = false;
            h.contentLength = value.toLongLong(&ok);
            if (!ok || h.contentLength < 0 || value.startsWith('+')) {
                h.refusal
                    = Refusal { 400, errorcode::BadRequest, u"Content-Length is not a number of bytes"_s };
                return h;
            }
        } else if (name == "transfer-encoding") {
            h.chunked = true;
        } else if (name == "expect") {
            h.expectContinue = value.toLower() == "100-continue";
        } else if (name == "connection") {
            for (const QByteArray &token : value.toLower().split(','))
                connectionTokens << token.trimmed();
        } else if (name == "authorization") {
            h.authorization = value;
        } else if (name == "content-type") {
            h.contentType = value;
        }
    }
    h.closeAfter = h.version == "HTTP/1.0" ? !connectionTokens.contains("keep-alive")
                                           : connectionTokens.contains("close");
    // Where two parts of a chain could disagree on where a body ends (request smuggling), refuse.
    if (contentLengths > 1)
        h.refusal = Refusal { 400, errorcode::BadRequest, u"more than one Content-Length header"_s };
    else if (contentLengths > 0 && h.chunked)
        h.refusal = Refusal { 400, errorcode::BadRequest, u"both Content-Length and Transfer-Encoding"_s };
    return h;
}

std::optional<RequestHeadGuard::Refusal> RequestHeadGuard::admit(const Head &head)
{
    // Routing takes the decoded path; an encoded separator would move a segment boundary.
    const QByteArray lowerPath = head.path.toLower();
    if (lowerPath.contains("%2f") || lowerPath.contains("%5c"))
        return Refusal { 400, errorcode::BadRequest, u"an encoded '/' or '\\' in the path"_s };
    const qsizetype limit = IntakeApi::maxBodyBytes(QString::fromLatin1(head.path));
    // With "Expect: 100-continue" the client waits: refusing now saves it sending the body.
    if (head.contentLength > kHardBodyCap || (head.contentLength > limit && head.expectContinue))
        return Refusal { 413, errorcode::TooLarge, u"the body is larger than %1 bytes"_s.arg(limit) };
    return std::nullopt;
}

} // namespace paynudge
