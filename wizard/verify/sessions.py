"""One blocking login attempt against one server (run in a worker thread).

The socket is opened here (through the injected connector) and handed to imapclient, poplib
or smtplib, so that TLS, timeouts and aborting work the same for all three. The order of
steps is the safety argument: connect → TLS (implicit or STARTTLS, never skipped when asked
or offered) → certificate decision → plaintext consent → only then the password.

For OAuth2 servers the same steps end in a SASL XOAUTH2 or OAUTHBEARER (RFC 7628) login with
a bearer token (``run_oauth_attempt``), or, without a token, in a credential-free check that
the server offers one of them (``run_oauth_probe``).
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import imaplib
import poplib
import smtplib
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from wizard.model import AuthMethod, Protocol, Security, ServerSettings
from wizard.verify.failures import FailureKind, VerifyFailure
from wizard.verify.tls import sha256_of

Connector = Callable[[str, int, float], socket.socket]


def default_connector(host: str, port: int, timeout: float) -> socket.socket:
    return socket.create_connection((host, port), timeout=timeout)


class VerifyStep:
    """Progress steps reported through ``on_event`` (plain strings, stable)."""

    CONNECTING = "connecting"
    TLS = "tls"  # implicit TLS handshake
    STARTTLS = "starttls"
    CERTIFICATE_PINNED = "certificate-pinned"  # accepted because the user trusted it
    CERTIFICATE_REJECTED = "certificate-rejected"
    LOGIN = "login"
    RETRY_USERNAME = "retry-username"
    PROBE = "probe"  # a credential-free check: which port answers, TLS, sign-in methods
    PASSED_OVER = "passed-over"  # this server did not connect; the next alternative is tried
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class Abort:
    """Lets the event loop end a blocking attempt: shuts the connection down under it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._aborted = False
        self._handles: list[socket.socket] = []

    @property
    def aborted(self) -> bool:
        return self._aborted

    def watch(self, sock: socket.socket) -> None:
        """Keep a duplicate descriptor so that a later TLS wrap does not hide the socket."""
        with self._lock:
            handle = sock.dup()
            self._handles.append(handle)
            if self._aborted:
                _shutdown(handle)

    def abort(self) -> None:
        with self._lock:
            self._aborted = True
            for handle in self._handles:
                _shutdown(handle)

    def close(self) -> None:
        with self._lock:
            for handle in self._handles:
                handle.close()
            self._handles.clear()


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


@dataclass(frozen=True)
class AttemptPlan:
    server: ServerSettings
    username: str
    context: ssl.SSLContext
    # None: the context verifies. A set: the context does not verify, and only a certificate
    # with one of these SHA-256 fingerprints may carry the password.
    pinned: frozenset[str] | None
    plaintext_allowed: bool
    connect_timeout: float
    step_timeout: float
    connector: Connector


@dataclass
class AttemptResult:
    failure: VerifyFailure | None = None
    security: Security | None = None  # what was actually used
    verify_error: ssl.SSLCertVerificationError | None = None  # rejected by the verifying context
    certificate_der: bytes | None = None  # the presented certificate, when it mattered
    pinned: bool = False  # logged in on the strength of a trusted fingerprint
    # The SASL mechanisms the server offered once secured (upper case; filled for OAuth2).
    mechanisms: frozenset[str] = frozenset()
    # The mechanism that logged in: the OAuth2 one, or for a password the one the server
    # took (PLAIN, LOGIN, USER, CRAM-MD5): what a mail program must use to sign in too.
    mechanism: str = ""


# The SASL mechanisms that carry an OAuth2 bearer token, in the order we prefer them:
# XOAUTH2 is what Gmail, Microsoft and Yahoo all take; OAUTHBEARER is the standard one.
OAUTH_MECHANISMS = ("XOAUTH2", "OAUTHBEARER")


@dataclass(frozen=True)
class _Credential:
    """What the attempt ends with: a password, a bearer token, or nothing (OAuth2 probe)."""

    secret: str = field(repr=False)
    bearer: bool = False
    probe: bool = False
    mechanism: str | None = None  # force one OAuth2 mechanism (tests, a provider's quirk)


class _Stop(Exception):
    """Ends an attempt with a typed failure (internal)."""

    def __init__(self, kind: FailureKind, detail: str = "") -> None:
        super().__init__(kind, detail)
        self.kind = kind
        self.detail = detail


class _CertificateStop(Exception):
    def __init__(self, der: bytes | None) -> None:
        super().__init__("certificate not trusted")
        self.der = der


Emit = Callable[[str, str], None]


def run_attempt(plan: AttemptPlan, password: str, abort: Abort, emit: Emit) -> AttemptResult:
    """Connect, secure, and log in once. Never raises; every outcome is an ``AttemptResult``."""
    return _attempt(plan, _Credential(password), abort, emit)


def run_oauth_attempt(
    plan: AttemptPlan, token: str, abort: Abort, emit: Emit, *, mechanism: str | None = None
) -> AttemptResult:
    """Connect, secure, and log in once with an OAuth2 bearer token (SASL XOAUTH2, else
    OAUTHBEARER, as offered; ``mechanism`` forces one). The token is scrubbed from every detail
    and, like a password, never sent unencrypted without the plan's consent. Never raises."""
    return _attempt(plan, _Credential(token, bearer=True, mechanism=mechanism), abort, emit)


def run_oauth_probe(plan: AttemptPlan, abort: Abort, emit: Emit) -> AttemptResult:
    """Credential-free: connect, secure, and check that the server offers XOAUTH2 or
    OAUTHBEARER (``result.mechanisms``); a server that offers neither is a PROTOCOL failure."""
    return _attempt(plan, _Credential("", probe=True), abort, emit)


def _attempt(plan: AttemptPlan, credential: _Credential, abort: Abort, emit: Emit) -> AttemptResult:
    password = credential.secret
    server = plan.server
    result = AttemptResult()
    driver: _Driver | None = None
    opened: list[socket.socket] = []
    try:
        emit(VerifyStep.CONNECTING, f"{server.hostname}:{server.port}")
        raw = plan.connector(server.hostname, server.port, plan.connect_timeout)
        opened.append(raw)
        abort.watch(raw)
        raw.settimeout(plan.step_timeout)
        sock: socket.socket = raw
        if abort.aborted:
            raise _Stop(FailureKind.CANCELLED)
        if server.security is Security.SSL:
            emit(VerifyStep.TLS, "")
            sock = plan.context.wrap_socket(raw, server_hostname=server.hostname)
            opened.append(sock)
            _check_pin(plan, sock, result, emit)
            result.security = Security.SSL
        driver = _DRIVERS[server.protocol](plan, sock)
        driver.greet()
        if result.security is None:
            offered = driver.offers_starttls()
            if offered or server.security is Security.STARTTLS:
                if not offered:
                    raise _Stop(FailureKind.STARTTLS_MISSING, driver.capability_text())
                emit(VerifyStep.STARTTLS, "")
                driver.starttls(plan.context)
                _check_pin(plan, driver.socket(), result, emit)
                result.security = Security.STARTTLS
            else:
                result.security = Security.PLAIN
        needs_password = server.auth.uses_password
        if credential.bearer or credential.probe:
            result.mechanisms = driver.mechanisms()
            _oauth_step(plan, driver, credential, result, abort, emit)
        elif needs_password:
            if result.security is Security.PLAIN and not plan.plaintext_allowed:
                raise _Stop(FailureKind.PLAINTEXT_REFUSED)
            if abort.aborted:
                raise _Stop(FailureKind.CANCELLED)
            emit(VerifyStep.LOGIN, plan.username)
            result.mechanism = driver.login(plan.username, password)
        elif server.auth not in _NO_LOGIN_NEEDED:
            raise _Stop(
                FailureKind.PROTOCOL,
                f"the authentication method {server.auth.value} cannot be checked here",
            )
        driver.quit()
    except _CertificateStop as stop:
        result.certificate_der = stop.der
    except ssl.SSLCertVerificationError as error:
        result.verify_error = error
    except _Stop as stop:
        kind = FailureKind.CANCELLED if abort.aborted else stop.kind
        result.failure = _failure(plan, kind, stop.detail, password)
    except Exception as error:  # every library error becomes a typed failure
        kind, detail = _classify(error)
        if abort.aborted:
            kind = FailureKind.CANCELLED
        result.failure = _failure(plan, kind, detail, password)
    finally:
        if driver is not None:
            driver.close()
        for sock in opened:
            sock.close()
        abort.close()
    return result


_NO_LOGIN_NEEDED = (AuthMethod.NONE, AuthMethod.CLIENT_IP, AuthMethod.SMTP_AFTER_POP)


def _oauth_step(
    plan: AttemptPlan,
    driver: _Driver,
    credential: _Credential,
    result: AttemptResult,
    abort: Abort,
    emit: Emit,
) -> None:
    offered = [m for m in OAUTH_MECHANISMS if m in result.mechanisms]
    if credential.mechanism is not None:
        offered = [m for m in offered if m == credential.mechanism.upper()]
    if not offered:
        wanted = credential.mechanism or " or ".join(OAUTH_MECHANISMS)
        listed = " ".join(sorted(result.mechanisms)) or "none"
        raise _Stop(FailureKind.PROTOCOL, f"the server does not offer {wanted} (offered: {listed})")
    if credential.probe:
        return
    if result.security is Security.PLAIN and not plan.plaintext_allowed:
        raise _Stop(FailureKind.PLAINTEXT_REFUSED)
    if abort.aborted:
        raise _Stop(FailureKind.CANCELLED)
    emit(VerifyStep.LOGIN, plan.username)
    result.mechanism = offered[0]
    driver.login_bearer(plan.username, credential.secret, result.mechanism)


def _oauth_payload(mechanism: str, username: str, token: str, host: str, port: int) -> bytes:
    """The client's first SASL message: XOAUTH2 (Google's format) or OAUTHBEARER (RFC 7628)."""
    if mechanism == "XOAUTH2":
        return f"user={username}\x01auth=Bearer {token}\x01\x01".encode()
    authzid = username.replace("=", "=3D").replace(",", "=2C")  # RFC 5801 saslname
    return f"n,a={authzid},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01".encode()


def _oauth_error_reply(mechanism: str) -> bytes:
    """What the client answers to the server's error challenge, so that the server can end the
    exchange with its refusal: nothing for XOAUTH2, a single ^A for OAUTHBEARER (RFC 7628 §3.2.3)."""
    return b"" if mechanism == "XOAUTH2" else b"\x01"


def _challenge_text(data: bytes) -> str:
    """The server's error challenge (JSON such as ``{"status":"invalid_token"}``), for the detail."""
    return data.decode("utf-8", "replace").strip()


def _check_pin(plan: AttemptPlan, sock: socket.socket, result: AttemptResult, emit: Emit) -> None:
    if plan.pinned is None or not isinstance(sock, ssl.SSLSocket):
        return
    der = sock.getpeercert(binary_form=True)
    result.certificate_der = der
    if der is None or sha256_of(der) not in plan.pinned:
        emit(VerifyStep.CERTIFICATE_REJECTED, sha256_of(der) if der else "")
        raise _CertificateStop(der)
    result.pinned = True
    emit(VerifyStep.CERTIFICATE_PINNED, sha256_of(der))


def _failure(plan: AttemptPlan, kind: FailureKind, detail: str, password: str) -> VerifyFailure:
    if password:
        detail = detail.replace(password, "[password]")
    return VerifyFailure(kind, detail.strip(), None, plan.server.hostname, plan.server.port)


def _classify(error: BaseException) -> tuple[FailureKind, str]:
    if isinstance(error, _AuthRefused):
        return FailureKind.AUTH, error.detail
    if isinstance(error, socket.gaierror):
        return FailureKind.HOST_NOT_FOUND, str(error)
    if isinstance(error, TimeoutError) or "timed out" in str(error):
        return FailureKind.TIMEOUT, str(error)
    if isinstance(error, ssl.SSLError):
        return FailureKind.TLS_OTHER, error.reason or str(error)
    if isinstance(error, ConnectionRefusedError):
        return FailureKind.CONNECTION_REFUSED, str(error)
    if isinstance(error, (smtplib.SMTPServerDisconnected, EOFError, ConnectionError)):
        return FailureKind.CONNECTION_REFUSED, str(error) or "the server closed the connection"
    if isinstance(error, (imaplib.IMAP4.error, poplib.error_proto, smtplib.SMTPException)):
        return FailureKind.PROTOCOL, _text(error)
    if isinstance(error, OSError):
        return FailureKind.CONNECTION_REFUSED, str(error)
    return FailureKind.PROTOCOL, f"{type(error).__name__}: {error}"


def _text(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        message = error.smtp_error
        text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
        return f"{error.smtp_code} {text}"
    parts = []
    for arg in error.args:
        parts.append(arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg))
    return " ".join(parts)


class _AuthRefused(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


# --------------------------------------------------------------------------- drivers


class _Driver:
    def __init__(self, plan: AttemptPlan, sock: socket.socket) -> None:
        self.plan = plan
        self.sock = sock

    def greet(self) -> None:
        raise NotImplementedError

    def offers_starttls(self) -> bool:
        raise NotImplementedError

    def capability_text(self) -> str:
        raise NotImplementedError

    def starttls(self, context: ssl.SSLContext) -> None:
        raise NotImplementedError

    def socket(self) -> socket.socket:
        raise NotImplementedError

    def login(self, username: str, password: str) -> str:
        """Log in with the password; returns the mechanism the server took."""
        raise NotImplementedError

    def mechanisms(self) -> frozenset[str]:
        """The SASL mechanisms offered now (after TLS), upper case."""
        raise NotImplementedError

    def login_bearer(self, username: str, token: str, mechanism: str) -> None:
        raise NotImplementedError

    def payload(self, mechanism: str, username: str, token: str) -> bytes:
        server = self.plan.server
        return _oauth_payload(mechanism, username, token, server.hostname, server.port)

    def quit(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _IMAP4(imaplib.IMAP4):
    def __init__(self, host: str, port: int, sock: socket.socket) -> None:
        self._given = sock
        super().__init__(host, port)

    def _create_socket(self, timeout: float | None = None) -> socket.socket:
        return self._given


class _ImapDriver(_Driver):
    def greet(self) -> None:
        import imapclient

        driver = self
        server = self.plan.server

        class Client(imapclient.IMAPClient):  # type: ignore[misc]
            def _create_IMAP4(self) -> imaplib.IMAP4:
                return _IMAP4(server.hostname, server.port, driver.sock)

        self.client = Client(
            server.hostname,
            server.port,
            ssl=isinstance(self.sock, ssl.SSLSocket),
            timeout=self.plan.step_timeout,
        )

    def offers_starttls(self) -> bool:
        return bool(self.client.has_capability("STARTTLS"))

    def capability_text(self) -> str:
        return " ".join(c.decode("ascii", "replace") for c in self.client.capabilities())

    def starttls(self, context: ssl.SSLContext) -> None:
        self.client.starttls(context)

    def socket(self) -> socket.socket:
        sock: socket.socket = self.client._imap.sock
        return sock

    def login(self, username: str, password: str) -> str:
        from imapclient.exceptions import LoginError

        ascii_only = (username + password).isascii()
        if not ascii_only and not self.client.has_capability("AUTH=PLAIN"):
            # LOGIN takes ASCII only; a password in another script cannot be right here.
            raise _AuthRefused("the server accepts only ASCII characters in a password")
        try:
            if self.client.has_capability("LOGINDISABLED") or not ascii_only:
                self.client.plain_login(username, password)  # AUTHENTICATE PLAIN, UTF-8
                return "PLAIN"
            self.client.login(username, password)
            return "LOGIN"
        except LoginError as error:
            raise _AuthRefused(_imap_text(str(error))) from None
        except imaplib.IMAP4.error as error:
            if isinstance(error, imaplib.IMAP4.abort):
                raise
            raise _AuthRefused(_imap_text(str(error))) from None

    def mechanisms(self) -> frozenset[str]:
        words = (c.decode("ascii", "replace").upper() for c in self.client.capabilities())
        return frozenset(w.removeprefix("AUTH=") for w in words if w.startswith("AUTH="))

    def login_bearer(self, username: str, token: str, mechanism: str) -> None:
        payload = self.payload(mechanism, username, token)
        challenges: list[str] = []

        def respond(challenge: bytes) -> bytes:
            if not challenges and not challenge:
                challenges.append("")
                return payload
            challenges.append(_challenge_text(challenge))  # an error: let the server say NO
            return _oauth_error_reply(mechanism)

        try:
            self.client._imap.authenticate(mechanism, respond)
        except imaplib.IMAP4.error as error:
            if isinstance(error, imaplib.IMAP4.abort):
                raise
            detail = " ".join(filter(None, [_imap_text(str(error)), *challenges[1:]]))
            raise _AuthRefused(detail) from None

    def quit(self) -> None:
        with contextlib.suppress(Exception):
            self.client.logout()

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()
        else:
            with contextlib.suppress(OSError):
                self.sock.close()


def _imap_text(text: str) -> str:
    if text.startswith(("b'", 'b"')) and text.endswith(("'", '"')):
        return text[2:-1]
    return text


class _POP3(poplib.POP3):
    def __init__(self, host: str, port: int, sock: socket.socket, timeout: float) -> None:
        self._given = sock
        super().__init__(host, port, timeout)

    def _create_socket(self, timeout: float) -> socket.socket:
        return self._given

    def command(self, line: str) -> bytes:
        """One command, one reply line; ``-ERR`` raises ``error_proto``, ``+`` continues."""
        reply: bytes = self._shortcmd(line)  # type: ignore[attr-defined]
        return reply


class _Pop3Driver(_Driver):
    def greet(self) -> None:
        server = self.plan.server
        self.pop = _POP3(server.hostname, server.port, self.sock, self.plan.step_timeout)
        try:
            self.caps: dict[str, list[str]] = self.pop.capa()
        except poplib.error_proto:
            self.caps = {}  # an old server without CAPA offers no STLS either

    def offers_starttls(self) -> bool:
        return "STLS" in self.caps

    def capability_text(self) -> str:
        return " ".join(self.caps)

    def starttls(self, context: ssl.SSLContext) -> None:
        self.pop.stls(context)

    def socket(self) -> socket.socket:
        sock: socket.socket = self.pop.sock
        return sock

    def login(self, username: str, password: str) -> str:
        try:
            self.pop.user(username)
            self.pop.pass_(password)
        except poplib.error_proto as error:
            raise _AuthRefused(_text(error)) from None
        return "USER"

    def mechanisms(self) -> frozenset[str]:
        return frozenset(m.upper() for m in self.caps.get("SASL", []))

    def login_bearer(self, username: str, token: str, mechanism: str) -> None:
        # RFC 5034: no initial response, since a token makes the line longer than 255 octets.
        pop = self.pop
        try:
            reply = pop.command(f"AUTH {mechanism}")
            if not _pop_continuation(reply):
                raise _Stop(FailureKind.PROTOCOL, _text(poplib.error_proto(reply)))
            reply = pop.command(_b64(self.payload(mechanism, username, token)))
            if _pop_continuation(reply):  # an error challenge: answer it, then read the -ERR
                challenge = _challenge_text(base64.b64decode(reply[1:].strip() or b""))
                try:
                    pop.command(_b64(_oauth_error_reply(mechanism)))
                except poplib.error_proto as error:
                    raise _AuthRefused(f"{_text(error)} {challenge}".strip()) from None
                raise _AuthRefused(challenge)
        except poplib.error_proto as error:
            raise _AuthRefused(_text(error)) from None

    def quit(self) -> None:
        with contextlib.suppress(Exception):
            self.pop.quit()

    def close(self) -> None:
        pop = getattr(self, "pop", None)
        if pop is not None:
            with contextlib.suppress(Exception):
                pop.close()
        else:
            with contextlib.suppress(OSError):
                self.sock.close()


def _pop_continuation(reply: bytes) -> bool:
    return reply == b"+" or reply.startswith(b"+ ")


class _SMTP(smtplib.SMTP):
    def __init__(self, host: str, port: int, sock: socket.socket, timeout: float) -> None:
        self._given = sock
        local = sock.getsockname()[0]
        literal = f"[IPv6:{local}]" if ":" in local else f"[{local}]"
        super().__init__(host, port, local_hostname=literal, timeout=timeout)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        return self._given


class _SmtpDriver(_Driver):
    def greet(self) -> None:
        server = self.plan.server
        self.smtp = _SMTP(server.hostname, server.port, self.sock, self.plan.step_timeout)
        self._ehlo()

    def _ehlo(self) -> None:
        code, message = self.smtp.ehlo()
        if code != 250:
            code, message = self.smtp.helo()
            if code != 250:
                raise _Stop(FailureKind.PROTOCOL, f"{code} {message.decode('utf-8', 'replace')}")

    def offers_starttls(self) -> bool:
        return bool(self.smtp.has_extn("starttls"))

    def capability_text(self) -> str:
        return " ".join(self.smtp.esmtp_features)

    def starttls(self, context: ssl.SSLContext) -> None:
        self.smtp.starttls(context=context)
        self._ehlo()

    def socket(self) -> socket.socket:
        sock = self.smtp.sock
        if sock is None:
            raise _Stop(FailureKind.PROTOCOL, "the connection was closed")
        return sock

    def login(self, username: str, password: str) -> str:
        if not self.smtp.has_extn("auth"):
            raise _Stop(FailureKind.PROTOCOL, "the server offers no authentication (no AUTH)")
        offered = self.smtp.esmtp_features["auth"].upper().split()
        mechanism = _smtp_mechanism(offered, self.plan.server.auth)
        if mechanism is None:
            raise _Stop(
                FailureKind.PROTOCOL,
                f"no supported authentication mechanism among {' '.join(offered)}",
            )
        code, reply = _smtp_auth(self.smtp, mechanism, username, password)
        if code not in (235, 503):  # 503: already authenticated
            raise _AuthRefused(f"{code} {reply.decode('utf-8', 'replace')}")
        return mechanism

    def mechanisms(self) -> frozenset[str]:
        if not self.smtp.has_extn("auth"):
            return frozenset()
        return frozenset(self.smtp.esmtp_features["auth"].upper().split())

    def login_bearer(self, username: str, token: str, mechanism: str) -> None:
        code, reply = self.smtp.docmd("AUTH", f"{mechanism} {_b64(self.payload(mechanism, username, token))}")
        challenge = ""
        if code == 334:  # an error challenge: answer it, then read the refusal
            challenge = _challenge_text(base64.b64decode(reply or b""))
            code, reply = self.smtp.docmd(_b64(_oauth_error_reply(mechanism)))
        if code != 235:
            raise _AuthRefused(f"{code} {reply.decode('utf-8', 'replace')} {challenge}".strip())

    def quit(self) -> None:
        with contextlib.suppress(Exception):
            self.smtp.quit()

    def close(self) -> None:
        smtp = getattr(self, "smtp", None)
        if smtp is not None:
            with contextlib.suppress(Exception):
                smtp.close()
        else:
            with contextlib.suppress(OSError):
                self.sock.close()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _smtp_auth(
    smtp: smtplib.SMTP, mechanism: str, username: str, password: str
) -> tuple[int, bytes]:
    """AUTH with UTF-8 credentials (RFC 4616/4954); smtplib's own encodes ASCII only."""
    user, secret = username.encode("utf-8"), password.encode("utf-8")
    if mechanism == "PLAIN":
        return smtp.docmd("AUTH", "PLAIN " + _b64(b"\0" + user + b"\0" + secret))
    if mechanism == "LOGIN":
        code, reply = smtp.docmd("AUTH", "LOGIN " + _b64(user))
        if code != 334:
            return code, reply
        return smtp.docmd(_b64(secret))
    code, reply = smtp.docmd("AUTH", "CRAM-MD5")
    if code != 334:
        return code, reply
    challenge = base64.b64decode(reply)
    digest = hmac.new(secret, challenge, "md5").hexdigest()
    return smtp.docmd(_b64(user + b" " + digest.encode("ascii")))


def _smtp_mechanism(offered: list[str], auth: AuthMethod) -> str | None:
    """One mechanism, tried once: repeated failed logins can lock an account."""
    order = ["PLAIN", "LOGIN", "CRAM-MD5"]
    if auth is AuthMethod.PASSWORD_ENCRYPTED:
        order = ["CRAM-MD5", "PLAIN", "LOGIN"]
    return next((m for m in order if m in offered), None)


class _UnsupportedDriver(_Driver):
    def greet(self) -> None:
        raise _Stop(
            FailureKind.PROTOCOL,
            f"{self.plan.server.protocol.value} servers are not checked by logging in",
        )

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


_DRIVERS: dict[Protocol, type[_Driver]] = {
    Protocol.IMAP: _ImapDriver,
    Protocol.POP3: _Pop3Driver,
    Protocol.SMTP: _SmtpDriver,
    Protocol.EXCHANGE: _UnsupportedDriver,
}
