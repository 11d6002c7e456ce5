#pragma once

#include "common/error.h"
#include "config/config.h"

#include <QString>
#include <optional>

namespace paynudge {

class Engine;

// "Make B the only text": ending an account's split test with one of its texts.

// `config` with `variant`'s template and fields as the account's own — folded into each round's
// own mapping too, so every message reads as that text's did — and the split test gone.
// nullopt when the account runs no split test with that text.
std::optional<Config> withOnlyText(const Config &config, const QString &account, const QString &variant);

// Ends the split test of `account` keeping `variant`: writes the configuration file the engine
// runs from (only the account's mapping and variant keys change), applies it to the engine, and
// records it in the audit log (kind split_test, old "a,b", new "b", by `actor`). No error: done;
// SplitTestNotAudited: ended, but the audit line is missing.
Error endSplitTest(Engine &engine, const QString &account, const QString &variant, const QString &actor);

} // namespace paynudge
