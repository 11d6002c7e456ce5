#include "engineinternals.h"
#include "support/intakefixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// GET /api/v1/audit (issue 17): filters, pages by cursor, parameters validated.
class TestAuditApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<IntakeFixture> m_f;
    HttpClient &client() { return *m_f->client; }

    QJsonObject get(const QByteArray &path, int expectStatus = 200)
    {
        const auto r = client().request("GET", path);
        if (r.status != expectStatus)
            qWarning().noquote() << path << r.status << r.body;
        return r.status == expectStatus ? r.json() : QJsonObject { { u"unexpected"_s, r.status } };
    }
    static QStringList subjects(const QJsonObject &page)
    {
        QStringList out;
        for (const QJsonValue &v : page.value(u"lines"_s).toArray())
            out << v.toObject().value(u"subject"_s).toString();
        return out;
    }

private slots:
    void init()
    {
        m_f = std::make_unique<IntakeFixture>();
        QVERIFY2(m_f->ok, qPrintable(m_f->error));
        QList<AuditRecord> lines;
        for (int i = 0; i < 5; ++i)
            lines << AuditRecord { 0, kT0 + i * kMinute, i % 2 ? u"bob"_s : u"alice"_s,
                QString::fromUtf16(i == 4 ? auditKind::Setting : auditKind::Action), u"S%1"_s.arg(i), {},
                u"skip"_s, i == 2 ? u"refused: 已支付"_s : QString() };
        QString error;
        QVERIFY2(EngineInternals::store(m_f->engine()).appendAudit(lines, &error), qPrintable(error));
    }
    void cleanup() { m_f.reset(); }

    void pagesNewestFirstWithACursor()
    {
        QJsonObject page = get("/api/v1/audit?limit=2");
        QCOMPARE(subjects(page), QStringList({ u"S4"_s, u"S3"_s }));
        QCOMPARE(page.value(u"total"_s).toInteger(), 5);
        const QJsonObject first = page.value(u"lines"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"kind"_s).toString(), u"setting"_s);
        QCOMPARE(first.value(u"at_ms"_s).toInteger(), kT0 + 4 * kMinute);
        QCOMPARE(first.value(u"at"_s).toString(), u"2026-03-02T10:04:00Z"_s);
        QString next = page.value(u"next"_s).toString();
        QVERIFY(!next.isEmpty());
        page = get("/api/v1/audit?limit=2&before=" + next.toUtf8());
        QCOMPARE(subjects(page), QStringList({ u"S2"_s, u"S1"_s }));
        next = page.value(u"next"_s).toString();
        page = get("/api/v1/audit?limit=2&before=" + next.toUtf8());
        QCOMPARE(subjects(page), QStringList({ u"S0"_s }));
        QVERIFY(page.value(u"next"_s).isNull()); // the last page
    }

    void filtersByKindActorTimeAndSearch()
    {
        QCOMPARE(subjects(get("/api/v1/audit?kind=setting")), QStringList({ u"S4"_s }));
        QCOMPARE(subjects(get("/api/v1/audit?actor=bob")), QStringList({ u"S3"_s, u"S1"_s }));
        // epoch ms and ISO 8601 with an offset name the same instants; `to` is exclusive
        QCOMPARE(subjects(get("/api/v1/audit?from=1772445660000&to=2026-03-02T18:03:00%2B08:00")),
            QStringList({ u"S2"_s, u"S1"_s }));
        const QJsonObject found = get("/api/v1/audit?search=" + QUrl::toPercentEncoding(u"已支付"_s));
        QCOMPARE(subjects(found), QStringList({ u"S2"_s }));
        QCOMPARE(found.value(u"total"_s).toInteger(), 1);
    }

    void badParametersAreRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("time") << QByteArray("from=yesterday") << u"from"_s;
        QTest::newRow("seconds not ms") << QByteArray("from=1772445600") << u"from"_s;
        QTest::newRow("no offset") << QByteArray("to=2026-03-02T18:00:00") << u"to"_s;
        QTest::newRow("kind") << QByteArray("kind=settings") << u"kind"_s;
        QTest::newRow("limit 0") << QByteArray("limit=0") << u"limit"_s;
        QTest::newRow("limit big") << QByteArray("limit=1001") << u"limit"_s;
        QTest::newRow("cursor") << QByteArray("before=abc") << u"before"_s;
        QTest::newRow("unknown") << QByteArray("sort=at") << u"sort"_s;
        QTest::newRow("twice") << QByteArray("kind=action&kind=setting") << u"kind"_s;
        QTest::newRow("backwards") << QByteArray("from=1772445900000&to=1772445600000") << u"to"_s;
    }
    void badParametersAreRefusedClearly()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, field);
        const auto r = client().request("GET", "/api/v1/audit?" + query);
        QCOMPARE(r.status, 400);
        const QJsonObject error = r.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"field"_s).toString(), field);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    }

    void needsTheToken()
    {
        const auto r
            = client().requestRaw(HttpClient::build("GET", "/api/v1/audit", {}, "wrong-token-wrong-token"));
        QCOMPARE(r.status, 401);
    }
};

QTEST_GUILESS_MAIN(TestAuditApi)
#include "tst_auditapi.moc"
