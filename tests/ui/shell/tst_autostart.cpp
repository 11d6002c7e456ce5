#include "shell/autostart.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

class TestAutostart : public QObject
{
    Q_OBJECT

    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void execLineQuotesWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("line");
        QTest::newRow("plain") << u"/usr/bin/paynudge"_s << QStringList { u"--tray"_s }
                               << u"/usr/bin/paynudge --tray"_s;
        QTest::newRow("spaces") << u"/opt/Pay Nudge/paynudge"_s
                                << QStringList { u"--tray"_s, u"--config"_s, u"/home/a/my shop.ini"_s }
                                << u"\"/opt/Pay Nudge/paynudge\" --tray --config \"/home/a/my shop.ini\""_s;
        // Inside quotes ", `, $ and \ are escaped; then the file format doubles every backslash.
        QTest::newRow("specials") << u"/usr/bin/paynudge"_s
                                  << QStringList { u"--data-dir"_s, u"/d/$x \"q\" \\b"_s }
                                  << u"/usr/bin/paynudge --data-dir \"/d/\\\\$x \\\\\"q\\\\\" \\\\\\\\b\""_s;
        QTest::newRow("percent is a field code")
            << u"/usr/bin/paynudge"_s << QStringList { u"--config"_s, u"/a%b"_s }
            << u"/usr/bin/paynudge --config /a%%b"_s;
        QTest::newRow("chinese path")
            << u"/usr/bin/paynudge"_s << QStringList { u"--data-dir"_s, u"/home/王/店"_s }
            << u"/usr/bin/paynudge --data-dir \"/home/王/店\""_s;
    }

    void execLineQuotesWhatNeedsIt()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, line);
        QCOMPARE(Autostart::execLine(program, arguments), line);
    }

    void enableWritesTheEntryAndDisableRemovesIt()
    {
        QTemporaryDir dir;
        Autostart autostart(dir.filePath(u"config/autostart"_s));
        QVERIFY(!autostart.isEnabled());
        QString error;
        QVERIFY2(
            autostart.enable(u"/opt/paynudge/bin/paynudge"_s, { u"--tray"_s }, &error), qPrintable(error));
        QVERIFY(autostart.isEnabled());
        QCOMPARE(autostart.filePath(), dir.filePath(u"config/autostart/paynudge.desktop"_s));

        // A valid desktop entry made from the application's own one.
        QSettings entry(autostart.filePath(), QSettings::IniFormat);
        entry.beginGroup(u"Desktop Entry"_s);
        QCOMPARE(entry.value(u"Type"_s).toString(), u"Application"_s);
        QCOMPARE(entry.value(u"Exec"_s).toString(), u"/opt/paynudge/bin/paynudge --tray"_s);
        QCOMPARE(entry.value(u"Icon"_s).toString(), u"paynudge"_s);
        QCOMPARE(entry.value(u"X-GNOME-Autostart-enabled"_s).toString(), u"true"_s);
        QCOMPARE(read(autostart.filePath()).count(u"Exec="_s), 1);
        QVERIFY(read(autostart.filePath()).contains(u"Name[zh_CN]=催付助手"_s));

        QVERIFY(autostart.disable(&error));
        QVERIFY(!QFile::exists(autostart.filePath()));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.disable(&error)); // already off is fine
    }

    void anEntrySwitchedOffElsewhereCountsAsOff()
    {
        QTemporaryDir dir;
        Autostart autostart(dir.path());
        QString error;
        QVERIFY(autostart.enable(u"/usr/bin/paynudge"_s, {}, &error));
        QFile f(autostart.filePath());
        QVERIFY(f.open(QIODevice::Append));
        f.write("Hidden=true\n"); // what a desktop's "startup applications" tool writes
        f.close();
        QVERIFY(!autostart.isEnabled());
    }
};

QTEST_MAIN(TestAutostart)
#include "tst_autostart.moc"
