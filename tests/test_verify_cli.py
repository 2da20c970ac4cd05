"""``mailwizard verify`` against the loopback servers (system trust + SSL_CERT_FILE)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.mailservers import MailServers, log_size, read_log
from wizard.cli import main

pytestmark = pytest.mark.dovecot


@pytest.fixture
def cli_env(
    mail_servers: MailServers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The production TLS context trusts the test CA only through SSL_CERT_FILE; the trust
    store lives in a fresh data directory."""
    monkeypatch.setenv("SSL_CERT_FILE", str(mail_servers.ca_pem_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path


def write_config(
    path: Path,
    host: str,
    incoming: tuple[str, int, str],
    outgoing: tuple[int, str],
    username: str = "%EMAILADDRESS%",
) -> Path:
    kind, port, socket_type = incoming
    smtp_port, smtp_type = outgoing
    path.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <displayName>Example Test</displayName>
    <incomingServer type="{kind}">
      <hostname>{host}</hostname>
      <port>{port}</port>
      <socketType>{socket_type}</socketType>
      <authentication>password-cleartext</authentication>
      <username>{username}</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>{host}</hostname>
      <port>{smtp_port}</port>
      <socketType>{smtp_type}</socketType>
      <authentication>password-cleartext</authentication>
      <username>{username}</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
""",
        encoding="utf-8",
    )
    return path


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    password: str,
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    code = main(["verify", *args])
    out, err = capsys.readouterr()
    assert password not in out + err or not password
    return code, out, err


def as_json(out: str) -> Any:
    return json.loads(out)


def test_both_directions_work_json(
    mail_servers: MailServers,
    cli_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    s = mail_servers
    config = write_config(
        cli_env / "ok.xml", s.host, ("imap", s.imaps_port, "SSL"), (s.smtp_starttls_port, "STARTTLS")
    )
    since = log_size(s.smtp_log)
    code, out, err = run(
        monkeypatch, capsys, [s.user, "--password-stdin", "--config", str(config), "--json"],
        s.password,
    )
    assert code == 0, out + err
    result = as_json(out)
    assert result["ok"] is True and result["email"] == s.user
    assert result["checks"]["incoming"]["ok"] and result["checks"]["outgoing"]["ok"]
    assert result["checks"]["incoming"]["server"] == {
        "protocol": "imap", "host": s.host, "port": s.imaps_port, "security": "ssl",
        "auth": "password-cleartext", "auth_methods": ["password-cleartext"], "username": s.user,
        "oauth2": None,
    }
    assert result["checks"]["outgoing"]["security"] == "starttls"
    assert result["checks"]["incoming"]["failure"] is None and result["checks"]["outgoing"]["hints"] == []
    assert "DATA " not in read_log(s.smtp_log, since)


def test_text_output_pop3(
    mail_servers: MailServers,
    cli_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    s = mail_servers
    config = write_config(
        cli_env / "pop.xml", s.host, ("pop3", s.pop3_starttls_port, "STARTTLS"),
        (s.smtps_port, "SSL"),
    )
    code, out, _ = run(monkeypatch, capsys, [s.user, "--password-stdin", "--config", str(config)],
                       s.password)
    assert code == 0
    assert f"Incoming: POP3 {s.host}:{s.pop3_starttls_port} (STARTTLS)" in out
    assert f"Outgoing: SMTP {s.host}:{s.smtps_port} (SSL/TLS)" in out
    assert "OK: logged in over STARTTLS." in out and "OK: authenticated over SSL/TLS." in out
    assert "Both directions work." in out


def test_wrong_password_fails_with_hints(
    mail_servers: MailServers,
    cli_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    s = mail_servers
    config = write_config(
        cli_env / "ok.xml", s.host, ("imap", s.imaps_port, "SSL"), (s.smtps_port, "SSL")
    )
    code, out, _ = run(monkeypatch, capsys,
                       [s.user, "--password-stdin", "--config", str(config), "--json"], "WRONG-PW")
    assert code == 1
    result = as_json(out)
    assert result["ok"] is False
    for side in ("incoming", "outgoing"):
        assert result["checks"][side]["failure"]["kind"] == "auth"
        assert "caps-lock" in result["checks"][side]["hints"]
        assert result["checks"][side]["failure"]["message"].endswith(".")
    code, out, _ = run(monkeypatch, capsys, [s.user, "--password-stdin", "--config", str(config)],
                       "WRONG-PW")
    assert code == 1
    assert "FAILED: The server" in out and "Hint: Is Caps Lock on?" in out


def test_untrusted_certificate_then_trusted_and_remembered(
    mail_servers: MailServers,
    cli_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    s, bad = mail_servers, mail_servers.expired
    config = write_config(
        cli_env / "bad.xml", bad.host, ("imap", bad.imaps_port, "SSL"), (s.smtps_port, "SSL")
    )
    args = [s.user, "--password-stdin", "--config", str(config)]
    code, out, _ = run(monkeypatch, capsys, [*args, "--json"], s.password)
    assert code == 1
    failure = as_json(out)["checks"]["incoming"]["failure"]
    assert failure["kind"] == "tls-expired"
    sha = failure["certificate"]["sha256"]
    assert len(sha) == 64 and failure["certificate"]["port"] == bad.imaps_port

    code, out, _ = run(monkeypatch, capsys, args, s.password)
    assert code == 1 and f"--trust-certificate {sha}" in out and "has expired" in out

    code, out, _ = run(monkeypatch, capsys, [*args, "--trust-certificate", sha.upper()],
                       s.password)
    assert code == 0, out
    assert "was trusted" in out
    stored = json.loads(
        next((cli_env / "data").rglob("trusted-certificates.json")).read_text()
    )
    assert stored == {f"{bad.host}:{bad.imaps_port}": sha}

    code, out, _ = run(monkeypatch, capsys, args, s.password)  # remembered for later runs
    assert code == 0, out


def test_plaintext_needs_allow_plaintext(
    mail_servers: MailServers,
    cli_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    s, plain = mail_servers, mail_servers.no_tls
    config = write_config(
        cli_env / "plain.xml", plain.host, ("imap", plain.imap_port, "plain"),
        (plain.smtp_port, "plain"),
    )
    args = [s.user, "--password-stdin", "--config", str(config), "--json"]
    code, out, _ = run(monkeypatch, capsys, args, s.password)
    assert code == 1
    result = as_json(out)
    assert result["checks"]["incoming"]["failure"]["kind"] == "plaintext-refused"
    assert result["checks"]["outgoing"]["failure"]["kind"] == "plaintext-refused"
    code, out, _ = run(monkeypatch, capsys, [*args, "--allow-plaintext"], s.password)
    assert code == 0, out
    assert as_json(out)["checks"]["incoming"]["security"] == "plain"


@pytest.mark.parametrize(
    ("argv", "stdin"),
    [
        (["not-an-address", "--password-stdin"], "pw"),
        (["user@example.test", "--password-stdin"], ""),
        (["user@example.test", "--password-stdin", "--trust-certificate", "abc"], "pw"),
        (["user@example.test", "--password-stdin", "--config", "/nonexistent/x.xml"], "pw"),
        (["user@example.test", "--password-stdin", "--timeout", "0"], "pw"),
    ],
)
def test_bad_usage_exits_2(
    cli_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    stdin: str,
) -> None:
    code, _, err = run(monkeypatch, capsys, argv, stdin)
    assert code == 2
    assert err.startswith("mailwizard: ") and "Traceback" not in err


def test_password_stdin_is_required(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["verify", "user@example.test"])
    assert exit_info.value.code == 2
    assert "--password-stdin" in capsys.readouterr().err


def test_unknown_domain_offline_finds_nothing(
    cli_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        monkeypatch, capsys, ["user@example.test", "--password-stdin", "--offline"], "pw"
    )
    assert code == 1
    assert "No settings were found" in err


def test_catalog_folders_are_searched_first_by_every_proving_command(
    mail_servers: MailServers,
    cli_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--catalog DIR`` works for ``verify`` (and ``write``/``export``) as for ``detect``:
    the folder's settings are found without the network and proven."""
    s = mail_servers
    folder = cli_env / "providers"
    folder.mkdir()
    write_config(folder / "example.test.xml", s.host, ("imap", s.imaps_port, "SSL"), (s.smtp_starttls_port, "STARTTLS"))
    code, out, err = run(
        monkeypatch, capsys, [s.user, "--password-stdin", "--offline", "--catalog", str(folder), "--json"],
        s.password,
    )
    assert code == 0, out + err
    checks = as_json(out)["checks"]
    assert checks["incoming"]["ok"] and checks["incoming"]["server"]["port"] == s.imaps_port
    assert checks["outgoing"]["ok"] and checks["outgoing"]["server"]["port"] == s.smtp_starttls_port
