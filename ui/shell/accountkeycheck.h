#pragma once

#include "config/configwriter.h"

namespace paynudge {

// What Config::load says about an account's keys (without "accounts/<key>/"), judged with the
// shop's plan of rounds (`roundsText`, as [reminder] rounds says it) by ConfigWriter::parse, so
// the rules stay in one place. The errors name the sub-key they concern ("b.weight",
// "variants", "round3"); `concerns` picks the ones a part of the editor shows.
QList<Error> checkAccountKeys(
    const ConfigValues &accountValues, const QString &roundsText, bool (*concerns)(const QString &subKey));

// "round2.templateId", "round2.fields/thing2", "round2" → 2; anything else → 0.
int roundOfKey(const QString &subKey);
// "b.weight", "b.templateId", "b.fields/thing2" → "b" (a round's templateId and fields are not a
// variant's); anything else → "".
QString variantOfKey(const QString &subKey);

} // namespace paynudge
