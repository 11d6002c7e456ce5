#include "common/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace paynudge::logging {
namespace {

struct State
{
    QMutex mutex;
    Options options;
    QFile file;
    QSet<QString> secrets;
    bool installed = false;
};

State &state()
{
    static State s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// A registered value next to one of these is part of a longer word, not the secret itself.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

// Masks `secret` where it stands as a whole token, so a short secret such as "short" leaves
// "shorter than 16 characters" alone.
void maskWholeToken(QString &text, const QString &secret)
{
    static const QString mask = u"***"_s;
    qsizetype from = 0;
    while ((from = text.indexOf(secret, from)) >= 0) {
        const qsizetype end = from + secret.size();
        const bool alone = (from == 0 || !isWordChar(text.at(from - 1)))
            && (end == text.size() || !isWordChar(text.at(end)));
        if (alone) {
            text.replace(from, secret.size(), mask);
            from += mask.size();
        } else {
            from = end;
        }
    }
}

QString blankUrlsIn(QString text)
{
    // user:password@ and ?query of any absolute URL in the text; the rest is for the operator.
    static const QRegularExpression url(u"\\b[A-Za-z][A-Za-z0-9+.-]*://[^\\s\"'<>]+"_s);
    qsizetype from = 0;
    QRegularExpressionMatch m;
    while ((m = url.match(text, from)).hasMatch()) {
        const QString raw = m.captured(0);
        const QUrl parsed(raw);
        const bool hidden = parsed.isValid() && (!parsed.userInfo().isEmpty() || parsed.hasQuery());
        const QString shown = hidden ? urlForLog(parsed) : raw;
        text.replace(m.capturedStart(0), raw.size(), shown);
        from = m.capturedStart(0) + shown.size();
    }
    return text;
}

QString redactLocked(const State &s, QString text)
{
    // The WeChat API carries the token in the URL; anything that prints a URL must not leak it.
    static const QRegularExpression tokenParam(
        u"((?:access_token|secret|appsecret)=)[^&\\s\"']+"_s, QRegularExpression::CaseInsensitiveOption);
    text.replace(tokenParam, u"\\1***"_s);
    static const QRegularExpression bearer(
        u"(Bearer\\s+)[^\\s\"']+"_s, QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, u"\\1***"_s);
    for (const QString &secret : s.secrets)
        maskWholeToken(text, secret);
    if (text.contains(u"://"_s))
        text = blankUrlsIn(text);
    return text;
}

void rotateLocked(State &s)
{
    s.file.close();
    const QString base = s.file.fileName();
    QFile::remove(base + u'.' + QString::number(s.options.keepFiles));
    for (int i = s.options.keepFiles - 1; i >= 1; --i)
        QFile::rename(base + u'.' + QString::number(i), base + u'.' + QString::number(i + 1));
    QFile::rename(base, base + u".1"_s);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    const QString clean = redactLocked(s, message);
    const QByteArray line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + levelName(type) + ' ' + (context.category ? context.category : "default") + ": " + clean.toUtf8()
        + '\n';
    if (s.options.toStderr) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    if (s.file.isOpen()) {
        s.file.write(line);
        s.file.flush();
        if (s.file.size() > s.options.maxFileBytes)
            rotateLocked(s);
    }
}

} // namespace

void install(const Options &options)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        if (s.file.isOpen())
            s.file.close();
        if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
            s.file.setFileName(QDir(options.directory).filePath(u"paynudge.log"_s));
            s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
        }
        s.installed = true;
    }
    qInstallMessageHandler(handler);
}

void uninstall()
{
    State &s = state();
    qInstallMessageHandler(nullptr);
    QMutexLocker lock(&s.mutex);
    s.file.close();
    s.installed = false;
}

void registerSecret(const QString &value)
{
    if (value.size() < 4) // a tiny "secret" would scrub ordinary words from every line
        return;
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.secrets.insert(value);
}

void forgetSecret(const QString &value)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.secrets.remove(value);
}

QString urlForLog(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString text = shown.toString();
    const qsizetype hostAt = text.indexOf(u"://"_s);
    if (!url.userName().isEmpty() && hostAt >= 0)
        text.insert(hostAt + 3, url.password().isEmpty() ? u"***@"_s : u"***:***@"_s);
    if (url.hasQuery())
        text += u"?***"_s;
    return text;
}

QString redact(const QString &text)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return redactLocked(s, text);
}

} // namespace paynudge::logging
