/* TEST-ONLY stand-in for Windows' system icuuc.dll (Windows 10 1903+), which Qt >= 6.10 links
 * and Wine 10 lacks. Every converter is reported unavailable, so Qt falls back to its built-in
 * UTF-8/16/32 and Latin-1 codecs. Copied only into the Wine test prefix; NEVER shipped. */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
typedef uint16_t UChar;
#define U_FILE_ACCESS_ERROR 4
#define U_UNSUPPORTED_ERROR 16

static void fail(UErrorCode *err, UErrorCode code) { if (err && *err <= 0) *err = code; }

__declspec(dllexport) void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err, U_FILE_ACCESS_ERROR); return NULL; }
__declspec(dllexport) void ucnv_close(void *cnv) { (void)cnv; }
__declspec(dllexport) void ucnv_reset(void *cnv) { (void)cnv; }
__declspec(dllexport) int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 4; }
__declspec(dllexport) const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; fail(err, U_UNSUPPORTED_ERROR); return NULL; }
__declspec(dllexport) void ucnv_getToUCallBack(const void *cnv, void **action, const void **ctx) { (void)cnv; if (action) *action = NULL; if (ctx) *ctx = NULL; }
__declspec(dllexport) void ucnv_getFromUCallBack(const void *cnv, void **action, const void **ctx) { (void)cnv; if (action) *action = NULL; if (ctx) *ctx = NULL; }
__declspec(dllexport) void ucnv_setToUCallBack(void *cnv, void *a, const void *c, void **oa, const void **oc, UErrorCode *err) { (void)cnv; (void)a; (void)c; (void)oa; (void)oc; fail(err, U_UNSUPPORTED_ERROR); }
__declspec(dllexport) void ucnv_setFromUCallBack(void *cnv, void *a, const void *c, void **oa, const void **oc, UErrorCode *err) { (void)cnv; (void)a; (void)c; (void)oa; (void)oc; fail(err, U_UNSUPPORTED_ERROR); }
__declspec(dllexport) void ucnv_cbToUWriteUChars(void *args, const UChar *s, int32_t len, int32_t off, UErrorCode *err) { (void)args; (void)s; (void)len; (void)off; fail(err, U_UNSUPPORTED_ERROR); }
__declspec(dllexport) void ucnv_cbFromUWriteUChars(void *args, const UChar **s, const UChar *e, int32_t off, UErrorCode *err) { (void)args; (void)s; (void)e; (void)off; fail(err, U_UNSUPPORTED_ERROR); }
__declspec(dllexport) void ucnv_toUnicode(void *cnv, UChar **t, const UChar *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err, U_UNSUPPORTED_ERROR); }
__declspec(dllexport) void ucnv_fromUnicode(void *cnv, char **t, const char *tl, const UChar **s, const UChar *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err, U_UNSUPPORTED_ERROR); }
__declspec(dllexport) int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
__declspec(dllexport) int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
__declspec(dllexport) const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *err) { (void)n; (void)s; fail(err, U_UNSUPPORTED_ERROR); return NULL; }
__declspec(dllexport) const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
__declspec(dllexport) int32_t ucnv_countAvailable(void) { return 0; }
__declspec(dllexport) void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const UChar *u, int32_t l, int32_t cp, int r, UErrorCode *err) { (void)c; (void)a; (void)u; (void)l; (void)cp; (void)r; fail(err, U_UNSUPPORTED_ERROR); }
__declspec(dllexport) void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const char *b, int32_t l, int r, UErrorCode *err) { (void)c; (void)a; (void)b; (void)l; (void)r; fail(err, U_UNSUPPORTED_ERROR); }
