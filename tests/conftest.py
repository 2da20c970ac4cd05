"""Hermetic test set-up: no test touches the real home, every fixture module is loaded."""

from __future__ import annotations

import os
import pathlib
import tempfile
from collections.abc import Iterator

import pytest

_HOME = pathlib.Path(tempfile.mkdtemp(prefix="mailwizard-test-home-"))
for _var, _sub in (
    ("HOME", ""),
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_CACHE_HOME", ".cache"),
    ("XDG_STATE_HOME", ".local/state"),
    ("APPDATA", "AppData/Roaming"),
    ("LOCALAPPDATA", "AppData/Local"),
    # The per-machine folders too: an administrator's providers/ or brand/ on this machine
    # must not change what the tests see.
    ("XDG_CONFIG_DIRS", "etc/xdg"),
    ("PROGRAMDATA", "ProgramData"),
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
# The ISPDB corpus is read-only test data beside the clone (never copied into the project);
# MAILWIZARD_ISPDB_CORPUS points elsewhere, e.g. for a clone that has no ../shared.
ISPDB_CORPUS = pathlib.Path(os.environ.get("MAILWIZARD_ISPDB_CORPUS") or SHARED / "corpus" / "ispdb")


@pytest.fixture(autouse=True)
def _generic_edition() -> Iterator[None]:
    """Each test starts as the generic wizard: a branded window tells ``wizard.i18n`` its
    brand's name for the whole process, as the one window of a real run does."""
    from wizard.i18n import branded_as

    with branded_as(None):
        yield


@pytest.fixture
def ispdb_corpus() -> pathlib.Path:
    """The ISPDB corpus folder: a test that needs it skips off CI and fails on CI without it."""
    from tests._tools import require

    require(
        ISPDB_CORPUS.is_dir() and any(ISPDB_CORPUS.glob("*.xml")),
        f"the ISPDB corpus (expected at {ISPDB_CORPUS}: ../shared beside the clone, or set "
        "MAILWIZARD_ISPDB_CORPUS)",
    )
    return ISPDB_CORPUS


@pytest.fixture
def config_file(tmp_path: pathlib.Path) -> pathlib.Path:
    """A clientConfig file for user@example.test: IMAP and SMTP on 127.0.0.1."""
    from tests.test_tb_write import CLIENTCONFIG

    path = tmp_path / "config.xml"
    path.write_text(CLIENTCONFIG, encoding="utf-8")
    return path
