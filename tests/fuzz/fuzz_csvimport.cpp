// libFuzzer target: a CSV file as `paynudge import` reads it (encoding detection, RFC 4180
// records, header, row rules, the bad-line report). Reading never touches a store.
#include "intake/csvimport.h"
#include "intake/orderparser.h"

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace paynudge;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CsvImport::Options options = [] {
        CsvImport::Options o;
        o.accounts = { u"shop1"_s, u"shop2"_s };
        o.zone = QTimeZone("Asia/Shanghai");
        o.previewRows = 3;
        return o;
    }();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvImport::Report r = CsvImport::read(bytes, options);
    if (!r.usable()) {
        require(r.good.isEmpty() && !r.fatal.englishText().isEmpty());
        return 0;
    }
    require(r.preview.size() <= options.previewRows);
    require(r.good.size() + r.bad.size() + r.repeated == r.dataRows);
    int previous = 1; // the header's line
    for (const CsvImport::BadLine &b : r.bad) {
        require(
            b.line > 1 && b.line >= previous && !b.problem.englishMessage().isEmpty() && !b.code.isEmpty());
        previous = b.line;
    }
    QSet<QString> numbers;
    for (const CsvImport::Row &row : r.good) {
        require(row.line > 1);
        require(OrderParser::isValidOrderNo(row.order.orderNo));
        require(row.order.amountFen >= 0);
        require(!numbers.contains(row.order.orderNo)); // a number appears once among the good rows
        numbers.insert(row.order.orderNo);
    }
    return 0;
}
