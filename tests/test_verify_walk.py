"""The proof walks the alternatives (issue 14), against the real Dovecot and SMTP servers:
the next listed server, then the standard ports of the same host; a refused password or a
certificate decision stops it at once; without a password nothing is sent."""

from __future__ import annotations

import asyncio
import socket

import pytest

from tests.fixtures.mailservers import MailServers, log_size, read_log
from tests.fixtures.pipeline_world import MailWorld
from wizard.model import Account, AccountConfig, AuthMethod, Protocol, Security, ServerSettings, parse_address
from wizard.pipeline import network_verify_changes, proven_config
from wizard.targets.exports.autoconfig import make_autoconfig
from wizard.verify import FailureKind, VerifyOptions, VerifyReport, candidates, prove_account

pytestmark = pytest.mark.dovecot

ADDRESS = parse_address("user@example.test")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server(protocol: Protocol, host: str, port: int, security: Security) -> ServerSettings:
    return ServerSettings(protocol, host, port, security, username="user@example.test")


def config(incoming: list[ServerSettings], outgoing: list[ServerSettings]) -> AccountConfig:
    return AccountConfig("example.test", domains=("example.test",), incoming=tuple(incoming),
                         outgoing=tuple(outgoing))


def prove(world: MailWorld, listed: AccountConfig, password: str | None,
          **options: object) -> VerifyReport:
    network = world.network()
    account = Account.from_config(listed, ADDRESS)
    verify_options = VerifyOptions(**{**network_verify_changes(network), "server_timeout": 30.0,
                                      **options})  # type: ignore[arg-type]
    return asyncio.run(prove_account(account, password, listed=listed, options=verify_options,
                                     network=network))


def test_candidates_are_the_listed_servers_then_the_standard_ports_of_the_same_host() -> None:
    first = server(Protocol.SMTP, "smtp.a.test", 465, Security.SSL)
    listed = [first, server(Protocol.SMTP, "smtp2.a.test", 587, Security.STARTTLS),
              server(Protocol.IMAP, "imap.a.test", 993, Security.SSL)]
    walk = candidates(first, listed)
    assert [(s.hostname, s.port, s.security) for s in walk] == [
        ("smtp.a.test", 465, Security.SSL),
        ("smtp2.a.test", 587, Security.STARTTLS),
        ("smtp.a.test", 587, Security.PLAIN),  # "whatever it offers": STARTTLS when offered
        ("smtp.a.test", 25, Security.PLAIN),
    ]
    # the password only ever goes to hosts of the settings being proven
    assert {s.hostname for s in walk} <= {s.hostname for s in listed}


def test_a_closed_preferred_smtp_port_gives_way_to_the_next_listed_one(mail_world: MailWorld) -> None:
    servers = mail_world.servers
    mail_world.serve_same_ports("localhost")
    closed = closed_port()
    listed = config(
        [server(Protocol.IMAP, "localhost", servers.imaps_port, Security.SSL)],
        [server(Protocol.SMTP, "localhost", closed, Security.SSL),
         server(Protocol.SMTP, "localhost", servers.smtp_starttls_port, Security.STARTTLS)],
    )
    since = log_size(servers.smtp_log)
    report = prove(mail_world, listed, servers.password)
    assert report.ok
    proven = report.outgoing.proven
    assert (proven.port, proven.security) == (servers.smtp_starttls_port, Security.STARTTLS)
    assert [(f.port, f.kind) for f in report.outgoing.passed_over] == [
        (closed, FailureKind.CONNECTION_REFUSED)
    ]
    assert f"AUTH port={servers.smtp_starttls_port} mechanism=PLAIN user={servers.user} tls=True " \
           "result=True" in read_log(servers.smtp_log, since)


def test_the_standard_ports_of_the_same_host_are_tried(mail_world: MailWorld) -> None:
    """Listed: ports nobody answers on; the host's 993 and 587 answer (STARTTLS on 587)."""
    servers = mail_world.servers
    mail_world.serve("imap.example.test", 993, "imaps_port")
    mail_world.serve("smtp.example.test", 587, "smtp_starttls_port")
    listed = config([server(Protocol.IMAP, "imap.example.test", 1993, Security.SSL)],
                    [server(Protocol.SMTP, "smtp.example.test", 2465, Security.SSL)])
    report = prove(mail_world, listed, servers.password)
    assert report.ok, report
    assert (report.incoming.proven.port, report.incoming.proven.security) == (993, Security.SSL)
    assert (report.outgoing.proven.port, report.outgoing.proven.security) == (587, Security.STARTTLS)
    assert [f.port for f in report.outgoing.passed_over] == [2465, 465]


def test_a_wrong_password_stops_the_walk_at_once_naming_the_server(mail_world: MailWorld) -> None:
    servers = mail_world.servers
    mail_world.serve_same_ports("localhost")
    listed = config(
        [server(Protocol.IMAP, "localhost", servers.imaps_port, Security.SSL),
         server(Protocol.IMAP, "localhost", servers.imap_starttls_port, Security.STARTTLS)],
        [server(Protocol.SMTP, "localhost", servers.smtps_port, Security.SSL),
         server(Protocol.SMTP, "localhost", servers.smtp_starttls_port, Security.STARTTLS)],
    )
    smtp = log_size(servers.smtp_log)
    report = prove(mail_world, listed, "not-the-password", retry_username_forms=False)
    for check, port in ((report.incoming, servers.imaps_port), (report.outgoing, servers.smtps_port)):
        assert not check.ok and check.failure is not None
        assert (check.failure.kind, check.failure.host, check.failure.port) == (
            FailureKind.AUTH, "localhost", port)
        assert check.passed_over == ()
    log = read_log(servers.smtp_log, smtp)
    assert log.count("AUTH ") == 1 and f"port={servers.smtp_starttls_port}" not in log


def test_a_certificate_decision_stops_the_walk(mail_world: MailWorld) -> None:
    servers: MailServers = mail_world.servers
    bad = servers.wrong_host
    mail_world.serve_same_ports("localhost")
    mail_world.serve("localhost", bad.imaps_port, "wrong_host.imaps_port")
    listed = config(
        [server(Protocol.IMAP, "localhost", bad.imaps_port, Security.SSL),
         server(Protocol.IMAP, "localhost", servers.imaps_port, Security.SSL)],
        [server(Protocol.SMTP, "localhost", servers.smtps_port, Security.SSL)],
    )
    since = log_size(servers.dovecot_log)
    report = prove(mail_world, listed, servers.password)
    failure = report.incoming.failure
    assert failure is not None and failure.kind is FailureKind.TLS_WRONG_HOST
    assert failure.certificate is not None  # for the user to decide about
    assert "Login: user=<" not in read_log(servers.dovecot_log, since)  # the alternative was not tried


def test_without_a_password_the_proof_sends_none(mail_world: MailWorld) -> None:
    servers = mail_world.servers
    mail_world.serve_same_ports("localhost")
    listed = config(
        [server(Protocol.IMAP, "localhost", closed_port(), Security.SSL),
         server(Protocol.IMAP, "localhost", servers.imap_starttls_port, Security.PLAIN)],
        [server(Protocol.SMTP, "localhost", servers.smtp_starttls_port, Security.PLAIN)],
    )
    dovecot, smtp = log_size(servers.dovecot_log), log_size(servers.smtp_log)
    report = prove(mail_world, listed, None)
    assert report.ok and not report.incoming.signed_in
    assert report.incoming.proven.security is Security.STARTTLS  # upgraded, as offered
    assert report.outgoing.proven.security is Security.STARTTLS
    assert "Login:" not in read_log(servers.dovecot_log, dovecot)
    assert "AUTH " not in read_log(servers.smtp_log, smtp)


@pytest.mark.parametrize("password", [None, "S3cret-Pass!"], ids=["credential-free", "login"])
def test_an_unencrypted_server_needs_consent(mail_world: MailWorld, password: str | None) -> None:
    servers = mail_world.servers
    plain = servers.no_tls
    mail_world.serve("localhost", plain.imap_port, "no_tls.imap_port")
    mail_world.serve("localhost", plain.smtp_port, "no_tls.smtp_port")
    listed = config([server(Protocol.IMAP, "localhost", plain.imap_port, Security.PLAIN)],
                    [server(Protocol.SMTP, "localhost", plain.smtp_port, Security.PLAIN)])
    dovecot, smtp = log_size(plain.dovecot_log), log_size(servers.smtp_log)
    refused = prove(mail_world, listed, password)
    for check in refused.checks:
        assert check.failure is not None and check.failure.kind is FailureKind.PLAINTEXT_REFUSED
    assert "Login:" not in read_log(plain.dovecot_log, dovecot)
    assert "AUTH " not in read_log(servers.smtp_log, smtp)
    consent = frozenset({("localhost", plain.imap_port), ("localhost", plain.smtp_port)})
    allowed = prove(mail_world, listed, password, allow_plaintext=consent)
    assert allowed.ok and allowed.incoming.proven.security is Security.PLAIN


def test_what_is_written_after_a_proof_is_never_less_safe_than_what_was_proven(
    mail_world: MailWorld,
) -> None:
    """The listed alternatives stay in the proven settings (an export, ``verify --xml``), but
    none below the security that was proven: a reader of the file could otherwise fall back to
    sending the password unencrypted."""
    servers = mail_world.servers
    mail_world.serve_same_ports("localhost")
    listed = config(
        [server(Protocol.IMAP, "localhost", servers.imaps_port, Security.SSL),
         server(Protocol.IMAP, "localhost", closed_port(), Security.PLAIN),
         server(Protocol.POP3, "localhost", servers.pop3_starttls_port, Security.STARTTLS),
         server(Protocol.POP3, "localhost", closed_port(), Security.PLAIN)],
        [server(Protocol.SMTP, "localhost", servers.smtps_port, Security.SSL),
         server(Protocol.SMTP, "localhost", closed_port(), Security.PLAIN)],
    )
    report = prove(mail_world, listed, servers.password)
    assert report.ok, report
    proven = proven_config(listed, report)
    assert [(s.protocol, s.security) for s in proven.incoming] == [
        (Protocol.IMAP, Security.SSL), (Protocol.POP3, Security.STARTTLS)]
    assert [s.security for s in proven.outgoing] == [Security.SSL]
    exported = make_autoconfig(proven, ADDRESS)
    assert b"<socketType>plain</socketType>" not in exported
    # with the plaintext consent (--allow-plaintext), the list stays as it was
    assert len(proven_config(listed, report, keep_plain=True).incoming) == 4


def test_the_proven_sign_in_method_is_the_one_that_logged_in(mail_world: MailWorld) -> None:
    """Listed as password-encrypted (CRAM-MD5 and the like), on servers that offer only PLAIN
    and LOGIN: the proof logs in with those over TLS, so what is written says so. A mail
    program told password-encrypted would fail where the proof passed."""
    servers = mail_world.servers
    mail_world.serve_same_ports("localhost")
    encrypted = (AuthMethod.PASSWORD_ENCRYPTED,)
    listed = config(
        [server(Protocol.IMAP, "localhost", servers.imaps_port, Security.SSL).replace(auth_methods=encrypted)],
        [server(Protocol.SMTP, "localhost", servers.smtps_port, Security.SSL).replace(auth_methods=encrypted)],
    )
    report = prove(mail_world, listed, servers.password)
    assert report.ok, report
    assert [c.proven.auth for c in report.checks] == [AuthMethod.PASSWORD_CLEARTEXT] * 2
    pop = config([server(Protocol.POP3, "localhost", servers.pop3s_port, Security.SSL)
                  .replace(auth_methods=encrypted)], [listed.outgoing[0]])
    assert prove(mail_world, pop, servers.password).incoming.proven.auth is AuthMethod.PASSWORD_CLEARTEXT
    # credential-free, nothing logged in: the listed method stays as listed
    probed = prove(mail_world, listed, None)
    assert [c.proven.auth for c in probed.checks] == [AuthMethod.PASSWORD_ENCRYPTED] * 2


def test_a_password_goes_by_the_first_listed_method_that_takes_one(mail_world: MailWorld) -> None:
    """Listed: NTLM first (which the proof cannot speak), then the password: the proof logs
    in with the password, and that is what is written first."""
    servers = mail_world.servers
    mail_world.serve_same_ports("localhost")
    methods = (AuthMethod.NTLM, AuthMethod.PASSWORD_CLEARTEXT)
    listed = config(
        [server(Protocol.IMAP, "localhost", servers.imaps_port, Security.SSL).replace(auth_methods=methods)],
        [server(Protocol.SMTP, "localhost", servers.smtps_port, Security.SSL).replace(auth_methods=methods)],
    )
    report = prove(mail_world, listed, servers.password)
    assert report.ok, report
    assert [c.proven.auth_methods for c in report.checks] == [
        (AuthMethod.PASSWORD_CLEARTEXT, AuthMethod.NTLM)] * 2
