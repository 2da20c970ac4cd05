"""Every command that writes, and ``verify``, through the one path (issue 14): no password
leaves unencrypted without ``--allow-plaintext``, none goes to settings nobody vouches for
without ``--accept-unverified`` (``allow_plaintext`` / ``accept_unverified`` in a preset), and
nothing is written then. The real servers' logs are the proof."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.fixtures.discovery_servers import Reply, clientconfig
from tests.fixtures.mailservers import log_size, read_log, wait_for_log
from tests.fixtures.pipeline_world import MailWorld
from wizard.cli import main
from wizard.discovery.network import TEST_NETWORK_VARIABLE

pytestmark = pytest.mark.dovecot

USER = "user@example.test"


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str],
            password: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    code = main(args)
    out, err = capsys.readouterr()
    assert not password or password not in out + err
    return code, out, err


# Each command as (arguments, what it writes); ``consent`` adds the consent options.
Command = Callable[[Path, Path | None, list[str]], tuple[list[str], Path]]


def verify(tmp: Path, config: Path | None, consent: list[str]) -> tuple[list[str], Path]:
    settings = ["--config", str(config)] if config else []
    return ["verify", USER, "--password-stdin", "--xml", *settings, *consent], tmp / "nothing"


def write_thunderbird(tmp: Path, config: Path | None, consent: list[str]) -> tuple[list[str], Path]:
    profile = tmp / "profile"
    profile.mkdir(exist_ok=True)
    settings = ["--config", str(config)] if config else []
    return (["write", "thunderbird", USER, "--profile", str(profile), "--password-stdin",
             *settings, *consent], profile / "prefs.js")


def write_outlook(tmp: Path, config: Path | None, consent: list[str]) -> tuple[list[str], Path]:
    settings = ["--config", str(config)] if config else []
    out = tmp / "account.prf"
    return ["write", "outlook", USER, "-o", str(out), *settings, *consent], out


def export(tmp: Path, config: Path | None, consent: list[str]) -> tuple[list[str], Path]:
    settings = ["--config", str(config)] if config else []
    out = tmp / "account.json"
    return (["export", USER, "--format", "json", "-o", str(out), "--password-stdin", *settings,
             *consent], out)


def run_preset(tmp: Path, config: Path | None, consent: list[str]) -> tuple[list[str], Path]:
    (tmp / "profile").mkdir(exist_ok=True)
    keys = {"--allow-plaintext": "allow_plaintext = true",
            "--accept-unverified": "accept_unverified = true"}
    lines = [f'address = "{USER}"', 'password = "stdin"', *(keys[c] for c in consent)]
    if config:
        lines.append(f'config = "{config}"')
    lines += ["[thunderbird]", f'profile = "{tmp / "profile"}"']
    preset = tmp / "preset.toml"
    preset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["run", "--preset", str(preset)], tmp / "profile" / "prefs.js"


COMMANDS = [verify, write_thunderbird, write_outlook, export, run_preset]
SENDS_PASSWORD = {verify, write_thunderbird, export, run_preset}


@pytest.fixture
def network(mail_world: MailWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MailWorld:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return mail_world


def activate(world: MailWorld, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TEST_NETWORK_VARIABLE, str(world.network_file(tmp / "network.json")))


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.__name__)
def test_no_password_leaves_unencrypted_without_consent(
    network: MailWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], command: Command,
) -> None:
    servers, plain = network.servers, network.servers.no_tls
    network.serve("localhost", plain.imap_port, "no_tls.imap_port")
    network.serve("localhost", plain.smtp_port, "no_tls.smtp_port")
    activate(network, tmp_path, monkeypatch)
    config = tmp_path / "plain.xml"
    config.write_bytes(clientconfig("example.test", ("localhost", plain.imap_port, "plain"),
                                    ("localhost", plain.smtp_port, "plain")))
    dovecot, smtp = log_size(plain.dovecot_log), log_size(servers.smtp_log)

    args, written = command(tmp_path, config, [])
    code, out, err = run_cli(monkeypatch, capsys, args, servers.password)
    assert code == 1, out + err
    assert not written.exists()
    assert "Login:" not in read_log(plain.dovecot_log, dovecot)
    assert f"AUTH port={plain.smtp_port}" not in read_log(servers.smtp_log, smtp)
    if command is not verify:  # verify prints its report; the others one sentence
        option = "allow_plaintext = true" if command is run_preset else "--allow-plaintext"
        assert err.count("\n") == 1 and "localhost" in err and option in err, err

    args, written = command(tmp_path, config, ["--allow-plaintext"])
    code, out, err = run_cli(monkeypatch, capsys, args, servers.password)
    assert code == 0, out + err
    assert written.exists() or command is verify
    if command in SENDS_PASSWORD:
        # Dovecot logs through another process: wait for this login, then count them all
        logged = wait_for_log(plain.dovecot_log, f"Login: user=<{USER}>", since=dovecot)
        assert logged.count("Login: user=<") == 1, logged


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.__name__)
def test_no_password_goes_to_unvouched_settings_without_consent(
    network: MailWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], command: Command,
) -> None:
    """A plain-HTTP autoconfig (anyone on the way could have written it) names servers that
    work; they get no password and nothing is written without the consent option."""
    servers = network.servers
    network.serve_same_ports("box.example.test")
    network.world.route("http://autoconfig.example.test/mail/config-v1.1.xml", Reply(body=clientconfig(
        "example.test", ("box.example.test", servers.imaps_port, "SSL"),
        ("box.example.test", servers.smtps_port, "SSL"))))
    activate(network, tmp_path, monkeypatch)
    dovecot, smtp = log_size(servers.dovecot_log), log_size(servers.smtp_log)

    args, written = command(tmp_path, None, [])
    code, out, err = run_cli(monkeypatch, capsys, args, servers.password)
    assert code == 1, out + err
    option = "accept_unverified = true" if command is run_preset else "--accept-unverified"
    assert "example.test" in err and option in err and err.count("\n") == 1, err
    assert not written.exists()
    assert "imap-login" not in read_log(servers.dovecot_log, dovecot)  # not even connected
    assert f"port={servers.smtps_port}" not in read_log(servers.smtp_log, smtp)

    args, written = command(tmp_path, None, ["--accept-unverified"])
    code, out, err = run_cli(monkeypatch, capsys, args, servers.password)
    assert code == 0, out + err
    assert written.exists() or command is verify
    if command in SENDS_PASSWORD:
        # Dovecot logs through another process: wait for this login, then count them all
        logged = wait_for_log(servers.dovecot_log, f"Login: user=<{USER}>", since=dovecot)
        assert logged.count("Login: user=<") == 1, logged
