"""The password in the keyring, with real backends: the Secret Service (gnome-keyring in a
private D-Bus session) and keyrings.alt's plaintext file, which we refuse to use."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, fail, null
from keyrings.alt.file import PlaintextKeyring

from tests._tools import require_tool
from tests.fixtures.mailservers import MailServers
from wizard import secrets
from wizard.secrets import KeyringState

REPO = Path(__file__).resolve().parents[1]
# keyring's SecretService backend opens a D-Bus connection per call and never closes it
# (get_preferred_collection); the socket is freed at once by reference counting, with a
# ResourceWarning that our filterwarnings=error would turn into a failure.
LEAKY_SECRET_SERVICE = pytest.mark.filterwarnings("ignore:unclosed <socket.socket:ResourceWarning")
ADDRESS = "someone@example.test"
PASSWORD = "Pässword-Ы-9!"

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={path}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()  # by its own PID
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class _Bus:
    """A private D-Bus session bus without service activation (nothing starts by itself)."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        config = directory / "bus.conf"
        config.write_text(_BUS_CONFIG.format(path=directory / "bus"))
        with (directory / "dbus.stderr").open("wb") as stderr:
            self.process = subprocess.Popen(
                [
                    require_tool("dbus-daemon"),
                    f"--config-file={config}",
                    "--nofork",
                    "--print-address=1",
                ],
                stdout=subprocess.PIPE,
                stderr=stderr,
            )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().decode().strip()
        assert self.address, (directory / "dbus.stderr").read_text()

    def stop(self) -> None:
        _stop(self.process)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def empty_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[_Bus]:
    bus = _Bus(tmp_path / "bus")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    yield bus
    bus.stop()


@pytest.fixture
def secret_service(
    tmp_path: Path, empty_bus: _Bus
) -> Iterator[tuple[KeyringBackend, Path]]:
    """gnome-keyring's Secret Service on the private bus, its keyrings under ``tmp_path``."""
    daemon = require_tool("gnome-keyring-daemon", why="Secret Service for the keyring tests")
    home = tmp_path / "keyring-home"
    runtime = home / "run"
    runtime.mkdir(parents=True)
    runtime.chmod(0o700)
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": empty_bus.address,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    with (home / "gnome-keyring.stderr").open("wb") as stderr:
        keyring_daemon = subprocess.Popen(
            [daemon, "--foreground", "--components=secrets", "--unlock"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=env,
        )
    assert keyring_daemon.stdin is not None
    keyring_daemon.stdin.write(b"test keyring unlock password")
    keyring_daemon.stdin.close()
    backend = SecretService.Keyring()
    try:
        _wait_until_usable(backend, keyring_daemon, home)
        yield backend, home
    finally:
        _stop(keyring_daemon)
        _collect_leaked_connections()


def _collect_leaked_connections() -> None:
    """Free the D-Bus sockets keyring leaves in reference cycles, now and silently, rather
    than at a random later point of the session (see LEAKY_SECRET_SERVICE)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def _wait_until_usable(backend: KeyringBackend, daemon: subprocess.Popen[bytes], home: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        if daemon.poll() is not None:
            raise RuntimeError((home / "gnome-keyring.stderr").read_text())
        try:
            backend.get_password("Mail Wizard readiness", "probe")
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@pytest.fixture(autouse=True)
def _forget_memory() -> Iterator[None]:
    yield
    secrets._memory.clear()


def _files_containing(root: Path, needle: str) -> list[Path]:
    forms = {needle.encode("utf-8"), needle.encode("utf-16-le")}
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(form in data for form in forms):
                found.append(path)
    return found


# --------------------------------------------------------------------------- Secret Service


@LEAKY_SECRET_SERVICE
def test_secret_service_stores_reads_and_deletes(
    secret_service: tuple[KeyringBackend, Path], tmp_path: Path
) -> None:
    backend, _home = secret_service
    status = secrets.keyring_status(backend)
    assert status.state is KeyringState.SECURE and status.secure
    assert "SecretService" in status.backend

    stored = secrets.store_password(ADDRESS, PASSWORD, backend=backend)
    assert stored.secure
    assert not secrets._memory  # nothing kept aside when the keyring took it
    assert backend.get_password(secrets.SERVICE_NAME, ADDRESS) == PASSWORD
    assert secrets.get_password(ADDRESS, backend=backend) == PASSWORD
    assert secrets.get_password("Someone@Example.test ", backend=backend) == PASSWORD

    secrets.store_password(ADDRESS, PASSWORD + "2", backend=backend)  # replaced, not added
    assert secrets.get_password(ADDRESS, backend=backend) == PASSWORD + "2"

    secrets.delete_password(ADDRESS, backend=backend)
    assert secrets.get_password(ADDRESS, backend=backend) is None
    secrets.delete_password(ADDRESS, backend=backend)  # deleting twice is fine

    # The keyring's own files are encrypted: the password is in no file at all.
    secrets.store_password(ADDRESS, PASSWORD, backend=backend)
    assert _files_containing(tmp_path, PASSWORD) == []


def test_secret_service_without_a_daemon_is_reported_and_memory_is_used(
    empty_bus: _Bus,
) -> None:
    backend = SecretService.Keyring()
    status = secrets.keyring_status(backend)
    assert status.state is KeyringState.UNAVAILABLE and not status.secure
    assert "memory only" in str(status)

    kept = secrets.store_password(ADDRESS, PASSWORD, backend=backend)
    assert kept.state is KeyringState.UNAVAILABLE
    assert secrets.get_password(ADDRESS, backend=backend) == PASSWORD
    secrets.delete_password(ADDRESS, backend=backend)
    assert secrets.get_password(ADDRESS, backend=backend) is None


# --------------------------------------------------------------------------- insecure / none


def test_plaintext_file_backend_is_never_written(tmp_path: Path) -> None:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")  # type: ignore[misc]
    status = secrets.keyring_status(backend)
    assert status.state is KeyringState.PLAINTEXT
    assert "not encrypted" in str(status)

    kept = secrets.store_password(ADDRESS, PASSWORD, backend=backend)
    assert kept.state is KeyringState.PLAINTEXT and not kept.secure
    assert secrets.get_password(ADDRESS, backend=backend) == PASSWORD  # from memory
    assert not (tmp_path / "keyring_pass.cfg").exists()
    assert _files_containing(tmp_path, PASSWORD) == []
    secrets.delete_password(ADDRESS, backend=backend)
    assert secrets.get_password(ADDRESS, backend=backend) is None


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_backend_is_said_honestly(backend: KeyringBackend) -> None:
    status = secrets.keyring_status(backend)
    assert status.state is KeyringState.UNAVAILABLE
    assert str(status).startswith("No secure password store")
    assert secrets.store_password(ADDRESS, PASSWORD, backend=backend).state is (
        KeyringState.UNAVAILABLE
    )
    assert secrets.get_password(ADDRESS, backend=backend) == PASSWORD
    assert PASSWORD not in repr(status) + str(status)


def test_chainer_is_judged_by_the_backend_it_writes_to(tmp_path: Path) -> None:
    from keyring.backends.chainer import ChainerBackend

    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "chained.cfg")  # type: ignore[misc]

    class Chain(ChainerBackend):
        backends = [plaintext]  # type: ignore[assignment]  # noqa: RUF012

    assert secrets.keyring_status(Chain()).state is KeyringState.PLAINTEXT


# --------------------------------------------------------------------------- nowhere else


@pytest.mark.dovecot
@LEAKY_SECRET_SERVICE
def test_password_is_in_no_output_and_no_file(
    mail_servers: MailServers, secret_service: tuple[KeyringBackend, Path], tmp_path: Path
) -> None:
    """Verify (good, wrong and untrusted-certificate runs) from the command line with a fresh
    home, store the password in the keyring, then look for it everywhere we could have put it."""
    backend, _home = secret_service
    home = tmp_path / "cli-home"
    work = tmp_path / "cli-cwd"
    work.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "TMPDIR": str(tmp_path / "cli-tmp"),
        "SSL_CERT_FILE": str(mail_servers.ca_pem_path),
        "PYTHONPATH": str(REPO),
    }
    (tmp_path / "cli-tmp").mkdir()
    bad = mail_servers.self_signed
    configs = {
        "good": _config(
            mail_servers.host, mail_servers.imaps_port, mail_servers.smtp_starttls_port, "STARTTLS"
        ),
        "bad": _config(bad.host, bad.imaps_port, bad.smtps_port, "SSL"),
    }
    outputs = []
    for name, xml in configs.items():
        path = work / f"{name}.xml"
        path.write_text(xml)
        for password in (mail_servers.password, "wrong-" + mail_servers.password):
            for extra in ([], ["--json"]):
                run = subprocess.run(
                    [sys.executable, "-m", "wizard", "verify", mail_servers.user,
                     "--password-stdin", "--config", str(path), *extra],
                    input=(password + "\n").encode(),
                    capture_output=True,
                    cwd=work,
                    env=env,
                    timeout=120,
                    check=False,
                )
                outputs.append(run.stdout + run.stderr)
                if name == "good" and password == mail_servers.password:
                    assert run.returncode == 0, run.stdout + run.stderr
                else:
                    assert run.returncode == 1, run.stdout + run.stderr
    fingerprint = json.loads(
        subprocess.run(
            [sys.executable, "-m", "wizard", "verify", mail_servers.user, "--password-stdin",
             "--config", str(work / "bad.xml"), "--json"],
            input=(mail_servers.password + "\n").encode(),
            capture_output=True, cwd=work, env=env, timeout=120, check=False,
        ).stdout
    )["checks"]["incoming"]["failure"]["certificate"]["sha256"]
    trusted = subprocess.run(
        [sys.executable, "-m", "wizard", "verify", mail_servers.user, "--password-stdin",
         "--config", str(work / "bad.xml"), "--trust-certificate", fingerprint],
        input=(mail_servers.password + "\n").encode(),
        capture_output=True, cwd=work, env=env, timeout=120, check=False,
    )
    outputs.append(trusted.stdout + trusted.stderr)
    assert b"Incoming: IMAP" in trusted.stdout
    assert list((home / "data").rglob("trusted-certificates.json"))  # a file was written ...

    secrets.store_password(mail_servers.user, mail_servers.password, backend=backend)

    for output in outputs:
        assert mail_servers.password.encode() not in output
    assert _files_containing(tmp_path, mail_servers.password) == []  # ... without the password


def _config(host: str, imap_port: int, smtp_port: int, smtp_socket_type: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <displayName>Example Test</displayName>
    <incomingServer type="imap">
      <hostname>{host}</hostname>
      <port>{imap_port}</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>{host}</hostname>
      <port>{smtp_port}</port>
      <socketType>{smtp_socket_type}</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"""
