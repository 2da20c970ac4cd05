"""Assembles the Windows install tree (the installer's payload) from the unpacked CPython,
the cross-installed site-packages and the launchers, trimming what the app never loads.

Layout of the staged tree (= the install directory):
    mailwizard-gui.exe, mailwizard.exe   launchers (GUI without console / console CLI)
    python/                              CPython 3.13 (PSF-signed binaries), python313._pth
    python/Lib/site-packages/            the project and its dependencies, Qt trimmed

Qt is trimmed by a PE import closure: keep the PySide6 modules the app imports (plus a base
set) and the plugins a QtWidgets app on Windows needs, then follow their DLL imports.
Run by build.sh with the build tool environment (needs pefile).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

import pefile

# Always shipped even if no source file names them (the GUI bootstrap, icons, SVG logos).
BASE_QT_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtSvg"}
# Plugins a QtWidgets app needs on Windows; everything else in plugins/ is dropped.
QT_PLUGINS = [
    "platforms/qwindows.dll",
    "styles/qmodernwindowsstyle.dll",
    "imageformats/qico.dll",
    "imageformats/qsvg.dll",
    "imageformats/qjpeg.dll",
    "iconengines/qsvgicon.dll",
]
# Qt's own translations for the app's languages (no qtbase_lt exists; qt_lt is the legacy
# monolithic catalog and translates the QWizard buttons).
QT_TRANSLATIONS = ["qtbase_ru.qm", "qtbase_sv.qm", "qtbase_cs.qm", "qt_lt.qm"]
PYSIDE_PY_FILES = ["__init__.py", "_config.py", "_git_pyside_version.py", "py.typed"]
PYSIDE_PY_DIRS = ["support"]

RUNTIME_DROP_DIRS = {
    "tcl", "include", "libs", "Scripts", "Doc", "Tools",
    "Lib/test", "Lib/idlelib", "Lib/tkinter", "Lib/turtledemo", "Lib/ensurepip",
    "Lib/lib2to3", "Lib/pydoc_data", "Lib/site-packages",
}
RUNTIME_DROP_FILES = {
    "NEWS.txt", "pythonw.exe", "DLLs/_tkinter.pyd", "DLLs/tcl86t.dll", "DLLs/tk86t.dll",
    "DLLs/py.ico", "DLLs/pyc.ico", "DLLs/pyd.ico", "DLLs/_testcapi.pyd",
    "Lib/turtle.py",
}
# Windows system DLLs (and API sets) are never shipped.
SYSTEM_DLL = re.compile(
    r"^(api-ms-win-|ext-ms-)|^(kernel32|user32|gdi32|advapi32|shell32|ole32|oleaut32|ws2_32|"
    r"comdlg32|winmm|version|imm32|dwmapi|uxtheme|shlwapi|netapi32|userenv|wtsapi32|mpr|"
    r"authz|setupapi|d3d9|d3d11|d3d12|dxgi|dwrite|d2d1|d3dcompiler_47|opengl32|crypt32|secur32|"
    r"bcrypt|ncrypt|iphlpapi|dnsapi|rpcrt4|comctl32|ntdll|msvcrt|icuuc|icuin|mscms|shcore|"
    r"winspool\.drv|cfgmgr32|propsys|dbghelp|uiautomationcore|oleacc|winhttp|wininet|"
    r"normaliz|powrprof|synchronization|combase|runtimeobject|davclnt|dcomp|usp10)(\.dll)?$",
    re.IGNORECASE,
)


def dll_imports(path: Path) -> list[str]:
    pe = pefile.PE(str(path), fast_load=True)
    pe.parse_data_directories(
        directories=[
            pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
            pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"],
        ]
    )
    names = [e.dll.decode() for e in getattr(pe, "DIRECTORY_ENTRY_IMPORT", [])]
    names += [e.dll.decode() for e in getattr(pe, "DIRECTORY_ENTRY_DELAY_IMPORT", [])]
    pe.close()
    return names


def used_qt_modules(source: Path) -> set[str]:
    """PySide6 modules that the project's sources import."""
    found: set[str] = set()
    pattern = re.compile(r"\bPySide6\.(Qt\w+)|from\s+PySide6\s+import\s+\(?([\w,\s]+)")
    for path in source.rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8", errors="replace")):
            if match.group(1):
                found.add(match.group(1))
            else:
                found.update(n.strip() for n in match.group(2).split(",") if n.strip().startswith("Qt"))
    return found


def stage_runtime(runtime: Path, dest: Path) -> None:
    def ignore(directory: str, names: list[str]) -> set[str]:
        rel = Path(directory).relative_to(runtime)
        dropped = set()
        for name in names:
            key = (rel / name).as_posix()
            if key in RUNTIME_DROP_DIRS or key in RUNTIME_DROP_FILES or name == "__pycache__":
                dropped.add(name)
        return dropped

    shutil.copytree(runtime, dest, ignore=ignore)
    # A ._pth file beside python313.dll fixes sys.path for python.exe and the launchers alike
    # (isolated mode: no PYTHON* variables, no user site, no registry look-up).
    (dest / "python313._pth").write_text(
        "Lib\nDLLs\nLib\\site-packages\nimport site\n", encoding="ascii", newline="\r\n"
    )


def stage_site_packages(site: Path, dest: Path, qt_modules: set[str]) -> dict[str, list[str]]:
    def ignore(directory: str, names: list[str]) -> set[str]:
        rel = Path(directory).relative_to(site)
        if rel == Path("."):
            return {n for n in names if n in {"bin", "share", "PySide6"}}
        in_shiboken = rel.parts[0] == "shiboken6"
        return {n for n in names if n == "__pycache__" or (in_shiboken and n in {"include", "lib"})}

    shutil.copytree(site, dest, ignore=ignore)
    for junk in dest.glob("shiboken6/*.lib"):
        junk.unlink()
    for junk in dest.rglob("*.pyi"):
        junk.unlink()

    src, out = site / "PySide6", dest / "PySide6"
    out.mkdir()
    for name in PYSIDE_PY_FILES:
        if (src / name).exists():
            shutil.copy2(src / name, out / name)
    for name in PYSIDE_PY_DIRS:
        shutil.copytree(src / name, out / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyi"))
    roots = [src / f"{m}.pyd" for m in sorted(qt_modules)]
    missing = [r.name for r in roots if not r.exists()]
    if missing:
        sys.exit(f"stage: PySide6 has no {', '.join(missing)}")
    roots += [src / "plugins" / p for p in QT_PLUGINS]

    # Follow DLL imports inside PySide6/ and shiboken6/ (where the Qt and MSVC DLLs live).
    search = [{p.name.lower(): p for p in folder.iterdir()} for folder in (src, site / "shiboken6")]
    kept: dict[str, Path] = {}
    queue = list(roots)
    unresolved: set[str] = set()
    while queue:
        path = queue.pop()
        for dll in dll_imports(path):
            key = dll.lower()
            if key in kept or SYSTEM_DLL.match(key) or key.startswith(("python3", "shiboken6")):
                continue
            for index, folder in enumerate(search):
                candidate = folder.get(key)
                if candidate is not None:
                    if index == 0:  # shiboken6's own copies stay where they are
                        kept[key] = candidate
                        queue.append(candidate)
                    break
            else:
                unresolved.add(dll)
    for path in roots:
        target = out / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    for path in kept.values():
        shutil.copy2(path, out / path.name)
    (out / "translations").mkdir()
    for name in QT_TRANSLATIONS:
        shutil.copy2(src / "translations" / name, out / "translations" / name)
    return {
        "qt_modules": sorted(qt_modules),
        "plugins": QT_PLUGINS,
        "dlls": sorted(p.name for p in kept.values()),
        "unresolved_imports": sorted(unresolved),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runtime", type=Path, required=True, help="unpacked CPython (cp313/)")
    parser.add_argument("--site-packages", type=Path, required=True)
    parser.add_argument("--source", type=Path, required=True, help="the project's wizard/ package")
    parser.add_argument("--boot", type=Path, required=True, help="the launcher's Python bootstrap")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    if args.out.exists():
        shutil.rmtree(args.out)
    python = args.out / "python"
    stage_runtime(args.runtime, python)
    qt_modules = BASE_QT_MODULES | used_qt_modules(args.source)
    report = stage_site_packages(args.site_packages, python / "Lib" / "site-packages", qt_modules)
    shutil.copy2(args.boot, python / "Lib" / "site-packages" / "_mailwizard_boot.py")
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    files = sum(1 for p in args.out.rglob("*") if p.is_file())
    report |= {"bytes": size, "files": files}
    (args.out.parent / "stage-report.json").write_text(json.dumps(report, indent=2))
    print(f"stage: {files} files, {size / 1e6:.1f} MB; Qt modules {', '.join(report['qt_modules'])}")
    if report["unresolved_imports"]:
        print(f"stage: note: not found in the wheels: {', '.join(report['unresolved_imports'])}")


if __name__ == "__main__":
    main()
