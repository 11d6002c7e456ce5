#pragma once

#include <QString>
#include <QUrl>

namespace paynudge::logging {

struct Options
{
    QString directory; // where paynudge.log and its rotations live; empty = no file
    bool toStderr = true; // headless mode logs to stderr as well
    qint64 maxFileBytes = 5 * 1024 * 1024;
    int keepFiles = 5; // paynudge.log.1 … paynudge.log.N
};

// Installs the process-wide message handler. Safe to call again (e.g. when the data dir is
// known only after the command line has been read); the last call wins.
void install(const Options &options);
void uninstall();

// Registers a secret value (AppSecret, access token, intake token) that must never reach a log
// line. Every message is scrubbed of registered values (where one stands as a whole token, not
// inside another word), of access_token=… parameters and of URLs' user info and queries.
// Values shorter than 4 characters are not registered: masking "a" or "42" would scrub ordinary
// text from every line and hide nothing worth hiding.
void registerSecret(const QString &value);
void forgetSecret(const QString &value);

// How a URL appears in logs and operator texts: user, password and the whole query blanked
// (`https://***:***@host/path?***`), because token services carry keys in either. Every URL
// that is logged goes through here; redact() applies it to URLs inside free text as well.
QString urlForLog(const QUrl &url);

// Scrubs secrets from text that leaves the process through other channels (error texts shown
// in the UI or stored in history).
QString redact(const QString &text);

} // namespace paynudge::logging
