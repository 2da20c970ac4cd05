"""packaging/windows/brand.py: what the branded Windows build takes from a brand folder — the
installer's names NSIS-escaped (makensis reads them back as written), shell values for
build.sh, the brand copied into the program where the installed wizard finds it, and a brand
that cannot be used refused with its one sentence."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests._tools import require_tool
from wizard.brand import find_brand_dir, load_brand

REPO = Path(__file__).resolve().parents[1]
BRANDS = REPO / "packaging" / "brands"
SCRIPT = REPO / "packaging" / "windows" / "brand.py"


@pytest.fixture(scope="module")
def helper() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mailwizard_windows_brand", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def odd_brand(tmp_path: Path) -> Path:
    """The astra example renamed with the characters NSIS and Windows care about."""
    folder = tmp_path / "odd"
    shutil.copytree(BRANDS / "astra", folder)
    toml = folder / "brand.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace('name = "Astra Mail Setup"', 'name = "Астра \\"$INSTDIR\\" Mail: 100% $$"')
    toml.write_text(text, encoding="utf-8")
    return folder


def test_the_installer_names_are_escaped_for_nsis(helper: ModuleType, tmp_path: Path) -> None:
    makensis = require_tool("makensis", why="the branded Windows installer")
    brand = load_brand(odd_brand(tmp_path))
    assert brand.name == 'Астра "$INSTDIR" Mail: 100% $$'
    include = tmp_path / "brand.nsh"
    include.write_text(helper.nsis_defines(brand), encoding="utf-8")
    script = tmp_path / "names.nsi"
    script.write_text(
        "Unicode true\n"
        f'!include "{include}"\n'
        f'OutFile "{tmp_path / "names.exe"}"\n'
        'Name "${APPNAME}"\n'
        'Section\n  CreateShortcut "$SMPROGRAMS\\${SHORTCUT}.lnk" "$INSTDIR\\a.exe"\n'
        '  WriteRegStr HKCU "Software\\${UNINSTALL_ID}" "DisplayName" "${APPNAME}"\nSectionEnd\n',
        encoding="utf-8",
    )
    done = subprocess.run([makensis, "-V4", str(script)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:]
    # makensis shows a string with its escapes resolved, except "$$" (a literal "$" at run time).
    assert 'Name: "Астра "$$INSTDIR" Mail: 100% $$$$"' in done.stdout
    assert "Астра  $$INSTDIR  Mail  100% $$$$.lnk" in done.stdout  # no " or : in a file name
    assert "astra-mail" in done.stdout


def test_build_sh_gets_the_brands_values_as_shell_assignments(helper: ModuleType, tmp_path: Path) -> None:
    folder = odd_brand(tmp_path)
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "shell", str(folder), "1.2.3"],
        capture_output=True, text=True, check=False, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stderr
    echoed = subprocess.run(
        ["bash", "-c", done.stdout + 'printf "%s\\n" "$BRAND_ID" "$BRAND_NAME" "$BRAND_DOMAIN" "$BRAND_NAME_RC" "$BRAND_INSTALLER" "$BRAND_LOGO"'],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    assert echoed == [
        "astra-mail",
        'Астра "$INSTDIR" Mail: 100% $$',
        "astra.od.ua",
        'Астра ""$INSTDIR"" Mail: 100% $$',
        "AstraMail-Setup-1.2.3.exe",
        str((folder / "logo.svg").resolve()),
    ]


@pytest.mark.parametrize("name", ["astra", "ispis"])
def test_the_brand_goes_into_the_program_where_the_wizard_finds_it(
    helper: ModuleType, tmp_path: Path, name: str
) -> None:
    folder = tmp_path / name
    shutil.copytree(BRANDS / name, folder)
    (folder / "notes-for-the-isp.txt").write_text("not shipped", encoding="utf-8")
    site = tmp_path / "site-packages"
    staged = helper.stage(load_brand(folder), site)
    assert staged == site / "wizard" / "resources" / "brand"
    assert not (staged / "notes-for-the-isp.txt").exists()
    assert find_brand_dir(config_dir=tmp_path / "machine", installed=staged) == staged
    copy = load_brand(staged)
    assert (copy.id, copy.domains, copy.support) == (load_brand(folder).id, load_brand(folder).domains,
                                                    load_brand(folder).support)


def test_a_brand_that_cannot_be_used_stops_the_build_with_its_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    shutil.copytree(BRANDS / "ispis", folder)
    (folder / "providers" / "ispis.cz.xml").write_text("<clientConfig", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "check", str(folder)],
        capture_output=True, text=True, check=False, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith(f"build.sh: {folder / 'brand.toml'}: 'providers.folder' names providers/ispis.cz.xml")


@pytest.mark.parametrize("logo", ["astra/logo.svg", "ispis/logo.svg", "wide.png"])
def test_the_logo_becomes_the_window_and_installer_icon(tmp_path: Path, logo: str) -> None:
    """make_icon.py: every frame of the .ico is the logo at its size, a wide one centred."""
    import struct

    from PySide6.QtGui import QColor, QImage

    if logo == "wide.png":
        wide = QImage(40, 20, QImage.Format.Format_ARGB32)
        wide.fill(QColor("red"))
        source = tmp_path / "wide.png"
        assert wide.save(str(source))
    else:
        source = BRANDS / logo
    ico = tmp_path / "logo.ico"
    subprocess.run(
        [sys.executable, str(REPO / "packaging" / "windows" / "make_icon.py"), str(source), str(ico)],
        check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 9)
    for index in range(count):
        width, height, *_rest, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        frame = QImage.fromData(data[offset : offset + length], "PNG")
        side = width or 256
        assert (frame.width(), frame.height(), height or 256) == (side, side, side)
        if logo == "wide.png":
            assert frame.pixelColor(side // 2, 0).alpha() == 0  # above the logo: transparent
            assert frame.pixelColor(side // 2, side // 2) == QColor("red")
        else:
            assert frame.pixelColor(side // 2, side // 2).alpha() > 0


# -- the branded cross-build (build.sh --brand DIR, on Linux) --------------------------------------

BUILD_SH = REPO / "packaging" / "windows" / "build.sh"
INSTALLER_BUDGET_BYTES = 25_000_000


def version_strings(exe: Path) -> dict[str, str]:
    """The StringFileInfo of a Windows program (pefile, from the build's tool environment)."""
    tool_python = REPO / "packaging" / "windows" / "cache" / "tool.env" / "bin" / "python"
    code = (
        "import json, sys, pefile\n"
        "pe = pefile.PE(sys.argv[1])\n"
        "table = {}\n"
        "for info in pe.FileInfo[0]:\n"
        "    for strings in getattr(info, 'StringTable', []):\n"
        "        table.update({k.decode(): v.decode() for k, v in strings.entries.items()})\n"
        "print(json.dumps(table))\n"
    )
    done = subprocess.run([str(tool_python), "-c", code, str(exe)], capture_output=True, text=True, check=True)
    table: dict[str, str] = json.loads(done.stdout)
    return table


def require_build_tools() -> None:
    for tool in ("makensis", "osslsigncode", "x86_64-w64-mingw32-gcc", "x86_64-w64-mingw32-windres"):
        require_tool(tool, why="the Windows installer's cross-build")


@pytest.mark.timeout(1200)
@pytest.mark.parametrize("name", ["astra", "ispis"])
def test_each_example_brand_builds_its_own_installer(name: str) -> None:
    require_build_tools()
    brand = load_brand(BRANDS / name)
    done = subprocess.run(
        [str(BUILD_SH), "--brand", str(BRANDS / name)],
        cwd=REPO, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False, timeout=1100,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    from wizard import __version__

    installer = REPO / "dist" / brand.installer_file(__version__)
    assert installer.is_file()
    assert installer.stat().st_size <= INSTALLER_BUDGET_BYTES
    assert version_strings(installer)["ProductName"] == brand.name  # the installer's own file
    tree = REPO / "packaging" / "windows" / "build" / "install.tree"
    for launcher in ("mailwizard-gui.exe", "mailwizard.exe"):
        assert version_strings(tree / launcher)["ProductName"] == brand.name
    staged = tree / "python" / "Lib" / "site-packages" / "wizard" / "resources" / "brand"
    assert load_brand(staged).id == brand.id  # the installed program finds it (INSTALLED_BRAND_DIR)
    names = (REPO / "packaging" / "windows" / "build" / "brand.nsh").read_text(encoding="utf-8")
    assert f'!define UNINSTALL_ID "{brand.id}"' in names and f'!define APPNAME "{brand.name}"' in names


def test_a_malformed_brand_stops_the_build_with_its_sentence(tmp_path: Path) -> None:
    require_build_tools()
    folder = tmp_path / "broken"
    shutil.copytree(BRANDS / "astra", folder)
    (folder / "logo.svg").write_bytes(b"\x89PNG not really")
    done = subprocess.run(
        [str(BUILD_SH), "--brand", str(folder)],
        cwd=REPO, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False, timeout=600,
    )
    assert done.returncode == 2
    sentence = [line for line in done.stderr.splitlines() if line.startswith("build.sh: ")]
    assert sentence == [f"build.sh: {folder / 'brand.toml'}: 'logo' names logo.svg, which is not a PNG or SVG "
                        "image (not well-formed XML: not well-formed (invalid token): line 1, column 0)."]
    assert "Traceback" not in done.stderr
