/* Mail Wizard launcher for Windows: a real .exe (icon, version info, taskbar identity) that
 * loads the bundled CPython (python\python313.dll beside it) in-process and runs the app.
 * Built twice by build.sh with mingw-w64:
 *   mailwizard-gui.exe  -mwindows (no console window), runs _mailwizard_boot.gui()
 *   mailwizard.exe      console subsystem, runs _mailwizard_boot.cli()
 * Python runs with -X utf8, so redirected output is UTF-8 whatever the ANSI code page is.
 * sys.path comes from python\python313._pth (isolated: PYTHON* variables are ignored). */
#define WIN32_LEAN_AND_MEAN
#ifndef UNICODE
#define UNICODE
#endif
#ifndef _UNICODE
#define _UNICODE
#endif
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#ifndef PYTHON_DLL
#define PYTHON_DLL L"python313.dll"
#endif

typedef int(__cdecl *py_main_fn)(int, wchar_t **);

#ifdef MAILWIZARD_GUI
static const wchar_t BOOT[] = L"import _mailwizard_boot as b; raise SystemExit(b.gui())";
#else
static const wchar_t BOOT[] = L"import _mailwizard_boot as b; raise SystemExit(b.cli())";
#endif

static int fail(const wchar_t *what, const wchar_t *path)
{
    wchar_t text[2 * MAX_PATH + 200];
    _snwprintf(text, sizeof text / sizeof *text, L"Mail Wizard cannot start: %ls\n%ls\n(error %lu). Please reinstall Mail Wizard.",
               what, path, GetLastError());
    text[sizeof text / sizeof *text - 1] = L'\0';
#ifdef MAILWIZARD_GUI
    MessageBoxW(NULL, text, L"Mail Wizard", MB_OK | MB_ICONERROR);
#else
    fwprintf(stderr, L"%ls\n", text);
#endif
    return 1;
}

static int run(void)
{
    wchar_t exe[32768], pydir[32768], dll[32768];
    DWORD n = GetModuleFileNameW(NULL, exe, sizeof exe / sizeof *exe);
    if (n == 0 || n >= sizeof exe / sizeof *exe)
        return fail(L"cannot find its own path", L"");
    wcscpy(pydir, exe);
    wchar_t *slash = wcsrchr(pydir, L'\\');
    if (!slash)
        return fail(L"unexpected path", exe);
    wcscpy(slash + 1, L"python");
    _snwprintf(dll, sizeof dll / sizeof *dll, L"%ls\\%ls", pydir, PYTHON_DLL);
    dll[sizeof dll / sizeof *dll - 1] = L'\0';

    /* python3.dll and the MSVC runtime live in python\; extension modules are loaded with
     * LOAD_LIBRARY_SEARCH_DEFAULT_DIRS, which includes AddDllDirectory folders. */
    SetDllDirectoryW(pydir);
    AddDllDirectory(pydir);
    HMODULE python = LoadLibraryExW(dll, NULL, LOAD_WITH_ALTERED_SEARCH_PATH);
    if (!python)
        return fail(L"cannot load the Python runtime", dll);
    py_main_fn py_main = (py_main_fn)(void *)GetProcAddress(python, "Py_Main");
    if (!py_main)
        return fail(L"the Python runtime has no Py_Main", dll);

    int argc = 0;
    wchar_t **args = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (!args)
        return fail(L"cannot read the command line", L"");
    static wchar_t opt_x[] = L"-X", opt_utf8[] = L"utf8", opt_c[] = L"-c";
    wchar_t **argv = calloc((size_t)argc + 6, sizeof *argv);
    if (!argv)
        return fail(L"out of memory", L"");
    int i = 0;
    argv[i++] = exe;
    argv[i++] = opt_x;
    argv[i++] = opt_utf8;
    argv[i++] = opt_c;
    argv[i++] = (wchar_t *)BOOT;
    for (int k = 1; k < argc; k++)
        argv[i++] = args[k];
    argv[i] = NULL;
    return py_main(i, argv);
}

#ifdef MAILWIZARD_GUI
int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR command_line, int show)
{
    (void)instance; (void)previous; (void)command_line; (void)show;
    return run();
}
#else
int wmain(void)
{
    return run();
}
#endif
