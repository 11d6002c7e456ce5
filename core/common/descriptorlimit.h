#pragma once

#include <QString>
#include <QtGlobal>

namespace paynudge::descriptorlimit {

// The process's open-descriptor limit (RLIMIT_NOFILE). Every socket, file, pipe and event-loop
// wakeup needs one; running out is what ends a process under many slow clients.
struct Limits
{
    qint64 soft = -1; // -1: unknown (no such limit on this platform)
    qint64 hard = -1;
};

Limits current();

// Raises the soft limit to the hard maximum (a user may do so without privileges). Returns the
// limits before and after; `error` says why it could not (the old limit then stays).
struct Raise
{
    Limits before;
    Limits after;
    QString error;
};
Raise raiseToHard();

} // namespace paynudge::descriptorlimit
