"""Assembles the Windows install tree (the installer's payload) from the unpacked CPython,
the cross-installed site-packages and the launchers, trimming what the app never loads.

Layout of the staged tree (= the install directory):
    mailwizard-gui.exe, mailwizard.exe   launchers (GUI without console / console CLI)
    LICENSE.txt, NOTICE.txt              the GPL, and the notice for Qt (LGPL) and the rest
    THIRD-PARTY-NOTICES.txt, licenses/   what is bundled, its versions and licence texts
    python/                              CPython 3.13 (PSF-signed binaries), python313._pth
    python/Lib/site-packages/            the project and its dependencies, Qt trimmed

Qt is trimmed by a PE import closure: keep the PySide6 modules the app imports (plus a base
set) and the plugins a QtWidgets app on Windows needs, then follow their DLL imports in the
order Windows loads them. A DLL whose name is already loaded is never loaded again from
another folder, so copies that always lose (shiboken6's and PySide6's MSVC runtime beside
CPython's) are left out, as are the runtime DLLs nothing imports.
Package metadata keeps what the libraries read at run time (METADATA for versions,
entry_points.txt for keyring's backends); licence files move to licenses/.
Run by build.sh with the build tool environment (needs pefile).
"""

from __future__ import annotations

import argparse
import email.parser
import json
import re
import shutil
import sys
import tomllib
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
    "iconengines/qsvgicon.dll",
]
# Qt's own translations for the app's languages (no qtbase_lt exists; qt_lt is the legacy
# monolithic catalog and translates the QWizard buttons).
QT_TRANSLATIONS = ["qtbase_ru.qm", "qtbase_sv.qm", "qtbase_cs.qm", "qt_lt.qm"]
PYSIDE_PY_FILES = ["__init__.py", "_config.py", "_git_pyside_version.py", "py.typed"]
PYSIDE_PY_DIRS = ["support"]

# Never imported by the app or its libraries: the GUI toolkits, tests, the REPL (_pyrepl),
# venv, unittest, sqlite3.
RUNTIME_DROP_DIRS = {
    "tcl", "include", "libs", "Scripts", "Doc", "Tools",
    "Lib/test", "Lib/idlelib", "Lib/tkinter", "Lib/turtledemo", "Lib/ensurepip",
    "Lib/lib2to3", "Lib/pydoc_data", "Lib/site-packages",
    "Lib/venv", "Lib/unittest", "Lib/_pyrepl", "Lib/sqlite3",
}
RUNTIME_DROP_FILES = {
    "NEWS.txt", "LICENSE.txt", "pythonw.exe", "DLLs/_tkinter.pyd", "DLLs/tcl86t.dll", "DLLs/tk86t.dll",
    "DLLs/py.ico", "DLLs/pyc.ico", "DLLs/pyd.ico", "DLLs/_testcapi.pyd",
    "DLLs/_sqlite3.pyd", "DLLs/sqlite3.dll",
    "Lib/turtle.py",
}
# What of a package's *.dist-info the libraries read at run time.
METADATA_KEPT = {"METADATA", "entry_points.txt"}
HOME_LABELS = {"homepage", "home", "source", "source code", "repository", "github"}
LICENSE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
QT_SOURCE = (
    "https://download.qt.io/official_releases/qt/{minor}/{version}/submodules/ "
    "(qtbase-everywhere-src-{version}, qtsvg-everywhere-src-{version}) and "
    "https://download.qt.io/official_releases/QtForPython/pyside6/PySide6-{version}-src/"
)
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


def stage_site_packages(
    site: Path, dest: Path, qt_modules: set[str], runtime: Path
) -> dict[str, list[str]]:
    def ignore(directory: str, names: list[str]) -> set[str]:
        rel = Path(directory).relative_to(site)
        if rel == Path("."):
            return {n for n in names if n in {"bin", "share", "PySide6"}}
        in_shiboken = rel.parts[0] == "shiboken6"
        return {
            n for n in names
            if n == "__pycache__" or (in_shiboken and (n in {"include", "lib"} or n.lower().endswith(".dll")))
        }

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

    # The order Windows loads them in: python313.dll (its folder is always searched), then
    # shiboken6 (PySide6 imports it first, and adds its folder to the search path), then the
    # Qt modules and plugins. A module's imports are looked for in its own folder, CPython's
    # and shiboken6's; a name already loaded is never loaded again.
    shiboken = site / "shiboken6"
    folders = [runtime, shiboken]
    loaded: dict[str, Path] = {}
    unresolved: set[str] = set()
    listings: dict[Path, dict[str, Path]] = {}

    def find(folder: Path, key: str) -> Path | None:
        if folder not in listings:  # import tables and file names differ in case
            listings[folder] = {p.name.lower(): p for p in folder.iterdir() if p.is_file()}
        return listings[folder].get(key)

    def load(module: Path) -> None:
        for dll in dll_imports(module):
            key = dll.lower()
            if key in loaded or SYSTEM_DLL.match(key) or key.startswith("python3"):
                continue
            found = next(filter(None, (find(f, key) for f in (module.parent, *folders, src))), None)
            if found is None:
                unresolved.add(dll)
                continue
            loaded[key] = found
            load(found)

    load(runtime / "python313.dll")
    load(shiboken / "Shiboken.pyd")
    for root in roots:
        load(root)
    for path in loaded.values():
        if path.parent == shiboken:
            shutil.copy2(path, dest / "shiboken6" / path.name)
        elif path.parent == src:
            shutil.copy2(path, out / path.name)
    for path in roots:
        target = out / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    (out / "translations").mkdir()
    for name in QT_TRANSLATIONS:
        shutil.copy2(src / "translations" / name, out / "translations" / name)
    return {
        "qt_modules": sorted(qt_modules),
        "plugins": QT_PLUGINS,
        "dlls": sorted(str(p.relative_to(site)) for p in loaded.values() if p.is_relative_to(site)),
        "unresolved_imports": sorted(unresolved),
    }


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def trim_metadata(site: Path, licenses: Path, project: str) -> list[dict[str, str]]:
    """Keep of each ``*.dist-info`` what is read at run time; move the licence files of the
    third-party packages to ``licenses/<name>/``. Returns those packages (name, version,
    licence, home page)."""
    packages = []
    for info in sorted(site.glob("*.dist-info")):
        meta = email.parser.HeaderParser().parsestr((info / "METADATA").read_text(encoding="utf-8"))
        name, version = meta["Name"], meta["Version"]
        if _canonical(name) in {_canonical(project), "pyside6-essentials", "shiboken6"}:
            # This program (LICENSE.txt, NOTICE.txt) and Qt for Python, used under the LGPL
            # (licenses/LGPL-3.0.txt; their wheels carry only Qt's commercial licence text).
            _keep_runtime_metadata(info)
            if _canonical(name) != _canonical(project):
                packages.append({"name": name, "version": version, "license": "LGPL-3.0", "home": ""})
            continue
        urls = dict(u.split(",", 1) for u in meta.get_all("Project-URL") or [] if "," in u)
        home = meta["Home-page"] or next(
            (url.strip() for label, url in urls.items() if label.strip().lower() in HOME_LABELS),
            next(iter(urls.values()), "").strip(),
        )
        classifiers = [
            c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
        ]
        licence = (
            meta["License-Expression"]
            or next(iter((meta["License"] or "").strip().splitlines()), "")
            or ", ".join(classifiers)
        )
        packages.append({
            "name": name, "version": version, "license": licence or "see its licence files",
            "home": home,
        })
        for path in sorted(info.rglob("*")):
            in_licenses = "licenses" in path.relative_to(info).parts[:-1]
            if path.is_file() and (in_licenses or LICENSE_FILE.match(path.name)):
                target = licenses / name / path.name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
        _keep_runtime_metadata(info)
    return packages


def _keep_runtime_metadata(info: Path) -> None:
    for path in info.iterdir():
        if path.name not in METADATA_KEPT:
            shutil.rmtree(path) if path.is_dir() else path.unlink()


def write_notices(tree: Path, repo: Path, runtime: Path, packages: list[dict[str, str]]) -> Path:
    """LICENSE.txt, NOTICE.txt, THIRD-PARTY-NOTICES.txt and licenses/ in the install tree;
    returns the text the installer's licence page shows (the notice, then the GPL)."""
    licenses = tree / "licenses"
    shutil.copy2(repo / "LICENSE", tree / "LICENSE.txt")
    shutil.copy2(repo / "NOTICE", tree / "NOTICE.txt")
    shutil.copy2(repo / "packaging" / "windows" / "licenses" / "LGPL-3.0.txt", licenses / "LGPL-3.0.txt")
    (licenses / "CPython").mkdir(exist_ok=True)
    shutil.copy2(runtime / "LICENSE.txt", licenses / "CPython" / "LICENSE.txt")
    patchlevel = runtime / "include" / "patchlevel.h"
    found = re.search(r'PY_VERSION\s+"([^"]+)"', patchlevel.read_text()) if patchlevel.exists() else None
    python_version = found.group(1) if found else "3.13"
    qt = next(p["version"] for p in packages if _canonical(p["name"]) == "pyside6-essentials")
    lines = [
        "Third-party software in this installation of Mail Wizard",
        "=" * 58,
        "",
        "The licence texts are in the licenses folder beside this file.",
        "",
        f"CPython {python_version} (python folder)",
        "  Python Software Foundation License 2.0, with the licences of the software it bundles",
        "  (OpenSSL, libffi, zlib, expat, ...): licenses\\CPython\\LICENSE.txt. https://www.python.org/",
        "",
        "Microsoft Visual C++ runtime (vcruntime140*.dll, msvcp140*.dll)",
        "  Redistributable files of Microsoft Visual Studio, shipped with CPython and Qt for Python.",
        "",
        f"Qt {qt} and Qt for Python {qt} (PySide6, shiboken6)",
        "  LGPL-3.0 (licenses\\LGPL-3.0.txt, with LICENSE.txt: see NOTICE.txt). Source code:",
        "  " + QT_SOURCE.format(version=qt, minor=".".join(qt.split(".")[:2])),
        "",
    ]
    for package in packages:
        if _canonical(package["name"]) in {"pyside6-essentials", "shiboken6"}:
            continue  # named above
        name = package["name"]
        where = f"licenses\\{name}" if (licenses / name).is_dir() else "no licence file in the package"
        lines += [f"{name} {package['version']}", f"  {package['license']} ({where}). {package['home']}", ""]
    (tree / "THIRD-PARTY-NOTICES.txt").write_text("\r\n".join(lines), encoding="utf-8")
    page = tree.parent / "license-page.txt"
    notice, gpl = ((repo / name).read_text(encoding="utf-8") for name in ("NOTICE", "LICENSE"))
    page.write_text(unwrap(notice) + "\n\n" + unwrap(gpl), encoding="utf-8")
    return page


def unwrap(text: str) -> str:
    """Join the hard-wrapped lines of each paragraph, so that the installer's narrower licence
    box wraps them itself. A line continues the one before when that one is long (it was
    wrapped) and the line is indented no deeper (not a title, list item or URL column)."""
    lines: list[str] = []
    for line in text.splitlines():
        previous = lines[-1] if lines else ""
        continues = (
            line.strip()
            and len(previous.strip()) >= 40
            and _indent(line) <= _indent(previous)
            and line.strip().strip("-=")
        )
        if continues:
            lines[-1] = previous.rstrip() + " " + line.strip()
        else:
            lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runtime", type=Path, required=True, help="unpacked CPython (cp313/)")
    parser.add_argument("--site-packages", type=Path, required=True)
    parser.add_argument("--source", type=Path, required=True, help="the project's wizard/ package")
    parser.add_argument("--repo", type=Path, required=True, help="the project (LICENSE, NOTICE)")
    parser.add_argument("--boot", type=Path, required=True, help="the launcher's Python bootstrap")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    if args.out.exists():
        shutil.rmtree(args.out)
    python = args.out / "python"
    stage_runtime(args.runtime, python)
    qt_modules = BASE_QT_MODULES | used_qt_modules(args.source)
    site = python / "Lib" / "site-packages"
    report = stage_site_packages(args.site_packages, site, qt_modules, args.runtime)
    shutil.copy2(args.boot, site / "_mailwizard_boot.py")
    (args.out / "licenses").mkdir()
    project = tomllib.loads((args.repo / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    packages = trim_metadata(site, args.out / "licenses", project)
    report["license_page"] = str(write_notices(args.out, args.repo, args.runtime, packages))
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    files = sum(1 for p in args.out.rglob("*") if p.is_file())
    report |= {"bytes": size, "files": files}
    (args.out.parent / "stage-report.json").write_text(json.dumps(report, indent=2))
    print(f"stage: {files} files, {size / 1e6:.1f} MB; Qt modules {', '.join(report['qt_modules'])}")
    if report["unresolved_imports"]:
        print(f"stage: note: not found in the wheels: {', '.join(report['unresolved_imports'])}")


if __name__ == "__main__":
    main()
