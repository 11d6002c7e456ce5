#include "config/config.h"
#include "config/configkeys.h"
#include "config/configwriter.h"
#include "testconfig.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace paynudge;

// The key table is what Config::load, ConfigWriter and the example file follow: these tests hold
// each of them to it, so a key changed in the table changes them all or fails here.
class TestConfigKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &ini)
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"k%1.ini"_s.arg(++n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(ini.toUtf8());
        return path;
    }

    // The INI text that sets one key (of account "a" for per-account keys).
    static QString iniFor(const ConfigKey &k, const QString &value)
    {
        const QString section = k.perAccount() ? u"accounts/a"_s : QString::fromLatin1(k.section);
        return u"[%1]\n%2=%3\n"_s.arg(section, QString::fromLatin1(k.name), value);
    }

    static QList<ConfigKey> keysOfType(ConfigKeyType type)
    {
        QList<ConfigKey> keys;
        for (const ConfigKey &k : ConfigKey::all())
            if (k.type == type)
                keys << k;
        return keys;
    }

    // What the file's text of every key is, as ConfigWriter reads it from a loaded Config.
    static QString loaded(const Config &c, const ConfigKey &k)
    {
        return ConfigWriter::valuesOf(c).value(k.path(u"a"_s));
    }

private slots:
    void everyKeyIsDescribed()
    {
        QSet<QString> paths;
        for (const ConfigKey &k : ConfigKey::all()) {
            const QString path = k.path(u"a"_s);
            QVERIFY2(!paths.contains(path), qPrintable(path));
            paths.insert(path);
            QVERIFY2(QString::fromUtf8(k.help).size() > 10, qPrintable(path));
            QCOMPARE(ConfigKey::find(path), &k);
            if (k.type == ConfigKeyType::Integer)
                QVERIFY2(k.min < k.max, qPrintable(path));
            if (k.type == ConfigKeyType::Choice)
                QVERIFY2(k.choiceList().contains(k.defaultValue()), qPrintable(path));
        }
        // The account editor names an account's keys without their section.
        QCOMPARE(ConfigKey::find(u"kind"_s), &ConfigKey::get(ConfigKeyId::AccountKind));
        QCOMPARE(
            ConfigKey::find(u"accounts/shop1/fields/thing2"_s), &ConfigKey::get(ConfigKeyId::AccountFields));
        QCOMPARE(ConfigKey::find(u"reminder/nosuchkey"_s), nullptr);
    }

    void rangesComeFromTheTable_data()
    {
        QTest::addColumn<int>("id");
        for (const ConfigKey &k : keysOfType(ConfigKeyType::Integer))
            QTest::newRow(qPrintable(k.path(u"a"_s))) << int(k.id);
    }

    void rangesComeFromTheTable()
    {
        QFETCH(int, id);
        const ConfigKey &k = ConfigKey::get(ConfigKeyId(id));
        const QString path = k.path(u"a"_s);
        for (const qint64 fits : { k.min, k.max }) {
            QList<Error> errors;
            const Config c = Config::load(write(iniFor(k, QString::number(fits))), &errors);
            QVERIFY2(errors.isEmpty(), qPrintable(configErrorLine(errors.value(0))));
            QCOMPARE(loaded(c, k), QString::number(fits));
        }
        for (const qint64 outside : { k.min - 1, k.max + 1 }) {
            QList<Error> errors;
            Config::load(write(iniFor(k, QString::number(outside))), &errors);
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().code, ErrorCode::ConfigOutOfRange);
            QCOMPARE(errors.first().field, path);
            QCOMPARE(errors.first().args,
                QStringList({ QString::number(outside), QString::number(k.min), QString::number(k.max) }));
            QVERIFY2(configErrorLine(errors.first())
                         .contains(u"from %1 to %2"_s.arg(QString::number(k.min), QString::number(k.max))),
                qPrintable(configErrorLine(errors.first())));
        }
    }

    void choicesComeFromTheTable_data()
    {
        QTest::addColumn<int>("id");
        for (const ConfigKey &k : keysOfType(ConfigKeyType::Choice))
            QTest::newRow(qPrintable(k.path(u"a"_s))) << int(k.id);
    }

    void choicesComeFromTheTable()
    {
        QFETCH(int, id);
        const ConfigKey &k = ConfigKey::get(ConfigKeyId(id));
        for (const QString &choice : k.choiceList()) {
            QList<Error> errors;
            QString ini = iniFor(k, choice);
            if (k.id == ConfigKeyId::AccountTokenSource && choice == u"url")
                ini += u"tokenUrl=https://tokens.example/\n"_s; // the rule that goes with it
            const Config c = Config::load(write(ini), &errors);
            QVERIFY2(errors.isEmpty(), qPrintable(configErrorLine(errors.value(0))));
            QCOMPARE(loaded(c, k), choice);
        }
        QList<Error> errors;
        Config::load(write(iniFor(k, u"none-of-these"_s)), &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().code, ErrorCode::ConfigNotAChoice);
        QCOMPARE(errors.first().args, QStringList({ u"none-of-these"_s, k.choiceList().join(u", "_s) }));
    }

    void defaultsComeFromTheTable()
    {
        // One account with nothing but a name: every other key at its default.
        QList<Error> errors;
        const Config c = Config::load(write(u"[accounts/a]\nname=A\n"_s), &errors);
        QVERIFY(errors.isEmpty());
        for (const ConfigKey &k : ConfigKey::all()) {
            if (k.id == ConfigKeyId::AccountName || k.type == ConfigKeyType::TemplateField
                || k.id == ConfigKeyId::IntakeToken) // a secret: ConfigWriter never writes it
                continue;
            const QString expected = k.type == ConfigKeyType::TimeZone
                ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) // empty: the system's
                : k.defaultValue();
            QCOMPARE(loaded(c, k), expected);
        }
        QVERIFY(c.intake.token.isEmpty());
    }

    void theStructsAgreeWithTheTable()
    {
        // Code that builds a Config by hand starts where an empty file does.
        Config byHand;
        AccountConfig a;
        a.key = u"a"_s;
        byHand.accounts << a;
        QList<Error> errors;
        Config loaded = Config::load(write(u"[accounts/a]\nname=\n"_s), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(ConfigWriter::valuesOf(byHand), ConfigWriter::valuesOf(loaded));
    }

    void theWriterWritesEveryKey()
    {
        Config c = Config::defaults();
        c.accounts.first().key = u"a"_s;
        c.accounts.first().fields = { { u"thing2"_s, u"{product}"_s } };
        const ConfigValues values = ConfigWriter::valuesOf(c);
        QSet<QString> written(values.keyBegin(), values.keyEnd());
        for (const ConfigKey &k : ConfigKey::all()) {
            if (k.id == ConfigKeyId::IntakeToken)
                continue; // a secret: SecretStore keeps it
            const QString path
                = k.type == ConfigKeyType::TemplateField ? u"accounts/a/fields/thing2"_s : k.path(u"a"_s);
            QVERIFY2(written.remove(path), qPrintable(path));
        }
        QVERIFY2(written.isEmpty(), qPrintable(QStringList(written.cbegin(), written.cend()).join(u", "_s)));
    }

    void theExampleFileShowsEveryKeyWithItsDefault()
    {
        const QString file = QStringLiteral(PAYNUDGE_SOURCE_DIR "/resources/paynudge.example.ini");
        QVERIFY(QFile::exists(file));
        const QSettings example(file, QSettings::IniFormat);
        const QStringList keys = example.allKeys();
        const auto value = [&](const QString &key) {
            const QVariant v = example.value(key);
            return v.userType() == QMetaType::QStringList ? v.toStringList().join(u", "_s) : v.toString();
        };
        QString account;
        for (const QString &key : keys)
            if (key.startsWith(u"accounts/"))
                account = key.section(u'/', 1, 1);
        QVERIFY(!account.isEmpty());

        for (const ConfigKey &k : ConfigKey::all()) {
            if (k.type == ConfigKeyType::TemplateField) {
                const QString prefix = k.path(account).chopped(1); // "accounts/shop1/fields/"
                QVERIFY2(std::any_of(keys.cbegin(), keys.cend(),
                             [&](const QString &key) { return key.startsWith(prefix); }),
                    qPrintable(prefix));
                continue;
            }
            const QString path = k.path(account);
            QVERIFY2(keys.contains(path), qPrintable(u"%1 is missing from the example"_s.arg(path)));
            // An account's empty keys may show an example value: they have no default to show.
            if (!(k.perAccount() && k.defaultValue().isEmpty()))
                QCOMPARE(value(path), k.defaultValue());
        }
        for (const QString &key : keys)
            QVERIFY2(ConfigKey::find(key), qPrintable(u"%1 is in the example but no key"_s.arg(key)));
    }
};

QTEST_GUILESS_MAIN(TestConfigKeys)
#include "tst_configkeys.moc"
