#include "common/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace paynudge;

namespace {

// The mode bits as the file system holds them (QFileInfo folds owner and user together).
unsigned mode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 07777;
    return st.st_mode & 07777;
}

bool writeFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("openids") == 7;
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT
private slots:
    void tightensFoldersAndFilesOthersCouldRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"data"_s);
        const QString store = folder + u"/paynudge.sqlite"_s;
        const QString wal = store + u"-wal"_s;
        const QString alreadyPrivate = folder + u"/intake-token"_s;
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(writeFile(store) && writeFile(wal) && writeFile(alreadyPrivate));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(store).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(wal).constData(), 0666) == 0);
        QVERIFY(::chmod(QFile::encodeName(alreadyPrivate).constData(), 0600) == 0);

        const QStringList changed = privatefiles::tighten(
            { folder, store, wal, alreadyPrivate, folder + u"/paynudge.sqlite-shm"_s /* missing */ });
        QCOMPARE(changed, QStringList({ folder, store, wal }));
        QCOMPARE(mode(folder), 0700u);
        QCOMPARE(mode(store), 0600u);
        QCOMPARE(mode(wal), 0600u);
        QCOMPARE(mode(alreadyPrivate), 0600u);

        // Nothing left to change: nothing to log a second time.
        QVERIFY(privatefiles::tighten({ folder, store, wal }).isEmpty());
    }

    void keepsTheOwnersOwnBits()
    {
        QTemporaryDir dir;
        const QString readOnly = dir.filePath(u"backup.sqlite"_s);
        QVERIFY(writeFile(readOnly));
        QVERIFY(::chmod(QFile::encodeName(readOnly).constData(), 0444) == 0);
        QCOMPARE(privatefiles::tighten({ readOnly }), QStringList({ readOnly }));
        QCOMPARE(mode(readOnly), 0400u); // not made writable on the way
    }

    void leavesALinksTargetAlone()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"shared.sqlite"_s);
        const QString link = dir.filePath(u"paynudge.sqlite"_s);
        QVERIFY(writeFile(target));
        QVERIFY(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
        QVERIFY(QFile::link(target, link));
        QVERIFY(privatefiles::tighten({ link }).isEmpty());
        QCOMPARE(mode(target), 0644u);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
