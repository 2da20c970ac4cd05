"""The log: ``-v`` on the command line, the rotating file the diagnostic report names, and no
password in either, ever."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard import logfile

PASSWORD = "Pa55-wörd'\"\\x"
REPO = Path(__file__).resolve().parents[1]


def mailwizard(*args: str, home: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_STATE_HOME": str(home / "state"), "LOCALAPPDATA": str(home / "local")}
    return subprocess.run([sys.executable, "-m", "wizard", *args], input=stdin, capture_output=True,
                          text=True, timeout=120, check=False, env=env)


def log_text(home: Path) -> str:
    files = list(home.rglob(logfile.LOG_NAME))
    assert len(files) == 1, files
    return files[0].read_text(encoding="utf-8")



def test_verbose_shows_the_steps_and_the_file_keeps_them(tmp_path: Path, config_file: Path) -> None:
    quiet = mailwizard("export", "user@example.test", "--format", "json", "-o", str(tmp_path / "a.json"),
                       "--config", str(config_file), "--offline", home=tmp_path)
    assert quiet.returncode == 0 and quiet.stderr == ""
    loud = mailwizard("export", "user@example.test", "--format", "json", "-o", str(tmp_path / "b.json"),
                      "--config", str(config_file), "--offline", "-v", home=tmp_path)
    assert loud.returncode == 0, loud.stderr
    assert f"settings from {config_file}" in loud.stderr
    assert f"wrote {tmp_path / 'b.json'}" in loud.stderr
    text = log_text(tmp_path)
    assert text.count("mailwizard 0.1.0: export") == 2
    assert f"wrote {tmp_path / 'a.json'}" in text and f"wrote {tmp_path / 'b.json'}" in text
    assert "trace: proof: nothing checked" in text  # the --trace lines, without --trace
    # Before the sub-command too, and counted.
    assert "settings from" in mailwizard("-v", "export", "user@example.test", "--format", "json", "-o",
                                         str(tmp_path / "c.json"), "--config", str(config_file), "--offline",
                                         home=tmp_path).stderr


def test_an_error_is_one_sentence_on_screen_and_a_line_in_the_log(tmp_path: Path) -> None:
    done = mailwizard("export", "not-an-address", "--format", "json", "-o", "x", home=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "WARNING wizard.cli: exit 2: 'not-an-address' is not an e-mail address" in log_text(tmp_path)


@pytest.mark.parametrize("verbosity", ["-v", "-vv"])
def test_passwords_never_reach_the_log_or_the_screen(verbosity: str, tmp_path: Path, config_file: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    runs = [
        mailwizard("write", "thunderbird", "user@example.test", "--profile", str(profile), "--config",
                   str(config_file), "--offline", "--password-stdin", verbosity, home=tmp_path,
                   stdin=PASSWORD + "\n"),
        mailwizard("export", "user@example.test", "--format", "qr", "-o", str(tmp_path / "code.png"),
                   "--config", str(config_file), "--offline", "--include-password", "--password-stdin", verbosity,
                   home=tmp_path, stdin=PASSWORD + "\n"),
    ]
    assert [done.returncode for done in runs] == [0, 0], [done.stderr for done in runs]
    text = log_text(tmp_path)
    assert "Thunderbird profile" in text
    for shown in [text] + [done.stdout + done.stderr for done in runs]:
        assert PASSWORD not in shown and repr(PASSWORD)[1:-1] not in shown


def test_the_formatter_masks_a_password_wherever_it_appears(tmp_path: Path) -> None:
    logger = logging.getLogger("test.logfile.redaction")
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    path = logfile.start_file_log(logger, level=logging.DEBUG)
    assert path == logfile.log_file()
    typed = ["first"]
    logfile.add_secret("s3cret-token")
    logfile.add_secret_source(lambda: (typed[0],))
    try:
        logger.info("login refused for %s with %s", "jane", "s3cret-token")
        logger.info("typed %r", "first")
        try:
            raise ValueError(f"server said: LOGIN jane {PASSWORD!r}")
        except ValueError:
            logfile.add_secret(PASSWORD)
            logger.exception("unexpected")
        typed[0] = "second"
        logger.warning("now second and the first no longer typed")
    finally:
        for handler in list(logger.handlers):
            handler.close()
            logger.removeHandler(handler)
    text = path.read_text(encoding="utf-8")
    assert "s3cret-token" not in text and "'first'" not in text and "now second" not in text
    assert PASSWORD not in text and repr(PASSWORD)[1:-1] not in text
    assert text.count(logfile.MASK) >= 4
    assert "Traceback" in text and "ValueError: server said: LOGIN jane '********'" in text


def test_the_log_file_rotates(tmp_path: Path) -> None:
    logger = logging.getLogger("test.logfile.rotation")
    logger.propagate = False
    path = logfile.start_file_log(logger)
    assert path is not None
    try:
        for n in range(logfile.MAX_BYTES // 1000 * (logfile.BACKUPS + 2)):
            logger.info("line %06d %s", n, "x" * 1000)
    finally:
        for handler in list(logger.handlers):
            handler.close()
            logger.removeHandler(handler)
    rotated = sorted(p.name for p in path.parent.glob(logfile.LOG_NAME + "*"))
    assert rotated == [logfile.LOG_NAME] + [f"{logfile.LOG_NAME}.{n}" for n in range(1, logfile.BACKUPS + 1)]
    assert all(p.stat().st_size <= logfile.MAX_BYTES + 2000 for p in path.parent.glob(logfile.LOG_NAME + "*"))


# --------------------------------------------------------------------------- the window

_WINDOW = r"""
import json, sys
from PySide6.QtWidgets import QApplication
import wizard.app
from wizard.ui.window import MailWizard

seen = {}
painted = MailWizard.first_painted

def spy(self):
    if "handlers" not in seen:
        seen["handlers"] = "logging.handlers" in sys.modules
        from PySide6.QtCore import QTimer
        QTimer.singleShot(wizard.app.LOG_FILE_DELAY_MS + 1500, QApplication.instance().quit)
        self.data.password = sys.argv[1]
        import logging
        logging.getLogger("wizard.test").info("the user typed %s", sys.argv[1])
    painted(self)

MailWizard.first_painted = spy
wizard.app.main(sys.argv[:1])
from wizard.logfile import log_file
print(json.dumps({"handlers_at_paint": seen["handlers"], "log": log_file().read_text(encoding="utf-8")}))
"""


@pytest.mark.gui
def test_the_window_starts_its_log_file_after_the_first_paint(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", _WINDOW, PASSWORD], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    state = json.loads(done.stdout.splitlines()[-1])
    assert state["handlers_at_paint"] is False  # the rotating file costs nothing before the paint
    assert "INFO wizard.ui.i18n: language" in state["log"]  # from before the file, kept
    assert "the user typed ********" in state["log"]
    assert PASSWORD not in state["log"]


@pytest.mark.gui
def test_the_diagnostic_report_names_the_log_file() -> None:
    from wizard.ui.errors import diagnostic_report

    assert f"Log file: {logfile.log_file()}" in diagnostic_report()


@pytest.mark.parametrize("place", ["state-is-a-file", "log-is-a-folder"])
def test_without_a_writable_log_nothing_but_the_sentence_reaches_the_screen(place: str, tmp_path: Path) -> None:
    """Python's last-resort handler must not print the log's lines (or a bug's traceback) on
    standard error when the log cannot be written."""
    if place == "state-is-a-file":
        (tmp_path / "state").write_text("not a folder\n", encoding="utf-8")
    else:
        (tmp_path / "state" / "mailwizard" / "log" / logfile.LOG_NAME).mkdir(parents=True)
    done = mailwizard("export", "not-an-address", "--format", "json", "-o", "x", home=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "mailwizard: 'not-an-address' is not an e-mail address: it needs the form name@example.com."
    ], done.stderr
