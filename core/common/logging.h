#pragma once

#include <QString>

namespace paynudge::logging {

struct Options
{
    QString directory;          // where paynudge.log and its rotations live; empty = no file
    bool toStderr = true;       // headless mode logs to stderr as well
    qint64 maxFileBytes = 5 * 1024 * 1024;
    int keepFiles = 5;          // paynudge.log.1 … paynudge.log.N
};

// Installs the process-wide message handler. Safe to call again (e.g. when the data dir is
// known only after the command line has been read); the last call wins.
void install(const Options &options);
void uninstall();

// Registers a secret value (AppSecret, access token, intake token) that must never reach a log
// line. Every message is scrubbed of registered values and of access_token=… query parameters.
void registerSecret(const QString &value);
void forgetSecret(const QString &value);

// Scrubs secrets from text that leaves the process through other channels (error texts shown
// in the UI or stored in history).
QString redact(const QString &text);

} // namespace paynudge::logging
