#pragma once

#include "config/config.h"

#include <QString>
#include <cstdio>
#include <optional>

namespace paynudge {

// What the one-shot commands (import, optout-import, backup) print and how they load the configuration.

// `text` and a line break on `stream` (stdout, stderr) in the terminal's encoding.
void writeLine(std::FILE *stream, const QString &text);

// The configuration at `path`, or nothing after saying on stderr, as "paynudge COMMAND: …", which keys
// are wrong.
std::optional<Config> loadCommandConfig(const QString &command, const QString &path);

} // namespace paynudge
