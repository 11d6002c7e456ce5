// No include guard: core/common/error.h includes this list once per use of PAYNUDGE_ERROR.
//
// Every error an operator can meet, one line each: its name in code, its stable code (logs, the
// command line, tests), its English text with %1, %2… for its args. The text is marked for
// translation here and translated where it is shown (Error::text()). Keep lines in groups by part.
// PAYNUDGE_ERROR(Name, "code", QT_TRANSLATE_NOOP("paynudge::Error", "text"))

// operator commands (send now, skip, resend, resolve unknown)
PAYNUDGE_ERROR(
    ReminderNotFound, "reminder_not_found", QT_TRANSLATE_NOOP("paynudge::Error", "no such reminder"))
PAYNUDGE_ERROR(OrderNotFound, "order_not_found", QT_TRANSLATE_NOOP("paynudge::Error", "no such order"))
PAYNUDGE_ERROR(ReminderNotSendable, "reminder_not_sendable",
    QT_TRANSLATE_NOOP("paynudge::Error", "only a scheduled reminder can be sent now (this one is %1)"))
PAYNUDGE_ERROR(ReminderNotSkippable, "reminder_not_skippable",
    QT_TRANSLATE_NOOP("paynudge::Error", "only a scheduled reminder can be skipped (this one is %1)"))
PAYNUDGE_ERROR(ReminderNotUnknown, "reminder_not_unknown",
    QT_TRANSLATE_NOOP("paynudge::Error", "only a reminder in state unknown can be resolved (this one is %1)"))
PAYNUDGE_ERROR(OrderNotUnpaid, "order_not_unpaid",
    QT_TRANSLATE_NOOP("paynudge::Error", "order %1 is %2; nothing is sent for it"))
PAYNUDGE_ERROR(OrderPastClose, "order_past_close",
    QT_TRANSLATE_NOOP("paynudge::Error", "order %1 has passed its close time"))
PAYNUDGE_ERROR(SendTooSoon, "send_too_soon",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "a reminder of this order went out %1 ago; send again in %2 at the earliest, so the customer does "
        "not get two within %3"))
// %1 the masked openid, %2 the reason given when it was listed
PAYNUDGE_ERROR(CustomerOptedOut, "customer_opted_out",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the customer %1 is on the do-not-remind list (%2); nothing is sent to them, by hand either"))
PAYNUDGE_ERROR(ReminderChanged, "reminder_changed",
    QT_TRANSLATE_NOOP("paynudge::Error", "the reminder changed meanwhile; try again"))
PAYNUDGE_ERROR(
    SkipNotRecorded, "skip_not_recorded", QT_TRANSLATE_NOOP("paynudge::Error", "cannot record the skip"))
PAYNUDGE_ERROR(SkipNotCommitted, "skip_not_committed",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot commit the skip: %1"))
PAYNUDGE_ERROR(DecisionNotRecorded, "decision_not_recorded",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot record the decision"))
PAYNUDGE_ERROR(DecisionNotCommitted, "decision_not_committed",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot commit the decision: %1"))
PAYNUDGE_ERROR(ResendNotCommitted, "resend_not_committed",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot commit the resend: %1"))
// "Make B the only text" (issue 17): %1 the account key, %2 the text's name
PAYNUDGE_ERROR(SplitTestNotRunning, "split_test_not_running",
    QT_TRANSLATE_NOOP("paynudge::Error", "account %1 runs no split test with a text named %2"))
// %1 the account key, %2 the store's words
PAYNUDGE_ERROR(SplitTestNotAudited, "split_test_not_audited",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the split test of %1 ended, but the audit log could not record it: %2"))
// The store's own words (SQLite's), which only a log reader can act on: the English shows them as
// they are, the translation says what they are.
PAYNUDGE_ERROR(StoreFailed, "store_failed", QT_TRANSLATE_NOOP("paynudge::Error", "%1"))

// order fields (the intake API's English `message` and the CSV import's problems, one text)
PAYNUDGE_ERROR(FieldRequired, "field_required", QT_TRANSLATE_NOOP("paynudge::Error", "%1 is required"))
PAYNUDGE_ERROR(
    FieldNotString, "field_not_string", QT_TRANSLATE_NOOP("paynudge::Error", "%1 must be a string"))
PAYNUDGE_ERROR(
    FieldEmpty, "field_empty", QT_TRANSLATE_NOOP("paynudge::Error", "%1 is required and must not be empty"))
PAYNUDGE_ERROR(FieldUnpairedSurrogate, "field_unpaired_surrogate",
    QT_TRANSLATE_NOOP("paynudge::Error", "%1 holds an unpaired surrogate (\\ud800 and the like)"))
PAYNUDGE_ERROR(
    FieldTooLong, "field_too_long", QT_TRANSLATE_NOOP("paynudge::Error", "%1 is longer than %2 characters"))
PAYNUDGE_ERROR(FieldControlCharacters, "field_control_characters",
    QT_TRANSLATE_NOOP("paynudge::Error", "%1 must not contain control characters or line breaks"))
PAYNUDGE_ERROR(AmountNotWholeFen, "amount_not_whole_fen",
    QT_TRANSLATE_NOOP("paynudge::Error", "%1 must be a whole number of fen, e.g. 12850 for ¥128.50"))
PAYNUDGE_ERROR(AmountNotNumber, "amount_not_number",
    QT_TRANSLATE_NOOP("paynudge::Error", "%1 must be a number (whole fen)"))
PAYNUDGE_ERROR(
    AmountNegative, "amount_negative", QT_TRANSLATE_NOOP("paynudge::Error", "%1 must not be negative"))
PAYNUDGE_ERROR(AmountTooLarge, "amount_too_large", QT_TRANSLATE_NOOP("paynudge::Error", "%1 is too large"))
PAYNUDGE_ERROR(TimeWrongType, "time_wrong_type",
    QT_TRANSLATE_NOOP("paynudge::Error", "%1 must be an RFC 3339 string or epoch seconds"))
PAYNUDGE_ERROR(TimeInvalid, "time_invalid",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "%1 must be an RFC 3339 time with an offset (2026-03-02T18:00:00+08:00) or whole epoch seconds, "
        "between "
        "the years 2000 and 2099"))
PAYNUDGE_ERROR(
    VarsNotObject, "vars_not_object", QT_TRANSLATE_NOOP("paynudge::Error", "%1 must be an object of strings"))
PAYNUDGE_ERROR(
    VarsTooMany, "vars_too_many", QT_TRANSLATE_NOOP("paynudge::Error", "%1 holds more than %2 variables"))
PAYNUDGE_ERROR(VarNameInvalid, "var_name_invalid",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "a variable name is 1-64 letters, digits or '_' and does not start with a digit"))
PAYNUDGE_ERROR(VarNotString, "var_not_string",
    QT_TRANSLATE_NOOP("paynudge::Error", "%1 must be a string (vars hold strings only)"))
PAYNUDGE_ERROR(OrderUnknownField, "order_unknown_field",
    QT_TRANSLATE_NOOP("paynudge::Error", "unknown field %1; an order has: %2"))
PAYNUDGE_ERROR(EventUnknownField, "event_unknown_field",
    QT_TRANSLATE_NOOP("paynudge::Error", "unknown field %1; the body may hold only %2"))
PAYNUDGE_ERROR(OrderNoInvalid, "order_no_invalid",
    QT_TRANSLATE_NOOP("paynudge::Error", "order_no must be 1-64 letters, digits, '_' or '-'"))
PAYNUDGE_ERROR(AccountNotConfigured, "account_not_configured",
    QT_TRANSLATE_NOOP("paynudge::Error", "account %1 is not configured; configured: %2"))
PAYNUDGE_ERROR(OpenidInvalid, "openid_invalid",
    QT_TRANSLATE_NOOP("paynudge::Error", "openid must be the customer's openid (letters, digits, '_', '-')"))
PAYNUDGE_ERROR(CloseBeforePlaced, "close_before_placed",
    QT_TRANSLATE_NOOP("paynudge::Error", "close_at must be after placed_at"))
PAYNUDGE_ERROR(UrlInvalid, "url_invalid",
    QT_TRANSLATE_NOOP("paynudge::Error", "url must be an http:// or https:// link"))

// csv import
PAYNUDGE_ERROR(CsvCannotRead, "csv_cannot_read", QT_TRANSLATE_NOOP("paynudge::Error", "cannot read %1: %2"))
PAYNUDGE_ERROR(CsvUtf16, "csv_utf16",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" or plain \"CSV\""))
PAYNUDGE_ERROR(CsvBadBom, "csv_bad_bom",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the file starts with a UTF-8 byte order mark but is not valid UTF-8"))
PAYNUDGE_ERROR(CsvNoGb18030, "csv_no_gb18030",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the file is not UTF-8, and this system cannot decode GB18030/GBK; save it as \"CSV UTF-8\""))
PAYNUDGE_ERROR(CsvNotText, "csv_not_text",
    QT_TRANSLATE_NOOP("paynudge::Error", "the file is neither UTF-8 nor GB18030/GBK text"))
PAYNUDGE_ERROR(CsvUnclosedQuote, "csv_unclosed_quote",
    QT_TRANSLATE_NOOP("paynudge::Error", "a quoted field is never closed"))
PAYNUDGE_ERROR(CsvEmpty, "csv_empty",
    QT_TRANSLATE_NOOP("paynudge::Error", "the file is empty; it needs a header row naming the fields"))
PAYNUDGE_ERROR(CsvUnknownColumn, "csv_unknown_column",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "unknown column \"%1\"; the columns are %2 and vars.NAME for template variables"))
PAYNUDGE_ERROR(
    CsvColumnTwice, "csv_column_twice", QT_TRANSLATE_NOOP("paynudge::Error", "the column %1 appears twice"))
PAYNUDGE_ERROR(CsvMissingColumn, "csv_missing_column",
    QT_TRANSLATE_NOOP("paynudge::Error", "the header has no %1 column (required: %2)"))
PAYNUDGE_ERROR(CsvTooManyCells, "csv_too_many_cells",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "%1 cells, but the header names %2 columns (a comma inside a value needs quotes)"))
PAYNUDGE_ERROR(CsvOrderNoRepeated, "csv_order_no_repeated",
    QT_TRANSLATE_NOOP("paynudge::Error", "order_no repeats line %1 with different content"))
PAYNUDGE_ERROR(CsvOrderNoStored, "csv_order_no_stored",
    QT_TRANSLATE_NOOP("paynudge::Error", "this order number is already stored with different content"))
// the do-not-remind list's CSV (issue 17); %1 the header as the file gives it
PAYNUDGE_ERROR(CsvOptOutHeader, "csv_optout_header",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the header must be \"openid\" or \"openid,reason\" (this file has \"%1\")"))
// %1 the earlier line
PAYNUDGE_ERROR(CsvOptOutRepeated, "csv_optout_repeated",
    QT_TRANSLATE_NOOP("paynudge::Error", "this openid repeats line %1 with a different reason"))

// wechat: why WeChat refused (pause reasons, the history's reasons). In the texts of an errcode's row:
// %1 account key, %2 AppID, %3 template id, %4 where the AppSecret comes from, %5 mini-program page,
// %6 mini-program AppID, %7 the API's path, %9 what WeChat said
PAYNUDGE_ERROR(WeChatMinus1, "wechat_minus1",
    QT_TRANSLATE_NOOP("paynudge::Error", "WeChat reported a system error (errcode -1); retrying"))
PAYNUDGE_ERROR(WeChat45011, "wechat_45011",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat's per-minute limit for this API was reached (errcode 45011); retrying next minute"))
PAYNUDGE_ERROR(WeChat43108, "wechat_43108",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "another message to this customer was still being delivered (errcode 43108); retrying"))
PAYNUDGE_ERROR(WeChat40001, "wechat_40001",
    QT_TRANSLATE_NOOP("paynudge::Error", "access token invalid or not the latest (errcode 40001)"))
PAYNUDGE_ERROR(
    WeChat40014, "wechat_40014", QT_TRANSLATE_NOOP("paynudge::Error", "access token invalid (errcode 40014)"))
PAYNUDGE_ERROR(
    WeChat42001, "wechat_42001", QT_TRANSLATE_NOOP("paynudge::Error", "access token expired (errcode 42001)"))
PAYNUDGE_ERROR(WeChat45009, "wechat_45009",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the daily quota of this WeChat API is used up for account %1 (errcode 45009); sending resumes at "
        "00:00 Beijing time, or clear the quota in the MP backend (10 times a month)"))
PAYNUDGE_ERROR(WeChat40013, "wechat_40013",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "WeChat does not know the AppID %2 (errcode 40013): check appid in [accounts/%1]"))
PAYNUDGE_ERROR(WeChat40125, "wechat_40125",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected the AppSecret of %2 (errcode 40125): set the current AppSecret (%4), then resume "
        "the account"))
PAYNUDGE_ERROR(WeChat40243, "wechat_40243",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the AppSecret of %2 is frozen by the account's admin (errcode 40243): unfreeze or reset it in the "
        "MP backend, then resume the account"))
PAYNUDGE_ERROR(WeChat41002, "wechat_41002",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the token request carried no AppID (errcode 41002): set appid in [accounts/%1]"))
PAYNUDGE_ERROR(WeChat41004, "wechat_41004",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the token request carried no AppSecret (errcode 41004): provide it (%4)"))
PAYNUDGE_ERROR(WeChat89503, "wechat_89503",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat waits for the account's admin to confirm this computer's IP (errcode 89503): confirm it in "
        "the MP backend, then resume the account"))
PAYNUDGE_ERROR(WeChat89506, "wechat_89506",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the account's admin rejected this computer's IP (errcode 89506): WeChat accepts a new request after "
        "24 hours"))
PAYNUDGE_ERROR(WeChat89507, "wechat_89507",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the account's admin rejected this computer's IP (errcode 89507): WeChat accepts a new request after "
        "1 hour"))
PAYNUDGE_ERROR(WeChat50004, "wechat_50004",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "WeChat forbids the token API for %2 (errcode 50004): see the MP backend"))
PAYNUDGE_ERROR(WeChat50007, "wechat_50007",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the WeChat account %2 is frozen (errcode 50007): see the MP backend"))
PAYNUDGE_ERROR(WeChat48001Template, "wechat_48001_template",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "account %1 lacks permission for this API (errcode 48001): template messages need a certified "
        "service account (认证服务号) with the template-message feature (模板消息) added in the MP backend; "
        "check kind= in [accounts/%1]"))
PAYNUDGE_ERROR(WeChat48001Subscribe, "wechat_48001_subscribe",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "account %1 lacks permission for this API (errcode 48001): subscription notices need the "
        "subscription-notice feature (订阅通知) added to the official account in the MP backend; check kind= "
        "in [accounts/%1]"))
PAYNUDGE_ERROR(WeChat48001MiniProgram, "wechat_48001_miniprogram",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "account %1 lacks permission for this API (errcode 48001): subscribe messages need the "
        "subscribe-message permission (订阅消息) of mini program %2, enabled in the mini program's MP "
        "backend; check kind= in [accounts/%1]"))
PAYNUDGE_ERROR(WeChat45103, "wechat_45103",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat no longer supports the API account %1 sends with (errcode 45103, %7): choose a kind= in "
        "[accounts/%1] that WeChat still offers (template, subscribe or miniprogram), then resume the "
        "account"))
PAYNUDGE_ERROR(WeChat48004, "wechat_48004",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "WeChat has banned this API for account %1 (errcode 48004): see the MP backend"))
PAYNUDGE_ERROR(WeChat50002, "wechat_50002",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "WeChat restricts account %1 (errcode 50002, user limited): see the MP backend"))
PAYNUDGE_ERROR(WeChat40036, "wechat_40036",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the template id \"%3\" is empty or malformed (errcode 40036): check templateId in [accounts/%1]"))
PAYNUDGE_ERROR(WeChat40037, "wechat_40037",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat does not accept template id \"%3\" for account %1 (errcode 40037): it was deleted, belongs "
        "to another account or its category changed; check templateId in [accounts/%1]"))
PAYNUDGE_ERROR(WeChat43116, "wechat_43116",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat restricts template \"%3\" (errcode 43116): choose another template for account %1"))
PAYNUDGE_ERROR(WeChat43107, "wechat_43107",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat has banned subscribe messages or this template for account %1 (errcode 43107): see the MP "
        "backend"))
PAYNUDGE_ERROR(WeChat40246, "wechat_40246",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected the template's keywords (errcode 40246): check the template of account %1"))
PAYNUDGE_ERROR(WeChat40247, "wechat_40247",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the template of account %1 comes from the retired industry library (errcode 40247): add one from "
        "the category library"))
PAYNUDGE_ERROR(WeChat41001, "wechat_41001",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the request carried no access token (errcode 41001): PayNudge sent a request WeChat cannot accept, "
        "please report it; account %1 is paused so nothing is retried in a loop"))
PAYNUDGE_ERROR(WeChat40002, "wechat_40002",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected the grant_type of the token request (errcode 40002): PayNudge sent a request WeChat "
        "cannot accept, please report it; account %1 is paused so nothing is retried in a loop"))
PAYNUDGE_ERROR(WeChat47001, "wechat_47001",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat could not parse the request body (errcode 47001): PayNudge sent a request WeChat cannot "
        "accept, please report it; account %1 is paused so nothing is retried in a loop"))
PAYNUDGE_ERROR(WeChat40033, "wechat_40033",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected \\u escapes in the request body (errcode 40033): PayNudge sent a request WeChat "
        "cannot accept, please report it; account %1 is paused so nothing is retried in a loop"))
PAYNUDGE_ERROR(WeChat40008, "wechat_40008",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected the message type (errcode 40008): PayNudge sent a request WeChat cannot accept, "
        "please report it; account %1 is paused so nothing is retried in a loop"))
PAYNUDGE_ERROR(WeChat45109, "wechat_45109",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the API used has been retired by WeChat (errcode 45109): PayNudge sent a request WeChat cannot "
        "accept, please report it; account %1 is paused so nothing is retried in a loop"))
PAYNUDGE_ERROR(WeChat43002, "wechat_43002",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat requires POST for this API (errcode 43002): PayNudge sent a request WeChat cannot accept, "
        "please report it; account %1 is paused so nothing is retried in a loop"))
PAYNUDGE_ERROR(WeChat40003, "wechat_40003",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat does not know this customer's openid for account %1 (errcode 40003): empty, from another "
        "AppID (e.g. a mini program) or the customer is gone"))
PAYNUDGE_ERROR(WeChat43004, "wechat_43004",
    QT_TRANSLATE_NOOP("paynudge::Error", "the customer does not follow the official account (errcode 43004)"))
PAYNUDGE_ERROR(WeChat43019, "wechat_43019",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the customer is on the official account's blacklist (errcode 43019)"))
PAYNUDGE_ERROR(WeChat48002, "wechat_48002",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the customer has turned off messages from the official account (errcode 48002)"))
PAYNUDGE_ERROR(WeChat43101, "wechat_43101",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the customer has no remaining subscription consent for this template (errcode 43101)"))
PAYNUDGE_ERROR(WeChat47003, "wechat_47003",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected a template value (errcode 47003): check the field mapping of account %1"))
PAYNUDGE_ERROR(WeChat47003Said, "wechat_47003_said",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected a template value (errcode 47003): check the field mapping of account %1: %9"))
PAYNUDGE_ERROR(WeChat45168, "wechat_45168",
    QT_TRANSLATE_NOOP("paynudge::Error", "WeChat found sensitive words in the message (errcode 45168)"))
PAYNUDGE_ERROR(WeChat45168Said, "wechat_45168_said",
    QT_TRANSLATE_NOOP("paynudge::Error", "WeChat found sensitive words in the message (errcode 45168): %9"))
PAYNUDGE_ERROR(WeChat40249, "wechat_40249",
    QT_TRANSLATE_NOOP("paynudge::Error", "WeChat judged the message to be marketing content (errcode 40249)"))
PAYNUDGE_ERROR(WeChat40249Said, "wechat_40249_said",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "WeChat judged the message to be marketing content (errcode 40249): %9"))
PAYNUDGE_ERROR(WeChat40039, "wechat_40039",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "WeChat rejected the link's length (errcode 40039): check url in [accounts/%1]"))
PAYNUDGE_ERROR(WeChat40039Said, "wechat_40039_said",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected the link's length (errcode 40039): check url in [accounts/%1]: %9"))
PAYNUDGE_ERROR(WeChat41030, "wechat_41030",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected the mini-program page \"%5\" (errcode 41030): it must be a page of the released "
        "version of mini program %6, spelt as in its app.json; check miniprogramPage in [accounts/%1], then "
        "resume the account"))
PAYNUDGE_ERROR(WeChat40164, "wechat_40164",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat refused the call from this computer's IP (errcode 40164): add the computer's public IP to "
        "the IP whitelist (mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单) or send through a relay with "
        "a fixed IP, then resume the account"))
PAYNUDGE_ERROR(WeChat40164Ip, "wechat_40164_ip",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat refused the call from IP %1 (errcode 40164): add %1 to the IP whitelist (mp.weixin.qq.com → "
        "设置与开发 → 基本配置 → IP白名单), then resume the account"))
PAYNUDGE_ERROR(WeChatTokenSecretRejected, "wechat_token_secret_rejected",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected the AppSecret of %1 (errcode 40001 from the token API): set the current AppSecret "
        "(%2), then resume the account"))
PAYNUDGE_ERROR(WeChatUnknownErrcode, "wechat_unknown_errcode",
    QT_TRANSLATE_NOOP("paynudge::Error", "WeChat answered errcode %1: %2"))
PAYNUDGE_ERROR(WeChatTokenUnknownErrcode, "wechat_token_unknown_errcode",
    QT_TRANSLATE_NOOP("paynudge::Error", "the token request failed: WeChat answered errcode %1: %2"))
PAYNUDGE_ERROR(WeChatTokenRejectedTwiceUrl, "wechat_token_rejected_twice_url",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected a freshly fetched access token of account %1 (errcode %2): the shop's token service "
        "may hand out stale tokens; fix it, then resume the account"))
PAYNUDGE_ERROR(WeChatTokenRejectedTwice, "wechat_token_rejected_twice",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected a freshly fetched access token of account %1 (errcode %2): another system may be "
        "force-refreshing the token of %3, or the AppSecret changed; fix it, then resume the account"))

// health: why reminders cannot go out (the console's banner and status bar; /health keeps the English)
PAYNUDGE_ERROR(StoreDiskFull, "store_disk_full",
    QT_TRANSLATE_NOOP("paynudge::Error", "the disk of the store %1 is full: %2"))
PAYNUDGE_ERROR(StoreCannotWrite, "store_cannot_write",
    QT_TRANSLATE_NOOP("paynudge::Error", "the store %1 cannot write: %2"))
PAYNUDGE_ERROR(WeChatUnreachable, "wechat_unreachable",
    QT_TRANSLATE_NOOP("paynudge::Error", "WeChat cannot be reached: %1"))
// config: the field is the key ("reminder/batchSize"), %1 the value the file gives for it
PAYNUDGE_ERROR(ConfigOutOfRange, "config_out_of_range",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected a whole number from %2 to %3"))
PAYNUDGE_ERROR(
    ConfigNotBoolean, "config_not_boolean", QT_TRANSLATE_NOOP("paynudge::Error", "expected true or false"))
PAYNUDGE_ERROR(
    ConfigNotAChoice, "config_not_a_choice", QT_TRANSLATE_NOOP("paynudge::Error", "expected one of: %2"))
PAYNUDGE_ERROR(ConfigBadUrl, "config_bad_url",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected an http:// or https:// URL"))
// %2 how many rounds at most, %3 and %4 the shortest and longest delay
PAYNUDGE_ERROR(ConfigBadRounds, "config_bad_rounds",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "expected 1 to %2 different delays after the order is placed, or before it closes (close-30m), "
        "each from %3 to %4, in seconds or with a unit (s, m, h, d), e.g. \"10m\" or \"10m, close-30m\" "
        "(or \"600, 5400\")"))
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
// [policy] maxAmountFen below minAmountFen; %2 minAmountFen
PAYNUDGE_ERROR(ConfigAmountRange, "config_amount_range",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected 0 (no maximum) or at least minAmountFen (%2)"))
// variants=: the names of a split test
PAYNUDGE_ERROR(ConfigBadVariants, "config_bad_variants",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "expected two or more different names such as a,b (letters, digits and _, up to 16, not round1…)"))
// <v>.weight / .templateId / .fields/… of a variant variants= does not name; %2 the variants named
PAYNUDGE_ERROR(ConfigUnknownVariant, "config_unknown_variant",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected one of the variants variants= names (%2)"))
// round<N>.… beyond [reminder] rounds; %2 how many rounds there are
PAYNUDGE_ERROR(ConfigRoundNotInPlan, "config_round_not_in_plan",
    QT_TRANSLATE_NOOP("paynudge::Error", "[reminder] rounds has %2 rounds; this round is never sent"))
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

// store: why PayNudge did not start on its store (the start-failure dialog; the command line and the
// log keep the English). %1 is the store's path unless said otherwise.
PAYNUDGE_ERROR(StoreNoFolder, "store_no_folder",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot create the folder for the store %1"))
PAYNUDGE_ERROR(StoreLockHeld, "store_lock_held",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "another PayNudge (pid %1 on %2) is already using this store; stop it first, or give this one its "
        "own --data-dir (lock file: %3)"))
PAYNUDGE_ERROR(StoreLockStale, "store_lock_stale",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the previous PayNudge (pid %1) is no longer running, but its lock file %2 cannot be replaced "
        "because: %3. Free space on the disk that holds %4, or make that folder writable for this user, then "
        "start PayNudge again"))
PAYNUDGE_ERROR(StoreLockNoPermission, "store_lock_no_permission",
    QT_TRANSLATE_NOOP("paynudge::Error", "no permission to create the lock file %1"))
PAYNUDGE_ERROR(StoreLockCannotCreate, "store_lock_cannot_create",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot create the lock file %1 (%2)"))
// %2 when PayNudge first opened the store, %3 the backups folder
PAYNUDGE_ERROR(StoreEmptied, "store_emptied",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the store %1 held orders (PayNudge first opened it %2) and is now empty (0 bytes). Starting would "
        "begin with an empty store and those orders would be gone. Stop here: restore the store from a "
        "backup (%3, or your own copy) or find out what removed it; if you really want to start with no "
        "orders, run PayNudge once with --start-empty"))
PAYNUDGE_ERROR(StoreMissing, "store_missing",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the store %1 held orders (PayNudge first opened it %2) and is now missing. Starting would begin "
        "with an empty store and those orders would be gone. Stop here: restore the store from a backup (%3, "
        "or your own copy) or find out what removed it; if you really want to start with no orders, run "
        "PayNudge once with --start-empty"))
PAYNUDGE_ERROR(StoreFolderNotCreated, "store_folder_not_created",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot create the folder %1"))
PAYNUDGE_ERROR(StoreCannotOpen, "store_cannot_open",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot open the store %1: %2"))
// %2 what SQLite found
PAYNUDGE_ERROR(StoreDamaged, "store_damaged",
    QT_TRANSLATE_NOOP("paynudge::Error", "the store %1 is damaged (SQLite: %2)"))
// the same at start, with what to do; %3 the backups folder
PAYNUDGE_ERROR(StoreDamagedAtStart, "store_damaged_at_start",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the store %1 is damaged (SQLite: %2). Stop PayNudge and keep a copy of the file (with its -wal and "
        "-shm files, if any); then restore the latest backup from %3 (see the README, \"Backup and "
        "restore\"), or run `paynudge doctor` to see what it finds"))
PAYNUDGE_ERROR(StoreNoWal, "store_no_wal",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "cannot switch %1 to write-ahead logging (is it on a network drive?)"))
// %1 the PRAGMA, %2 SQLite's words
PAYNUDGE_ERROR(
    StorePragmaFailed, "store_pragma_failed", QT_TRANSLATE_NOOP("paynudge::Error", "cannot set %1: %2"))
PAYNUDGE_ERROR(StoreNoMetaTable, "store_no_meta_table",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot create the meta table: %1"))
PAYNUDGE_ERROR(StoreSchemaTooNew, "store_schema_too_new",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the store %1 has schema version %2, newer than this PayNudge understands (%3); use a newer "
        "PayNudge"))
PAYNUDGE_ERROR(StoreMigrationNotStarted, "store_migration_not_started",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot start the migration transaction: %1"))
// %1 the schema version, %2 SQLite's words
PAYNUDGE_ERROR(StoreMigrationFailed, "store_migration_failed",
    QT_TRANSLATE_NOOP("paynudge::Error", "migration to schema %1 failed: %2"))
PAYNUDGE_ERROR(StoreMigrationNotCommitted, "store_migration_not_committed",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot commit the migration: %1"))

// start: the lines of a failed start around the errors above
PAYNUDGE_ERROR(StartConfigProblems, "start_config_problems",
    QT_TRANSLATE_NOOP("paynudge::Error", "the configuration %1 has %2 problem(s); nothing was started:"))
// the intake API's own English (its words are a public contract), said to be its. %2 is always empty:
// it makes this text differ from store_failed's "%1", which translates differently.
PAYNUDGE_ERROR(StartIntakeFailed, "start_intake_failed", QT_TRANSLATE_NOOP("paynudge::Error", "%1%2"))

// history: what a row without an errcode says, as the store keeps it in English (the export keeps
// that); the history's reason column shows these codes' texts. %1 who did it, unless said otherwise.
PAYNUDGE_ERROR(HistorySkippedBy, "history_skipped_by", QT_TRANSLATE_NOOP("paynudge::Error", "skipped by %1"))
PAYNUDGE_ERROR(HistorySkippedByOperator, "history_skipped_by_operator",
    QT_TRANSLATE_NOOP("paynudge::Error", "skipped by operator"))
PAYNUDGE_ERROR(
    HistoryMarkedSentBy, "history_marked_sent_by", QT_TRANSLATE_NOOP("paynudge::Error", "marked sent by %1"))
PAYNUDGE_ERROR(HistoryMarkedSentByOperator, "history_marked_sent_by_operator",
    QT_TRANSLATE_NOOP("paynudge::Error", "marked sent by operator"))
PAYNUDGE_ERROR(HistoryOrderPaid, "history_order_paid", QT_TRANSLATE_NOOP("paynudge::Error", "order paid"))
PAYNUDGE_ERROR(
    HistoryOrderClosed, "history_order_closed", QT_TRANSLATE_NOOP("paynudge::Error", "order closed"))
PAYNUDGE_ERROR(HistoryPaidBeforeArrived, "history_paid_before_arrived",
    QT_TRANSLATE_NOOP("paynudge::Error", "paid before the order arrived"))
PAYNUDGE_ERROR(HistoryClosedBeforeArrived, "history_closed_before_arrived",
    QT_TRANSLATE_NOOP("paynudge::Error", "closed before the order arrived"))
PAYNUDGE_ERROR(HistoryClosedBeforeSent, "history_closed_before_sent",
    QT_TRANSLATE_NOOP("paynudge::Error", "order closed before the reminder could be sent"))
PAYNUDGE_ERROR(HistoryInterrupted, "history_interrupted",
    QT_TRANSLATE_NOOP("paynudge::Error", "PayNudge stopped while this request was in flight"))
PAYNUDGE_ERROR(HistorySettingsChanged, "history_settings_changed",
    QT_TRANSLATE_NOOP("paynudge::Error", "not sent: the account's settings changed before it was sent"))
// %1 the account key
PAYNUDGE_ERROR(HistoryNotConfigured, "history_not_configured",
    QT_TRANSLATE_NOOP("paynudge::Error", "not sent: account %1 is not configured to send for real"))
// transport: what came back instead of an answer
PAYNUDGE_ERROR(HistoryNoAnswer, "history_no_answer", QT_TRANSLATE_NOOP("paynudge::Error", "no answer"))
// %1 milliseconds
PAYNUDGE_ERROR(HistoryNoAnswerWithin, "history_no_answer_within",
    QT_TRANSLATE_NOOP("paynudge::Error", "no answer within %1 ms"))
// %1 the HTTP status, %2 its reason phrase
PAYNUDGE_ERROR(HistoryHttpStatus, "history_http_status", QT_TRANSLATE_NOOP("paynudge::Error", "HTTP %1 %2"))
PAYNUDGE_ERROR(HistoryNotJson, "history_not_json",
    QT_TRANSLATE_NOOP("paynudge::Error", "the answer is not a JSON object"))
PAYNUDGE_ERROR(HistoryNoErrcode, "history_no_errcode",
    QT_TRANSLATE_NOOP("paynudge::Error", "the answer carries no errcode"))

// token and answer: pause reasons and token-refresh warnings of the WeChat client. %1 what was said
// instead of an answer (a transport error, an HTTP status), unless said otherwise.
// %1 the API base's address, %2 what came back
PAYNUDGE_ERROR(WeChatNotLikeWeChat, "wechat_not_like_wechat",
    QT_TRANSLATE_NOOP("paynudge::Error", "%1 did not answer like WeChat (%2): check apiBase in [wechat]"))
PAYNUDGE_ERROR(TokenStableUnreachable, "token_stable_unreachable",
    QT_TRANSLATE_NOOP("paynudge::Error", "could not get an access token from WeChat's stable_token API: %1"))
PAYNUDGE_ERROR(TokenClassicUnreachable, "token_classic_unreachable",
    QT_TRANSLATE_NOOP("paynudge::Error", "could not get an access token from WeChat's token API: %1"))
PAYNUDGE_ERROR(TokenUrlUnreachable, "token_url_unreachable",
    QT_TRANSLATE_NOOP("paynudge::Error", "could not get an access token from the shop's token service: %1"))

// templates: why an account's template and mapping cannot send (pause reasons, the console's
// template findings, the settings' mapping check). %1 the account key, %2 the template id, %3 how
// many templates WeChat lists for the account, unless said otherwise.
PAYNUDGE_ERROR(TemplateNotListed, "template_not_listed",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "Template %2 of account %1 is not among the %3 template(s) WeChat lists for it: every send fails "
        "(errcode 40037). Choose the template in Settings → Accounts → Message (Load templates from WeChat), "
        "or correct templateId in [accounts/%1]."))
PAYNUDGE_ERROR(TemplateNotListedNoFields, "template_not_listed_no_fields",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "Account %1 names no fields/… and its template %2 is not among the %3 template(s) WeChat lists for "
        "it: nothing can be sent. Choose the template in Settings → Accounts → Message (Load templates from "
        "WeChat), or set templateId and fields/KEY= in [accounts/%1]."))
// %2 why the list was not read
PAYNUDGE_ERROR(TemplateListUnreadable, "template_list_unreadable",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "Account %1 names no fields/… and its template list could not be read (%2): nothing is sent until "
        "the mapping is known. Set fields/KEY= in [accounts/%1] (Settings → Accounts → Message)."))
// %1 the template id, %2 its title, %3 the problems found
PAYNUDGE_ERROR(
    TemplateProblems, "template_problems", QT_TRANSLATE_NOOP("paynudge::Error", "template %1 (%2): %3"))
// %1 the template keys concerned
PAYNUDGE_ERROR(MappingLeavesEmpty, "mapping_leaves_empty",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "The template needs %1, which the mapping leaves empty: WeChat refuses every send (errcode 47003)."))
PAYNUDGE_ERROR(MappingNotInTemplate, "mapping_not_in_template",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "The mapping fills %1, which the template does not have: customers never see it."))
PAYNUDGE_ERROR(MappingValueNotAllowed, "mapping_value_not_allowed",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "%1 takes only the values the template lists: WeChat refuses any other (errcode 47003)."))
PAYNUDGE_ERROR(MappingNoDeadline, "mapping_no_deadline",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "No shown key tells when the order closes ({close_at}, {close_in} or {close_after}): the customer is "
        "not asked to pay in time."))
PAYNUDGE_ERROR(MappingNoOrder, "mapping_no_order",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "No shown key names the order ({order_no} or {product}): the customer cannot tell which order it "
        "is."))

// rendering: why a reminder's value cannot go out (WeChat would refuse it with 47003); the field is
// the template key. %1 the value, unless said otherwise.
PAYNUDGE_ERROR(RenderAmountEmpty, "render_amount_empty",
    QT_TRANSLATE_NOOP("paynudge::Error", "empty; an amount must be shown (check the pattern, e.g. {amount})"))
PAYNUDGE_ERROR(RenderNotAmount, "render_not_amount",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "\"%1\" is not an amount WeChat takes (one currency sign and up to 10 digits, e.g. ¥128.50)"))
PAYNUDGE_ERROR(RenderAmountTooManyDigits, "render_amount_too_many_digits",
    QT_TRANSLATE_NOOP("paynudge::Error", "\"%1\" has more than the 10 digits WeChat takes"))
// %1 the key's type (number, time…)
PAYNUDGE_ERROR(RenderEmpty, "render_empty",
    QT_TRANSLATE_NOOP("paynudge::Error", "empty, and WeChat refuses an empty %1"))
PAYNUDGE_ERROR(RenderNotTime, "render_not_time",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "\"%1\" is not a 24-hour time WeChat takes (e.g. 15:01 or 2026-03-02 15:01)"))
PAYNUDGE_ERROR(RenderNotDate, "render_not_date",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "\"%1\" is not a date WeChat takes (e.g. 2026-03-02 or 2026年3月2日)"))
// %2 the values the template allows
PAYNUDGE_ERROR(RenderNotAllowed, "render_not_allowed",
    QT_TRANSLATE_NOOP("paynudge::Error", "\"%1\" is not one of the values the template allows (%2)"))
PAYNUDGE_ERROR(RenderNumberTooLong, "render_number_too_long",
    QT_TRANSLATE_NOOP("paynudge::Error", "more than 32 digits: a cut number would be a wrong number"))
// %1 the value's length, %2 WeChat's limit
PAYNUDGE_ERROR(RenderTooLongFail, "render_too_long_fail",
    QT_TRANSLATE_NOOP("paynudge::Error", "%1 characters, WeChat allows %2; not shortened (tooLong=fail)"))
// %1 one of the above, said of a value every order gets
PAYNUDGE_ERROR(RenderFixedText, "render_fixed_text",
    QT_TRANSLATE_NOOP("paynudge::Error", "%1 (fixed text in the mapping)"))
// the account's pause for such a value: %1 the template key, %2 the value's error
PAYNUDGE_ERROR(RenderSetupError, "render_setup_error",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "%2. Every reminder of the account would be refused the same way: fix fields/%1 of the account, then "
        "resume it."))

// pauses the operator made; %1 who
PAYNUDGE_ERROR(
    PausedByOperator, "paused_by_operator", QT_TRANSLATE_NOOP("paynudge::Error", "paused by operator"))
PAYNUDGE_ERROR(PausedBy, "paused_by", QT_TRANSLATE_NOOP("paynudge::Error", "paused by %1"))

// sending: a history row's reason that words another error (the reason column; the store keeps
// the code since schema 7, so older rows' "not sent: …" are not recognised by this text).
// %1 why the message was not sent (a template's, a mapping's or a value's problem)
PAYNUDGE_ERROR(NotSent, "not_sent", QT_TRANSLATE_NOOP("paynudge::Error", "not sent: %1"))

// setup mistakes: a rejection every message of the account meets (the account pauses). %1 the
// account key, unless said otherwise; %4 what WeChat said.
// %2 the template id, %3 the template key
PAYNUDGE_ERROR(SetupKeyNotFilled, "setup_key_not_filled",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejects every message of account %1: template \"%2\" needs a value for %3, which the field "
        "mapping does not fill (errcode 47003: \"%4\"); add fields/%3 in [accounts/%1], then resume the "
        "account"))
// %2 the template key, %3 its fixed text
PAYNUDGE_ERROR(SetupKeyFixedText, "setup_key_fixed_text",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejects every message of account %1: the field mapping fills %2 with the fixed text \"%3\", "
        "which WeChat does not accept for this key (errcode 47003: \"%4\"); change fields/%2 in "
        "[accounts/%1] "
        "to a value of the key's type, then resume the account"))
// %2 how many customers, %3 the errcode; %5 the template key and %6 its pattern, or %5 the template id
PAYNUDGE_ERROR(SetupRepeatedKey, "setup_repeated_key",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected the messages of account %1 to %2 different customers in a row (errcode %3: \"%4\"): "
        "the field mapping fields/%5 = \"%6\" gives values WeChat does not accept for %5; check it in "
        "[accounts/%1] against the template's key types, then resume the account"))
PAYNUDGE_ERROR(SetupRepeatedMapping, "setup_repeated_mapping",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected the messages of account %1 to %2 different customers in a row (errcode %3: \"%4\"): "
        "check the field mapping of [accounts/%1] against the template \"%5\", then resume the account"))
PAYNUDGE_ERROR(SetupRepeatedText, "setup_repeated_text",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "WeChat rejected the messages of account %1 to %2 different customers in a row (errcode %3: \"%4\"): "
        "the fixed text of the field mapping or the link of [accounts/%1] is the likely cause; change it, "
        "then resume the account"))

// durations (a shop's words): a duration key's value that does not read; the field is the key,
// %1 the value, %2 and %3 the shortest and longest it takes
PAYNUDGE_ERROR(ConfigBadDuration, "config_bad_duration",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "expected a duration from %2 to %3, in seconds (90) or with a unit: 90s, 10m, 1.5h, 2h30m, 1d"))

// history (a shop's words): reasons the store used to keep as English only; their English stays as
// it was (the export keeps it) and older rows are recognised by it. %1 how long, as durationText says.
PAYNUDGE_ERROR(HistorySupersededByOperator, "history_superseded_by_operator",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "superseded: an operator's send of this order reaches the customer within %1"))
PAYNUDGE_ERROR(HistorySupersededByRound, "history_superseded_by_round",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "superseded: a later round of this order is due as well and goes out instead"))
// %1 one of the two above
PAYNUDGE_ERROR(HistoryMaybeDeliveredBefore, "history_maybe_delivered_before",
    QT_TRANSLATE_NOOP("paynudge::Error", "%1 (an earlier attempt of this one may have been delivered)"))
// %1 how late it would go out, %2 the limit
PAYNUDGE_ERROR(HistoryLate, "history_late",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "late: it would go out %1 after its due time, more than [reminder] lateLimit (%2)"))
// Reminder policy (issue 17): a round skipped by a rule of [policy] or the account's override. The
// code is the rule: the history filters by it and the statistics count it.
// %1 the round's due time before an earlier round's (rounds relative to the close time)
PAYNUDGE_ERROR(HistoryBeforeEarlierRound, "history_before_earlier_round",
    QT_TRANSLATE_NOOP("paynudge::Error", "its time falls before an earlier round of this order"))
// %1 when the customer was put on the list, %2 by whom, %3 the reason given
PAYNUDGE_ERROR(HistoryOptedOut, "history_opted_out",
    QT_TRANSLATE_NOOP("paynudge::Error", "the customer is on the do-not-remind list (since %1, by %2: %3)"))
// %1 the reminders this customer got or is getting today, %2 perCustomerDaily
PAYNUDGE_ERROR(HistoryDailyCap, "history_daily_cap",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the customer already got %1 reminders today; [policy] perCustomerDaily allows %2"))
// %1 the other order, %2 how long ago it was paid, %3 skipIfPaidWithin
PAYNUDGE_ERROR(HistoryPaidRecently, "history_paid_recently",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the customer paid order %1 %2 ago; [policy] skipIfPaidWithin is %3"))
// %1 the amount, %2 minAmountFen's amount
PAYNUDGE_ERROR(HistoryAmountBelowMin, "history_amount_below_min",
    QT_TRANSLATE_NOOP("paynudge::Error", "the order's amount %1 is below [policy] minAmountFen (%2)"))
// %1 the amount, %2 maxAmountFen's amount
PAYNUDGE_ERROR(HistoryAmountAboveMax, "history_amount_above_max",
    QT_TRANSLATE_NOOP("paynudge::Error", "the order's amount %1 is above [policy] maxAmountFen (%2)"))
// %1 the product, %2 productsInclude
PAYNUDGE_ERROR(HistoryProductNotIncluded, "history_product_not_included",
    QT_TRANSLATE_NOOP("paynudge::Error", "the product %1 matches nothing in [policy] productsInclude (%2)"))
// %1 the product, %2 the entry of productsExclude it matches
PAYNUDGE_ERROR(HistoryProductExcluded, "history_product_excluded",
    QT_TRANSLATE_NOOP("paynudge::Error", "the product %1 matches [policy] productsExclude (%2)"))
// The plan's own skips (domain/reminderplan.h): the English they always had, so older rows read as them.
PAYNUDGE_ERROR(HistoryBeforePlaced, "history_before_placed",
    QT_TRANSLATE_NOOP("paynudge::Error", "its time falls before the order was placed"))
PAYNUDGE_ERROR(HistoryPastClose, "history_past_close",
    QT_TRANSLATE_NOOP("paynudge::Error", "order closes before the reminder is due"))
PAYNUDGE_ERROR(HistoryQuietHoursSkip, "history_quiet_hours_skip",
    QT_TRANSLATE_NOOP("paynudge::Error", "due in quiet hours (policy: skip)"))
PAYNUDGE_ERROR(HistoryQuietHoursPastClose, "history_quiet_hours_past_close",
    QT_TRANSLATE_NOOP("paynudge::Error", "quiet hours last until after the order closes"))

// csv import (a shop's words): %1 the column as the header names it
PAYNUDGE_ERROR(CsvAmountNotYuan, "csv_amount_not_yuan",
    QT_TRANSLATE_NOOP("paynudge::Error", "%1 must be an amount in yuan such as 128.00 or ¥1,280.50"))

// transport (a shop's words): what Qt's network layer or the WeChat client said instead of an
// answer ("Connection refused", "no answer within 15000 ms"), recognised where it is shown
// (common/transporttext.h) and worded with a next step; the English stays as Qt said it.
PAYNUDGE_ERROR(TransportTimedOut, "transport_timed_out",
    QT_TRANSLATE_NOOP("paynudge::Error", "WeChat did not answer in time; check this computer's network"))
PAYNUDGE_ERROR(TransportRefused, "transport_refused",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the connection to WeChat was refused; check this computer's network and its proxy settings"))
// %1 the host name
PAYNUDGE_ERROR(TransportHostNotFound, "transport_host_not_found",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "WeChat's server %1 could not be found; check that this computer is online"))
PAYNUDGE_ERROR(TransportTls, "transport_tls",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the secure connection to WeChat failed; check this computer's date and time, and that no proxy "
        "or security software intercepts it"))
PAYNUDGE_ERROR(TransportBroken, "transport_broken",
    QT_TRANSLATE_NOOP("paynudge::Error", "the connection to WeChat broke off; check this computer's network"))
// history rows of a send that failed on the way and is tried again; %1 what was said instead
PAYNUDGE_ERROR(HistoryNotSentRetrying, "history_not_sent_retrying",
    QT_TRANSLATE_NOOP("paynudge::Error", "not sent, retrying: %1"))
PAYNUDGE_ERROR(HistoryNoAnswerRetrying, "history_no_answer_retrying",
    QT_TRANSLATE_NOOP("paynudge::Error", "no answer, retrying with the same client_msg_id: %1"))

// history rows whose answer is unknown (the operator decides): %1 what was said instead of an answer
PAYNUDGE_ERROR(HistoryUnknownNoClientMsgId, "history_unknown_no_client_msg_id",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "no answer, and this kind of message carries no client_msg_id: a resend could reach the customer "
        "twice; last error: %1"))
// %1 WeChat's window for dropping a repeat in minutes, %2 what was said instead of an answer
PAYNUDGE_ERROR(HistoryUnknownPastDedupe, "history_unknown_past_dedupe",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "an attempt may have been delivered and WeChat drops a repeat only within %1 minutes of it; last "
        "error: %2"))
PAYNUDGE_ERROR(HistoryInterruptedRetrying, "history_interrupted_retrying",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "PayNudge stopped while this request was in flight; retrying with the same client_msg_id"))

// the shop's database and payment check (issue 15). config: the field is the key, %1 its value
PAYNUDGE_ERROR(ConfigTwoPasswords, "config_two_passwords",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected either %2 or %3, not both"))
PAYNUDGE_ERROR(ConfigShopDbNoDatabase, "config_shopdb_no_database",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "expected [shopdb] database, the name of the shop's database, which the queries are run in"))
PAYNUDGE_ERROR(ConfigShopDbNoUnpaidQuery, "config_shopdb_no_unpaid_query",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "expected unpaidQuery (or profile=xg) for the payment check; set check=false to send without it"))
PAYNUDGE_ERROR(ConfigShopDbBadColumn, "config_shopdb_bad_column",
    QT_TRANSLATE_NOOP("paynudge::Error", "expected a column name of letters, digits and _, such as price"))
// %2 what the database said
PAYNUDGE_ERROR(ConfigShopDbQueryRefused, "config_shopdb_query_refused",
    QT_TRANSLATE_NOOP("paynudge::Error", "the shop's database refused the query: %2"))
// %2 the missing column, %3 the columns the query must name
PAYNUDGE_ERROR(ConfigShopDbColumnMissing, "config_shopdb_column_missing",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the query's result has no column %2 (name the columns like the intake API's fields: %3)"))
// %2 the placeholder
PAYNUDGE_ERROR(ConfigShopDbPlaceholderMissing, "config_shopdb_placeholder_missing",
    QT_TRANSLATE_NOOP("paynudge::Error", "the query must use the placeholder %2"))
// %1 the Qt driver (QMYSQL), %2 the Debian package that has it
PAYNUDGE_ERROR(ShopDbDriverMissing, "shopdb_driver_missing",
    QT_TRANSLATE_NOOP("paynudge::Error", "the database driver %1 is not installed; install the package %2"))
// %1 host:port/database, %2 what the driver said
PAYNUDGE_ERROR(ShopDbCannotConnect, "shopdb_cannot_connect",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot connect to the shop's database %1: %2"))
// health: %1 since when (local time), %2 what failed
PAYNUDGE_ERROR(ShopDbUnreachable, "shopdb_unreachable",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "shop database unreachable since %1: %2; reminders wait for the payment check"))
PAYNUDGE_ERROR(ShopDbUnreachableSending, "shopdb_unreachable_sending",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "shop database unreachable since %1: %2; reminders go out without the payment check"))
PAYNUDGE_ERROR(PrecheckFailing, "precheck_failing",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the shop's payment check has failed since %1: %2; reminders wait for it"))
PAYNUDGE_ERROR(PrecheckFailingSending, "precheck_failing_sending",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the shop's payment check has failed since %1: %2; reminders go out without it"))
PAYNUDGE_ERROR(ShopDbUnreachablePolling, "shopdb_unreachable_polling",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "shop database unreachable since %1: %2; new orders are read once it answers"))
// history: the shop's own books say the order is no longer unpaid, right before the send
PAYNUDGE_ERROR(HistoryPaidShopCheck, "history_paid_shop_check",
    QT_TRANSLATE_NOOP("paynudge::Error", "paid — shop check"))
// history: held for the payment check until the order closed
PAYNUDGE_ERROR(HistoryClosedWhileHeld, "history_closed_while_held",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "skipped: the order closed while the shop's payment check could not run"))
// history: PayNudge stopped while the reminder waited for the payment check; it is tried again
PAYNUDGE_ERROR(HistoryHeldAtStop, "history_held_at_stop",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "PayNudge stopped while the reminder waited for the shop's payment check"))

// the shared PostgreSQL store (issue 16)
// %1 host:port/database, %2 what the server or driver said
PAYNUDGE_ERROR(StoreServerUnreachable, "store_server_unreachable",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot reach the store's database %1: %2"))
// health and banner: %1 since when (local time), %2 what failed
PAYNUDGE_ERROR(StoreServerLost, "store_server_lost",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "the store's database has not answered since %1: %2; nothing is sent and new orders are refused "
        "until it answers again"))
// history: a result that came back after another engine had taken the reminder over; %1 that engine
PAYNUDGE_ERROR(HistoryTakenOver, "history_taken_over",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the engine that sent it stopped answering; %1 took the reminder over"))
// start: %1 the [store] instance name, %2 the host it runs on, %3 its process id
PAYNUDGE_ERROR(StoreInstanceInUse, "store_instance_in_use",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "another PayNudge named %1 is running with this store (on %2, process %3); give each PayNudge on a "
        "shared store its own name in [store] instance"))
// start: %1 what failed (the variable or file named in [store] passwordEnv / passwordFile)
PAYNUDGE_ERROR(StorePasswordUnreadable, "store_password_unreadable",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot read the password of the store's database: %1"))
// history: the order was paid or closed on another PayNudge while this one was about to send
PAYNUDGE_ERROR(HistorySettledElsewhere, "history_settled_elsewhere",
    QT_TRANSLATE_NOOP("paynudge::Error", "not sent: the order was settled (paid or closed) meanwhile"))
// store-copy: %1 the target
PAYNUDGE_ERROR(StoreCopyTargetNotEmpty, "store_copy_target_not_empty",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the store %1 already holds orders; store-copy fills only an empty store"))
// store-copy: %1 the file
PAYNUDGE_ERROR(StoreCopySourceUnreadable, "store_copy_source_unreadable",
    QT_TRANSLATE_NOOP("paynudge::Error", "cannot read the SQLite store %1: %2"))
// store-copy: %1 the file
PAYNUDGE_ERROR(StoreCopySourceMissing, "store_copy_source_missing",
    QT_TRANSLATE_NOOP("paynudge::Error", "there is no SQLite store at %1"))
// store-copy: %1 the file (SQLite, but without PayNudge's schema version)
PAYNUDGE_ERROR(StoreCopySourceNotAStore, "store_copy_source_not_a_store",
    QT_TRANSLATE_NOOP("paynudge::Error", "%1 is not a PayNudge store (it has no schema version)"))
// store-copy: %1 the file, %2 the pid and %3 the host of the PayNudge that holds its lock
PAYNUDGE_ERROR(StoreCopySourceInUse, "store_copy_source_in_use",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "a running PayNudge (pid %2 on %3) uses the store %1; stop it first, so that no order it accepts "
        "after the copy is left behind"))
// store-copy: %1 the target, %2 what the server said; the transaction was rolled back
PAYNUDGE_ERROR(StoreCopyFailed, "store_copy_failed",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the copy into %1 failed and was undone; the store holds nothing of it: %2"))
// store-copy: the configuration's store is not PostgreSQL; %1 its backend
PAYNUDGE_ERROR(StoreCopyNeedsPostgres, "store_copy_needs_postgres",
    QT_TRANSLATE_NOOP("paynudge::Error",
        "store-copy fills the PostgreSQL store of [store] backend=postgres; this configuration's backend is "
        "%1"))
// store-copy: the target holds no orders but other rows (an engine already ran on it); %1 the target,
// %2 the table
PAYNUDGE_ERROR(StoreCopyTargetHoldsRows, "store_copy_target_holds_rows",
    QT_TRANSLATE_NOOP(
        "paynudge::Error", "the store %1 already holds rows in %2; store-copy fills only an empty store"))
