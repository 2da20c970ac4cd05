"""The core is Qt-free: model, catalog, discovery, verify, targets and the pipeline import
without PySide6; the pipeline sits above verify and targets and below cli and ui."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import wizard

CORE_PACKAGES = [
    "wizard.model",
    "wizard.catalog",
    "wizard.discovery",
    "wizard.verify",
    "wizard.targets",
    "wizard.pipeline",
]
ROOT = Path(wizard.__file__).parent


def test_core_imports_with_pyside6_unavailable() -> None:
    # A meta-path finder that refuses PySide6 behaves exactly like an environment without it.
    present = [
        name
        for name in CORE_PACKAGES
        if (ROOT / name.split(".")[1]).exists() or (ROOT / f"{name.split('.')[1]}.py").exists()
    ]
    code = textwrap.dedent(
        f"""
        import importlib, sys
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6" or name.startswith("PySide6."):
                    raise ImportError("PySide6 is not installed")
        sys.meta_path.insert(0, NoQt())
        for name in {present!r}:
            importlib.import_module(name)
        import wizard.cli, wizard.i18n, wizard.texts
        wizard.cli.build_parser()
        wizard.texts.failure_text("auth")
        assert not any(m.startswith("PySide6") for m in sys.modules), sorted(sys.modules)
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_qt_is_imported_only_in_the_ui_layer() -> None:
    offenders = []
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("ui/") or relative in ("app.py", "__main__.py"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import PySide6", "from PySide6")):
                offenders.append(relative)
    assert offenders == []


def _imported_wizard_modules(path: Path) -> set[str]:
    import ast

    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name.startswith("wizard.")}


def test_the_pipeline_sits_between_verify_and_targets_and_the_front_ends() -> None:
    above = ("wizard.cli", "wizard.ui", "wizard.flow", "wizard.app")
    used = _imported_wizard_modules(ROOT / "pipeline.py")
    assert not [name for name in used if name.startswith(above)]
    below = ("model", "catalog", "discovery", "verify", "targets")
    offenders = [
        path.relative_to(ROOT).as_posix()
        for layer in below
        for path in (ROOT / layer).rglob("*.py")
        if any(name.startswith("wizard.pipeline") for name in _imported_wizard_modules(path))
    ]
    assert offenders == []
