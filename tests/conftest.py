"""Hermetic test set-up: no test touches the real home, every fixture module is loaded."""

from __future__ import annotations

import os
import pathlib
import tempfile

_HOME = pathlib.Path(tempfile.mkdtemp(prefix="mailwizard-test-home-"))
for _var, _sub in (
    ("HOME", ""),
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_CACHE_HOME", ".cache"),
    ("XDG_STATE_HOME", ".local/state"),
    ("APPDATA", "AppData/Roaming"),
    ("LOCALAPPDATA", "AppData/Local"),
):
    _path = _HOME / _sub
    _path.mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(_path)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MAILWIZARD_TEST_MODE"] = "1"
# English unless a test asks for a language: the command line follows the locale.
for _var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"

# Every module in tests/fixtures/ is a pytest plugin (fixtures for real loopback servers).
pytest_plugins = sorted(
    f"tests.fixtures.{path.stem}"
    for path in (pathlib.Path(__file__).parent / "fixtures").glob("*.py")
    if not path.name.startswith("_")
)

SHARED = pathlib.Path(__file__).resolve().parents[2] / "shared"
ISPDB_CORPUS = SHARED / "corpus" / "ispdb"
