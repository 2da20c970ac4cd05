"""The ``mailwizard`` command's start: without arguments it opens the window by the light path
(no command line, parser or translations of the command line first, no platformdirs)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# `mailwizard` with no arguments, as the installed command runs it; reports once the event
# loop runs (the window is shown by then) and quits.
_COMMAND = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["mailwizard"])
def report():
    print(json.dumps({
        "cli": sorted(m for m in sys.modules if m.startswith("wizard.cli")),
        "platformdirs": "platformdirs" in sys.modules,
        "shown": [w.objectName() for w in app.topLevelWidgets() if w.isVisible()],
    }), flush=True)
    app.quit()
QTimer.singleShot(0, report)
sys.argv = ["mailwizard"]
from wizard.__main__ import main
sys.exit(main())
"""


@pytest.mark.gui
def test_mailwizard_without_arguments_opens_the_window_without_the_command_line(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", _COMMAND], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout.splitlines()[-1])
    assert state["shown"] == ["mailwizard"]
    assert state["cli"] == [], "the command line was loaded on the way to the window"
    assert not state["platformdirs"], "platformdirs was loaded to find the remembered language"


def test_the_settings_file_is_in_platformdirs_configuration_folder() -> None:
    """``settings_path`` follows platformdirs' rule without importing it (on this platform)."""
    import platformdirs

    from wizard.i18n import APP_NAME, settings_path

    assert settings_path().parent == Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
