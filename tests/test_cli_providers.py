"""``mailwizard providers`` and the CLI's common behaviour, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def mailwizard(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_version_and_help() -> None:
    result = mailwizard("--version")
    assert result.returncode == 0 and result.stdout.startswith("mailwizard ")
    result = mailwizard("--help")
    assert result.returncode == 0 and "providers" in result.stdout


def test_no_display_is_one_sentence_not_a_crash() -> None:
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "wizard"], capture_output=True, text=True,
                            timeout=120, check=False, env=env)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no graphical display" in result.stderr
    assert "--help" in result.stderr


def test_providers_search_json_finds_ovh() -> None:
    result = mailwizard("providers", "ovh", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows[0]["id"] == "ovh.net"
    assert "ovh.net" in rows[0]["domains"]


def test_providers_plain_listing_is_readable() -> None:
    result = mailwizard("providers", "seznam")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("Seznam")
    assert "seznam.cz" in result.stdout


def test_no_match_is_a_task_failure_with_one_sentence() -> None:
    result = mailwizard("providers", "no-such-provider-xyz")
    assert result.returncode == 1
    assert result.stderr.strip() == "mailwizard: No provider matches 'no-such-provider-xyz'."


def test_bad_usage_exits_2() -> None:
    result = mailwizard("providers", "--no-such-option")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_ispdb_catalog_folder_lists_ispdb_providers(ispdb_corpus: Path) -> None:
    result = mailwizard("providers", "--catalog", str(ispdb_corpus), "--json")
    assert result.returncode == 0, result.stderr
    ids = {row["id"] for row in json.loads(result.stdout)}
    assert {"MessagingEngine", "aol.com", "seznam.cz", "ovh.net"} <= ids


def test_malformed_catalog_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "bad.xml").write_text("<clientConfig><oops", encoding="utf-8")
    result = mailwizard("providers", "ovh", "--catalog", str(tmp_path), "--json")
    assert result.returncode == 0
    assert "warning: Skipped bad.xml" in result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)[0]["id"] == "ovh.net"


def test_missing_catalog_folder_is_a_warning(tmp_path: Path) -> None:
    result = mailwizard("providers", "ovh", "--catalog", str(tmp_path / "nope"))
    assert result.returncode == 0
    assert "does not exist" in result.stderr


def test_a_file_given_as_catalog_folder_is_named_as_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "ovh.net.xml").write_text("<clientConfig/>", encoding="utf-8")
    result = mailwizard("providers", "ovh", "--catalog", str(tmp_path / "ovh.net.xml"))
    assert result.returncode == 0
    assert f"The provider folder {tmp_path / 'ovh.net.xml'} is not a folder." in result.stderr
