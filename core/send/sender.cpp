#include "sender.h"

namespace paynudge {

Sender::~Sender() = default;

} // namespace paynudge
