#pragma once

#include <QString>
#include <optional>

namespace paynudge::test {

// What WeChat accepts as a template/subscribe value, written from the keyword type table of
// wechat-api.md §2.5 (not from PayNudge's fitting code, so the two are checked against each
// other, not derived from each other). Returns the 47003 errmsg for a value WeChat rejects.
//
// Where the reference is silent the fake chooses, and says so here:
//  - emoji are stripped before checking (the 2023 notice strips them from template messages);
//  - legacy keys (first, keywordN, remark) are never rejected (the notice strips, not rejects);
//  - the errmsg text of a bad value other than "is empty" is not documented: "… value invalid".
class FakeValueRules
{
public:
    static std::optional<QString> check(const QString &key, const QString &value);
    static QString typeOf(const QString &key); // "thing2" → "thing"
    static QString withoutEmoji(const QString &value);
};

} // namespace paynudge::test
