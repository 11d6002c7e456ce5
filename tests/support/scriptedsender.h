#pragma once

#include "send/sender.h"

#include <QList>
#include <functional>

namespace paynudge::test {

// A sender whose answers a test decides: each message is kept until the test finishes it
// (or answered at once by a rule), so in-flight states can be observed.
class ScriptedSender final : public Sender
{
    Q_OBJECT
public:
    using Rule = std::function<std::optional<SendResult>(const OutgoingMessage &)>;
    using Sender::Sender;

    void send(const OutgoingMessage &message) override;

    // Answers every later message immediately (asynchronously) with what the rule returns;
    // a rule returning nothing leaves that message pending.
    void setRule(Rule rule) { m_rule = std::move(rule); }
    void answer(int index, SendStatus status, std::optional<int> errcode = std::nullopt);
    void answerAll(SendStatus status);

    QList<OutgoingMessage> sent; // every message ever handed over, in order
    QList<int> pending; // indexes into `sent` not yet answered

    static SendResult resultFor(
        const OutgoingMessage &m, SendStatus status, std::optional<int> errcode = std::nullopt);

signals:
    // A message is kept for the test to answer (no rule answered it).
    void held();

private:
    Rule m_rule;
};

} // namespace paynudge::test
