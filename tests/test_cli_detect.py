"""``mailwizard detect`` in a subprocess, pointed at the loopback servers through
``MAILWIZARD_TEST_NETWORK`` (a JSON file: DNS address, test CA, host map, ISPDB URL)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.discovery_servers import LoopbackWorld
from wizard.catalog.clientconfig import parse_clientconfig
from wizard.discovery.network import TEST_NETWORK_VARIABLE

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def network_file(discovery_world: LoopbackWorld, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("net") / "network.json"
    return discovery_world.write_network_file(
        path, http_timeout=2.0, ispdb_timeout=2.0, probe_timeout=1.5, probe_grace=0.3
    )


def mailwizard(network_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, TEST_NETWORK_VARIABLE: str(network_file), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args], cwd=ROOT, env=env, capture_output=True,
        text=True, encoding="utf-8", timeout=120, check=False,
    )


def test_detect_json_trace(network_file: Path) -> None:
    done = mailwizard(network_file, "detect", "me@isp.test", "--json", "--trace")
    assert done.returncode == 0, done.stderr
    data: dict[str, Any] = json.loads(done.stdout)
    assert data["email"] == "me@isp.test" and data["source"] == "isp" and data["trusted"] is True
    assert data["incoming"][0] == {
        "protocol": "imap", "host": "imap.isp.test", "port": 993, "security": "ssl",
        "auth": "password-cleartext", "auth_methods": ["password-cleartext"],
        "username": "me@isp.test", "oauth2": None,
    }
    assert data["outgoing"][0]["security"] == "ssl"
    trace = [line for line in done.stderr.splitlines() if line.startswith("trace:")]
    assert any(" isp " in line and "found" in line for line in trace)
    assert any("ispdb" in line for line in trace)


def test_detect_untrusted_result_says_so(network_file: Path) -> None:
    done = mailwizard(network_file, "detect", "me@httponly.test", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["source"] == "isp-http" and data["trusted"] is False
    assert {w["kind"] for w in data["warnings"]} == {"insecure-source", "foreign-domain"}


def test_detect_guessed_uses_full_address(network_file: Path) -> None:
    done = mailwizard(network_file, "detect", "me@guess.test", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["source"] == "guess"
    assert data["incoming"][0]["username"] == "me@guess.test"
    assert data["incoming"][0]["security"] == "starttls"


def test_detect_xml_is_readable_by_config(network_file: Path) -> None:
    done = mailwizard(network_file, "detect", "me@srvonly.test", "--xml")
    assert done.returncode == 0, done.stderr
    config = parse_clientconfig(done.stdout.encode())
    assert config.incoming[0].hostname == "mail.hoster-srv.test"
    assert config.incoming[0].port == 993


def test_detect_summary(network_file: Path) -> None:
    done = mailwizard(network_file, "detect", "me@foreign.test")
    assert done.returncode == 0, done.stderr
    assert "imap.faraway.test:993" in done.stdout
    assert "faraway.test" in done.stdout.split("Check before use:")[1]


def test_detect_nothing_found(discovery_world: LoopbackWorld, network_file: Path) -> None:
    discovery_world.add_host("quiet-detect.test")  # exists, publishes nothing
    done = mailwizard(network_file, "detect", "me@quiet-detect.test", "--json")
    assert done.returncode == 1
    assert json.loads(done.stdout) == {  # the contract: always one object
        "email": "me@quiet-detect.test", "provider": None, "source": None, "trusted": False,
        "incoming": [], "outgoing": [], "warnings": [], "fields": [], "oauth2": None,
    }
    assert done.stderr.strip() == "mailwizard: No settings were found for me@quiet-detect.test anywhere."
    done = mailwizard(network_file, "detect", "me@quiet-detect.test")
    assert done.returncode == 1 and done.stdout == ""


def test_detect_bad_address(network_file: Path) -> None:
    done = mailwizard(network_file, "detect", "not-an-address")
    assert done.returncode == 2
    assert "needs the form name@example.com" in done.stderr
    assert "Traceback" not in done.stderr


def test_detect_offline_with_catalog_dir(network_file: Path, test_catalog_dir: Path) -> None:
    done = mailwizard(
        network_file, "detect", "me@catalog.test", "--offline", "--catalog", str(test_catalog_dir),
        "--json", "--trace",
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["provider"]["id"] == "catalogmail"
    assert "skipped: offline" in done.stderr


def test_detect_offline_unknown_domain(network_file: Path) -> None:
    done = mailwizard(network_file, "detect", "me@isp.test", "--offline")
    assert done.returncode == 1
    assert "in the provider list" in done.stderr
