#include "common/logging.h"
#include "intake/intaketoken.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

// Where the intake token comes from, that it is generated once and kept owner-only when there
// is no keychain, that it is compared safely, and that it never reaches a log line.
class TestIntakeToken : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    IntakeToken::Options options(const IntakeSettings &settings = {})
    {
        IntakeToken::Options o;
        o.settings = settings;
        o.dataDir = m_dir.filePath(u"data"_s);
        o.useKeychain = false; // never the keychain of whoever runs the tests
        return o;
    }

    QString writeFile(const QString &name, const QByteArray &content, QFileDevice::Permissions perms)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        f.close();
        QFile::setPermissions(path, perms);
        return path;
    }

    static inline QStringList s_messages;
    static void capture(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        s_messages << message;
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void configuredTokenWins()
    {
        IntakeSettings s;
        s.token = u"configured-token-0123456789"_s;
        s.tokenFile = u"/nonexistent"_s; // not read: the inline token comes first
        QString error;
        const auto t = IntakeToken::resolve(options(s), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->value(), s.token);
        QCOMPARE(t->source(), IntakeToken::Source::Config);
        QVERIFY(!t->generated());
        QVERIFY(IntakeToken::isExplicit(s));
    }

    void tokenFileIsRead()
    {
        IntakeSettings s;
        s.tokenFile = writeFile(
            u"tok"_s, "file-token-0123456789abcdef\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QString error;
        const auto t = IntakeToken::resolve(options(s), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->value(), u"file-token-0123456789abcdef"_s);
        QCOMPARE(t->source(), IntakeToken::Source::ConfigFile);
        QCOMPARE(t->location(), s.tokenFile);
    }

    void badTokenFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("perms");
        QTest::addColumn<QString>("why");
        const int owner = int(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QTest::newRow("readable by others") << QByteArray("file-token-0123456789abcdef")
                                            << int(owner | QFileDevice::ReadOther) << u"chmod 600"_s;
        QTest::newRow("empty") << QByteArray("\n") << owner << u"empty"_s;
        QTest::newRow("short") << QByteArray("short") << owner << u"shorter than 16"_s;
    }

    void badTokenFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, perms);
        QFETCH(QString, why);
        IntakeSettings s;
        s.tokenFile = writeFile(u"bad"_s, content, QFileDevice::Permissions(perms));
        QString error;
        QVERIFY(!IntakeToken::resolve(options(s), &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY(error.contains(u"tokenFile"_s));
    }

    void generatedOnceThenKept()
    {
        QString error;
        const auto first = IntakeToken::resolve(options(), &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(first->generated());
        QCOMPARE(first->source(), IntakeToken::Source::DataFile);
        QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(first->value()).hasMatch());
        const QString file = IntakeToken::dataFilePath(options().dataDir);
        QCOMPARE(first->location(), file);
        QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        const auto second = IntakeToken::resolve(options(), &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(!second->generated());
        QCOMPARE(second->value(), first->value());

        QFile::remove(file);
        const auto third = IntakeToken::resolve(options(), &error);
        QVERIFY(third->value() != first->value()); // random, not derived from anything
    }

    void comparison()
    {
        IntakeSettings s;
        s.token = u"compare-token-0123456789"_s;
        QString error;
        const auto t = IntakeToken::resolve(options(s), &error);
        QVERIFY(t->matches("compare-token-0123456789"));
        QVERIFY(!t->matches("compare-token-012345678"));
        QVERIFY(!t->matches("compare-token-01234567890"));
        QVERIFY(!t->matches("Compare-token-0123456789"));
        QVERIFY(!t->matches({}));
        QVERIFY(!IntakeToken().matches({})); // no token: nothing matches, not even nothing
    }

    void neverLogged()
    {
        QString error;
        QFile::remove(IntakeToken::dataFilePath(options().dataDir));
        s_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        const auto t = IntakeToken::resolve(options(), &error); // generated: says where it is kept
        qInstallMessageHandler(previous);
        QVERIFY(t);
        QVERIFY(!s_messages.isEmpty());
        for (const QString &m : std::as_const(s_messages))
            QVERIFY2(!m.contains(t->value()), qPrintable(m));
        // The log scrubber knows it: a line that would carry it goes out without it.
        QVERIFY(!logging::redact(u"token is "_s + t->value()).contains(t->value()));
    }
};

QTEST_GUILESS_MAIN(TestIntakeToken)
#include "tst_intaketoken.moc"
