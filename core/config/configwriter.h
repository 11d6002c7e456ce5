#pragma once

#include "config/config.h"
#include "config/inidocument.h"

#include <QMap>
#include <QString>

namespace paynudge {

// Key ("reminder/rounds") → the text the INI file holds for it.
using ConfigValues = QMap<QString, QString>;

// Writes configuration changes back to the INI file without losing what an operator wrote
// there: only keys that changed are touched (comments, layout and unknown keys stay), the result
// is checked by loading it exactly as PayNudge does at start — so the rules live only in
// Config::load — and only a valid result replaces the file, atomically.
// Secrets never pass through here: the intake token and AppSecrets live in SecretStore.
class ConfigWriter
{
public:
    explicit ConfigWriter(const QString &path);

    // The text of every key a settings editor manages, as Config::load would read it back.
    // Account keys are "accounts/<key>/<name>", template fields "accounts/<key>/fields/<field>".
    static ConfigValues valuesOf(const Config &config);

    // Applies the difference between `before` (what the editor started from) and `after` to
    // the file's current text and validates the result. Keys only in `before` are removed; an
    // account that disappears takes its whole section with it; an account the file does not
    // have yet (the implicit dry-run one, or a new one) is written in full. Writes nothing.
    // False: errors() says which keys are wrong, or error() why the file could not be read.
    bool prepare(const ConfigValues &before, const ConfigValues &after);
    // Replaces the file with what prepare() validated (a no-op when nothing changed).
    bool commit();

    bool hasChanges() const { return m_changed; }
    const QList<Error> &errors() const { return m_errors; }
    // Why the file could not be read or written (None when errors() says it all).
    Error error() const { return m_error; }
    // The configuration the prepared file yields (what the engine should apply).
    const Config &config() const { return m_config; }

    // The configuration these values alone would give, judged by Config::load (nothing is
    // written but a temporary file): for checking part of an edit, such as one account.
    static Config parse(const ConfigValues &values, QList<Error> *errors);

    // Writes `config` over the file's current values in one go (prepare + commit).
    static bool write(const QString &path, const Config &config, QString *error);

private:
    static bool loadText(const QByteArray &text, Config *config, QList<Error> *errors, Error *error);

    QString m_path;
    QByteArray m_text;
    bool m_changed = false;
    bool m_prepared = false;
    QList<Error> m_errors;
    Error m_error;
    Config m_config;
};

} // namespace paynudge
