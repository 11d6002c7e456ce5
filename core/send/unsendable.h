#pragma once

#include "send/messagerenderer.h"
#include "send/sender.h"

namespace paynudge {

// A rendered message WeChat would refuse (RenderedMessage::error) is not sent: the attempt
// fails with the reason — as a setup error of the account (it pauses, the operator is told) when
// the mapping is at fault, else as this message's content. Both the real and the dry-run sender
// use it, so a dry run shows the failure the live account would have.
inline void refuseUnsendable(const RenderedMessage &message, SendResult &result)
{
    using namespace Qt::StringLiterals;
    result.status = message.setupError ? SendStatus::AccountConfig : SendStatus::MessageRejected;
    result.errmsgProblem = Error(ErrorCode::NotSent).because(message.problem);
    result.errmsg = result.errmsgProblem.englishText();
    if (message.setupError) {
        result.operatorProblem
            = Error(ErrorCode::RenderSetupError, {}, { message.problem.field }).because(message.problem);
        result.operatorHint = result.operatorProblem.englishText();
    }
}

} // namespace paynudge
