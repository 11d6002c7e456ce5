#include "console/operatoractions.h"
#include "settingsfixture.h"
#include "shell/accounteditor.h"
#include "shell/accountspage.h"
#include "shell/reminderpage.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// A save of the settings dialog is audited (issue 17): each changed key with old → new and the
// operator, a typed secret as "changed" only, and nothing recorded again at the next start.
class TestSettingsAudit : public QObject
{
    Q_OBJECT

    static QList<AuditRecord> settingLines(Engine &engine)
    {
        AuditFilter filter;
        filter.kind = QString::fromUtf16(auditKind::Setting);
        QString error;
        return engine.auditLines(filter, nullptr, &error);
    }

private slots:
    void aSaveIsAuditedWithTheOperatorAndSecretsOnlyAsChanged()
    {
        DialogFixture f;
        Engine &engine = *f.engine->engine;
        QCOMPARE(settingLines(engine).size(), 0); // the first start keeps a baseline only
        const int batchBefore = engine.config().reminder.batchSize;
        f.field<QSpinBox>(f.dialog->reminderPage(), u"reminder/batchSize"_s)->setValue(batchBefore + 7);

        AccountsPage *page = f.dialog->accountsPage();
        f.dialog->showPage(page);
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        AccountEditor *editor = page->editor();
        f.type(editor->keyEdit(), u"shop9"_s);
        f.type(qobject_cast<QLineEdit *>(editor->fieldFor(u"appid"_s)), u"wx00112233445566ff"_s);
        f.type(qobject_cast<QLineEdit *>(editor->fieldFor(u"templateId"_s)), u"TPL9"_s);
        f.type(
            qobject_cast<QLineEdit *>(editor->fieldFor(u"secretFile"_s)), f.dir.filePath(u"shop9.secret"_s));
        const QString secret = u"0123456789abcdef0123456789abcdef"_s;
        f.type(editor->secretEdit(), secret);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));

        const QList<AuditRecord> lines = settingLines(engine);
        QVERIFY(!lines.isEmpty());
        AuditRecord batch;
        AuditRecord secretLine;
        for (const AuditRecord &r : lines) {
            QCOMPARE(r.actor, OperatorActions::actor());
            QCOMPARE(r.at, kT0);
            if (r.subject == u"reminder/batchSize")
                batch = r;
            if (r.subject == u"accounts/shop9/secret")
                secretLine = r;
        }
        QCOMPARE(batch.oldValue, QString::number(batchBefore));
        QCOMPARE(batch.newValue, QString::number(batchBefore + 7));
        QCOMPARE(secretLine.detail, u"changed"_s);
        QVERIFY(secretLine.oldValue.isEmpty() && secretLine.newValue.isEmpty());
        QCOMPARE(countWhere(engine,
                     u"SELECT COUNT(*) FROM audit_log WHERE subject || old_value || new_value || detail "
                     u"LIKE '%0123456789abcdef%'"_s),
            0);
        QCOMPARE(countWhere(engine,
                     u"SELECT COUNT(*) FROM audit_log WHERE subject = 'accounts/shop9/appid' AND "
                     u"new_value = 'wx00112233445566ff'"_s),
            1);
        QCOMPARE(countWhere(engine, u"SELECT COUNT(*) FROM meta WHERE value LIKE '%0123456789abcdef%'"_s), 0);

        // The engine restarted on the file the dialog wrote: nothing recorded twice.
        const qsizetype before = lines.size();
        QList<Error> errors;
        const Config written = Config::load(f.configPath, &errors);
        QVERIFY(errors.isEmpty());
        f.dialog.reset();
        f.engine->engine.reset();
        f.engine->engine = std::make_unique<Engine>();
        Engine::Options options;
        options.config = f.engine->onSameStore(written);
        options.dataDir = f.engine->dir.path();
        options.clock = &f.engine->clock;
        QVERIFY2(f.engine->engine->open(options, &f.engine->error), qPrintable(f.engine->error));
        QCOMPARE(settingLines(*f.engine->engine).size(), before);
    }
};

QTEST_MAIN(TestSettingsAudit)
#include "tst_settingsaudit.moc"
