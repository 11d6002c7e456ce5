#include "common/descriptorlimit.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#endif

namespace paynudge::descriptorlimit {

Limits current()
{
#ifdef Q_OS_UNIX
    rlimit l {};
    if (getrlimit(RLIMIT_NOFILE, &l) == 0) {
        const auto value = [](rlim_t v) { return v == RLIM_INFINITY ? qint64(-1) : qint64(v); };
        return { value(l.rlim_cur), value(l.rlim_max) };
    }
#endif
    return {};
}

Raise raiseToHard()
{
    Raise r;
    r.before = current();
#ifdef Q_OS_UNIX
    rlimit l {};
    if (getrlimit(RLIMIT_NOFILE, &l) == 0 && l.rlim_cur != l.rlim_max) {
        l.rlim_cur = l.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &l) != 0)
            r.error = QString::fromLocal8Bit(std::strerror(errno));
    }
#endif
    r.after = current();
    return r;
}

} // namespace paynudge::descriptorlimit
