#include "intake/optoutcsv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

// The do-not-remind list's CSV file (issue 17): its header, encodings, and a clear error for each
// bad line; a file with any bad line gives no entries to store.
class TestOptOutCsv : public QObject
{
    Q_OBJECT

    static QStringList codes(const OptOutCsv::Report &r)
    {
        QStringList out;
        if (r.fatal)
            out << r.fatal.codeName();
        for (const Error &e : r.bad)
            out << e.field + u' ' + e.codeName();
        return out;
    }

private slots:
    void readsOpenidAndReasonWithOrWithoutBom()
    {
        const QByteArray body = "openid,reason\noA1,投诉过\n  oB2 ,\"blocked, twice\"\n\noC3,\n";
        for (const QByteArray &bytes : { body, QByteArray(QByteArray("\xEF\xBB\xBF") + body) }) {
            const OptOutCsv::Report r = OptOutCsv::read(bytes, u"ops"_s);
            QVERIFY2(r.usable(), qPrintable(r.problems(true).join(u'\n')));
            QCOMPARE(r.dataRows, 3);
            QCOMPARE(r.entries.size(), 3);
            QCOMPARE(r.entries.at(0).openid, u"oA1"_s);
            QCOMPARE(r.entries.at(0).reason, u"投诉过"_s);
            QCOMPARE(r.entries.at(0).actor, u"ops"_s);
            QCOMPARE(r.entries.at(1).openid, u"oB2"_s); // trimmed
            QCOMPARE(r.entries.at(1).reason, u"blocked, twice"_s);
            QCOMPARE(r.entries.at(2).reason, QString());
        }
        QCOMPARE(OptOutCsv::read(QByteArray("\xEF\xBB\xBF") + body, {}).encoding, u"UTF-8 (with BOM)"_s);
        QCOMPARE(OptOutCsv::read(body, {}).encoding, u"UTF-8"_s);
    }

    void headerMayBeOpenidAloneOrEitherOrder()
    {
        OptOutCsv::Report r = OptOutCsv::read("OpenID\noA1\n", {});
        QVERIFY(r.usable());
        QCOMPARE(r.entries.first().reason, QString());
        r = OptOutCsv::read("reason,openid\nrude,oA1\n", {});
        QVERIFY(r.usable());
        QCOMPARE(r.entries.first().openid, u"oA1"_s);
        QCOMPARE(r.entries.first().reason, u"rude"_s);
    }

    void aWrongHeaderIsTheFilesProblem()
    {
        for (const QByteArray &header : { QByteArray("order_no,openid"), QByteArray("reason"),
                 QByteArray("openid,reason,extra"), QByteArray("openid,openid") }) {
            const OptOutCsv::Report r = OptOutCsv::read(header + "\noA1,x\n", {});
            QVERIFY(!r.usable());
            QCOMPARE(codes(r), QStringList({ u"csv_optout_header"_s }));
            QVERIFY2(r.fatal.englishText().contains(QString::fromLatin1(header)),
                qPrintable(r.fatal.englishText()));
            QVERIFY(r.entries.isEmpty() || !r.usable());
        }
        QCOMPARE(codes(OptOutCsv::read("", {})), QStringList({ u"csv_empty"_s }));
        QCOMPARE(codes(OptOutCsv::read("openid\n\"oA1\n", {})), QStringList({ u"csv_unclosed_quote"_s }));
        QCOMPARE(codes(OptOutCsv::read(QByteArray("o\0p\xff", 4), {})).size(), 1);
    }

    void everyBadLineIsNamedAndNothingIsUsable()
    {
        const QByteArray bytes = "openid,reason\n"
                                 "oGood,fine\n" // 2
                                 "o.bad,dots\n" // 3
                                 ",empty\n" // 4
                                 "oLong,"
            + QByteArray(201, 'x')
            + "\n" // 5
              "oCells,a,b\n" // 6
              "oGood,other reason\n" // 7: repeats line 2 differently
              "oGood,fine\n" // 8: the same again is fine
              "oCtl,\"two\nlines\"\n"; // 9
        const OptOutCsv::Report r = OptOutCsv::read(bytes, {});
        QVERIFY(!r.usable());
        QCOMPARE(codes(r),
            QStringList({ u"line 3, openid openid_invalid"_s, u"line 4, openid field_empty"_s,
                u"line 5, reason field_too_long"_s, u"line 6 csv_too_many_cells"_s,
                u"line 7, openid csv_optout_repeated"_s, u"line 9, reason field_control_characters"_s }));
        QVERIFY(r.bad.at(4).englishText().contains(u"line 2"_s));
        QCOMPARE(r.problems(true).size(), 6);
        QCOMPARE(r.problems(true).first(), u"line 3, openid: "_s + r.bad.first().englishMessage());
    }

    void readFileSaysWhyItCannot()
    {
        const OptOutCsv::Report r = OptOutCsv::readFile(u"/nonexistent/optouts.csv"_s, {});
        QCOMPARE(codes(r), QStringList({ u"csv_cannot_read"_s }));
        QVERIFY(r.fatal.englishText().contains(u"/nonexistent/optouts.csv"_s));
    }
};

QTEST_APPLESS_MAIN(TestOptOutCsv)
#include "tst_optoutcsv.moc"
