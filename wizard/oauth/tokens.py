"""The token endpoint (RFC 6749 §4.1.3, §6): a code or a refresh token in, bearer tokens out.

One POST over httpx with bounded timeouts (every read, and the whole exchange); the answer is
read up to a size limit and checked strictly before anything uses it: a token that could
smuggle a line break into an IMAP or SMTP command is refused. Tokens are never in ``repr()``,
logs or error details.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

import httpx

from wizard.oauth.errors import OAuthError, OAuthProblem, clean_detail
from wizard.oauth.registrations import OAuthClient

MAX_RESPONSE_BYTES = 64 * 1024
TOKEN_TIMEOUT = 30.0  # the whole exchange
USER_AGENT = "MailWizard-OAuth/1"
_ACCESS_TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")  # RFC 6750 b64token
_REFRESH_TOKEN = re.compile(r"[\x20-\x7e]+")  # RFC 6749 VSCHAR
_REFUSALS = frozenset(
    {"invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope", "access_denied"}
)

Clock = Callable[[], float]


@dataclass(frozen=True, slots=True)
class TokenSet:
    """What the token endpoint gave: the bearer token and, usually, a refresh token."""

    access_token: str = field(repr=False)
    expires_at: float | None = None  # seconds since the epoch; None: not said
    refresh_token: str = field(default="", repr=False)
    scope: str = ""

    def expired(self, now: float | None = None, margin: float = 30.0) -> bool:
        if self.expires_at is None:
            return False
        return (time.time() if now is None else now) + margin >= self.expires_at


def http_client(timeout: float = TOKEN_TIMEOUT) -> httpx.AsyncClient:
    """The production client: the operating system's trust store, no redirects followed."""
    from wizard.verify.tls import system_tls_context

    return httpx.AsyncClient(
        verify=system_tls_context(),
        timeout=httpx.Timeout(min(timeout, 15.0)),
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT},
    )


async def exchange_code(
    client: OAuthClient,
    code: str,
    redirect_uri: str,
    code_verifier: str,
    *,
    http: httpx.AsyncClient | None = None,
    timeout: float = TOKEN_TIMEOUT,
    clock: Clock = time.time,
) -> TokenSet:
    """Trade the authorization code for tokens (PKCE: the verifier proves it is our code)."""
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "code_verifier": code_verifier,
    }
    return await _request(client, form, http=http, timeout=timeout, clock=clock)


async def refresh_tokens(
    client: OAuthClient,
    refresh_token: str,
    *,
    http: httpx.AsyncClient | None = None,
    timeout: float = TOKEN_TIMEOUT,
    clock: Clock = time.time,
) -> TokenSet:
    """A fresh access token; the refresh token is kept when the provider issues no new one."""
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token}
    if client.scope:
        form["scope"] = client.scope
    tokens = await _request(client, form, http=http, timeout=timeout, clock=clock)
    return tokens if tokens.refresh_token else replace(tokens, refresh_token=refresh_token)


async def _request(
    client: OAuthClient,
    form: dict[str, str],
    *,
    http: httpx.AsyncClient | None,
    timeout: float,
    clock: Clock,
) -> TokenSet:
    form = {**form, "client_id": client.client_id}
    if client.client_secret:
        form["client_secret"] = client.client_secret
    issuer = client.issuer
    owned = http is None
    session = http_client(timeout) if http is None else http
    try:
        async with asyncio.timeout(timeout):
            status, body = await _post(session, client.token_endpoint, form)
    except (TimeoutError, httpx.TimeoutException):
        raise OAuthError(OAuthProblem.TOKEN_TIMEOUT, issuer, f"no answer within {timeout:g} s") from None
    except httpx.HTTPError as exc:
        detail = clean_detail(f"{type(exc).__name__}: {exc}")
        raise OAuthError(OAuthProblem.TOKEN_UNREACHABLE, issuer, detail) from None
    finally:
        if owned:
            await session.aclose()
    return _parse(status, body, issuer, clock())


async def _post(session: httpx.AsyncClient, url: str, form: Mapping[str, str]) -> tuple[int, bytes]:
    headers = {"Accept": "application/json"}
    async with session.stream("POST", url, data=form, headers=headers) as response:
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_raw():
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                return response.status_code, b"\0too large"
            chunks.append(chunk)
        return response.status_code, b"".join(chunks)


def _parse(status: int, body: bytes, issuer: str, now: float) -> TokenSet:
    def malformed(detail: str) -> OAuthError:
        return OAuthError(OAuthProblem.MALFORMED_RESPONSE, issuer, f"HTTP {status}: {detail}")

    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        if status >= 500:
            raise OAuthError(OAuthProblem.TOKEN_UNREACHABLE, issuer, f"HTTP {status}") from None
        raise malformed("the answer is not JSON") from None
    if not isinstance(document, dict):
        raise malformed("the answer is not a JSON object")
    if status != 200:
        error = document.get("error")
        if status >= 500 or not isinstance(error, str):
            kind = OAuthProblem.TOKEN_UNREACHABLE if status >= 500 else OAuthProblem.MALFORMED_RESPONSE
            raise OAuthError(kind, issuer, f"HTTP {status}")
        description = document.get("error_description")
        detail = f"{error}: {description}" if isinstance(description, str) and description else error
        kind = OAuthProblem.TOKEN_REFUSED if error in _REFUSALS else OAuthProblem.AUTHORIZATION_FAILED
        raise OAuthError(kind, issuer, clean_detail(detail))
    access = document.get("access_token")
    if not isinstance(access, str) or not _ACCESS_TOKEN.fullmatch(access):
        raise malformed("no usable access_token")
    token_type = document.get("token_type", "Bearer")
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise malformed("the token is not a bearer token")
    refresh = document.get("refresh_token", "")
    if not isinstance(refresh, str) or (refresh and not _REFRESH_TOKEN.fullmatch(refresh)):
        raise malformed("the refresh_token is not usable")
    expires_in = document.get("expires_in")
    if isinstance(expires_in, str) and expires_in.isdigit():
        expires_in = int(expires_in)
    if expires_in is not None and (
        isinstance(expires_in, bool) or not isinstance(expires_in, int | float) or expires_in < 0
    ):
        raise malformed("expires_in is not a number of seconds")
    scope = document.get("scope", "")
    return TokenSet(
        access_token=access,
        expires_at=None if expires_in is None else now + float(expires_in),
        refresh_token=refresh,
        scope=scope if isinstance(scope, str) else "",
    )


__all__ = ["TokenSet", "exchange_code", "http_client", "refresh_tokens"]
