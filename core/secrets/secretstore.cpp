#include "secrets/secretstore.h"

#include "common/logging.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

const QString kService = u"paynudge"_s;

template<typename Job> bool runJob(Job &job, QString *error)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = u"keychain: "_s + job.errorString();
        return false;
    }
    return true;
}

} // namespace

std::optional<QString> SecretStore::fromEnv(const QString &variable, QString *error)
{
    const QByteArray name = variable.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData()) || qEnvironmentVariableIsEmpty(name.constData())) {
        if (error)
            *error = u"the environment variable %1 is not set"_s.arg(variable);
        return std::nullopt;
    }
    const QString value = qEnvironmentVariable(name.constData()).trimmed();
    logging::registerSecret(value);
    return value;
}

std::optional<QString> SecretStore::fromFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = u"the secret file %1 does not exist"_s.arg(path);
        return std::nullopt;
    }
    const auto perms = info.permissions();
    if (perms
        & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
            | QFileDevice::WriteOther)) {
        if (error)
            *error = u"the secret file %1 can be read by others; run: chmod 600 %1"_s.arg(path);
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read the secret file %1: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    const QString value = QString::fromUtf8(f.readAll()).trimmed();
    if (value.isEmpty()) {
        if (error)
            *error = u"the secret file %1 is empty"_s.arg(path);
        return std::nullopt;
    }
    logging::registerSecret(value);
    return value;
}

bool SecretStore::toFile(const QString &path, const QString &value, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = u"cannot create the folder of %1"_s.arg(path);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(value.toUtf8() + '\n');
    if (!f.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    // QSaveFile may not carry the permissions over on every platform: make sure.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    logging::registerSecret(value);
    return true;
}

std::optional<QString> SecretStore::fromKeychain(const QString &key, QString *error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    if (!runJob(job, error))
        return std::nullopt;
    const QString value = job.textData();
    if (value.isEmpty()) {
        if (error)
            *error = u"the keychain has no entry %1"_s.arg(key);
        return std::nullopt;
    }
    logging::registerSecret(value);
    return value;
}

bool SecretStore::toKeychain(const QString &key, const QString &value, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(value);
    if (!runJob(job, error))
        return false;
    logging::registerSecret(value);
    return true;
}

bool SecretStore::removeFromKeychain(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    return runJob(job, error);
}

std::optional<QString> SecretStore::resolve(const Source &source, QString *error)
{
    if (!source.env.isEmpty())
        return fromEnv(source.env, error);
    if (!source.file.isEmpty())
        return fromFile(source.file, error);
    return fromKeychain(source.keychainKey, error);
}

std::optional<SecretStore::Kept> SecretStore::keep(const Source &source, const QString &secret,
    const QString &fallbackFile, bool useKeychain, QString *error)
{
    Kept kept;
    if (!source.file.isEmpty()) {
        kept.file = source.file;
        if (!toFile(kept.file, secret, error))
            return std::nullopt;
        return kept;
    }
    if (useKeychain && toKeychain(source.keychainKey, secret, &kept.keychainError))
        return kept;
    if (!useKeychain)
        kept.keychainError = QStringLiteral("no keychain in use");
    kept.file = fallbackFile;
    if (!toFile(kept.file, secret, error))
        return std::nullopt;
    return kept;
}

QString SecretStore::generateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace paynudge
