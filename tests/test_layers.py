"""The core is Qt-free: model, catalog, discovery, verify, oauth, targets, the pipeline and the
brand reader import without PySide6; looking for a brand loads nothing of the core; oauth sits
between verify and the front ends; the pipeline above verify and targets, below cli and ui."""

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
    "wizard.oauth",
    "wizard.targets",
    "wizard.brand.folder",
    "wizard.pipeline",
]
# The wizard's own OAuth2 sign-in sits beside verify: it may use these, and only the flow, the
# window, the command line and the pipeline use it (targets write what Thunderbird needs without it).
OAUTH_MAY_IMPORT = (
    "wizard.APP_NAME", "wizard.model", "wizard.secrets", "wizard.i18n", "wizard.verify.tls", "wizard.oauth"
)
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


def test_looking_for_a_brand_loads_nothing_of_the_core(tmp_path: Path) -> None:
    """The generic wizard asks at every start whether a brand is installed; that question
    must not load the model, the catalog or the flow before the first page is painted."""
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        import wizard.brand
        assert wizard.brand.find_brand_dir(config_dir=Path({str(tmp_path)!r})) is None
        heavy = [m for m in sys.modules if m.startswith(("wizard.model", "wizard.catalog", "wizard.flow"))]
        assert not heavy, heavy
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def _wizard_imports(path: Path) -> set[str]:
    import ast

    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name == "wizard" or name.startswith("wizard.")}


def test_oauth_sits_between_verify_and_the_front_ends() -> None:
    def allowed(name: str) -> bool:
        return name == "wizard" or any(name == a or name.startswith(a + ".") for a in OAUTH_MAY_IMPORT)

    wrong = {
        f"{path.relative_to(ROOT).as_posix()}: {name}"
        for path in (ROOT / "oauth").rglob("*.py")
        for name in _wizard_imports(path)
        if not allowed(name)
    }
    assert wrong == set()
    lower = [p for layer in ("model", "catalog", "discovery", "verify", "targets") for p in (ROOT / layer).rglob("*.py")]
    users = {path.relative_to(ROOT).as_posix() for path in lower if any(
        name.startswith("wizard.oauth") for name in _wizard_imports(path))}
    assert users == set()


def test_the_pipeline_sits_between_verify_and_targets_and_the_front_ends() -> None:
    above = ("wizard.cli", "wizard.ui", "wizard.flow", "wizard.app")
    used = _wizard_imports(ROOT / "pipeline.py")
    assert not [name for name in used if name.startswith(above)]
    below = ("model", "catalog", "discovery", "verify", "targets")
    offenders = [
        path.relative_to(ROOT).as_posix()
        for layer in below
        for path in (ROOT / layer).rglob("*.py")
        if any(name.startswith("wizard.pipeline") for name in _wizard_imports(path))
    ]
    assert offenders == []
