#include "config/configwriter.h"
#include "config/inidocument.h"
#include "testconfig.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

class TestConfigWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString path() { return m_dir.filePath(u"c%1.ini"_s.arg(++m_n)); }

    static void writeFile(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

    // What a settings editor starts from: the values of the file as it loads now.
    static ConfigValues valuesIn(const QString &path)
    {
        QList<Error> errors;
        const ConfigValues values = ConfigWriter::valuesOf(Config::load(path, &errors));
        return errors.isEmpty() ? values : ConfigValues();
    }

    static QByteArray exampleIni()
    {
        return readFile(QStringLiteral(PAYNUDGE_SOURCE_DIR "/resources/paynudge.example.ini"));
    }

    // The lines of `after` that are not in `before` (order-insensitive, good enough for INI text).
    static QStringList addedLines(const QByteArray &before, const QByteArray &after)
    {
        QStringList old = QString::fromUtf8(before).split(u'\n');
        QStringList added;
        for (const QString &line : QString::fromUtf8(after).split(u'\n')) {
            if (!old.removeOne(line))
                added << line;
        }
        return added;
    }

private slots:
    void valuesReadBackThroughQSettings_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << u"600"_s;
        QTest::newRow("comma list") << u"600, 5400"_s;
        QTest::newRow("semicolon") << u"a;b"_s;
        QTest::newRow("equals") << u"a=b"_s;
        QTest::newRow("hash") << u"#x"_s;
        QTest::newRow("edge spaces") << u" lead and trail "_s;
        QTest::newRow("quotes") << u"say \"hi\""_s;
        QTest::newRow("backslash") << u"C:\\shop\\secret"_s;
        QTest::newRow("at sign") << u"@Variant(x)"_s;
        QTest::newRow("pattern") << u"{placed_at:yyyy-MM-dd HH:mm}"_s;
        QTest::newRow("chinese") << u"西瓜乐园 · 有机苹果"_s;
        QTest::newRow("url") << u"https://shop.example/order/{order_no}?a=1&b=2"_s;
        QTest::newRow("percent") << u"%41%2F"_s;
        QTest::newRow("control then hex") << u"\u0001abc"_s;
        QTest::newRow("tab") << u"a\tb"_s;
        QTest::newRow("empty") << QString();
    }

    void valuesReadBackThroughQSettings()
    {
        QFETCH(QString, value);
        IniDocument doc = IniDocument::fromUtf8(exampleIni());
        doc.setValue(u"accounts/shop1/url"_s, value); // replaced where it stands
        doc.setValue(u"accounts/shop1/fields/thing9"_s, value); // a new key in an account section
        doc.setValue(u"reminder/extra"_s, value); // a new key in a plain section
        const QString p = path();
        writeFile(p, doc.toUtf8());
        QSettings s(p, QSettings::IniFormat);
        for (const QString &key :
            { u"accounts/shop1/url"_s, u"accounts/shop1/fields/thing9"_s, u"reminder/extra"_s }) {
            const QVariant v = s.value(key);
            QCOMPARE(v.userType(), int(QMetaType::QString));
            QCOMPARE(v.toString(), value);
        }
        QCOMPARE(s.status(), QSettings::NoError);
    }

    void changedValueKeepsCommentAndLayout()
    {
        const QByteArray before = exampleIni();
        IniDocument doc = IniDocument::fromUtf8(before);
        doc.setValue(u"reminder/rounds"_s, u"600, 5400"_s);
        const QByteArray after = doc.toUtf8();
        const QStringList added = addedLines(before, after);
        QCOMPARE(added,
            QStringList { u"rounds=\"600, 5400\"            ; seconds after placed_at (any positive value); "
                          u"several: \"600, 5400\"; before the order"_s });
        QCOMPARE(after.count('\n'), before.count('\n'));
    }

    void newKeysJoinTheirSection()
    {
        IniDocument doc = IniDocument::fromUtf8(
            "[reminder]\nrounds=600\n\n; accounts follow\n[accounts/shop1]\nname=A\n");
        doc.setValue(u"reminder/batchSize"_s, u"50"_s);
        doc.setValue(u"accounts/shop1/fields/thing2"_s, u"{product}"_s);
        doc.setValue(u"accounts/shop2/name"_s, u"B"_s);
        doc.setValue(u"wechat/timeout"_s, u"5"_s);
        QCOMPARE(QString::fromUtf8(doc.toUtf8()),
            u"[reminder]\nrounds=600\nbatchSize=50\n\n; accounts follow\n[accounts/shop1]\nname=A\n"
            u"fields/thing2={product}\n\n[accounts/shop2]\nname=B\n\n[wechat]\ntimeout=5\n"_s);
    }

    void qsettingsLayoutIsEditedInPlace()
    {
        // A file QSettings once wrote keeps its own layout.
        IniDocument doc
            = IniDocument::fromUtf8("[accounts]\nshop1\\name=A\nshop1\\fields\\thing2={product}\n");
        QVERIFY(doc.contains(u"accounts/shop1/fields/thing2"_s));
        doc.setValue(u"accounts/shop1/name"_s, u"B"_s);
        doc.setValue(u"accounts/shop1/appid"_s, u"wx0123456789abcdef"_s);
        const QString p = path();
        writeFile(p, doc.toUtf8());
        QSettings s(p, QSettings::IniFormat);
        QCOMPARE(s.value(u"accounts/shop1/name"_s).toString(), u"B"_s);
        QCOMPARE(s.value(u"accounts/shop1/appid"_s).toString(), u"wx0123456789abcdef"_s);
        QCOMPARE(s.value(u"accounts/shop1/fields/thing2"_s).toString(), u"{product}"_s);
        QVERIFY(!doc.toUtf8().contains("[accounts/shop1]"));
    }

    void removeGroupTakesTheSection()
    {
        IniDocument doc = IniDocument::fromUtf8("[accounts/shop1]\nname=A\n\n[accounts/shop2]\nname=B\n; "
                                                "about shop2\nfields/thing2=x\n\n[wechat]\ntimeout=5\n");
        doc.removeGroup(u"accounts/shop2"_s);
        QCOMPARE(QString::fromUtf8(doc.toUtf8()), u"[accounts/shop1]\nname=A\n\n[wechat]\ntimeout=5\n"_s);
    }

    void crlfAndMissingFinalNewlineSurvive()
    {
        IniDocument doc = IniDocument::fromUtf8("[reminder]\r\nrounds=600");
        doc.setValue(u"reminder/rounds"_s, u"900"_s);
        QCOMPARE(doc.toUtf8(), QByteArray("[reminder]\r\nrounds=900"));
    }

    void badValueIsRejectedAndNothingWritten()
    {
        const QString p = path();
        writeFile(p, exampleIni());
        const QByteArray before = readFile(p);
        const ConfigValues values = valuesIn(p);
        QVERIFY(!values.isEmpty());
        ConfigValues edited = values;
        edited[u"reminder/rounds"_s] = u"ten minutes"_s;
        edited[u"intake/listen"_s] = u"localhost"_s;
        ConfigWriter w(p);
        QVERIFY(!w.prepare(values, edited));
        QStringList keys;
        for (const Error &e : w.errors())
            keys << e.field;
        keys.sort();
        QCOMPARE(keys, (QStringList { u"intake/listen"_s, u"reminder/rounds"_s }));
        QVERIFY(!w.commit());
        QCOMPARE(readFile(p), before);
    }

    void validChangeIsWrittenKeepingUnknownKeysAndMode()
    {
        const QString p = path();
        writeFile(p, exampleIni() + "\n[custom]\nmine=keep me ; mine\n");
        QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = readFile(p);
        const ConfigValues values = valuesIn(p);
        ConfigValues edited = values;
        edited[u"reminder/batchSize"_s] = u"50"_s;
        edited[u"accounts/shop1/fields/thing2"_s] = u"{product}（待付款）"_s;
        ConfigWriter w(p);
        QVERIFY2(w.prepare(values, edited), qPrintable(configErrorLine(w.errors().value(0))));
        QVERIFY(w.hasChanges());
        QCOMPARE(readFile(p), before); // prepare writes nothing
        QVERIFY(w.commit());
        QCOMPARE(w.config().reminder.batchSize, 50);

        const QByteArray after = readFile(p);
        QCOMPARE(addedLines(before, after),
            (QStringList { u"batchSize=50          ; reminders claimed per batch"_s,
                u"fields/thing2={product}（待付款）"_s }));
        QVERIFY(after.contains("mine=keep me ; mine"));
        QCOMPARE(QFile::permissions(p) & 0x0077, QFileDevice::Permissions());
        QList<Error> errors;
        const Config reread = Config::load(p, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(reread.reminder.batchSize, 50);
        const auto fields = reread.account(u"shop1"_s)->fields;
        QVERIFY(fields.contains(qMakePair(u"thing2"_s, u"{product}（待付款）"_s)));
    }

    void unchangedValuesWriteNothing()
    {
        const QString p = path();
        writeFile(p, exampleIni());
        const ConfigValues values = valuesIn(p);
        ConfigWriter w(p);
        QVERIFY(w.prepare(values, values));
        QVERIFY(!w.hasChanges());
        QVERIFY(w.commit());
        QCOMPARE(readFile(p), exampleIni());
    }

    void newFileIsOwnerOnlyAndLeavesDefaultsOut()
    {
        const QString p = m_dir.filePath(u"fresh/sub/paynudge.ini"_s);
        const ConfigValues values = ConfigWriter::valuesOf(Config::defaults());
        ConfigValues edited = values;
        edited[u"reminder/quietHours"_s] = u"22:00-08:00"_s;
        ConfigWriter w(p);
        QVERIFY(w.prepare(values, edited));
        QVERIFY(w.commit());
        QCOMPARE(QString::fromUtf8(readFile(p)), u"[reminder]\nquietHours=22:00-08:00\n"_s);
        QCOMPARE(QFile::permissions(p) & 0x0077, QFileDevice::Permissions());
    }

    void addingAnAccountKeepsTheImpliedOne()
    {
        // No account in the file: the implied dry-run account runs. Adding one must not drop it.
        const QString p = path();
        writeFile(p, "[reminder]\nrounds=600\n");
        const ConfigValues values = valuesIn(p);
        ConfigValues edited = values;
        edited[u"accounts/shop2/name"_s] = u"新店"_s;
        edited[u"accounts/shop2/kind"_s] = u"template"_s;
        ConfigWriter w(p);
        QVERIFY(w.prepare(values, edited));
        QVERIFY(w.commit());
        QList<Error> errors;
        const Config c = Config::load(p, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(c.accounts.size(), 2);
        QVERIFY(c.account(Config::implicitAccountKey()));
        QVERIFY(c.account(Config::implicitAccountKey())->dryRun);
        QCOMPARE(c.account(u"shop2"_s)->name, u"新店"_s);
    }

    void removingAnAccountRemovesItsSection()
    {
        const QString p = path();
        writeFile(p, exampleIni() + "\n[accounts/shop2]\nname=B\nlegacyKey=x\n");
        const ConfigValues values = valuesIn(p);
        QVERIFY(!values.isEmpty());
        ConfigValues edited;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (!it.key().startsWith(u"accounts/shop2/"))
                edited.insert(it.key(), it.value());
        ConfigWriter w(p);
        QVERIFY(w.prepare(values, edited));
        QVERIFY(w.commit());
        const QByteArray after = readFile(p);
        QVERIFY(!after.contains("shop2"));
        QVERIFY(!after.contains("legacyKey"));
        QList<Error> errors;
        QCOMPARE(Config::load(p, &errors).accounts.size(), 1);
    }

    void inlineIntakeTokenIsNeitherWrittenNorDropped()
    {
        const QString p = path();
        writeFile(p, "[intake]\ntoken=0123456789abcdef0123\nlisten=127.0.0.1:8787\n");
        QList<Error> errors;
        const Config c = Config::load(p, &errors);
        QVERIFY(!ConfigWriter::valuesOf(c).contains(u"intake/token"_s));
        Config changed = c;
        changed.intake.port = 9000;
        QString error;
        QVERIFY2(ConfigWriter::write(p, changed, &error), qPrintable(error));
        QCOMPARE(QString::fromUtf8(readFile(p)),
            u"[intake]\ntoken=0123456789abcdef0123\nlisten=127.0.0.1:9000\n"_s);
    }

    void writeRoundTripsAConfig()
    {
        Config c = Config::defaults();
        c.reminder.plan.roundOffsetsSec = { 300, 5400 };
        c.reminder.plan.quietHours = QuietHours::parse(u"23:00-07:30"_s);
        c.reminder.plan.quietPolicy = QuietPolicy::Skip;
        c.intake.address = QHostAddress(u"::1"_s);
        c.intake.port = 9100;
        c.language = u"zh_CN"_s;
        AccountConfig a;
        a.key = u"shop1"_s;
        a.name = u"西瓜乐园, 总店"_s;
        a.appid = u"wx0123456789abcdef"_s;
        a.templateId = u"TPL"_s;
        a.url = u"https://shop.example/o/{order_no}?x=1;y=2"_s;
        a.lang = u"en_US"_s;
        a.fields = { { u"amount3"_s, u"{amount}"_s }, { u"thing2"_s, u"{product}"_s } };
        c.accounts = { a };
        const QString p = path();
        QString error;
        QVERIFY2(ConfigWriter::write(p, c, &error), qPrintable(error));
        QList<Error> errors;
        const Config r = Config::load(p, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(ConfigWriter::valuesOf(r), ConfigWriter::valuesOf(c));
        QVERIFY(readFile(p).contains("[accounts/shop1]"));
    }
};

QTEST_GUILESS_MAIN(TestConfigWriter)
#include "tst_configwriter.moc"
