#include "logging.h"

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
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

QString redactLocked(const State &s, QString text)
{
    // The WeChat API carries the token in the URL; anything that prints a URL must not leak it.
    static const QRegularExpression tokenParam(u"((?:access_token|secret|appsecret)=)[^&\\s\"']+"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    text.replace(tokenParam, u"\\1***"_s);
    static const QRegularExpression bearer(u"(Bearer\\s+)[^\\s\"']+"_s, QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, u"\\1***"_s);
    for (const QString &secret : s.secrets)
        text.replace(secret, u"***"_s);
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

QString redact(const QString &text)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return redactLocked(s, text);
}

} // namespace paynudge::logging
