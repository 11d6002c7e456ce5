#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace paynudge {

// Qt 6.4's QHttpServer reads a whole body before a handler sees the request, has no body limit
// and never answers "Expect: 100-continue". So the intake server reads each request head itself
// as it arrives, and this guard judges it before any body is read: the framing (request
// smuggling: two Content-Lengths, Content-Length with Transfer-Encoding; too many header lines),
// what the path may not hide (an encoded '/' or '\'), the body's size against its endpoint's
// limit, and what the head asks of the connection (100 Continue, close after the reply).
// No socket: the server acts on what it decides.
class RequestHeadGuard
{
public:
    static constexpr int kMaxHeaderLines = 100;
    // Beyond this a body is not even read: the connection is answered 413 and closed. Below it an
    // over-limit body is read and answered 413 on a connection that stays usable. (The batch
    // endpoint's limit and a mebibyte more; requestheadguard.cpp checks the sum.)
    static constexpr qint64 kHardBodyCap = 17 * 1024 * 1024;

    struct Refusal
    {
        int status = 400;
        QString code; // errorcode::…
        QString message;
    };

    // What a complete head says (the request line and headers, without the blank line).
    struct Head
    {
        QByteArray method;
        QByteArray path; // as sent, without the query
        QByteArray version;
        QByteArray authorization;
        QByteArray contentType;
        qint64 contentLength = -1; // -1: none given
        bool chunked = false;
        bool expectContinue = false; // the client waits for "100 Continue" before the body
        bool closeAfter = false; // the reply ends the connection (Connection: close, HTTP/1.0)
        std::optional<Refusal> refusal; // the framing cannot be trusted: refuse and close

        // The bytes of body that follow the head; -1: chunked, its end unknown until it comes.
        qint64 bodyLength() const { return chunked ? -1 : qMax<qint64>(0, contentLength); }
    };

    // Reads a complete head; refusal set when its framing is unsafe (checked before the token).
    static Head read(const QByteArray &head);
    // For a head whose token is good: what the path and the body's announced size allow.
    static std::optional<Refusal> admit(const Head &head);
};

} // namespace paynudge
