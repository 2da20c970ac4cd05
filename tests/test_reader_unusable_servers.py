"""Servers a file does not make usable are skipped, said, and never repaired by a guess
(issue 18, item 2). The data file is tests/data/readers/unusable-servers.xml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wizard.catalog.clientconfig import parse_clientconfig, write_clientconfig
from wizard.model import AccountConfig, AuthMethod, ConfigError, Protocol, Security

DATA = Path(__file__).parent / "data" / "readers"
FILE = DATA / "unusable-servers.xml"


def patchy(data: bytes | None = None) -> AccountConfig:
    return parse_clientconfig(FILE.read_bytes() if data is None else data)


def test_the_first_usable_server_is_the_preferred_one() -> None:
    config = patchy()
    (imap,) = config.incoming
    # several socketType and authentication entries: the first known ones, as written
    assert (imap.protocol, imap.port, imap.security) == (Protocol.IMAP, 143, Security.STARTTLS)
    assert imap.auth_methods == (AuthMethod.PASSWORD_ENCRYPTED,)  # "none" does not sign in
    (smtp,) = config.outgoing
    assert (smtp.security, smtp.auth_methods, smtp.username) == (Security.STARTTLS, (AuthMethod.CLIENT_IP,), "")


def test_each_skipped_server_is_said_with_its_reason() -> None:
    notes = patchy().skipped
    assert len(notes) == 7
    for reason in (
        "socketType 'quantum-tunnel' is unknown",
        "states no socketType",
        "authentication 'carrier-pigeon' is unknown",
        "pop3 server pop.patchy.example was skipped: it offers no way to sign in",
        "'+993' is not a port number",
        "outgoing smtp server smtp.patchy.example was skipped: its socketType 'opportunistic' is unknown",
    ):
        assert any(reason in note for note in notes), reason
    assert sum("offers no way to sign in" in note for note in notes) == 2  # none; client-IP + smtp-after-pop


def test_no_security_is_filled_in() -> None:
    """A server without a (known) socketType used to get one guessed from its port: 143 made
    it STARTTLS, and a plain port could have made it plain. Now it is skipped."""
    only_guessable = FILE.read_bytes().replace(b"<socketType>STARTTLS</socketType>", b"")
    with pytest.raises(ConfigError) as caught:
        patchy(only_guessable)
    message = str(caught.value)
    assert "has no usable incoming server (the incoming imap server imap.patchy.example was skipped" in message
    assert "\n" not in message


def test_lenient_reading_is_kept() -> None:
    baseline = patchy()
    text = FILE.read_bytes()
    for variant in (
        b"\xef\xbb\xbf" + text,
        text.replace(b"\n", b"\r\n"),
        b"\n  \t" + text,
        text.replace(b"<socketType>", b"<SocketType>").replace(b"</socketType>", b"</SocketType>"),
    ):
        assert patchy(variant) == baseline
    assert parse_clientconfig(write_clientconfig(baseline)) == baseline


def test_detect_trace_shows_what_was_skipped(tmp_path: Path) -> None:
    (tmp_path / "patchy.xml").write_bytes(FILE.read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "detect", "jana@patchy.example", "--offline", "--trace",
         "--catalog", str(tmp_path)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "imap.patchy.example:143" in result.stdout
    found = [line for line in result.stderr.splitlines() if line.startswith("trace:") and " found: " in line]
    assert len(found) == 1
    assert "quantum-tunnel" in found[0] and "offers no way to sign in" in found[0]
    assert "Traceback" not in result.stderr
