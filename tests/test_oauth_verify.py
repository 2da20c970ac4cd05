"""The proof with a bearer token: real SASL XOAUTH2 and OAUTHBEARER on the wire against Dovecot
(oauth2 passdb) and the SMTP server, both asking the test OAuth2 server's introspection endpoint;
and the credential-free check that a server offers XOAUTH2/OAUTHBEARER."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Callable

import pytest

from tests.fixtures.mailservers import MailServers, OAuthMailServers, log_size, read_log, wait_for_log
from tests.fixtures.oauth_server import OAuthServer
from wizard.model import AuthMethod, Protocol, Security, ServerSettings
from wizard.verify import FailureKind
from wizard.verify.sessions import (
    OAUTH_MECHANISMS,
    Abort,
    AttemptPlan,
    AttemptResult,
    default_connector,
    run_oauth_attempt,
    run_oauth_probe,
)

pytestmark = pytest.mark.dovecot

USER = "user@example.test"

# (protocol, port attribute, security)
SERVERS = [
    (Protocol.IMAP, "imaps_port", Security.SSL),
    (Protocol.IMAP, "imap_starttls_port", Security.STARTTLS),
    (Protocol.POP3, "pop3s_port", Security.SSL),
    (Protocol.POP3, "pop3_starttls_port", Security.STARTTLS),
    (Protocol.SMTP, "smtps_port", Security.SSL),
    (Protocol.SMTP, "smtp_starttls_port", Security.STARTTLS),
]
IDS = [f"{p.value}-{s.value}" for p, _, s in SERVERS]


def plan(servers: OAuthMailServers | MailServers, oauth: OAuthServer, protocol: Protocol, port: int,
         security: Security, *, context: ssl.SSLContext | None = None,
         connector: Callable[[str, int, float], socket.socket] = default_connector) -> AttemptPlan:
    server = ServerSettings(protocol, servers.host, port, security, (AuthMethod.OAUTH2,), USER)
    return AttemptPlan(
        server=server, username=USER, context=context or oauth.ssl_context(), pinned=None,
        plaintext_allowed=False, connect_timeout=10, step_timeout=20, connector=connector,
    )


def attempt(the_plan: AttemptPlan, token: str, mechanism: str | None = None) -> AttemptResult:
    steps: list[tuple[str, str]] = []
    result = run_oauth_attempt(the_plan, token, Abort(), lambda s, d: steps.append((s, d)),
                               mechanism=mechanism)
    assert all(token not in detail for _, detail in steps)
    return result


def logs_of(servers: OAuthMailServers, protocol: Protocol) -> tuple[object, str]:
    return (servers.smtp_log, "AUTH") if protocol is Protocol.SMTP else (servers.dovecot_log, "")


@pytest.mark.parametrize(("protocol", "port_name", "security"), SERVERS, ids=IDS)
@pytest.mark.parametrize("mechanism", OAUTH_MECHANISMS)
def test_bearer_token_logs_in(
    oauth_mail_servers: OAuthMailServers, oauth_server: OAuthServer,
    protocol: Protocol, port_name: str, security: Security, mechanism: str,
) -> None:
    servers = oauth_mail_servers
    token = oauth_server.issue_access_token(USER)
    log = servers.smtp_log if protocol is Protocol.SMTP else servers.dovecot_log
    mark = log_size(log)
    asked = len(oauth_server.introspections)

    result = attempt(plan(servers, oauth_server, protocol, getattr(servers, port_name), security),
                     token, mechanism)

    assert result.failure is None, result.failure
    assert result.security is security and result.mechanism == mechanism
    assert set(OAUTH_MECHANISMS) <= result.mechanisms
    assert oauth_server.introspections[asked:] == ["active"]  # the server asked the issuer
    if protocol is Protocol.SMTP:
        text = read_log(log, mark)
        assert f"mechanism={mechanism} user={USER} tls=True result=True" in text
    else:
        text = wait_for_log(log, rf"Login: user=<{USER}>, method={mechanism}", mark)
        assert ", TLS" in text
    assert token not in read_log(log, mark)


@pytest.mark.parametrize(("protocol", "port_name", "security"), SERVERS, ids=IDS)
def test_expired_token_is_refused(
    oauth_mail_servers: OAuthMailServers, oauth_server: OAuthServer,
    protocol: Protocol, port_name: str, security: Security,
) -> None:
    servers = oauth_mail_servers
    expired = oauth_server.issue_access_token(USER, expires_in=-60)
    asked = len(oauth_server.introspections)
    result = attempt(plan(servers, oauth_server, protocol, getattr(servers, port_name), security), expired)
    assert result.failure is not None and result.failure.kind is FailureKind.AUTH, result.failure
    assert expired not in result.failure.detail
    assert oauth_server.introspections[asked:] == ["inactive"]


@pytest.mark.parametrize(("protocol", "port_name", "security"), SERVERS[::2], ids=IDS[::2])
def test_token_of_another_user_is_refused(
    oauth_mail_servers: OAuthMailServers, oauth_server: OAuthServer,
    protocol: Protocol, port_name: str, security: Security,
) -> None:
    servers = oauth_mail_servers
    theirs = oauth_server.issue_access_token("user@gmail.com")
    result = attempt(plan(servers, oauth_server, protocol, getattr(servers, port_name), security), theirs)
    assert result.failure is not None and result.failure.kind is FailureKind.AUTH


@pytest.mark.parametrize(("protocol", "port_name", "security"), SERVERS, ids=IDS)
def test_probe_finds_the_oauth_mechanisms_without_credentials(
    oauth_mail_servers: OAuthMailServers, oauth_server: OAuthServer,
    protocol: Protocol, port_name: str, security: Security,
) -> None:
    servers = oauth_mail_servers
    asked = len(oauth_server.introspections)
    result = run_oauth_probe(plan(servers, oauth_server, protocol, getattr(servers, port_name), security),
                             Abort(), lambda s, d: None)
    assert result.failure is None and result.security is security
    assert set(OAUTH_MECHANISMS) <= result.mechanisms
    assert len(oauth_server.introspections) == asked  # nothing was sent to log in


@pytest.mark.parametrize(("protocol", "port_name"), [(Protocol.IMAP, "imaps_port"),
                                                     (Protocol.SMTP, "smtps_port")])
def test_probe_of_a_password_only_server_says_no_oauth(
    mail_servers: MailServers, oauth_server: OAuthServer, protocol: Protocol, port_name: str
) -> None:
    result = run_oauth_probe(
        plan(mail_servers, oauth_server, protocol, getattr(mail_servers, port_name), Security.SSL,
             context=mail_servers.ssl_context()),
        Abort(), lambda s, d: None,
    )
    assert result.failure is not None and result.failure.kind is FailureKind.PROTOCOL
    assert "does not offer XOAUTH2 or OAUTHBEARER" in result.failure.detail
    assert "PLAIN" in result.mechanisms


def test_bad_certificate_stops_before_the_token_is_sent(
    oauth_mail_servers: OAuthMailServers, oauth_server: OAuthServer, mail_servers: MailServers
) -> None:
    """The OAuth2 server's certificate is unknown to a context that trusts only the mail CA."""
    token = oauth_server.issue_access_token(USER)
    asked = len(oauth_server.introspections)
    result = attempt(plan(oauth_mail_servers, oauth_server, Protocol.IMAP, oauth_mail_servers.imaps_port,
                          Security.SSL, context=mail_servers.ssl_context()), token)
    assert result.verify_error is not None and result.failure is None
    assert len(oauth_server.introspections) == asked
