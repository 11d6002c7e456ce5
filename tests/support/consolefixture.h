#pragma once

#include "scriptedsender.h"
#include "testsupport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace paynudge::test {

// An engine with two accounts whose sends a rule answers: customers whose openid starts with
// "unfollowed" fail with 43004, everyone else gets a dry run. Orders are added one call each.
struct ConsoleFixture
{
    explicit ConsoleFixture(Config config = consoleConfig());
    ~ConsoleFixture();

    static Config consoleConfig();

    // Adds an order placed at `placedAt`; returns its id.
    qint64 add(const QString &orderNo, qint64 placedAt, qint64 amountFen = 12850,
        const QString &account = QStringLiteral("shop1"), const QString &nickname = QStringLiteral("小王"),
        const QString &openid = QStringLiteral("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
    // Moves the clock and waits until the sweep it woke has sent what fell due and the answers
    // the rule gave are recorded (false after 5 s without it; the engine must be running).
    [[nodiscard]] bool advance(qint64 ms);
    // Waits until a sweep ends with every send the rule answered recorded: only messages the
    // test answers itself may still be in flight. `cause` (an answer, a command) queues the sweep.
    [[nodiscard]] bool recordedAfter(const std::function<void()> &cause = {});
    qint64 orderId(const QString &orderNo);
    // Puts an order's first reminder into `unknown`, as a crash past the dedupe window leaves it.
    void makeUnknown(const QString &orderNo);

    std::unique_ptr<EngineFixture> f;
    std::unique_ptr<ScriptedSender> sender;
    Engine &engine() { return *f->engine; }
};

// A CSV the console exported, read back as a spreadsheet would: UTF-8 with its byte-order mark
// (anything else reads as nothing), then its records' fields.
QList<QStringList> readExportedCsv(const QByteArray &bytes);

} // namespace paynudge::test
