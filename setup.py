"""Build hook: compile translations/wizard_<lang>.ts into wizard/translations/wizard_<lang>.qm.

All metadata lives in pyproject.toml; this file only adds the translations step to build_py,
so every wheel (and the Windows build, which installs the project from source) contains the
compiled .qm files without anyone running ``scripts/translations compile`` first. An editable
install compiles them into the source tree's wizard/translations/ (git-ignored) instead.
pyside6-lrelease comes from the build environment (PySide6-Essentials in [build-system]).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TS_DIR = HERE / "translations"
LRELEASE_MODULE = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease; "
    "sys.argv[0] = 'pyside6-lrelease'; sys.exit(lrelease())"
)


def lrelease_command() -> list[str]:
    name = "pyside6-lrelease" + (".exe" if sys.platform == "win32" else "")
    beside_python = Path(sys.executable).parent / name
    if beside_python.is_file():
        return [str(beside_python)]
    on_path = shutil.which("pyside6-lrelease")
    if on_path:
        return [on_path]
    return [sys.executable, "-c", LRELEASE_MODULE]  # fails clearly when PySide6 is missing


class BuildPyWithTranslations(build_py):  # type: ignore[misc]  # setuptools is untyped here
    def run(self) -> None:
        super().run()
        self.compile_translations()

    def translations_target(self) -> Path:
        if getattr(self, "editable_mode", False):
            return HERE / "wizard" / "translations"
        return Path(self.build_lib) / "wizard" / "translations"

    def ts_files(self) -> list[Path]:
        return sorted(TS_DIR.glob("wizard_*.ts"))

    def compile_translations(self) -> None:
        ts_files = self.ts_files()
        if not ts_files:
            self.announce("no translations/wizard_*.ts: nothing to compile", level=2)
            return
        target = self.translations_target()
        target.mkdir(parents=True, exist_ok=True)
        for ts in ts_files:
            qm = target / f"{ts.stem}.qm"
            self.announce(f"compiling {ts.name} -> {qm}", level=2)
            if not self.dry_run:
                subprocess.run([*lrelease_command(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                               check=True)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not getattr(self, "editable_mode", False):
            target = self.translations_target()
            outputs += [str(target / f"{ts.stem}.qm") for ts in self.ts_files()]
        return outputs


setup(cmdclass={"build_py": BuildPyWithTranslations})
