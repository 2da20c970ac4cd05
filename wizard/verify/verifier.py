"""Prove an account works: log in to the incoming server and authenticate to the outgoing one.

Plain asyncio; each blocking attempt runs in a worker thread (``sessions.run_attempt``) and is
shut down under it when the caller cancels or a deadline passes. Both directions are checked
at the same time. Progress events are delivered on the event loop's thread.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from wizard.model import (
    Account,
    AccountConfig,
    AuthMethod,
    Note,
    NoteKind,
    Security,
    ServerSettings,
    Source,
)
from wizard.verify.failures import CertificateInfo, FailureKind, Hint, VerifyFailure
from wizard.verify.sessions import (
    Abort,
    AttemptPlan,
    AttemptResult,
    Connector,
    Emit,
    VerifyStep,
    default_connector,
    run_attempt,
    run_oauth_attempt,
    run_oauth_probe,
)
from wizard.verify.tls import (
    TlsContextFactory,
    certificate_info,
    classify_verify_error,
    inspecting_context,
    normalize_fingerprint,
    system_tls_context,
)
from wizard.verify.trust import TrustedCertificates

# One blocking attempt with the credential already bound (run in a worker thread).
Attempt = Callable[[AttemptPlan, Abort, Emit], AttemptResult]

# Only settings nobody vouches for may be tried with the other user-name form.
USERNAME_RETRY_SOURCES = frozenset({Source.GUESS, Source.SRV})


@dataclass(frozen=True)
class VerifyOptions:
    tls_context_factory: TlsContextFactory = system_tls_context
    connect_timeout: float = 10.0  # TCP connect
    step_timeout: float = 20.0  # every read or write on the connection
    server_timeout: float = 60.0  # everything for one server, retries included
    # (host, port) pairs the user agreed may receive the password without encryption.
    allow_plaintext: frozenset[tuple[str, int]] = frozenset()
    # The user's per-server certificate decisions; None: the store in the user data dir.
    trusted_certificates: TrustedCertificates | None = None
    trust_path: Path | None = None  # shorthand for TrustedCertificates(trust_path)
    # Fingerprints trusted for this run only (``verify --trust-certificate``).
    trusted_fingerprints: frozenset[str] = frozenset()
    retry_username_forms: bool = True  # honoured only for USERNAME_RETRY_SOURCES
    config_source: Source | None = None
    provider_notes: tuple[Note, ...] = ()
    connector: Connector = default_connector

    @classmethod
    def for_config(cls, config: AccountConfig, **changes: object) -> VerifyOptions:
        """Options that know where ``config`` came from and what its provider says."""
        options = cls(config_source=config.source, provider_notes=config.notes)
        return replace(options, **changes)  # type: ignore[arg-type]

    def store(self) -> TrustedCertificates:
        if self.trusted_certificates is not None:
            return self.trusted_certificates
        return TrustedCertificates(self.trust_path)


# The password mechanisms that send the password itself (inside the connection's TLS).
_CLEARTEXT = frozenset({"PLAIN", "LOGIN", "USER"})


@dataclass(frozen=True)
class ServerCheck:
    server: ServerSettings
    ok: bool
    failure: VerifyFailure | None = None
    hints: tuple[Hint, ...] = ()
    username: str = ""  # the user name that worked (or was tried last)
    security: Security | None = None  # what was used; may be higher than configured
    certificate: CertificateInfo | None = None  # set when a trusted fingerprint was needed
    # The servers tried before this one, each with why it was passed over (``walk``).
    passed_over: tuple[VerifyFailure, ...] = ()
    signed_in: bool = True  # False: a credential-free check (no password was sent)
    mechanism: str = ""  # the mechanism that logged in (``AttemptResult.mechanism``)

    @property
    def username_changed(self) -> bool:
        return self.ok and self.username != self.server.username

    @property
    def proven(self) -> ServerSettings:
        """The server as it was proven: with the security used (never lower than listed),
        the user name that worked, and the sign-in method that logged in: listed as
        password-encrypted but taken as PLAIN, LOGIN or USER, it is password-cleartext (a mail
        program told password-encrypted would insist on CRAM-MD5 and fail)."""
        changes: dict[str, object] = {}
        if self.server.auth is AuthMethod.PASSWORD_ENCRYPTED and self.mechanism in _CLEARTEXT:
            rest = (m for m in self.server.auth_methods if not m.uses_password)
            changes["auth_methods"] = (AuthMethod.PASSWORD_CLEARTEXT, *rest)
        if self.security is not None and self.security.rank > self.server.security.rank:
            changes["security"] = self.security
        if self.username_changed:
            changes["username"] = self.username
        return self.server.replace(**changes) if changes else self.server


@dataclass(frozen=True)
class VerifyReport:
    incoming: ServerCheck
    outgoing: ServerCheck

    @property
    def ok(self) -> bool:
        return self.incoming.ok and self.outgoing.ok

    @property
    def checks(self) -> tuple[ServerCheck, ServerCheck]:
        return (self.incoming, self.outgoing)


@dataclass(frozen=True)
class VerifyEvent:
    server: ServerSettings
    step: str  # a ``VerifyStep`` value
    detail: str = ""  # host:port, user name, fingerprint or failure kind; never a password


EventCallback = Callable[[VerifyEvent], None]


async def verify_account(
    account: Account,
    password: str,
    *,
    options: VerifyOptions | None = None,
    on_event: EventCallback | None = None,
) -> VerifyReport:
    """Check both servers of ``account`` at the same time; cancelling ends both promptly."""
    options = options or VerifyOptions()
    incoming, outgoing = await asyncio.gather(
        check_server(account.incoming, account, password, options=options, on_event=on_event),
        check_server(account.outgoing, account, password, options=options, on_event=on_event),
    )
    return VerifyReport(incoming, outgoing)


async def check_server(
    server: ServerSettings,
    account: Account,
    password: str,
    *,
    options: VerifyOptions,
    on_event: EventCallback | None = None,
) -> ServerCheck:
    """Log in to ``server`` with the password (its preferred method must use one, or need no
    login); a refused login gets the likely causes as hints."""
    usernames = [server.username]
    if options.retry_username_forms and options.config_source in USERNAME_RETRY_SOURCES:
        other = _other_username_form(server.username, account)
        if other is not None:
            usernames.append(other)

    def attempt(plan: AttemptPlan, abort: Abort, emit: Emit) -> AttemptResult:
        return run_attempt(plan, password, abort, emit)

    check = await _checked(server, usernames, attempt, options, on_event)
    if check.failure is not None and check.failure.kind is FailureKind.AUTH:
        retried = len(usernames) > 1
        check = replace(check, hints=auth_hints(password, options, account, server, check, retried))
    return check


async def check_server_oauth(
    server: ServerSettings,
    token: str | None,
    *,
    options: VerifyOptions,
    on_event: EventCallback | None = None,
) -> ServerCheck:
    """OAuth2: log in with the bearer ``token`` (SASL XOAUTH2, else OAUTHBEARER), or, without
    one, check credential-free that the server answers, over TLS, and offers one of them."""

    def attempt(plan: AttemptPlan, abort: Abort, emit: Emit) -> AttemptResult:
        if token is None:
            return run_oauth_probe(plan, abort, emit)
        return run_oauth_attempt(plan, token, abort, emit)

    check = await _checked(server, [server.username], attempt, options, on_event)
    return replace(check, signed_in=token is not None)


async def _checked(
    server: ServerSettings,
    usernames: list[str],
    attempt: Attempt,
    options: VerifyOptions,
    on_event: EventCallback | None,
) -> ServerCheck:
    """The attempts for one server (each user name form until one is not refused), within
    ``options.server_timeout``; cancelling ends the attempt under way at once."""
    loop = asyncio.get_running_loop()

    def emit(step: str, detail: str = "") -> None:
        if on_event is not None:
            on_event(VerifyEvent(server, step, detail))

    def emit_threadsafe(step: str, detail: str) -> None:
        if on_event is not None:
            loop.call_soon_threadsafe(emit, step, detail)

    check: ServerCheck | None = None
    try:
        async with asyncio.timeout(options.server_timeout):
            for index, username in enumerate(usernames):
                if index:
                    emit(VerifyStep.RETRY_USERNAME, username)
                check = await _check_once(server, username, attempt, options, emit_threadsafe)
                if check.ok or check.failure is None or check.failure.kind is not FailureKind.AUTH:
                    break
    except TimeoutError:
        check = ServerCheck(
            server,
            ok=False,
            failure=VerifyFailure(
                FailureKind.TIMEOUT,
                f"no result within {options.server_timeout:g} s",
                host=server.hostname,
                port=server.port,
            ),
            username=server.username,
        )
    except asyncio.CancelledError:
        emit(VerifyStep.FAILED, FailureKind.CANCELLED.value)
        raise
    assert check is not None
    if check.ok:
        emit(VerifyStep.SUCCEEDED, check.username)
    else:
        emit(VerifyStep.FAILED, check.failure.kind.value if check.failure else "")
    return check


async def _check_once(
    server: ServerSettings,
    username: str,
    attempt: Attempt,
    options: VerifyOptions,
    emit: Callable[[str, str], None],
) -> ServerCheck:
    """One login; after a certificate rejection, a second connection reads the certificate
    (and logs in only if the user trusts exactly that certificate for this server)."""
    plaintext_allowed = (server.hostname.lower(), server.port) in {
        (host.lower().rstrip("."), port) for host, port in options.allow_plaintext
    }
    plan = AttemptPlan(
        server=server,
        username=username,
        context=options.tls_context_factory(),
        pinned=None,
        plaintext_allowed=plaintext_allowed,
        connect_timeout=options.connect_timeout,
        step_timeout=options.step_timeout,
        connector=options.connector,
    )
    result = await _run(plan, attempt, emit)
    if result.verify_error is None:
        return _check_from(server, username, result)

    store = options.store()
    pinned = {normalize_fingerprint(f) for f in options.trusted_fingerprints}
    stored = store.fingerprint(server.hostname, server.port)
    if stored:
        pinned.add(stored)
    second = await _run(
        replace(plan, context=inspecting_context(), pinned=frozenset(pinned)), attempt, emit
    )
    if second.pinned or second.failure is not None:
        return _check_from(server, username, second)
    info = (
        certificate_info(second.certificate_der, server.hostname, server.port)
        if second.certificate_der
        else None
    )
    failure = VerifyFailure(
        classify_verify_error(result.verify_error, info),
        result.verify_error.verify_message or str(result.verify_error),
        info,
        server.hostname,
        server.port,
    )
    return ServerCheck(server, ok=False, failure=failure, username=username)


def _check_from(server: ServerSettings, username: str, result: AttemptResult) -> ServerCheck:
    certificate = None
    if result.pinned and result.certificate_der:
        certificate = certificate_info(result.certificate_der, server.hostname, server.port)
    return ServerCheck(
        server,
        ok=result.failure is None,
        failure=result.failure,
        username=username,
        security=result.security,
        certificate=certificate,
        mechanism=result.mechanism,
    )


async def _run(plan: AttemptPlan, attempt: Attempt, emit: Emit) -> AttemptResult:
    abort = Abort()
    try:
        return await asyncio.to_thread(attempt, plan, abort, emit)
    except asyncio.CancelledError:
        abort.abort()  # the worker's blocking call returns at once; it sends nothing more
        raise


def _other_username_form(username: str, account: Account) -> str | None:
    address = account.address
    if username.lower() == address.address.lower():
        return address.local_part
    if username == address.local_part:
        return address.address
    return None


_CYRILLIC = re.compile(r"[\u0400-\u04ff\u0500-\u052f]")
_APP_PASSWORD_TEXT = re.compile(
    r"app(lication)?[- ]?(specific )?password|web ?login required|WEBALERT|"
    r"пароль приложения|пароля приложения",
    re.IGNORECASE,
)


def auth_hints(
    password: str,
    options: VerifyOptions,
    account: Account,
    server: ServerSettings,
    check: ServerCheck,
    retried: bool,
) -> tuple[Hint, ...]:
    """Likely causes of a refused login, in the order the UI should mention them."""
    hints: list[Hint] = []
    if _looks_like_caps_lock(password):
        hints.append(Hint.CAPS_LOCK)
    if _CYRILLIC.search(password):
        hints.append(Hint.KEYBOARD_LAYOUT)
    if any(note.kind is NoteKind.PASSWORD for note in options.provider_notes):
        hints.append(Hint.PASSWORD_RULES)
    if not retried and _other_username_form(check.username or server.username, account):
        hints.append(Hint.USERNAME_FORM)
    detail = check.failure.detail if check.failure else ""
    notes_text = " ".join(
        text for note in options.provider_notes for _, text in note.text.texts
    )
    if _APP_PASSWORD_TEXT.search(detail) or _APP_PASSWORD_TEXT.search(notes_text):
        hints.append(Hint.APP_PASSWORD)
    return tuple(hints)


def _looks_like_caps_lock(password: str) -> bool:
    """All letters upper-case, or Shift+Caps Lock's "pASSWORD" pattern."""
    letters = [c for c in password if c.isalpha() and c.lower() != c.upper()]
    if len(letters) < 2:
        return False
    if all(c.isupper() for c in letters):
        return True
    return letters[0].islower() and all(c.isupper() for c in letters[1:])


__all__ = [
    "USERNAME_RETRY_SOURCES",
    "EventCallback",
    "ServerCheck",
    "VerifyEvent",
    "VerifyOptions",
    "VerifyReport",
    "auth_hints",
    "check_server",
    "check_server_oauth",
    "verify_account",
]
