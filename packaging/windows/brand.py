"""What ``build.sh --brand DIR`` needs from a brand folder (an ISP's own edition), checked once.

    brand.py check DIR                      exit 2 with the brand's one sentence if it is unusable
    brand.py shell DIR VERSION              shell assignments for build.sh (``eval``)
    brand.py nsis DIR OUT.nsh               the installer's names, NSIS-escaped (``!include``)
    brand.py stage DIR SITE_PACKAGES        the brand's files into the installed program

Runs with the wizard's own brand reader (``wizard.brand``, on ``PYTHONPATH``), so the build
refuses exactly what the installed program would. The installed program finds the brand in
``wizard/resources/brand/`` (``wizard.brand.INSTALLED_BRAND_DIR``), before any per-machine one.
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
import sys
from pathlib import Path

from wizard.brand import BRAND_FILE, Brand, BrandError, load_brand

# Not allowed in a Windows file name (the Start-menu shortcut is named after the brand).
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]+')


def nsis_string(text: str) -> str:
    """``text`` as the inside of an NSIS "…" string: ``$`` and ``"`` escaped (a brand's names
    are one line without control characters)."""
    return text.replace("$", "$$").replace('"', '$\\"')


def rc_string(text: str) -> str:
    """``text`` as the inside of a Windows resource-script "…" string."""
    return text.replace("\\", "\\\\").replace('"', '""')


def file_name(text: str) -> str:
    """``text`` made usable as a Windows file name (the shortcut's)."""
    return _NOT_IN_FILE_NAMES.sub(" ", text).strip(" .") or "Mail Wizard"


def nsis_defines(brand: Brand) -> str:
    """The installer's names for ``brand``: what installer.nsi defines for the generic one."""
    values = {
        "APPNAME": brand.name,  # installer pages, uninstall entry
        "SHORTCUT": file_name(brand.name),  # Start menu and desktop
        "INSTALL_FOLDER": brand.id,  # %LOCALAPPDATA%\Programs\<id>: beside the generic wizard
        "UNINSTALL_ID": brand.id,  # HKCU\...\Uninstall\<id>
    }
    lines = [f'!define {key} "{nsis_string(value)}"' for key, value in values.items()]
    return "; Written by packaging/windows/brand.py for " + brand.id + "\n" + "\n".join(lines) + "\n"


def shell_assignments(brand: Brand, version: str) -> str:
    values = {
        "BRAND_ID": brand.id,
        "BRAND_NAME": brand.name,
        "BRAND_DOMAIN": brand.domains[0],
        "BRAND_NAME_RC": rc_string(brand.name),
        "BRAND_LOGO": str(brand.logo.path),
        "BRAND_INSTALLER": brand.installer_file(version),
    }
    return "".join(f"{key}={shlex.quote(value)}\n" for key, value in values.items())


def stage(brand: Brand, site_packages: Path) -> Path:
    """Copy what the brand names (brand.toml, the logo, the provider files, the OAuth2
    registrations) into the program, and check the copy as the program will read it."""
    target = site_packages / "wizard" / "resources" / "brand"
    if target.exists():
        shutil.rmtree(target)
    files = [brand.folder / BRAND_FILE, brand.logo.path, *brand.registration_files]
    files += sorted(p for p in brand.providers_dir.iterdir() if p.suffix.lower() == ".xml")
    for path in files:
        copy = target / path.relative_to(brand.folder)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)
    load_brand(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check").add_argument("brand", type=Path)
    shell = commands.add_parser("shell")
    shell.add_argument("brand", type=Path)
    shell.add_argument("version")
    nsis = commands.add_parser("nsis")
    nsis.add_argument("brand", type=Path)
    nsis.add_argument("out", type=Path)
    staging = commands.add_parser("stage")
    staging.add_argument("brand", type=Path)
    staging.add_argument("site_packages", type=Path)
    args = parser.parse_args(argv)
    try:
        brand = load_brand(args.brand)
        if args.command == "shell":
            sys.stdout.write(shell_assignments(brand, args.version))
        elif args.command == "nsis":
            args.out.write_text(nsis_defines(brand), encoding="utf-8")
        elif args.command == "stage":
            stage(brand, args.site_packages)
    except BrandError as exc:
        print(f"build.sh: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
