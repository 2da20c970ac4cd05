"""Signing in with the provider (OAuth2) for proving settings: the wizard's own sign-in.

Qt-free asyncio. The native-app flow of RFC 8252 (the system browser through an injected
opener, a loopback redirect listener on an ephemeral port, PKCE S256, ``state`` checked), the
token request and refresh over httpx, client registrations read from configuration, and refresh
tokens kept in the system keyring (``wizard.secrets``) only. Public API (docs/CONTRACTS.md):

- :func:`load_registrations` → :class:`Registrations`; ``.client_for(OAuthSettings)`` →
  :class:`OAuthClient`, or ``OAuthError(NO_REGISTRATION)``;
- :func:`access_token` (keyring, refresh, browser) and :func:`sign_in` (browser only) →
  :class:`TokenSet`; :func:`refresh_tokens`;
- every failure is :class:`OAuthError` with an :class:`OAuthProblem` ``kind``.

Layer: uses ``wizard.model``, ``wizard.secrets``, ``wizard.i18n`` and ``wizard.verify.tls``;
only the pipeline, the flow, the window and the command line use it.
"""

from wizard.oauth.errors import OAuthError, OAuthProblem
from wizard.oauth.flow import (
    SIGN_IN_TIMEOUT,
    Opener,
    access_token,
    authorization_url,
    default_opener,
    pkce_pair,
    sign_in,
)
from wizard.oauth.registrations import (
    ClientRegistration,
    OAuthClient,
    OAuthSettings,
    Registrations,
    bundled_path,
    load_registrations,
    normalize_issuer,
    registrations_from,
    site_path,
)
from wizard.oauth.tokens import TokenSet, exchange_code, http_client, refresh_tokens

__all__ = [
    "SIGN_IN_TIMEOUT",
    "ClientRegistration",
    "OAuthClient",
    "OAuthError",
    "OAuthProblem",
    "OAuthSettings",
    "Opener",
    "Registrations",
    "TokenSet",
    "access_token",
    "authorization_url",
    "bundled_path",
    "default_opener",
    "exchange_code",
    "http_client",
    "load_registrations",
    "normalize_issuer",
    "pkce_pair",
    "refresh_tokens",
    "registrations_from",
    "sign_in",
    "site_path",
]
