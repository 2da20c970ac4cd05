"""Issue 14's failure shapes, each through the command-line chain and through the window's
flow, each ending in the real Thunderbird fetching and sending without a prompt (the harness
of ``test_tb_acceptance``):

- a plain-listed entry on a server that offers STARTTLS (written: STARTTLS);
- a closed preferred SMTP port with a working alternative (written: the alternative);
- the provider's own autoconfig disagreeing with the bundled entry (written: the provider's);
- nothing found (the settings typed by the user, proven, written).

The servers are the real Dovecot and SMTP server, named ``localhost`` so that Thunderbird
reaches them too; the address's MX points there, which vouches for that name.
"""

from __future__ import annotations

import io
import json
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.discovery_servers import ISPDB_URL, Reply
from tests.fixtures.mailservers import MailServers, log_size, read_log
from tests.fixtures.pipeline_world import MailWorld
from tests.test_tb_acceptance import HARNESS_USER_JS, check_with_thunderbird, thunderbird  # noqa: F401
from wizard.cli import main
from wizard.discovery.network import TEST_NETWORK_VARIABLE
from wizard.model import Security

pytestmark = [pytest.mark.thunderbird, pytest.mark.dovecot]

HOST = "localhost"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_xml(kind: str, protocol: str, port: int, security: str, username: str) -> str:
    return (
        f'<{kind} type="{protocol}"><hostname>{HOST}</hostname><port>{port}</port>'
        f"<socketType>{security}</socketType><authentication>password-cleartext</authentication>"
        f"<username>{username}</username></{kind}>"
    )


def provider_xml(domain: str, incoming: list[tuple[str, int, str]],
                 outgoing: list[tuple[int, str]], username: str = "%EMAILADDRESS%") -> bytes:
    servers = [server_xml("incomingServer", p, port, sec, username) for p, port, sec in incoming]
    servers += [server_xml("outgoingServer", "smtp", port, sec, username) for port, sec in outgoing]
    return (
        '<?xml version="1.0" encoding="UTF-8"?><clientConfig version="1.1">'
        f'<emailProvider id="{domain}"><domain>{domain}</domain><displayName>{domain}</displayName>'
        + "".join(servers) + "</emailProvider></clientConfig>"
    ).encode()


@dataclass
class Shape:
    name: str
    address: str
    # Prepares the world; returns the settings the user types when nothing is found, else None.
    build: Callable[[MailWorld], bytes | None]
    # What Thunderbird must have been given: (type, port, socketType) and (SMTP port, socketType).
    incoming: Callable[[MailServers], tuple[str, int, int]]
    outgoing: Callable[[MailServers], tuple[int, int]]


def plain_listed(world: MailWorld) -> None:
    s = world.servers
    world.world.add_mx("example.test", 10, HOST)
    world.world.route(f"{ISPDB_URL}example.test", Reply(body=provider_xml(
        "example.test", [("imap", s.imap_starttls_port, "plain")], [(s.smtp_starttls_port, "plain")])))


def closed_smtp(world: MailWorld) -> None:
    s = world.servers
    world.world.add_mx("example.test", 10, HOST)
    world.world.route(f"{ISPDB_URL}example.test", Reply(body=provider_xml(
        "example.test", [("imap", s.imaps_port, "SSL")],
        [(closed_port(), "SSL"), (s.smtp_starttls_port, "STARTTLS")])))


def provider_disagrees(world: MailWorld) -> None:
    """iSpis's bundled entry asks for the ISDS login and names ispis.cz:995; the provider's
    own autoconfig names its servers and the login (the address)."""
    s = world.servers
    world.world.add_mx("ispis.cz", 10, HOST)
    world.world.route("https://autoconfig.ispis.cz/mail/config-v1.1.xml", Reply(body=provider_xml(
        "ispis.cz", [("pop3", s.pop3s_port, "SSL")], [(s.smtps_port, "SSL")])))


def nothing_found(world: MailWorld) -> bytes:
    world.world.add_host("example.test")  # the domain exists and publishes nothing
    s = world.servers
    return provider_xml("example.test", [("imap", s.imaps_port, "SSL")], [(s.smtps_port, "SSL")])


def _none(build: Callable[[MailWorld], None]) -> Callable[[MailWorld], bytes | None]:
    def wrapped(world: MailWorld) -> bytes | None:
        build(world)
        return None

    return wrapped


SHAPES = [
    Shape("plain-listed", "user@example.test", _none(plain_listed),
          lambda s: ("imap", s.imap_starttls_port, 2), lambda s: (s.smtp_starttls_port, 2)),
    Shape("closed-smtp", "user@example.test", _none(closed_smtp),
          lambda s: ("imap", s.imaps_port, 3), lambda s: (s.smtp_starttls_port, 2)),
    Shape("provider-disagrees", "jan@ispis.cz", _none(provider_disagrees),
          lambda s: ("pop3", s.pop3s_port, 3), lambda s: (s.smtps_port, 3)),
    Shape("nothing-found", "user@example.test", nothing_found,
          lambda s: ("imap", s.imaps_port, 3), lambda s: (s.smtps_port, 3)),
]


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
        password: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def thunderbird_works(binary: str, world: MailWorld, shape: Shape, profile: Path) -> None:
    """The real Thunderbird on the written profile: the proven servers, no prompt, mail
    fetched over TLS and sent."""
    servers = world.servers
    (profile / "user.js").write_text(HARNESS_USER_JS, encoding="utf-8")
    dovecot_from, smtp_from = log_size(servers.dovecot_log), log_size(servers.smtp_log)
    live, sent = f"E2E live {uuid.uuid4()}", f"E2E send {uuid.uuid4()}"
    report = check_with_thunderbird(binary, servers, profile, live, sent, user=shape.address)
    dovecot, smtp = read_log(servers.dovecot_log, dovecot_from), read_log(servers.smtp_log, smtp_from)
    context = f"report={json.dumps(report)[:4000]}\ndovecot:\n{dovecot[-3000:]}\nsmtp:\n{smtp[-2000:]}"
    assert "fatal" not in report, context
    (account,) = [a for a in report["accounts"] if a["type"] in ("imap", "pop3")]
    assert (account["type"], account["port"], account["socketType"]) == shape.incoming(servers), context
    assert account["username"] == shape.address, context
    assert [(o["port"], o["socketType"]) for o in report["outgoing"]] == [shape.outgoing(servers)]
    assert report["incomingLogin"] and report["outgoingLogin"], context
    assert report["fetchStatus"] == 0 and live in report["subjects"], context
    assert report["send"] == {"status": 0}, context
    assert report["dialogs"] == [] and report["windows"] == ["mail:3pane"], context
    assert f"user=<{shape.address}>" in dovecot and ", TLS," in dovecot, context
    assert "result=True" in smtp and "tls=True" in smtp, context


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_the_command_line_chain(
    thunderbird: str, mail_world: MailWorld, shape: Shape, tmp_path: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    typed = shape.build(mail_world)
    mail_world.serve_same_ports(HOST)
    monkeypatch.setenv(TEST_NETWORK_VARIABLE, str(mail_world.network_file(tmp_path / "net.json")))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    password = mail_world.servers.password

    code, out, err = cli(monkeypatch, capsys, "detect", shape.address, "--json")
    found = json.loads(out)  # one object, whatever happened
    settings = tmp_path / "settings.xml"
    if typed is None:
        assert code == 0, err
        code, out, err = cli(monkeypatch, capsys, "detect", shape.address, "--xml")
        settings.write_text(out, encoding="utf-8")
    else:
        assert code == 1 and found["incoming"] == [] and "No settings were found" in err
        settings.write_bytes(typed)  # what the user types, as the message says (--config FILE)

    code, out, err = cli(monkeypatch, capsys, "verify", shape.address, "--password-stdin",
                         "--config", str(settings), "--xml", "--trace", password=password)
    assert code == 0, err
    proven = tmp_path / "proven.xml"
    proven.write_text(out, encoding="utf-8")

    profile = tmp_path / "profile"
    profile.mkdir()
    code, out, err = cli(monkeypatch, capsys, "write", "thunderbird", shape.address, "--profile",
                         str(profile), "--config", str(proven), "--password-stdin", "--trust-cert",
                         str(mail_world.servers.ca_pem_path), password=password)
    assert code == 0, err
    thunderbird_works(thunderbird, mail_world, shape, profile)


@pytest.mark.gui
@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_the_windows_flow(
    thunderbird: str, mail_world: MailWorld, shape: Shape, tmp_path: Path,  # noqa: F811
    qtbot: Any, qapp: Any,
) -> None:
    from tests.test_ui import thunderbird_service, type_address
    from wizard import verify
    from wizard.catalog import default_catalog
    from wizard.discovery import discover
    from wizard.flow import PageId, WizardData
    from wizard.pipeline import network_verify_changes
    from wizard.targets import exports
    from wizard.targets.thunderbird.certs import (
        TrustedCertificate,
        find_certutil,
        trust_certificates,
    )
    from wizard.targets.thunderbird.profiles import install_dirs
    from wizard.ui.services import Services, verify_with
    from wizard.ui.window import MailWizard

    typed = shape.build(mail_world)
    mail_world.serve_same_ports(HOST)
    network = mail_world.network()

    async def find(address: str, password: str, emit: Any) -> Any:
        return await discover(address, network=network, password=password or None, on_event=emit)

    services = Services(
        catalog=default_catalog(),
        discover=find,
        verify=verify_with(verify, **network_verify_changes(network), server_timeout=30.0),
        thunderbird=thunderbird_service(tmp_path),
        exports=exports,
    )
    window = MailWizard(services, WizardData(language="en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.first_painted()
    window.ensure_pages()
    try:
        servers = mail_world.servers
        type_address(window, shape.address)
        window.next()
        window.pages[PageId.PASSWORD]._on_name("E2E User")
        window.pages[PageId.PASSWORD]._on_password(servers.password)
        window.next()
        qtbot.waitUntil(lambda: window.data.detection_done, timeout=30000)
        if window.currentId() == PageId.DETECT:  # nothing found: Next opens the editor
            assert typed is not None
            window.next()
        assert window.currentId() == PageId.REVIEW
        review = window.pages[PageId.REVIEW]
        if typed is not None:  # nothing found: the user types the servers in the editor
            assert window.data.found is None and review.stack.currentIndex() == 1
            for editor, port in ((review.in_editor, servers.imaps_port),
                                 (review.out_editor, servers.smtps_port)):
                editor.host.setText(HOST)
                editor.port.setValue(port)
                editor.security.setCurrentIndex(editor.security.findData(Security.SSL))
                editor.username.setText(shape.address)
            review._on_edited()
        window.next()
        assert window.currentId() == PageId.VERIFY
        qtbot.waitUntil(lambda: not window.data.verifying, timeout=90000)
        checking = window.pages[PageId.VERIFY]
        assert window.data.verify_report.ok, checking.outgoing.result._text.text()
        if shape.name == "closed-smtp":  # the page says which server was proven and why
            text = checking.outgoing.result._text.text()
            assert f"{HOST}:{servers.smtp_starttls_port}" in text and "was passed over" in text
        window.next()
        targets = window.pages[PageId.TARGETS]
        qtbot.waitUntil(lambda: targets.profile.count() == 1)
        window.next()
        qtbot.waitUntil(lambda: window.currentId() == PageId.DONE, timeout=60000)
        profile = window.data.thunderbird_profile
    finally:
        window.shutdown()
    # The test CA stands for a public one: a system would trust it, the test profile must.
    account = window.data.account()
    ca = TrustedCertificate(account.incoming.hostname, account.incoming.port,
                            servers.ca_pem_path.read_bytes())
    dirs = install_dirs()
    trust_certificates(profile, [ca], certutil=find_certutil(dirs), install_dirs=dirs)
    thunderbird_works(thunderbird, mail_world, shape, profile)
