"""Client registrations: which client id the wizard presents to which OAuth2 issuer.

The provider's settings (clientConfig ``<oAuth2>``: issuer, scope, authURL, tokenURL) say where
to sign in; a *registration* says who is asking: the client id (and the non-secret "secret" some
providers issue to installed applications) that the provider issued to this program. Mail Wizard
has no registrations of its own, so the bundled file holds none; an administrator adds them in
the per-machine config folder, a branded build in its own file. Format (TOML, see the bundled
``resources/oauth/registrations.toml``)::

    version = 1
    [[registration]]
    issuer = "accounts.google.com"        # as the provider's <oAuth2><issuer> says
    client_id = "1234-abc.apps.googleusercontent.com"
    client_secret = ""                    # optional
    authorization_endpoint = "https://…"  # optional: overrides the provider's authURL
    token_endpoint = "https://…"          # optional: overrides the provider's tokenURL
    scope = "https://mail.google.com/"    # optional: overrides the provider's scope
    redirect_uri = "http://127.0.0.1/"    # optional: loopback host and path; the port is chosen
    authorization_params = { access_type = "offline" }  # optional extra query parameters

Precedence, highest first: the extra files given (a branded build), the administrator's file,
the bundled file; a registration for an issuer shadows those for the same issuer below it. A
file that cannot be read, or an entry that is not valid, is skipped and reported in
``Registrations.problems``: never fatal.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from wizard import APP_NAME
from wizard.model import OAuth2Settings
from wizard.oauth.errors import OAuthError, OAuthProblem

FILE_NAME = "oauth-registrations.toml"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 256 * 1024
DEFAULT_REDIRECT_URI = "http://127.0.0.1/"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
# Set by the sign-in itself: a registration's extra parameters may not replace them.
_RESERVED_PARAMS = frozenset({
    "response_type", "client_id", "redirect_uri", "state", "code_challenge",
    "code_challenge_method", "scope", "login_hint",
})


def normalize_issuer(issuer: str) -> str:
    """``https://accounts.google.com/`` and ``accounts.google.com`` name the same issuer."""
    text = issuer.strip().lower()
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    return text.rstrip("/")


@dataclass(frozen=True, slots=True)
class OAuthSettings:
    """What the provider's settings say about signing in (clientConfig ``<oAuth2>``)."""

    issuer: str
    scope: str = ""
    authorization_endpoint: str = ""
    token_endpoint: str = ""

    @classmethod
    def of(cls, settings: OAuth2Settings) -> OAuthSettings:
        """The sign-in's view of the model's ``<oAuth2>`` value (the one place they meet)."""
        return cls(
            issuer=settings.issuer,
            scope=settings.scope,
            authorization_endpoint=settings.auth_url,
            token_endpoint=settings.token_url,
        )


@dataclass(frozen=True, slots=True)
class OAuthClient:
    """Everything a sign-in needs: the provider's endpoints and our registration there."""

    issuer: str
    client_id: str
    authorization_endpoint: str
    token_endpoint: str
    scope: str = ""
    client_secret: str = field(default="", repr=False)
    redirect_uri: str = DEFAULT_REDIRECT_URI
    authorization_params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ClientRegistration:
    issuer: str
    client_id: str
    client_secret: str = field(default="", repr=False)
    authorization_endpoint: str = ""
    token_endpoint: str = ""
    scope: str = ""
    redirect_uri: str = DEFAULT_REDIRECT_URI
    authorization_params: tuple[tuple[str, str], ...] = ()
    origin: str = ""  # the file it came from

    def client_for(self, settings: OAuthSettings | None = None) -> OAuthClient:
        """The client for a sign-in: our values win, the provider's settings fill the gaps."""
        authorization = self.authorization_endpoint or (settings.authorization_endpoint if settings else "")
        token = self.token_endpoint or (settings.token_endpoint if settings else "")
        if not authorization or not token:
            raise OAuthError(
                OAuthProblem.NO_REGISTRATION, self.issuer, "no authorization or token endpoint is known"
            )
        for url in (authorization, token):
            if not _is_https(url):
                raise OAuthError(OAuthProblem.NO_REGISTRATION, self.issuer, f"{url!r} is not https")
        return OAuthClient(
            issuer=self.issuer,
            client_id=self.client_id,
            authorization_endpoint=authorization,
            token_endpoint=token,
            scope=self.scope or (settings.scope if settings else ""),
            client_secret=self.client_secret,
            redirect_uri=self.redirect_uri,
            authorization_params=self.authorization_params,
        )


@dataclass(frozen=True)
class Registrations:
    registrations: tuple[ClientRegistration, ...] = ()
    problems: tuple[str, ...] = ()

    def find(self, issuer: str) -> ClientRegistration | None:
        wanted = normalize_issuer(issuer)
        return next((r for r in self.registrations if normalize_issuer(r.issuer) == wanted), None)

    def client_for(self, settings: OAuthSettings) -> OAuthClient:
        """The client for the provider's issuer; ``OAuthError(NO_REGISTRATION)`` when we have none
        (the caller then proves what it can without credentials)."""
        registration = self.find(settings.issuer)
        if registration is None:
            raise OAuthError(OAuthProblem.NO_REGISTRATION, settings.issuer)
        return registration.client_for(settings)


def bundled_path() -> Path:
    return Path(str(resources.files("wizard") / "resources" / "oauth" / "registrations.toml"))


def site_path() -> Path:
    """The administrator's file, e.g. ``/etc/xdg/mailwizard/oauth-registrations.toml``."""
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def load_registrations(
    extra_paths: Sequence[Path | str] = (),
    *,
    site: bool = True,
    bundled: bool = True,
    site_file: Path | None = None,
) -> Registrations:
    """Read the registrations: ``extra_paths`` (a branded build's file) first, then the
    administrator's (``site_file``, default :func:`site_path`), then the bundled one. Missing
    files are fine; bad ones are reported."""
    paths = [Path(p) for p in extra_paths]
    if site:
        paths.append(site_file or site_path())
    if bundled:
        paths.append(bundled_path())
    found: list[ClientRegistration] = []
    seen: set[str] = set()
    problems: list[str] = []
    for path in paths:
        try:
            entries = _read(path)
        except FileNotFoundError:
            continue
        except _FileProblem as problem:
            problems.append(f"{path}: {problem}")
            continue
        for index, entry in enumerate(entries, start=1):
            try:
                registration = _registration(entry, str(path))
            except _FileProblem as problem:
                problems.append(f"{path}: registration {index}: {problem}")
                continue
            key = normalize_issuer(registration.issuer)
            if key not in seen:
                seen.add(key)
                found.append(registration)
    return Registrations(tuple(found), tuple(problems))


class _FileProblem(ValueError):
    pass


def _read(path: Path) -> list[Any]:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise _FileProblem(exc.strerror or str(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise _FileProblem(f"larger than {MAX_FILE_BYTES} bytes")
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _FileProblem(str(exc)) from exc
    version = document.get("version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise _FileProblem(f"unknown version {version!r}")
    entries = document.get("registration", [])
    if not isinstance(entries, list):
        raise _FileProblem("'registration' must be a list of tables ([[registration]])")
    return entries


def _registration(entry: Any, origin: str) -> ClientRegistration:
    if not isinstance(entry, Mapping):
        raise _FileProblem("not a table")
    known = {
        "issuer", "client_id", "client_secret", "authorization_endpoint", "token_endpoint",
        "scope", "redirect_uri", "authorization_params",
    }
    unknown = sorted(set(entry) - known)
    if unknown:
        raise _FileProblem(f"unknown keys {', '.join(unknown)}")
    text = {key: entry.get(key, "") for key in known - {"authorization_params"}}
    for key, value in text.items():
        if not isinstance(value, str):
            raise _FileProblem(f"'{key}' must be a string")
    for key in ("issuer", "client_id"):
        if not text[key].strip():
            raise _FileProblem(f"'{key}' is missing")
    for key in ("authorization_endpoint", "token_endpoint"):
        if text[key] and not _is_https(text[key]):
            raise _FileProblem(f"'{key}' {text[key]!r} is not an https:// address")
    redirect = text["redirect_uri"] or DEFAULT_REDIRECT_URI
    _check_loopback(redirect)
    params = entry.get("authorization_params", {})
    if not isinstance(params, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in params.items()
    ):
        raise _FileProblem("'authorization_params' must be a table of strings")
    reserved = sorted(set(params) & _RESERVED_PARAMS)
    if reserved:
        raise _FileProblem(f"'authorization_params' may not set {', '.join(reserved)}")
    return ClientRegistration(
        issuer=text["issuer"].strip(),
        client_id=text["client_id"].strip(),
        client_secret=text["client_secret"],
        authorization_endpoint=text["authorization_endpoint"],
        token_endpoint=text["token_endpoint"],
        scope=text["scope"],
        redirect_uri=redirect,
        authorization_params=tuple(sorted(params.items())),
        origin=origin,
    )


def _is_https(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and bool(parts.hostname)


def _check_loopback(url: str) -> None:
    """RFC 8252 §7.3: the redirect goes to a loopback address over plain HTTP."""
    parts = urlsplit(url)
    if parts.scheme != "http" or (parts.hostname or "") not in LOOPBACK_HOSTS:
        raise _FileProblem(f"'redirect_uri' {url!r} is not http://127.0.0.1/, http://[::1]/ or http://localhost/")
    if parts.query or parts.fragment:
        raise _FileProblem("'redirect_uri' may not have a query or fragment")


def registrations_from(entries: Iterable[Mapping[str, Any]], origin: str = "") -> Registrations:
    """Registrations from already-parsed tables (a preset, a test); bad entries are reported."""
    found: list[ClientRegistration] = []
    problems: list[str] = []
    for index, entry in enumerate(entries, start=1):
        try:
            found.append(_registration(entry, origin))
        except _FileProblem as problem:
            problems.append(f"registration {index}: {problem}")
    return Registrations(tuple(found), tuple(problems))
