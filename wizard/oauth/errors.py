"""What can go wrong when signing in with the provider (OAuth2), as typed values.

The core raises :class:`OAuthError` with a :class:`OAuthProblem` kind; ``str()`` is one English
sentence for logs and the command line (naming the program as ``wizard.i18n.product_name()``
does), the UI words the kind. A detail is the provider's own
error code and description, never a code, token or secret.
"""

from __future__ import annotations

import re
from enum import StrEnum

from wizard.i18n import product_name
from wizard.model.errors import WizardError


class OAuthProblem(StrEnum):
    NO_REGISTRATION = "no-registration"  # no client registration for this issuer
    REGISTRATIONS_INVALID = "registrations-invalid"  # a registrations file could not be read
    BROWSER_FAILED = "browser-failed"  # the browser could not be opened
    DENIED = "denied"  # the user refused consent (error=access_denied)
    TIMED_OUT = "timed-out"  # the user never came back from the browser before the deadline
    STATE_MISMATCH = "state-mismatch"  # the redirect did not answer our request
    AUTHORIZATION_FAILED = "authorization-failed"  # any other error= from the provider
    TOKEN_TIMEOUT = "token-timeout"  # the token endpoint did not answer in time
    TOKEN_UNREACHABLE = "token-unreachable"  # connection or TLS failure at the token endpoint
    TOKEN_REFUSED = "token-refused"  # the provider refused the code or refresh token
    SIGN_IN_NEEDED = "sign-in-needed"  # no stored sign-in, and the caller allowed no browser
    MALFORMED_RESPONSE = "malformed-response"  # the token endpoint's answer is not usable


_SENTENCES = {
    OAuthProblem.NO_REGISTRATION: (
        "{product} has no sign-in registration for {issuer}, so it proves what it can "
        "without credentials."
    ),
    OAuthProblem.REGISTRATIONS_INVALID: "The sign-in registrations file {issuer} could not be read.",
    OAuthProblem.BROWSER_FAILED: "The web browser could not be opened for the sign-in at {issuer}.",
    OAuthProblem.DENIED: "The sign-in at {issuer} was refused, so {product} got no access.",
    OAuthProblem.TIMED_OUT: "The sign-in at {issuer} was not finished in time.",
    OAuthProblem.STATE_MISMATCH: (
        "The answer from the browser did not belong to this sign-in at {issuer}, so it was ignored."
    ),
    OAuthProblem.AUTHORIZATION_FAILED: "The sign-in at {issuer} failed.",
    OAuthProblem.TOKEN_TIMEOUT: "The sign-in service {issuer} did not answer in time.",
    OAuthProblem.TOKEN_UNREACHABLE: "The sign-in service {issuer} could not be reached.",
    OAuthProblem.TOKEN_REFUSED: "The sign-in service {issuer} refused the sign-in; please sign in again.",
    OAuthProblem.SIGN_IN_NEEDED: "Please sign in at {issuer} first.",
    OAuthProblem.MALFORMED_RESPONSE: "The sign-in service {issuer} answered in an unexpected way.",
}


class OAuthError(WizardError):
    """A sign-in that did not give a token; nothing was stored and nothing is left listening."""

    def __init__(self, kind: OAuthProblem, issuer: str = "", detail: str = "", url: str = "") -> None:
        self.kind = kind
        self.issuer = issuer
        self.detail = detail
        self.url = url  # BROWSER_FAILED: the address to open by hand (holds no secret)
        super().__init__(_SENTENCES[kind].format(issuer=issuer or "the provider", product=product_name()))


def clean_detail(text: str, limit: int = 200) -> str:
    """A provider's error text, safe to show and log: printable and bounded."""
    return re.sub(r"[^\x20-\x7e\u00a0-\uffff]", "?", text)[:limit]


__all__ = ["OAuthError", "OAuthProblem", "clean_detail"]
