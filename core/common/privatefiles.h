#pragma once

#include <QStringList>

namespace paynudge::privatefiles {

// The store, its WAL, the logs and the intake token hold customers' openids, nicknames, amounts
// and secrets: they are for the user PayNudge runs as, not for every account on the machine.

// From now on this process creates files 0600 and folders 0700 (umask 077). Call first in main().
void restrictNewFiles();

// Takes group and other permissions from each of `paths` that exists (folders keep the owner's
// 0700, files its 0600) and returns those it changed, to be logged. Missing paths are ignored;
// a path that cannot be changed is left as it is (doctor says so).
QStringList tighten(const QStringList &paths);

} // namespace paynudge::privatefiles
