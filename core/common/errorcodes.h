// No include guard: core/common/error.h includes this list once per use of PAYNUDGE_ERROR.
//
// Every error an operator can meet, one line each: its name in code, its stable code (logs, the
// command line, tests), its English text with %1, %2… for its args. The text is marked for
// translation here and translated where it is shown (Error::text()). Keep lines in groups by part.
// PAYNUDGE_ERROR(Name, "code", QT_TRANSLATE_NOOP("paynudge::Error", "text"))
