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
        qCInfo(lcTest).noquote() << "GET https://api.weixin.qq.com/cgi-bin/message/template/send?access_token=ACCESS.TOK-EN_123&x=1";
        qCInfo(lcTest).noquote() << "Authorization: Bearer abcdef123456";
        const QString text = logText();
        QVERIFY(!text.contains(secret));
        QVERIFY(!text.contains(u"ACCESS.TOK-EN_123"_s));
        QVERIFY(!text.contains(u"abcdef123456"_s));
        QVERIFY(text.contains(u"access_token=***&x=1"_s));
        QCOMPARE(logging::redact(u"k="_s + secret), u"k=***"_s);
        logging::forgetSecret(secret);
        QCOMPARE(logging::redact(secret), secret);
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
