#include "config/config.h"
#include "config/configkeys.h"
#include "config/configwriter.h"
#include "testconfig.h"

#include <QFile>
#include <QRegularExpression>
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
        QString ini = u"[%1]\n%2=%3\n"_s.arg(section, nameOf(k), value);
        if (QLatin1StringView(k.name).startsWith(u"*."))
            ini += u"variants=a, b\n"_s; // a variant's key needs its split test
        return ini;
    }

    // A key's name in a file: a pattern key's for round 1, variant a, template key thing1.
    static QString nameOf(const ConfigKey &k)
    {
        if (!k.pattern())
            return QString::fromLatin1(k.name);
        const QLatin1StringView name(k.name);
        if (name.startsWith(u"*."))
            return k.nameFor({ u"a"_s, u"thing1"_s });
        return name.startsWith(u"round*") ? k.nameFor({ u"1"_s, u"thing1"_s }) : k.nameFor({ u"thing1"_s });
    }
    static QString pathOf(const ConfigKey &k)
    {
        return k.perAccount() ? u"accounts/a/"_s + nameOf(k) : k.path();
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
        return ConfigWriter::valuesOf(c).value(pathOf(k));
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
        // Pattern keys: a round's own before a variant's, whose name is any short identifier.
        QCOMPARE(ConfigKey::find(u"accounts/shop1/round2.templateId"_s),
            &ConfigKey::get(ConfigKeyId::AccountRoundTemplateId));
        QCOMPARE(
            ConfigKey::find(u"round12.fields/thing2"_s), &ConfigKey::get(ConfigKeyId::AccountRoundFields));
        QCOMPARE(ConfigKey::find(u"accounts/shop1/b.templateId"_s),
            &ConfigKey::get(ConfigKeyId::AccountVariantTemplateId));
        QCOMPARE(ConfigKey::find(u"b.fields/thing2"_s), &ConfigKey::get(ConfigKeyId::AccountVariantFields));
        QCOMPARE(ConfigKey::find(u"accounts/shop1/b.weight"_s),
            &ConfigKey::get(ConfigKeyId::AccountVariantWeight));
        QCOMPARE(ConfigKey::find(u"accounts/shop1/round100.templateId"_s),
            &ConfigKey::get(ConfigKeyId::AccountVariantTemplateId)); // a variant "round100": load refuses it
        QCOMPARE(ConfigKey::find(u"accounts/shop1/b.colour"_s), nullptr);
        QCOMPARE(ConfigKey::find(u"policy/perCustomerDaily"_s),
            &ConfigKey::get(ConfigKeyId::PolicyPerCustomerDaily));
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
        const QString path = pathOf(k);
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
                || k.id == ConfigKeyId::IntakeToken // a secret: ConfigWriter never writes it
                || k.pattern()) // only written for a round or variant the file has
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
        AccountConfig &a = c.accounts.first();
        a.key = u"a"_s;
        a.fields = { { u"thing1"_s, u"{product}"_s } };
        a.rounds[1] = TemplateMapping { u"T1"_s, { { u"thing1"_s, u"{close_in}"_s } } };
        a.variants = { TextVariant { u"a"_s, 1, u"T2"_s, { { u"thing1"_s, u"A"_s } } },
            TextVariant { u"b"_s, 2, {}, { { u"thing1"_s, u"B"_s } } } };
        const ConfigValues values = ConfigWriter::valuesOf(c);
        QSet<QString> written(values.keyBegin(), values.keyEnd());
        for (const ConfigKey &k : ConfigKey::all()) {
            if (k.id == ConfigKeyId::IntakeToken)
                continue; // a secret: SecretStore keeps it
            const QString path = pathOf(k);
            QVERIFY2(written.remove(path), qPrintable(path));
        }
        // Variant b's keys too, and what was written reads back as it was.
        QVERIFY(written.remove(u"accounts/a/b.weight"_s));
        QVERIFY(written.remove(u"accounts/a/b.fields/thing1"_s));
        QList<Error> errors;
        const Config back = ConfigWriter::parse(values, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(configErrorLine(errors.value(0))));
        QCOMPARE(ConfigWriter::valuesOf(back), values);
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

        // Keys an account has any number of have no default to show: a commented line shows each.
        QStringList commented;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            static const QRegularExpression line(u"^;\\s*([A-Za-z0-9_.]+(?:/[A-Za-z0-9_]+)?)="_s);
            for (const QString &l : QString::fromUtf8(f.readAll()).split(u'\n'))
                if (const auto m = line.match(l); m.hasMatch())
                    commented << m.captured(1);
        }
        for (const ConfigKey &k : ConfigKey::all()) {
            if (k.pattern() && k.id != ConfigKeyId::AccountFields) {
                QVERIFY2(std::any_of(commented.cbegin(), commented.cend(),
                             [&](const QString &name) { return ConfigKey::find(name) == &k; }),
                    qPrintable(
                        u"%1 is not shown in a comment of the example"_s.arg(QLatin1StringView(k.name))));
                continue;
            }
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
