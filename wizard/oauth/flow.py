"""The native-app sign-in (RFC 8252) with PKCE (RFC 7636), and keeping its refresh token.

``sign_in`` opens the system browser (through the injected opener) at the provider's
authorization page, waits on a loopback listener for the browser to come back, checks
``state``, and trades the code (with the PKCE verifier) for tokens. Whatever happens — a
refusal, a wrong ``state``, the deadline, cancellation — the listener is closed before the
call returns. ``access_token`` reuses the refresh token kept in the keyring and signs in again
only when there is none or the provider no longer accepts it.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import secrets
import time
import webbrowser
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx

from wizard import secrets as keyring_store
from wizard.oauth.errors import OAuthError, OAuthProblem
from wizard.oauth.loopback import RedirectListener
from wizard.oauth.registrations import OAuthClient, normalize_issuer
from wizard.oauth.tokens import TOKEN_TIMEOUT, Clock, TokenSet, exchange_code, refresh_tokens

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SIGN_IN_TIMEOUT = 300.0  # a person reading a consent page, perhaps typing a second factor

# Opens the URL in the user's browser; False means it could not (None counts as opened).
Opener = Callable[[str], bool | None]


def default_opener(url: str) -> bool:
    return webbrowser.open(url, new=1, autoraise=True)


def pkce_pair() -> tuple[str, str]:
    """A fresh (code_verifier, S256 code_challenge) pair (RFC 7636 §4.1, §4.2)."""
    verifier = secrets.token_urlsafe(64)  # 86 characters from the unreserved set
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorization_url(
    client: OAuthClient, redirect_uri: str, state: str, code_challenge: str, login_hint: str = ""
) -> str:
    params = [
        ("response_type", "code"),
        ("client_id", client.client_id),
        ("redirect_uri", redirect_uri),
        ("state", state),
        ("code_challenge", code_challenge),
        ("code_challenge_method", "S256"),
    ]
    if client.scope:
        params.append(("scope", client.scope))
    if login_hint:
        params.append(("login_hint", login_hint))
    params.extend(client.authorization_params)
    parts = urlsplit(client.authorization_endpoint)
    query = "&".join(filter(None, (parts.query, urlencode(params))))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


async def sign_in(
    client: OAuthClient,
    *,
    login_hint: str = "",
    opener: Opener | None = None,
    http: httpx.AsyncClient | None = None,
    timeout: float = SIGN_IN_TIMEOUT,
    token_timeout: float = TOKEN_TIMEOUT,
    clock: Clock = time.time,
) -> TokenSet:
    """Sign in through the browser; raises :class:`OAuthError` (or ``CancelledError``)."""
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(32)
    async with RedirectListener(client.redirect_uri, state, client.issuer) as listener:
        url = authorization_url(client, listener.redirect_uri, state, challenge, login_hint)
        try:
            async with asyncio.timeout(timeout):
                opened = await asyncio.to_thread(opener or default_opener, url)
                if opened is False:
                    raise OAuthError(OAuthProblem.BROWSER_FAILED, client.issuer, url=url)
                code = await listener.result()
        except TimeoutError:
            raise OAuthError(
                OAuthProblem.TIMED_OUT, client.issuer, f"no answer within {timeout:g} s"
            ) from None
        redirect_uri = listener.redirect_uri
    return await exchange_code(
        client, code, redirect_uri, verifier, http=http, timeout=token_timeout, clock=clock
    )


async def access_token(
    client: OAuthClient,
    address: str,
    *,
    interactive: bool = True,
    keyring: KeyringBackend | None = None,
    opener: Opener | None = None,
    http: httpx.AsyncClient | None = None,
    timeout: float = SIGN_IN_TIMEOUT,
    token_timeout: float = TOKEN_TIMEOUT,
    clock: Clock = time.time,
) -> TokenSet:
    """A usable access token for ``address``: refreshed from the keyring's refresh token, else
    from a browser sign-in (only when ``interactive``). A new refresh token replaces the kept
    one; one the provider refuses is forgotten. ``keyring``: the backend (default: the system's)."""
    backend = keyring
    issuer = normalize_issuer(client.issuer)
    stored = keyring_store.get_token(issuer, address, backend=backend)
    if stored:
        try:
            tokens = await refresh_tokens(client, stored, http=http, timeout=token_timeout, clock=clock)
        except OAuthError as error:
            if error.kind is not OAuthProblem.TOKEN_REFUSED:
                raise
            keyring_store.delete_token(issuer, address, backend=backend)
        else:
            if tokens.refresh_token != stored:
                keyring_store.store_token(issuer, address, tokens.refresh_token, backend=backend)
            return tokens
    if not interactive:
        raise OAuthError(OAuthProblem.SIGN_IN_NEEDED, client.issuer)
    tokens = await sign_in(
        client,
        login_hint=address,
        opener=opener,
        http=http,
        timeout=timeout,
        token_timeout=token_timeout,
        clock=clock,
    )
    if tokens.refresh_token:
        keyring_store.store_token(issuer, address, tokens.refresh_token, backend=backend)
    return tokens


__all__ = [
    "SIGN_IN_TIMEOUT",
    "Opener",
    "access_token",
    "authorization_url",
    "default_opener",
    "pkce_pair",
    "sign_in",
]
