#include "common/privatefiles.h"

#include <QFile>
#include <sys/stat.h>

namespace paynudge::privatefiles {

void restrictNewFiles()
{
    ::umask(S_IRWXG | S_IRWXO);
}

QStringList tighten(const QStringList &paths)
{
    // The mode bits themselves, not QFileInfo's permissions: those fold in what the current user
    // may do (root may write anything), which would add bits the owner never had.
    QStringList changed;
    for (const QString &path : paths) {
        const QByteArray name = QFile::encodeName(path);
        struct stat st
        {
        };
        if (::lstat(name.constData(), &st) != 0 || S_ISLNK(st.st_mode))
            continue; // missing, or a link whose target is not ours to change
        const mode_t mode = st.st_mode & 07777;
        if (!(mode & (S_IRWXG | S_IRWXO)))
            continue;
        if (::chmod(name.constData(), mode & ~mode_t(S_IRWXG | S_IRWXO)) == 0)
            changed << path;
    }
    return changed;
}

} // namespace paynudge::privatefiles
