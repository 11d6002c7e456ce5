// No include guard: core/common/error.h includes this list once per use of PAYNUDGE_ERROR.
//
// Every error an operator can meet, one line each: its name in code, its stable code (logs, the
// command line, tests), its English text with %1, %2… for its args. The text is marked for
// translation here and translated where it is shown (Error::text()). Keep lines in groups by part.
// PAYNUDGE_ERROR(Name, "code", QT_TRANSLATE_NOOP("paynudge::Error", "text"))
// config: the field is the key ("reminder/batchSize"), %1 the value the file gives for it
PAYNUDGE_ERROR(ConfigOutOfRange, "config_out_of_range",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected a whole number from %2 to %3"))
PAYNUDGE_ERROR(
    ConfigNotBoolean, "config_not_boolean", QT_TRANSLATE_NOOP("paynudge::Error", "expected true or false"))
PAYNUDGE_ERROR(
    ConfigNotAChoice, "config_not_a_choice", QT_TRANSLATE_NOOP("paynudge::Error", "expected one of: %2"))
PAYNUDGE_ERROR(ConfigBadUrl, "config_bad_url",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected an http:// or https:// URL"))
PAYNUDGE_ERROR(ConfigBadRounds, "config_bad_rounds",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "expected 1 to %2 different positive whole numbers of seconds after placed_at, e.g. \"600\" or "
        "\"600, 5400\""))
PAYNUDGE_ERROR(ConfigBadQuietHours, "config_bad_quiet_hours",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "expected a local time range HH:MM-HH:MM such as 22:00-08:00, or nothing"))
PAYNUDGE_ERROR(ConfigBadTimeZone, "config_bad_time_zone",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "expected an IANA time zone such as Asia/Shanghai, or nothing for the system's"))
PAYNUDGE_ERROR(ConfigBadListen, "config_bad_listen",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "expected an IP address and port such as 127.0.0.1:8787 or [::1]:8787 (port 0: any free port)"))
PAYNUDGE_ERROR(ConfigShortToken, "config_short_token",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "expected at least %2 characters (or leave it empty and let PayNudge generate one)"))
PAYNUDGE_ERROR(ConfigOpenListen, "config_open_listen",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "expected a loopback address such as 127.0.0.1:8787, or set [intake] token or tokenFile before "
        "accepting requests from other machines"))
PAYNUDGE_ERROR(ConfigBadAccountKey, "config_bad_account_key",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected an account key of 1-64 letters, digits, '_' or '-'"))
PAYNUDGE_ERROR(ConfigAccountKeyTaken, "config_account_key_taken",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected a key no other account uses"))
PAYNUDGE_ERROR(ConfigBadAppId, "config_bad_appid",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected an AppID like wx0123456789abcdef (wx + 16 hex digits)"))
PAYNUDGE_ERROR(ConfigTwoSecrets, "config_two_secrets",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected either secretEnv or secretFile, not both"))
PAYNUDGE_ERROR(ConfigNoTokenUrl, "config_no_token_url",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "expected the URL of the shop's token service (tokenSource=url needs it)"))
PAYNUDGE_ERROR(ConfigNoTemplateId, "config_no_template_id",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "expected the template id to send with (required when appid is set)"))
PAYNUDGE_ERROR(ConfigBadFieldKey, "config_bad_field_key",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected a template key such as thing2 or keyword1"))
PAYNUDGE_ERROR(ConfigMalformed, "config_malformed",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected a well-formed INI file"))
PAYNUDGE_ERROR(ConfigUnreadable, "config_unreadable",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected a readable INI file"))
PAYNUDGE_ERROR(ConfigUnusable, "config_unusable",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected a configuration PayNudge can read"))
PAYNUDGE_ERROR(ConfigCannotRead, "config_cannot_read",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot read the configuration %1: %2"))
PAYNUDGE_ERROR(ConfigCannotWrite, "config_cannot_write",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot write the configuration %1: %2"))
PAYNUDGE_ERROR(ConfigCannotCreateFolder, "config_cannot_create_folder",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot create the folder %1"))
PAYNUDGE_ERROR(ConfigCannotCopy, "config_cannot_copy",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot write a temporary copy of the configuration: %1"))
PAYNUDGE_ERROR(ConfigNothingPrepared, "config_nothing_prepared",
    QT_TRANSLATE_NOOP("paynudge::Error", "nothing valid to write"))
