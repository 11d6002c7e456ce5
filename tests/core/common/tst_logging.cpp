#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

Q_LOGGING_CATEGORY(lcTest, "paynudge.test.logging")

class TestLogging : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString logText()
    {
        QFile f(QDir(m_dir.path()).filePath(u"paynudge.log"_s));
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll());
    }

private slots:
    void init()
    {
        const QStringList old = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString &f : old)
            QFile::remove(QDir(m_dir.path()).filePath(f));
        logging::install({ m_dir.path(), false });
    }
    void cleanup() { logging::uninstall(); }

    void writesCategoryAndLevel()
    {
        qCWarning(lcTest) << "hello" << 42;
        QVERIFY(logText().contains(u"warning paynudge.test.logging: hello 42"_s));
    }

    void scrubsRegisteredSecretsAndTokens()
    {
        const QString secret = u"0123456789abcdef0123456789abcdef"_s;
        logging::registerSecret(secret);
        qCInfo(lcTest).noquote() << "secret is" << secret;
        qCInfo(lcTest).noquote()
            << "GET "
               "https://api.weixin.qq.com/cgi-bin/message/template/send?access_token=ACCESS.TOK-EN_123&x=1";
        qCInfo(lcTest).noquote() << "Authorization: Bearer abcdef123456";
        const QString text = logText();
        QVERIFY(!text.contains(secret));
        QVERIFY(!text.contains(u"ACCESS.TOK-EN_123"_s));
        QVERIFY(!text.contains(u"abcdef123456"_s));
        QVERIFY(text.contains(u"send?***"_s)); // the whole query goes, the token with it
        QCOMPARE(logging::redact(u"k="_s + secret), u"k=***"_s);
        logging::forgetSecret(secret);
        QCOMPARE(logging::redact(secret), secret);
    }

    void masksSecretsOnlyAsWholeTokens()
    {
        // An intake token too short to be accepted is still registered; its error must stay legible.
        logging::registerSecret(u"short"_s);
        QCOMPARE(logging::redact(u"the token in /etc/pn/token is shorter than 16 characters"_s),
            u"the token in /etc/pn/token is shorter than 16 characters"_s);
        QCOMPARE(logging::redact(u"token short, again:short; \"short\" (short)"_s),
            u"token ***, again:***; \"***\" (***)"_s);
        QCOMPARE(logging::redact(u"short"_s), u"***"_s);
        QCOMPARE(logging::redact(u"Bshort short_x x-short shortly 1short"_s),
            u"Bshort short_x x-short shortly 1short"_s); // letters, digits, '_' and '-' join a word
        QCOMPARE(logging::redact(u"a=short&b=shortshort&c=short"_s), u"a=***&b=shortshort&c=***"_s);
        logging::forgetSecret(u"short"_s);

        logging::registerSecret(u"abc"_s); // too short to be a secret: masking it would scrub words
        QCOMPARE(logging::redact(u"abc def"_s), u"abc def"_s);
        logging::forgetSecret(u"abc"_s);
    }

    void urlsLoseUserPasswordAndQuery_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::newRow("all") << u"https://shop:pa55word@tokens.example.com:8443/wx/token?appid=wx1&key=K3Y"_s
                             << u"https://***:***@tokens.example.com:8443/wx/token?***"_s;
        QTest::newRow("user only") << u"http://shop@127.0.0.1/t"_s << u"http://***@127.0.0.1/t"_s;
        QTest::newRow("query only") << u"https://api.weixin.qq.com/cgi-bin/token?secret=S"_s
                                    << u"https://api.weixin.qq.com/cgi-bin/token?***"_s;
        QTest::newRow("plain") << u"https://api.weixin.qq.com"_s << u"https://api.weixin.qq.com"_s;
        QTest::newRow("empty query") << u"https://h/p?"_s << u"https://h/p?***"_s;
    }
    void urlsLoseUserPasswordAndQuery()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QCOMPARE(logging::urlForLog(QUrl(url)), shown);
        // The same URL inside a log line, however the caller printed it.
        QCOMPARE(logging::redact(u"GET "_s + url + u" → 200"_s), u"GET "_s + shown + u" → 200"_s);
    }

    void debugLinesCarryNoUrlCredentials()
    {
        QLoggingCategory::setFilterRules(u"paynudge.test.logging.debug=true"_s);
        const QUrl tokenUrl(u"https://shop:pa55word@tokens.example.com/wx/token?appid=wx1&key=K3Yvalue"_s);
        qCDebug(lcTest) << "token from" << tokenUrl; // QDebug prints QUrl with its password
        qCDebug(lcTest).noquote() << "token from" << tokenUrl.toString();
        QLoggingCategory::setFilterRules({});
        const QString text = logText();
        QCOMPARE(text.count(u"debug paynudge.test.logging"_s), 2);
        QVERIFY2(!text.contains(u"pa55word"_s) && !text.contains(u"K3Yvalue"_s) && !text.contains(u"shop:"_s),
            qPrintable(text));
        QVERIFY(text.contains(u"https://***:***@tokens.example.com/wx/token?***"_s));
    }

    void rotatesBySize()
    {
        logging::install({ m_dir.path(), false, 2000, 2 });
        for (int i = 0; i < 200; ++i)
            qCInfo(lcTest) << "line" << i << QString(20, u'x');
        const QDir dir(m_dir.path());
        QVERIFY(dir.exists(u"paynudge.log.1"_s));
        QVERIFY(dir.exists(u"paynudge.log.2"_s));
        QVERIFY(!dir.exists(u"paynudge.log.3"_s)); // only `keepFiles` are kept
        QVERIFY(QFileInfo(dir.filePath(u"paynudge.log"_s)).size() <= 2100);
        QVERIFY(logText().contains(u"line 199"_s));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
