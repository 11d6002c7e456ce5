#include "wechat/setupmistakes.h"

#include "send/messagerenderer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge::wechat {
namespace {

const QString *patternOf(const AccountConfig &account, const QString &key)
{
    for (const auto &[k, pattern] : account.fields)
        if (k == key)
            return &pattern;
    return nullptr;
}

Error repeated(const AccountConfig &a, int errcode, const QString &key, const QString &said)
{
    const QStringList what { a.key, QString::number(SetupMistakes::kCustomersInARow),
        QString::number(errcode), said };
    if (errcode == 47003 && !key.isEmpty())
        return { ErrorCode::SetupRepeatedKey, {},
            what + QStringList { key, patternOf(a, key) ? *patternOf(a, key) : QString() } };
    if (errcode == 47003)
        return { ErrorCode::SetupRepeatedMapping, {}, what + QStringList { a.templateId } };
    return { ErrorCode::SetupRepeatedText, {}, what };
}

} // namespace

QString SetupMistakes::keyNamedIn(const QString &errmsg)
{
    static const QRegularExpression key(u"\\bdata\\.([A-Za-z_][A-Za-z0-9_]*)\\.value\\b"_s);
    return key.match(errmsg).captured(1);
}

void SetupMistakes::forget(const QString &accountKey)
{
    m_streaks.remove(accountKey);
}

std::optional<Error> SetupMistakes::judge(
    const AccountConfig &account, const QString &openid, const SendResult &result)
{
    if (result.status == SendStatus::Accepted) { // the setup works for some orders
        m_streaks.remove(account.key);
        return std::nullopt;
    }
    if (result.status != SendStatus::MessageRejected || !result.errcode)
        return std::nullopt;
    const int errcode = *result.errcode;
    QString key;
    if (errcode == 47003) {
        key = keyNamedIn(result.errmsg);
        if (!key.isEmpty()) {
            const QString *pattern = patternOf(account, key);
            if (!pattern)
                return Error(ErrorCode::SetupKeyNotFilled, {},
                    { account.key, account.templateId, key, result.errmsg });
            if (!MessageRenderer::usesOrderData(*pattern))
                return Error(ErrorCode::SetupKeyFixedText, {}, { account.key, key, *pattern, result.errmsg });
        }
    } else if (errcode != 45168 && errcode != 40249) {
        return std::nullopt; // not about content the setup could have written
    }
    // Kept once reached: while nothing is accepted, the next alike failure pauses again.
    QSet<QString> &customers = m_streaks[account.key][QString::number(errcode) + u'|' + key];
    customers.insert(openid);
    if (customers.size() < kCustomersInARow)
        return std::nullopt;
    return repeated(account, errcode, key, result.errmsg);
}

} // namespace paynudge::wechat
