"""Verification against real servers on loopback (Dovecot, aiosmtpd, and tiny socket servers)."""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures.mailservers import (
    MailServers,
    TlsEndpoints,
    log_size,
    read_log,
    wait_for_log,
)
from wizard.model import (
    Account,
    AuthMethod,
    LocalizedText,
    Note,
    NoteKind,
    Protocol,
    Security,
    ServerSettings,
    Source,
    parse_address,
)
from wizard.verify import (
    FailureKind,
    Hint,
    ServerCheck,
    TrustedCertificates,
    VerifyEvent,
    VerifyOptions,
    VerifyStep,
    verify_account,
)
from wizard.verify.verifier import check_server

pytestmark = pytest.mark.dovecot

ADDRESS = parse_address("user@example.test")
# How Dovecot logs a connection that ended before any login was tried: which words it uses
# depends on whether its auth process was ready when the client hung up.
NO_AUTH = r"(?:no auth attempts|disconnected before auth was ready)"


def server(
    protocol: Protocol, port: int, security: Security, *, host: str = "127.0.0.1", user: str = ""
) -> ServerSettings:
    return ServerSettings(protocol, host, port, security, username=user or ADDRESS.address)


def account(incoming: ServerSettings, outgoing: ServerSettings) -> Account:
    return Account(address=ADDRESS, incoming=incoming, outgoing=outgoing)


@pytest.fixture
def options(mail_servers: MailServers, tmp_path: Path) -> VerifyOptions:
    return VerifyOptions(
        tls_context_factory=mail_servers.ssl_context,
        trusted_certificates=TrustedCertificates(tmp_path / "trusted.json"),
        connect_timeout=5.0,
        step_timeout=5.0,
        server_timeout=30.0,
    )


def check(srv: ServerSettings, password: str, options: VerifyOptions) -> ServerCheck:
    return asyncio.run(check_server(srv, account(srv, srv), password, options=options))


# --------------------------------------------------------------------------- it works


@pytest.mark.parametrize(
    ("protocol", "port_name", "security"),
    [
        (Protocol.IMAP, "imaps_port", Security.SSL),
        (Protocol.IMAP, "imap_starttls_port", Security.STARTTLS),
        (Protocol.POP3, "pop3s_port", Security.SSL),
        (Protocol.POP3, "pop3_starttls_port", Security.STARTTLS),
        (Protocol.SMTP, "smtps_port", Security.SSL),
        (Protocol.SMTP, "smtp_starttls_port", Security.STARTTLS),
    ],
)
def test_login_works_over_tls_and_starttls(
    mail_servers: MailServers,
    options: VerifyOptions,
    protocol: Protocol,
    port_name: str,
    security: Security,
) -> None:
    port = getattr(mail_servers, port_name)
    since_dovecot, since_smtp = log_size(mail_servers.dovecot_log), log_size(mail_servers.smtp_log)
    result = check(server(protocol, port, security), mail_servers.password, options)
    assert result.ok, result.failure
    assert result.security is security
    assert result.failure is None and result.hints == ()
    if protocol is Protocol.SMTP:
        text = read_log(mail_servers.smtp_log, since_smtp)
        assert f"AUTH port={port} mechanism=PLAIN user=user@example.test tls=True result=True" in text
    else:
        login = rf"{protocol.value}-login: .*Login: user=<user@example.test>.*, TLS,"
        wait_for_log(mail_servers.dovecot_log, login, since_dovecot)


def test_verify_account_checks_both_directions_and_reports_progress(
    mail_servers: MailServers, options: VerifyOptions
) -> None:
    events: list[VerifyEvent] = []
    loop_threads: set[int] = set()

    def on_event(event: VerifyEvent) -> None:
        events.append(event)
        loop_threads.add(threading.get_ident())

    acct = account(
        server(Protocol.IMAP, mail_servers.imaps_port, Security.SSL),
        server(Protocol.SMTP, mail_servers.smtp_starttls_port, Security.STARTTLS),
    )
    report = asyncio.run(
        verify_account(acct, mail_servers.password, options=options, on_event=on_event)
    )
    assert report.ok
    assert report.incoming.ok and report.outgoing.ok
    assert loop_threads == {threading.get_ident()}  # events arrive on the loop's thread
    steps = {(e.server.protocol, e.step) for e in events}
    assert (Protocol.IMAP, VerifyStep.LOGIN) in steps
    assert (Protocol.SMTP, VerifyStep.STARTTLS) in steps
    assert (Protocol.IMAP, VerifyStep.SUCCEEDED) in steps
    assert (Protocol.SMTP, VerifyStep.SUCCEEDED) in steps
    assert all(mail_servers.password not in e.detail for e in events)


def test_plain_config_is_raised_to_starttls_when_offered(
    mail_servers: MailServers, options: VerifyOptions
) -> None:
    for protocol, port in (
        (Protocol.IMAP, mail_servers.imap_starttls_port),
        (Protocol.POP3, mail_servers.pop3_starttls_port),
        (Protocol.SMTP, mail_servers.smtp_starttls_port),
    ):
        result = check(server(protocol, port, Security.PLAIN), mail_servers.password, options)
        assert result.ok, result.failure
        assert result.security is Security.STARTTLS


def test_verification_never_sends_mail(mail_servers: MailServers, options: VerifyOptions) -> None:
    since = log_size(mail_servers.smtp_log)
    srv = server(Protocol.SMTP, mail_servers.smtps_port, Security.SSL)
    assert check(srv, mail_servers.password, options).ok
    text = read_log(mail_servers.smtp_log, since)
    assert "AUTH " in text and "DATA " not in text


# --------------------------------------------------------------------------- refused logins


@pytest.mark.parametrize(
    ("protocol", "port_name"),
    [(Protocol.IMAP, "imaps_port"), (Protocol.POP3, "pop3s_port"), (Protocol.SMTP, "smtps_port")],
)
def test_wrong_password_is_an_auth_failure(
    mail_servers: MailServers, options: VerifyOptions, protocol: Protocol, port_name: str
) -> None:
    srv = server(protocol, getattr(mail_servers, port_name), Security.SSL)
    result = check(srv, "Wrong-Pass!", options)
    assert not result.ok
    assert result.failure is not None and result.failure.kind is FailureKind.AUTH
    assert "Wrong-Pass!" not in result.failure.detail
    assert str(result.failure).endswith(".") and "refused" in str(result.failure)


def test_auth_hints(mail_servers: MailServers, options: VerifyOptions) -> None:
    srv = server(Protocol.IMAP, mail_servers.imaps_port, Security.SSL)
    caps = check(srv, "S3CRET-PASS!", options)
    assert caps.failure is not None and caps.failure.kind is FailureKind.AUTH
    assert Hint.CAPS_LOCK in caps.hints
    assert Hint.USERNAME_FORM in caps.hints  # a catalog config: suggested, not retried

    cyrillic = check(srv, "Ы3скуе-Зфыы!", options)  # "S3cret-Pass!" typed on a Russian layout
    assert Hint.KEYBOARD_LAYOUT in cyrillic.hints
    assert Hint.CAPS_LOCK not in cyrillic.hints

    rules = Note(NoteKind.PASSWORD, LocalizedText((("en", "Use an app password for mail programs."),)))
    with_notes = dataclasses.replace(options, provider_notes=(rules,))
    noted = check(srv, "wrong", with_notes)
    assert Hint.PASSWORD_RULES in noted.hints and Hint.APP_PASSWORD in noted.hints


def test_wrong_username_form_is_retried_only_for_guessed_settings(
    mail_servers: MailServers, options: VerifyOptions
) -> None:
    local = server(Protocol.IMAP, mail_servers.imaps_port, Security.SSL, user=ADDRESS.local_part)
    acct = account(local, server(Protocol.SMTP, mail_servers.smtps_port, Security.SSL, user="user"))

    for source in (Source.CATALOG, Source.ISP, Source.ISPDB, None):
        since = log_size(mail_servers.dovecot_log)
        opts = dataclasses.replace(options, config_source=source)
        report = asyncio.run(verify_account(acct, mail_servers.password, options=opts))
        assert not report.incoming.ok and not report.outgoing.ok
        assert report.incoming.failure is not None
        assert report.incoming.failure.kind is FailureKind.AUTH
        assert Hint.USERNAME_FORM in report.incoming.hints
        text = wait_for_log(mail_servers.dovecot_log, r"auth failed", since)
        assert "user=<user@example.test>" not in text  # the full address was never tried

    for source in (Source.GUESS, Source.SRV):
        events: list[VerifyEvent] = []
        opts = dataclasses.replace(options, config_source=source)
        report = asyncio.run(
            verify_account(acct, mail_servers.password, options=opts, on_event=events.append)
        )
        assert report.ok, (report.incoming.failure, report.outgoing.failure)
        assert report.incoming.username == ADDRESS.address
        assert report.incoming.username_changed and report.outgoing.username_changed
        assert any(e.step == VerifyStep.RETRY_USERNAME for e in events)

    no_retry = dataclasses.replace(options, config_source=Source.GUESS, retry_username_forms=False)
    report = asyncio.run(verify_account(acct, mail_servers.password, options=no_retry))
    assert not report.incoming.ok


# --------------------------------------------------------------------------- certificates


BAD = [
    ("expired", FailureKind.TLS_EXPIRED),
    ("wrong_host", FailureKind.TLS_WRONG_HOST),
    ("unknown_ca", FailureKind.TLS_UNKNOWN_ISSUER),
    ("self_signed", FailureKind.TLS_SELF_SIGNED),
]


def _fingerprint(endpoints: TlsEndpoints) -> str:
    """SHA-256 of the server's own certificate (the first block of its chain file)."""
    text = endpoints.certificate_pem.read_text()
    end = "-----END CERTIFICATE-----"
    der = ssl.PEM_cert_to_DER_cert(text[: text.index(end) + len(end)] + "\n")
    return hashlib.sha256(der).hexdigest()


@pytest.mark.parametrize(("name", "kind"), BAD)
@pytest.mark.parametrize(
    ("protocol", "port_name", "security"),
    [
        (Protocol.IMAP, "imaps_port", Security.SSL),
        (Protocol.IMAP, "imap_starttls_port", Security.STARTTLS),
        (Protocol.POP3, "pop3s_port", Security.SSL),
        (Protocol.POP3, "pop3_starttls_port", Security.STARTTLS),
        (Protocol.SMTP, "smtps_port", Security.SSL),
        (Protocol.SMTP, "smtp_starttls_port", Security.STARTTLS),
    ],
)
def test_bad_certificate_stops_before_credentials_and_can_be_trusted(
    mail_servers: MailServers,
    options: VerifyOptions,
    name: str,
    kind: FailureKind,
    protocol: Protocol,
    port_name: str,
    security: Security,
) -> None:
    endpoints: TlsEndpoints = getattr(mail_servers, name)
    port = getattr(endpoints, port_name)
    srv = server(protocol, port, security, host=endpoints.host)
    log = mail_servers.smtp_log if protocol is Protocol.SMTP else endpoints.dovecot_log
    since = log_size(log)

    result = check(srv, mail_servers.password, options)

    assert not result.ok
    failure = result.failure
    assert failure is not None and failure.kind is kind, failure
    assert failure.certificate is not None
    assert failure.certificate.sha256 == _fingerprint(endpoints)
    assert (failure.certificate.host, failure.certificate.port) == (endpoints.host, port)
    # Nothing was sent before the certificate decision: the server saw no login attempt.
    if protocol is Protocol.SMTP:
        text = read_log(log, since)
        assert f"AUTH port={port}" not in text
    else:
        text = wait_for_log(log, rf"Disconnected.*{NO_AUTH}", since)
        # The login processes' lines only: the mail process of an earlier test's session may
        # log its end ("imap(user): Disconnected: Logged out") late, after ``since``.
        text = "\n".join(line for line in text.splitlines() if "-login:" in line)
        assert "Login:" not in text and "auth failed" not in text
        assert mail_servers.user not in text

    # The user trusts exactly this certificate for this server: the next run logs in.
    store = options.store()
    store.trust(endpoints.host, port, failure.certificate.sha256)
    trusted = check(srv, mail_servers.password, options)
    assert trusted.ok, trusted.failure
    assert trusted.certificate is not None
    assert trusted.certificate.sha256 == failure.certificate.sha256

    # ... and for no other server.
    other_port = endpoints.imaps_port if port != endpoints.imaps_port else endpoints.pop3s_port
    other_protocol = Protocol.IMAP if other_port == endpoints.imaps_port else Protocol.POP3
    other = check(
        server(other_protocol, other_port, Security.SSL, host=endpoints.host),
        mail_servers.password,
        options,
    )
    assert other.failure is not None and other.failure.kind is kind


def test_a_different_pinned_fingerprint_is_not_accepted(
    mail_servers: MailServers, options: VerifyOptions
) -> None:
    endpoints = mail_servers.self_signed
    since = log_size(endpoints.dovecot_log)
    options.store().trust(endpoints.host, endpoints.imaps_port, "ab" * 32)
    srv = server(Protocol.IMAP, endpoints.imaps_port, Security.SSL, host=endpoints.host)
    result = check(srv, mail_servers.password, options)
    assert result.failure is not None and result.failure.kind is FailureKind.TLS_SELF_SIGNED
    text = wait_for_log(endpoints.dovecot_log, rf"(?s){NO_AUTH}.*{NO_AUTH}", since)
    assert "Login:" not in text


def test_run_wide_trusted_fingerprint(mail_servers: MailServers, options: VerifyOptions) -> None:
    endpoints = mail_servers.unknown_ca
    srv = server(Protocol.SMTP, endpoints.smtps_port, Security.SSL, host=endpoints.host)
    opts = dataclasses.replace(options, trusted_fingerprints=frozenset({_fingerprint(endpoints)}))
    result = check(srv, mail_servers.password, opts)
    assert result.ok and result.certificate is not None


# --------------------------------------------------------------------------- no encryption


@pytest.mark.parametrize(
    ("protocol", "port_name"),
    [(Protocol.IMAP, "imap_port"), (Protocol.POP3, "pop3_port"), (Protocol.SMTP, "smtp_port")],
)
def test_starttls_config_against_a_server_without_starttls_is_refused(
    mail_servers: MailServers, options: VerifyOptions, protocol: Protocol, port_name: str
) -> None:
    plain = mail_servers.no_tls
    port = getattr(plain, port_name)
    since = log_size(mail_servers.smtp_log), log_size(plain.dovecot_log)
    result = check(server(protocol, port, Security.STARTTLS), mail_servers.password, options)
    assert result.failure is not None and result.failure.kind is FailureKind.STARTTLS_MISSING
    _assert_no_login(mail_servers, protocol, port, since)


@pytest.mark.parametrize(
    ("protocol", "port_name"),
    [(Protocol.IMAP, "imap_port"), (Protocol.POP3, "pop3_port"), (Protocol.SMTP, "smtp_port")],
)
def test_plaintext_needs_consent_for_that_exact_server(
    mail_servers: MailServers, options: VerifyOptions, protocol: Protocol, port_name: str
) -> None:
    plain = mail_servers.no_tls
    port = getattr(plain, port_name)
    srv = server(protocol, port, Security.PLAIN)
    since = log_size(mail_servers.smtp_log), log_size(plain.dovecot_log)

    refused = check(srv, mail_servers.password, options)
    assert refused.failure is not None and refused.failure.kind is FailureKind.PLAINTEXT_REFUSED
    other_port = dataclasses.replace(options, allow_plaintext=frozenset({(plain.host, port + 1)}))
    refused = check(srv, mail_servers.password, other_port)
    assert refused.failure is not None and refused.failure.kind is FailureKind.PLAINTEXT_REFUSED
    _assert_no_login(mail_servers, protocol, port, since)

    consent = dataclasses.replace(options, allow_plaintext=frozenset({(plain.host, port)}))
    allowed = check(srv, mail_servers.password, consent)
    assert allowed.ok, allowed.failure
    assert allowed.security is Security.PLAIN


def _assert_no_login(
    mail_servers: MailServers, protocol: Protocol, port: int, since: tuple[int, int]
) -> None:
    if protocol is Protocol.SMTP:
        text = read_log(mail_servers.smtp_log, since[0])
        assert f"EHLO port={port}" in text and f"AUTH port={port}" not in text
    else:
        text = wait_for_log(mail_servers.no_tls.dovecot_log, NO_AUTH, since[1])
        assert "Login:" not in text and "auth failed" not in text


# --------------------------------------------------------------------------- network trouble


def test_connection_refused_and_host_not_found(options: VerifyOptions) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    refused = check(server(Protocol.IMAP, closed_port, Security.SSL), "pw", options)
    assert refused.failure is not None
    assert refused.failure.kind is FailureKind.CONNECTION_REFUSED
    missing = check(
        server(Protocol.IMAP, 993, Security.SSL, host="no-such-host.invalid"), "pw", options
    )
    assert missing.failure is not None and missing.failure.kind is FailureKind.HOST_NOT_FOUND


@pytest.mark.parametrize("security", [Security.SSL, Security.STARTTLS])
@pytest.mark.parametrize("protocol", [Protocol.IMAP, Protocol.POP3, Protocol.SMTP])
def test_a_server_that_never_answers_is_bounded_by_the_timeout(
    mail_servers: MailServers, options: VerifyOptions, protocol: Protocol, security: Security
) -> None:
    opts = dataclasses.replace(options, step_timeout=0.5)
    result = check(server(protocol, mail_servers.silent_port, security), "pw", opts)
    assert result.failure is not None and result.failure.kind is FailureKind.TIMEOUT


def test_the_overall_deadline_bounds_one_server(
    mail_servers: MailServers, options: VerifyOptions
) -> None:
    opts = dataclasses.replace(options, step_timeout=60.0, server_timeout=0.5)
    result = check(server(Protocol.IMAP, mail_servers.silent_port, Security.SSL), "pw", opts)
    assert result.failure is not None and result.failure.kind is FailureKind.TIMEOUT


class _StallingServer:
    """Accepts connections and stays silent; records when each connection is closed."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted = threading.Event()
        self.closed = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn:
            self.accepted.set()
            while conn.recv(1024):
                pass
            self.closed.set()

    def close(self) -> None:
        self.listener.close()
        self.thread.join(timeout=30)


@pytest.fixture
def stalling_server() -> Iterator[_StallingServer]:
    stalling = _StallingServer()
    yield stalling
    stalling.close()


def test_cancel_ends_the_attempt_and_its_connection(
    options: VerifyOptions, stalling_server: _StallingServer
) -> None:
    srv = server(Protocol.IMAP, stalling_server.port, Security.SSL)
    opts = dataclasses.replace(options, step_timeout=600.0, server_timeout=600.0)
    events: list[VerifyEvent] = []

    async def scenario() -> None:
        task = asyncio.ensure_future(
            verify_account(account(srv, srv), "pw", options=opts, on_event=events.append)
        )
        await asyncio.to_thread(stalling_server.accepted.wait, 30)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    # The worker's connection was shut down under it, long before its 600 s timeout.
    assert stalling_server.closed.wait(30)
    assert any(e.step == VerifyStep.FAILED and e.detail == "cancelled" for e in events)


# --------------------------------------------------------------------------- other methods


def test_smtp_without_authentication_only_needs_the_connection(
    mail_servers: MailServers, options: VerifyOptions
) -> None:
    srv = dataclasses.replace(
        server(Protocol.SMTP, mail_servers.smtps_port, Security.SSL),
        auth_methods=(AuthMethod.NONE,),
    )
    since = log_size(mail_servers.smtp_log)
    assert check(srv, "", options).ok
    assert "AUTH " not in read_log(mail_servers.smtp_log, since)


def test_oauth_cannot_be_checked_with_a_password(
    mail_servers: MailServers, options: VerifyOptions
) -> None:
    srv = dataclasses.replace(
        server(Protocol.IMAP, mail_servers.imaps_port, Security.SSL),
        auth_methods=(AuthMethod.OAUTH2,),
    )
    result = check(srv, mail_servers.password, options)
    assert result.failure is not None and result.failure.kind is FailureKind.PROTOCOL


def test_password_appears_in_no_log_output(
    mail_servers: MailServers, options: VerifyOptions, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    acct = account(
        server(Protocol.IMAP, mail_servers.imap_starttls_port, Security.STARTTLS),
        server(Protocol.SMTP, mail_servers.smtps_port, Security.SSL),
    )
    report = asyncio.run(verify_account(acct, mail_servers.password, options=options))
    assert report.ok
    bad = asyncio.run(verify_account(acct, mail_servers.password + "x", options=options))
    assert not bad.ok
    assert caplog.records  # imapclient logs its conversation at DEBUG level
    assert mail_servers.password not in caplog.text
    assert mail_servers.password not in repr(report) + repr(bad) + str(bad.incoming.failure)
