"""Proving the settings by walking the alternatives (DESIGN.md "One path").

When a server does not connect (refused, timed out, a TLS failure that is not a certificate
decision, no STARTTLS, or unencrypted without consent), the proof tries the next listed
server of the same protocol, then the standard ports of the same host (IMAP 993/143, POP3
995/110, SMTP 465/587/25), each with the strongest security it offers. A refused password
or a certificate the user must decide about ends the walk at once: the report names that
server. The password only ever goes to the hosts of the settings being proven.

How each server is proven depends on the credential and on the server's sign-in methods
(``sign_in_way``): a bearer token goes to a server that takes OAuth2 (SASL XOAUTH2/OAUTHBEARER);
a password goes to the first method of the server that takes one (else the first that is not
OAuth2), and never to a server that takes OAuth2 only; without a credential, a server that
prefers OAuth2 is checked to offer XOAUTH2/OAUTHBEARER over TLS (``sessions.run_oauth_probe``),
any other with ``wizard.discovery.guess``'s probe (which port answers, TLS or STARTTLS, the
sign-in methods).
The server is proven with the method used first, which is what a target then writes. Both
directions are walked at the same time.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Sequence
from dataclasses import replace
from enum import Enum

from wizard.discovery.guess import PROBE_ERRORS, Probe, probe_or_raise
from wizard.discovery.network import Network
from wizard.model import Account, AccountConfig, AuthMethod, Protocol, Security, ServerSettings
from wizard.model.placeholders import has_placeholder
from wizard.verify.failures import FailureKind, VerifyFailure
from wizard.verify.sessions import VerifyStep
from wizard.verify.tls import classify_verify_error
from wizard.verify.verifier import (
    EventCallback,
    ServerCheck,
    VerifyEvent,
    VerifyOptions,
    VerifyReport,
    check_server,
    check_server_oauth,
)

# The ports a protocol is usually offered on, best first. PLAIN here means "whatever the
# server offers": STARTTLS when it does (security is only raised).
STANDARD_PORTS: dict[Protocol, tuple[tuple[int, Security], ...]] = {
    Protocol.IMAP: ((993, Security.SSL), (143, Security.PLAIN)),
    Protocol.POP3: ((995, Security.SSL), (110, Security.PLAIN)),
    Protocol.SMTP: ((465, Security.SSL), (587, Security.PLAIN), (25, Security.PLAIN)),
}

# Failures after which the next alternative is tried; every other kind ends the walk.
_WALK_ON = frozenset(
    {
        FailureKind.CONNECTION_REFUSED,
        FailureKind.TIMEOUT,
        FailureKind.HOST_NOT_FOUND,
        FailureKind.TLS_OTHER,  # only without a certificate to decide about (see _walks_on)
        FailureKind.STARTTLS_MISSING,
        FailureKind.PLAINTEXT_REFUSED,
        FailureKind.PROTOCOL,
    }
)
# When nothing answers, the failure worth reporting: the one the user can act on.
_REPORT_FIRST = (FailureKind.PLAINTEXT_REFUSED, FailureKind.STARTTLS_MISSING)


class Way(Enum):
    """How one server is proven (``sign_in_way``)."""

    PASSWORD = "password"  # log in with the password
    TOKEN = "token"  # log in with the bearer token (OAuth2)
    OAUTH_PROBE = "oauth-probe"  # no credential: XOAUTH2/OAUTHBEARER offered over TLS
    PROBE = "probe"  # no credential: which port answers, TLS, the sign-in methods
    OAUTH_ONLY = "oauth-only"  # a password, but the server takes OAuth2 only: nothing is sent


def sign_in_way(
    server: ServerSettings, *, password: bool, token: bool
) -> tuple[Way, ServerSettings]:
    """How ``server`` is proven with the credential given, and the server with the method
    used moved first (what a target writes). The password never goes to an OAuth2-only server."""
    oauth = AuthMethod.OAUTH2 in server.auth_methods
    if token and oauth:
        return Way.TOKEN, _first_method(server, AuthMethod.OAUTH2)
    if password:
        others = [m for m in server.auth_methods if m is not AuthMethod.OAUTH2]
        if not others:
            return Way.OAUTH_ONLY, server
        # The first method that takes a password: GSSAPI, NTLM or a client certificate listed
        # before it cannot be proven with one, and what is written is what was proven.
        chosen = next((m for m in others if m.uses_password), others[0])
        return Way.PASSWORD, _first_method(server, chosen)
    if server.auth is AuthMethod.OAUTH2:
        return Way.OAUTH_PROBE, server
    return Way.PROBE, server


def _first_method(server: ServerSettings, method: AuthMethod) -> ServerSettings:
    if server.auth is method:
        return server
    rest = tuple(m for m in server.auth_methods if m is not method)
    return server.replace(auth_methods=(method, *rest))


def candidates(chosen: ServerSettings, listed: Sequence[ServerSettings] = ()) -> list[ServerSettings]:
    """``chosen`` first, then the other listed servers of its protocol (those after it in
    the list, then those before it), then the standard ports of its host not listed yet.

    A listed server whose user name still holds a placeholder takes ``chosen``'s."""
    same = [s for s in listed if s.protocol is chosen.protocol]
    position = next((i for i, s in enumerate(same) if s.endpoint == chosen.endpoint), -1)
    ordered = [chosen, *same[position + 1 :], *same[: max(position, 0)]]
    result: list[ServerSettings] = []
    seen: set[tuple[str, int]] = set()
    for server in ordered:
        key = (server.hostname.lower(), server.port)
        if key in seen:
            continue
        seen.add(key)
        unexpanded = has_placeholder(server.username)
        result.append(server.replace(username=chosen.username) if unexpanded else server)
    for port, security in STANDARD_PORTS.get(chosen.protocol, ()):
        if (chosen.hostname.lower(), port) not in seen:
            seen.add((chosen.hostname.lower(), port))
            result.append(chosen.replace(port=port, security=security))
    return result


async def prove_account(
    account: Account,
    password: str | None,
    *,
    token: str | None = None,
    listed: AccountConfig | None = None,
    options: VerifyOptions | None = None,
    network: Network | None = None,
    on_event: EventCallback | None = None,
) -> VerifyReport:
    """Prove both servers of ``account``, walking the alternatives ``listed`` offers and the
    standard ports of each host. ``token``: an OAuth2 bearer token for the servers that take
    one. Without a credential a server is checked credential-free, through ``network``
    (default: the production network) unless it prefers OAuth2."""
    options = options or VerifyOptions()
    if password is None and network is None:
        network = Network.default()
    credential = _Credential(password, token)
    incoming, outgoing = await asyncio.gather(
        _walk(
            candidates(account.incoming, listed.incoming if listed else ()),
            account, credential, options, network, on_event,
        ),
        _walk(
            candidates(account.outgoing, listed.outgoing if listed else ()),
            account, credential, options, network, on_event,
        ),
    )
    return VerifyReport(incoming, outgoing)


class _Credential:
    """The password and/or bearer token of one proof (kept out of ``repr``)."""

    __slots__ = ("password", "token")

    def __init__(self, password: str | None, token: str | None) -> None:
        self.password = password
        self.token = token

    def __repr__(self) -> str:
        return "_Credential(…)"


def _walks_on(failure: VerifyFailure | None) -> bool:
    if failure is None or failure.kind not in _WALK_ON:
        return False
    return not (failure.kind is FailureKind.TLS_OTHER and failure.certificate is not None)


async def _walk(
    servers: list[ServerSettings],
    account: Account,
    credential: _Credential,
    options: VerifyOptions,
    network: Network | None,
    on_event: EventCallback | None,
) -> ServerCheck:
    consented = {host.lower().rstrip(".") for host, _ in options.allow_plaintext}
    tried: list[ServerCheck] = []
    for listed_server in servers:
        way, server = sign_in_way(
            listed_server, password=credential.password is not None, token=credential.token is not None
        )
        plaintext_ok = server.hostname.lower() in consented
        allowed = options.allow_plaintext
        if plaintext_ok:  # the consent is for the host, whichever of its ports answers
            allowed = allowed | {(server.hostname, server.port)}
        server_options = replace(options, allow_plaintext=allowed)
        if way is Way.OAUTH_ONLY:
            check = _oauth_only(server, on_event)
        elif way is Way.PROBE:
            assert network is not None  # prove_account gives one whenever no password is
            check = await _probe(server, network, plaintext_ok, on_event)
        elif way is Way.PASSWORD:
            assert credential.password is not None
            check = await check_server(
                server, account, credential.password, options=server_options, on_event=on_event
            )
        else:
            token = credential.token if way is Way.TOKEN else None
            check = await check_server_oauth(server, token, options=server_options, on_event=on_event)
        if check.ok or not _walks_on(check.failure):
            return replace(check, passed_over=tuple(c.failure for c in tried if c.failure))
        tried.append(check)
        if on_event is not None and check.failure is not None:
            on_event(VerifyEvent(server, VerifyStep.PASSED_OVER, check.failure.kind.value))
    worth = next(
        (c for kind in _REPORT_FIRST for c in tried if c.failure and c.failure.kind is kind),
        tried[0],
    )
    others = tuple(c.failure for c in tried if c is not worth and c.failure)
    return replace(worth, passed_over=others)


def _oauth_only(server: ServerSettings, on_event: EventCallback | None) -> ServerCheck:
    """A password for a server that takes only the provider's sign-in: nothing is sent."""
    failure = VerifyFailure(
        FailureKind.SIGN_IN_REQUIRED, "the server takes OAuth2 only", None, server.hostname, server.port
    )
    if on_event is not None:
        on_event(VerifyEvent(server, VerifyStep.FAILED, failure.kind.value))
    return ServerCheck(server, ok=False, failure=failure, username=server.username, signed_in=False)


async def _probe(
    server: ServerSettings, network: Network, plaintext_ok: bool, on_event: EventCallback | None
) -> ServerCheck:
    """A credential-free check: connect, TLS or STARTTLS, read the sign-in methods."""
    if on_event is not None:
        on_event(VerifyEvent(server, VerifyStep.PROBE, f"{server.hostname}:{server.port}"))
    probe = Probe(server.protocol, server.hostname, server.port, server.security is Security.SSL, (0,))

    def failed(kind: FailureKind, detail: str) -> ServerCheck:
        failure = VerifyFailure(kind, detail, None, server.hostname, server.port)
        return ServerCheck(server, ok=False, failure=failure, username=server.username, signed_in=False)

    try:
        found = await probe_or_raise(network, probe)
    except ssl.SSLCertVerificationError as error:
        return failed(classify_verify_error(error, None), error.verify_message or str(error))
    except TimeoutError as error:
        return failed(FailureKind.TIMEOUT, str(error) or "no answer in time")
    except ssl.SSLError as error:
        return failed(FailureKind.TLS_OTHER, error.reason or str(error))
    except ConnectionRefusedError as error:
        return failed(FailureKind.CONNECTION_REFUSED, str(error))
    except PROBE_ERRORS as error:
        kind = FailureKind.CONNECTION_REFUSED if isinstance(error, OSError) else FailureKind.PROTOCOL
        return failed(kind, str(error) or type(error).__name__)
    if found is None:
        return failed(FailureKind.PROTOCOL, "the server offers no sign-in method that can be used")
    security = found.server.security
    if server.security is Security.STARTTLS and security is Security.PLAIN:
        return failed(FailureKind.STARTTLS_MISSING, "STARTTLS is not offered")
    if security is Security.PLAIN and server.auth.uses_password and not plaintext_ok:
        return failed(FailureKind.PLAINTEXT_REFUSED, "")
    if on_event is not None:
        on_event(VerifyEvent(server, VerifyStep.SUCCEEDED, server.username))
    return ServerCheck(
        server, ok=True, username=server.username, security=security, signed_in=False
    )


__all__ = ["STANDARD_PORTS", "Way", "candidates", "prove_account", "sign_in_way"]
