/* TEST-ONLY stand-in for mscms.dll: Wine 10.0 lacks WcsCreateIccProfile, which Qt 6.12's
 * qwindows.dll imports. Copied only into the Wine test prefix; NEVER shipped. */
#include <windows.h>

__declspec(dllexport) HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation) { (void)profile; (void)access; (void)share; (void)creation; SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
__declspec(dllexport) BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size) { (void)profile; (void)buffer; (void)size; SetLastError(ERROR_NOT_SUPPORTED); return FALSE; }
__declspec(dllexport) HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options) { (void)profile; (void)options; SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
