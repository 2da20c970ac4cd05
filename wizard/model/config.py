"""Frozen dataclasses for server settings, provider configurations and a ready account."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from wizard.model.address import EmailAddress
from wizard.model.checks import normalize_hostname, normalize_url
from wizard.model.enums import PORT_MAX, PORT_MIN, AuthMethod, Protocol, Security, Source, Trust
from wizard.model.errors import UNPRINTABLE, ConfigError, as_clause, printable
from wizard.model.placeholders import expand, placeholder_values

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """One server, as a template (placeholders allowed) or expanded for an address."""

    protocol: Protocol
    hostname: str
    port: int
    security: Security
    auth_methods: tuple[AuthMethod, ...] = (AuthMethod.PASSWORD_CLEARTEXT,)
    username: str = "%EMAILADDRESS%"
    # POP3 only: None means "not said" (the writer then uses our default: keep a copy).
    leave_on_server: bool | None = None
    days_to_leave: int | None = None
    download_on_biff: bool | None = None
    # Exchange only.
    owa_url: str | None = None
    ews_url: str | None = None
    eas_url: str | None = None

    def __post_init__(self) -> None:
        if not PORT_MIN <= self.port <= PORT_MAX:
            raise ValueError(f"port {self.port} is outside {PORT_MIN}-{PORT_MAX}")
        if not self.auth_methods:
            raise ValueError("a server needs at least one authentication method")

    @property
    def auth(self) -> AuthMethod:
        """The preferred authentication method."""
        return self.auth_methods[0]

    @property
    def endpoint(self) -> tuple[Protocol, str, int, Security]:
        return (self.protocol, self.hostname.lower(), self.port, self.security)

    def expanded(self, values: Mapping[str, str]) -> ServerSettings:
        """Every placeholder filled in, then the host name normalised: the one place where a
        template from outside gets its final form. Raises ``ConfigError`` when a filled-in
        host name is no host name (``%EMAILLOCALPART%.example.com`` for ``a+b@…``): refused,
        never used half-expanded. A host name without placeholders is as its reader or maker
        checked it. User names keep what nothing fills in yet (an input field's ``%KEY%``
        until the user types it)."""
        hostname = expand(self.hostname, values)
        username = expand(self.username, values)
        if username != self.username and UNPRINTABLE.search(username):  # a value typed into a field
            raise ConfigError(
                f"The user name '{printable(username)}' contains a line break or a control character."
            )
        return dataclasses.replace(
            self,
            hostname=(
                normalize_hostname(hostname)
                if hostname != self.hostname
                else hostname.strip().rstrip(".").lower()
            ),
            username=username,
            owa_url=_expanded_url(self.owa_url, values),
            ews_url=_expanded_url(self.ews_url, values),
            eas_url=_expanded_url(self.eas_url, values),
        )

    def replace(self, **changes: Any) -> ServerSettings:
        return dataclasses.replace(self, **changes)


def _expanded_url(url: str | None, values: Mapping[str, str]) -> str | None:
    if url is None:
        return None
    try:
        return normalize_url(expand(url, values))
    except ConfigError:
        return None


@dataclass(frozen=True, slots=True)
class OAuth2Settings:
    """A provider's OAuth2 endpoints (clientConfig ``<oAuth2>``): who issues the tokens, the
    scopes to ask for, and where to authorize and fetch tokens. Checked when made: the
    issuer is a host name, each scope one printable word, both URLs https."""

    issuer: str
    scopes: tuple[str, ...]
    auth_url: str
    token_url: str

    def __post_init__(self) -> None:
        if normalize_hostname(self.issuer) != self.issuer:
            raise ConfigError(f"The OAuth2 issuer '{printable(self.issuer)}' is not a server name.")
        if not self.scopes or any(
            scope.split() != [scope] or UNPRINTABLE.search(scope) for scope in self.scopes
        ):
            raise ConfigError("The OAuth2 scopes must be one or more words without spaces.")
        normalize_url(self.auth_url, https_only=True)
        normalize_url(self.token_url, https_only=True)

    @property
    def scope(self) -> str:
        """The scopes as OAuth2 sends them: separated by spaces."""
        return " ".join(self.scopes)


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """A text in several languages: ``((lang, text), …)``; an empty lang means unspecified."""

    texts: tuple[tuple[str, str], ...] = ()

    def get(self, lang: str = DEFAULT_LANGUAGE) -> str:
        by_lang = dict(self.texts)
        base = lang.split("_", maxsplit=1)[0].split("-", maxsplit=1)[0].lower()
        for key in (lang, base, DEFAULT_LANGUAGE, ""):
            if key in by_lang:
                return by_lang[key]
        return self.texts[0][1] if self.texts else ""

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(lang for lang, _ in self.texts)

    def __bool__(self) -> bool:
        return bool(self.texts)


class NoteKind(StrEnum):
    INFO = "info"  # <documentation>: good to know
    ENABLE = "enable"  # <enable>: the user must do this before the account works
    PASSWORD = "password"  # password rules (app password, allowed characters)


@dataclass(frozen=True, slots=True)
class Note:
    kind: NoteKind
    text: LocalizedText
    url: str | None = None


@dataclass(frozen=True, slots=True)
class InputField:
    """An extra value the user must type (clientConfig ``<inputField>``), used as ``%KEY%``."""

    key: str
    label: LocalizedText = LocalizedText()
    example: str = ""


class WarningKind(StrEnum):
    FOREIGN_DOMAIN = "foreign-domain"  # a server outside the address's and provider's domains
    INSECURE_SOURCE = "insecure-source"  # fetched over plain HTTP
    UNVERIFIED_SOURCE = "unverified-source"  # SRV or guessed: nobody vouches for it
    REDIRECTED = "redirected"  # reached through a redirect to another domain
    PLAIN_CONNECTION = "plain-connection"  # a server without any encryption


@dataclass(frozen=True, slots=True)
class ConfigWarning:
    kind: WarningKind
    subject: str = ""  # host name or URL concerned
    registrable_domain: str = ""


@dataclass(frozen=True, slots=True)
class AccountConfig:
    """A provider's settings: preferred servers first, then the alternatives."""

    id: str
    display_name: str = ""
    display_short_name: str = ""
    domains: tuple[str, ...] = ()
    incoming: tuple[ServerSettings, ...] = ()
    outgoing: tuple[ServerSettings, ...] = ()
    notes: tuple[Note, ...] = ()
    input_fields: tuple[InputField, ...] = ()
    webmail: str | None = None
    source: Source = Source.FILE
    trust: Trust = Trust.TRUSTED
    origin: str = ""  # URL or file the settings came from
    warnings: tuple[ConfigWarning, ...] = field(default=())
    oauth2: OAuth2Settings | None = None
    # What the reader or the expansion left out, one English sentence each (for the trace):
    # a remark about how the settings were read, not part of them, so not compared.
    skipped: tuple[str, ...] = field(default=(), compare=False)

    @property
    def preferred_incoming(self) -> ServerSettings | None:
        return self.incoming[0] if self.incoming else None

    @property
    def preferred_outgoing(self) -> ServerSettings | None:
        return self.outgoing[0] if self.outgoing else None

    @property
    def name(self) -> str:
        return self.display_name or self.display_short_name or self.id

    @property
    def needs_confirmation(self) -> bool:
        return self.trust is not Trust.TRUSTED or bool(self.warnings)

    def expanded(
        self,
        address: EmailAddress,
        real_name: str = "",
        extra: Mapping[str, str] | None = None,
    ) -> AccountConfig:
        """The configuration for one address: every placeholder replaced. A server whose host
        name does not expand to a valid name is left out, and said so in ``skipped``."""
        values = placeholder_values(address, real_name, extra)
        skipped = list(self.skipped)

        def usable(servers: tuple[ServerSettings, ...]) -> tuple[ServerSettings, ...]:
            kept: list[ServerSettings] = []
            for server in servers:
                try:
                    kept.append(server.expanded(values))
                except ConfigError as exc:
                    name = f"{server.protocol.value} server {server.hostname}"
                    skipped.append(f"the {name} was left out: {as_clause(exc)}")
            return tuple(kept)

        # Names are read by people: the domain as they write it, not its punycode.
        shown = {**values, "EMAILDOMAIN": address.unicode_domain, "EMAILADDRESS": address.display}
        return dataclasses.replace(
            self,
            display_name=expand(self.display_name, shown),
            display_short_name=expand(self.display_short_name, shown),
            incoming=usable(self.incoming),
            outgoing=usable(self.outgoing),
            webmail=_expanded_url(self.webmail, values),
            skipped=tuple(skipped),
        )

    def replace(self, **changes: Any) -> AccountConfig:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Account:
    """What a target writes: one address with the chosen, expanded servers."""

    address: EmailAddress
    incoming: ServerSettings
    outgoing: ServerSettings
    real_name: str = ""
    provider_id: str = ""
    provider_name: str = ""

    @classmethod
    def from_config(
        cls,
        config: AccountConfig,
        address: EmailAddress,
        real_name: str = "",
        extra: Mapping[str, str] | None = None,
        incoming_index: int = 0,
        outgoing_index: int = 0,
    ) -> Account:
        """The servers at the given places of ``config``, expanded for ``address``. Raises
        ``ValueError`` (``ConfigError`` when a chosen server cannot be expanded)."""
        if not config.incoming or not config.outgoing:
            raise ValueError("the configuration has no incoming or no outgoing server")
        values = placeholder_values(address, real_name, extra)
        return cls(
            address=address,
            incoming=config.incoming[incoming_index].expanded(values),
            outgoing=config.outgoing[outgoing_index].expanded(values),
            real_name=real_name,
            provider_id=config.id,
            provider_name=config.name,
        )
