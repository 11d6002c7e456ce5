#pragma once

#include "common/error.h"

#include <QString>

namespace paynudge {

// An error as the store keeps it beside its English words: the code's stable name and its args as
// a JSON array, the error it words around (its cause) as an object at the array's end. A name this
// version does not know (a later one wrote it) reads as no code, and the stored words show.
namespace storedError {

QString code(const Error &error);
QString args(const Error &error);
Error read(const QString &codeName, const QString &args);

} // namespace storedError
} // namespace paynudge
