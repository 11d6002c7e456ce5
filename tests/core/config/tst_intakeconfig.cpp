#include "config/config.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

// [intake] settings: any free port for tests and side-by-side installs, and no listening beyond
// loopback without a token someone chose.
class TestIntakeConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Config load(const QString &ini, QList<Error> *errors)
    {
        const QString path = m_dir.filePath(u"intake.ini"_s);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(ini.toUtf8());
        f.close();
        return Config::load(path, errors);
    }

private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("default") << QString() << u"127.0.0.1"_s << 8787;
        QTest::newRow("any free port") << u"[intake]\nlisten=127.0.0.1:0\n"_s << u"127.0.0.1"_s << 0;
        QTest::newRow("IPv6 loopback") << u"[intake]\nlisten=[::1]:9000\n"_s << u"::1"_s << 9000;
        QTest::newRow("all interfaces with token")
            << u"[intake]\nlisten=0.0.0.0:8787\ntoken=abcdefghijklmnopqrstuvwx\n"_s << u"0.0.0.0"_s << 8787;
        QTest::newRow("LAN with token file")
            << u"[intake]\nlisten=192.168.1.20:8787\ntokenFile=/etc/paynudge/token\n"_s << u"192.168.1.20"_s
            << 8787;
        QTest::newRow("disabled") << u"[intake]\nlisten=0.0.0.0:8787\nenabled=false\n"_s << u"0.0.0.0"_s
                                  << 8787;
    }

    void accepted()
    {
        QFETCH(QString, ini);
        QFETCH(QString, address);
        QFETCH(int, port);
        QList<Error> errors;
        const Config c = load(ini, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(configErrorLine(errors.value(0))));
        QCOMPARE(c.intake.address, QHostAddress(address));
        QCOMPARE(int(c.intake.port), port);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all interfaces, no token") << u"[intake]\nlisten=0.0.0.0:8787\n"_s << u"token"_s;
        QTest::newRow("LAN, no token") << u"[intake]\nlisten=192.168.1.20:8787\n"_s << u"loopback"_s;
        QTest::newRow("negative port") << u"[intake]\nlisten=127.0.0.1:-1\n"_s << u"port 0"_s;
        QTest::newRow("host name") << u"[intake]\nlisten=localhost:8787\n"_s << u"IP address"_s;
    }

    void refused()
    {
        QFETCH(QString, ini);
        QFETCH(QString, expected);
        QList<Error> errors;
        const Config c = load(ini, &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, u"intake/listen"_s);
        QVERIFY2(
            errors.first().englishMessage().contains(expected), qPrintable(configErrorLine(errors.first())));
        QCOMPARE(c.intake.address, QHostAddress(QHostAddress::LocalHost)); // nothing of a bad file is used
    }
};

QTEST_GUILESS_MAIN(TestIntakeConfig)
#include "tst_intakeconfig.moc"
