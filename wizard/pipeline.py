"""One path behind every command that writes: find → prove → write exactly what was proven.

``write thunderbird``, ``write outlook``, ``export``, ``run --preset`` and ``verify`` all come
through here (DESIGN.md "One path"); the window's Checking page uses the same proof
(``wizard.verify.prove_account``). Qt-free; above discovery and verify, below cli and ui.

- **Find**: the settings given (``--config``) or discovered. Values the provider asks for
  (``<inputField>``) must be given (``MissingField``).
- **Consent**: settings nobody vouches for (plain-HTTP source, another registrable domain, a
  cross-domain redirect, SRV) get no password and are not used without
  ``accept_unverified`` (``ConsentNeeded``); a password goes unencrypted only with
  ``allow_plaintext``.
- **Sign in** (optional): for servers that take the provider's own sign-in (OAuth2), a bearer
  token from ``wizard.oauth`` (the browser, or the refresh token in the keyring); without a
  client registration for the provider, no token, and the proof is credential-free.
- **Prove**: with a password or a token by logging in, without either credential-free; the
  alternatives are walked (``wizard.verify.walk``). A password never goes to a server that
  takes OAuth2 only.
- **Write what was proven**: ``Proven.config`` lists the proven servers first, with every
  upgrade and the user name that worked; ``Proven.account`` is what a target writes.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from wizard.catalog import Catalog
from wizard.discovery import DiscoveryEvent, DiscoveryResult, Network, discover
from wizard.discovery.domains import registrable_domain
from wizard.model import (
    Account,
    AccountConfig,
    AuthMethod,
    EmailAddress,
    InputField,
    Protocol,
    Security,
    ServerSettings,
    Trust,
    WarningKind,
    WizardError,
)
from wizard.oauth import (
    SIGN_IN_TIMEOUT,
    OAuthError,
    OAuthProblem,
    OAuthSettings,
    Opener,
    Registrations,
    access_token,
    load_registrations,
)
from wizard.oauth.tokens import TOKEN_TIMEOUT
from wizard.verify import (
    EventCallback,
    FailureKind,
    VerifyError,
    VerifyOptions,
    VerifyReport,
    prove_account,
)
from wizard.verify.walk import Way, sign_in_way

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# Warnings that mean "nobody vouches for these settings" (an unencrypted server is a
# separate consent: allow_plaintext).
UNVOUCHED_KINDS = frozenset(
    {
        WarningKind.FOREIGN_DOMAIN,
        WarningKind.INSECURE_SOURCE,
        WarningKind.UNVERIFIED_SOURCE,
        WarningKind.REDIRECTED,
    }
)


class Consent(StrEnum):
    PLAINTEXT = "plaintext"  # a password would travel unencrypted
    UNVOUCHED = "unvouched"  # settings nobody vouches for


class ConsentNeeded(WizardError):
    """The settings need the user's explicit consent; nothing was sent or written.
    ``subject``: the unencrypted host, or the registrable domain the settings point to."""

    def __init__(self, consent: Consent, subject: str) -> None:
        if consent is Consent.PLAINTEXT:
            text = f"{subject} does not encrypt the connection; the password was not sent."
        else:
            text = f"Nobody vouches for the settings (they point to {subject}); nothing was sent."
        super().__init__(text)
        self.consent = consent
        self.subject = subject


class MissingField(WizardError):
    """The provider asks for a value (``<inputField>``) that was not given."""

    def __init__(self, key: str) -> None:
        super().__init__(f"The provider needs a value for {key}.")
        self.key = key


class NothingFound(WizardError):
    """No settings were found for the address."""

    def __init__(self, address: EmailAddress, result: DiscoveryResult | None = None) -> None:
        super().__init__(f"No settings were found for {address.address}.")
        self.address = address
        self.result = result


class NotProven(WizardError):
    """The proof failed; ``failure`` names the server and why (from ``report``)."""

    def __init__(self, report: VerifyReport) -> None:
        check = report.incoming if not report.incoming.ok else report.outgoing
        assert check.failure is not None
        super().__init__(str(check.failure))
        self.report = report
        self.error = VerifyError(check.failure)


class NoSignIn(WizardError):
    """``--oauth`` for settings whose servers do not take the provider's sign-in."""

    def __init__(self, address: EmailAddress) -> None:
        super().__init__(f"The servers for {address.address} do not take the provider's sign-in (OAuth2).")
        self.address = address


@dataclass(frozen=True)
class OAuthAccess:
    """What the provider's sign-in needs from the outside: our client registrations, the
    browser opener, the keyring for the refresh token, and how long a person may take."""

    registrations: Registrations = field(default_factory=load_registrations)
    opener: Opener | None = None  # None: the system browser (``webbrowser``, honours BROWSER)
    keyring: KeyringBackend | None = None  # None: the system keyring
    interactive: bool = True  # False: only a sign-in kept in the keyring is used
    timeout: float = SIGN_IN_TIMEOUT  # for the person in the browser
    token_timeout: float = TOKEN_TIMEOUT


@dataclass(frozen=True)
class SignedIn:
    """The outcome of ``Pipeline.sign_in``: a bearer token, or why there is none (no
    registration for the provider: the proof is then credential-free)."""

    token: str | None = field(default=None, repr=False)
    skipped: OAuthError | None = None


@dataclass(frozen=True)
class Consents:
    allow_plaintext: bool = False
    accept_unverified: bool = False


@dataclass(frozen=True)
class Proven:
    """What was proven, ready to be written."""

    found: AccountConfig  # as found (expanded for the address)
    config: AccountConfig  # the proven servers first, with their upgrades and user names
    account: Account | None  # the proven servers, for a target; None for Exchange
    report: VerifyReport | None  # None: nothing checked (Exchange, or offline)

    @property
    def protocol(self) -> Protocol:
        """The incoming protocol that was chosen (and proven)."""
        if self.account is None:
            return Protocol.EXCHANGE
        return self.account.incoming.protocol


@dataclass(frozen=True)
class Pipeline:
    """The injected outside world (production defaults) and the run's limits."""

    network: Network = field(default_factory=Network.from_environment)
    catalog: Catalog | None = None  # None: the default provider list
    # Extra certificates (PEM or DER) trusted for the proof, e.g. a private CA.
    extra_certificates: tuple[bytes, ...] = ()
    verify_changes: Mapping[str, object] = field(default_factory=dict)  # VerifyOptions fields

    async def find(
        self,
        address: EmailAddress,
        *,
        offline: bool = False,
        timeout: float = 15.0,
        on_event: Callable[[DiscoveryEvent], None] | None = None,
    ) -> AccountConfig:
        result = await discover(
            address,
            network=self.network,
            catalog=self.catalog,
            timeout=timeout,
            offline=offline,
            on_event=on_event,
        )
        if result.config is None:
            raise NothingFound(address, result)
        return result.config

    async def prove(
        self,
        config: AccountConfig,
        address: EmailAddress,
        password: str | None,
        *,
        consents: Consents = Consents(),
        protocol: Protocol | None = None,
        real_name: str = "",
        extra: Mapping[str, str] | None = None,
        offline: bool = False,
        token: str | None = None,
        on_event: EventCallback | None = None,
    ) -> Proven:
        """Check the consents and the provider's values, then prove ``config``. Raises
        ``MissingField``, ``ConsentNeeded`` (nothing sent); a failed proof is in the report.
        ``token``: an OAuth2 bearer token (``sign_in``) for the servers that take one.

        ``offline``: no network at all, so nothing is proven (``Proven.report`` is None);
        the consents still hold for the servers as listed, each with the sign-in method the
        credential given would use."""
        extra = dict(extra or {})
        expanded = self.ready(config, address, consents=consents, real_name=real_name, extra=extra)
        index = incoming_index(expanded, protocol)
        if expanded.incoming[index].protocol is Protocol.EXCHANGE:
            return Proven(expanded, expanded, None, None)  # the mail program finds it itself
        if offline:
            listed = expanded.replace(
                incoming=_signing_in(expanded.incoming, password, token),
                outgoing=_signing_in(expanded.outgoing, password, token),
            )
            account = Account.from_config(listed, address, real_name, extra, incoming_index=index)
            for server in (account.incoming, account.outgoing):
                plain = server.security is Security.PLAIN and server.auth.uses_password
                if plain and not consents.allow_plaintext:
                    raise ConsentNeeded(Consent.PLAINTEXT, server.hostname)
            if not consents.allow_plaintext:
                listed = listed.replace(
                    incoming=_without_plain_beside(listed.incoming, listed.incoming[index]),
                    outgoing=_without_plain_beside(listed.outgoing, listed.outgoing[0]),
                )
            return Proven(expanded, listed, account, None)
        account = Account.from_config(expanded, address, real_name, extra, incoming_index=index)
        allowed = frozenset(
            (s.hostname, s.port) for s in (*expanded.incoming, *expanded.outgoing)
        )
        options = self.verify_options(
            expanded, allow_plaintext=allowed if consents.allow_plaintext else frozenset()
        )
        report = await prove_account(
            account,
            password,
            token=token,
            listed=expanded,
            options=options,
            network=self._probe_network(),
            on_event=on_event,
        )
        proven = proven_config(expanded, report, index, keep_plain=consents.allow_plaintext)
        proven_account = Account.from_config(proven, address, real_name, extra)
        return Proven(expanded, proven, proven_account, report)

    def ready(
        self,
        config: AccountConfig,
        address: EmailAddress,
        *,
        consents: Consents = Consents(),
        real_name: str = "",
        extra: Mapping[str, str] | None = None,
    ) -> AccountConfig:
        """``config`` expanded for ``address`` once the provider's values are given and the
        consents allow using it; raises ``MissingField`` or ``ConsentNeeded`` (nothing sent)."""
        extra = dict(extra or {})
        expanded = config.expanded(address, real_name, extra)
        missing = missing_fields(config, extra)
        if missing:
            raise MissingField(missing[0].key)
        if unvouched(expanded) and not consents.accept_unverified:
            raise ConsentNeeded(Consent.UNVOUCHED, pointed_domain(expanded))
        return expanded

    async def sign_in(
        self, config: AccountConfig, address: EmailAddress, access: OAuthAccess
    ) -> SignedIn:
        """A bearer token for ``address`` at the provider ``config`` names (``<oAuth2>``):
        refreshed from the keyring, else through the browser. Without a client registration
        for the provider: no token, and ``skipped`` says so (the proof is then credential-free).
        Raises ``NoSignIn`` when no server takes OAuth2, and ``OAuthError`` when the sign-in
        fails (refused, not finished, a wrong answer, …): nothing is kept, nothing listens."""
        if not takes_oauth(config):
            raise NoSignIn(address)
        try:
            if config.oauth2 is None:
                raise OAuthError(OAuthProblem.NO_REGISTRATION, config.name, "the settings name no issuer")
            client = access.registrations.client_for(OAuthSettings.of(config.oauth2))
        except OAuthError as error:
            if error.kind is not OAuthProblem.NO_REGISTRATION:
                raise
            return SignedIn(None, error)
        async with self.network.http_client() as http:
            tokens = await access_token(
                client,
                address.address,
                interactive=access.interactive,
                keyring=access.keyring,
                opener=access.opener,
                http=http,
                timeout=access.timeout,
                token_timeout=access.token_timeout,
            )
        return SignedIn(tokens.access_token)

    def verify_options(self, config: AccountConfig, **changes: object) -> VerifyOptions:
        """Login checks that reach the servers the way discovery did."""
        settings = network_verify_changes(self.network)
        if self.extra_certificates:
            base = settings.get("tls_context_factory", VerifyOptions().tls_context_factory)
            settings["tls_context_factory"] = _with_certificates(
                base,  # type: ignore[arg-type]
                self.extra_certificates,
            )
        settings.update(self.verify_changes)
        settings.update(changes)
        return VerifyOptions.for_config(config, **settings)

    def _probe_network(self) -> Network:
        if not self.extra_certificates:
            return self.network
        context = _with_certificates(self.network.tls_context, self.extra_certificates)
        return replace(self.network, tls_context=context)


def network_verify_changes(network: Network) -> dict[str, object]:
    """``VerifyOptions`` fields that make the login checks reach the servers ``network``
    reaches (its connector; its TLS trust when it has its own, as a test network does)."""
    changes: dict[str, object] = {"connector": network.socket_connector}
    if network.verify_tls_context is not None:
        changes["tls_context_factory"] = network.verify_tls_context
    return changes


def ensure_proven(proven: Proven) -> Proven:
    """``proven`` when both directions were proven; else ``ConsentNeeded`` (unencrypted
    without consent) or ``NotProven`` naming the server and why."""
    report = proven.report
    if report is None or report.ok:
        return proven
    for check in report.checks:
        failure = check.failure
        if not check.ok and failure is not None and failure.kind is FailureKind.PLAINTEXT_REFUSED:
            raise ConsentNeeded(Consent.PLAINTEXT, failure.host or check.server.hostname)
    raise NotProven(report)


def takes_oauth(config: AccountConfig) -> bool:
    """Whether any server of ``config`` takes the provider's own sign-in (OAuth2)."""
    return any(AuthMethod.OAUTH2 in s.auth_methods for s in (*config.incoming, *config.outgoing))


def _signing_in(
    servers: tuple[ServerSettings, ...], password: str | None, token: str | None
) -> tuple[ServerSettings, ...]:
    """Each server with the sign-in method the credential would use first (unproven)."""
    result = []
    for server in servers:
        way, signing = sign_in_way(server, password=password is not None, token=token is not None)
        result.append(signing if way in (Way.PASSWORD, Way.TOKEN) else server)
    return tuple(result)


def missing_fields(config: AccountConfig, extra: Mapping[str, str]) -> list[InputField]:
    """The provider's input fields without a value, in the provider's order."""
    given = {key.upper() for key, value in extra.items() if value.strip()}
    return [f for f in config.input_fields if f.key.upper() not in given]


def unvouched(config: AccountConfig) -> bool:
    """Whether the settings need the user's confirmation for reasons other than an
    unencrypted connection."""
    if any(w.kind in UNVOUCHED_KINDS for w in config.warnings):
        return True
    plain_only = any(w.kind is WarningKind.PLAIN_CONNECTION for w in config.warnings)
    return config.trust is not Trust.TRUSTED and not plain_only


def pointed_domain(config: AccountConfig) -> str:
    """The registrable domain the settings point to (a foreign one first)."""
    for warning in config.warnings:
        if warning.kind is WarningKind.FOREIGN_DOMAIN and warning.registrable_domain:
            return warning.registrable_domain
    server = config.preferred_incoming or config.preferred_outgoing
    return registrable_domain(server.hostname) if server is not None else ""


def incoming_index(config: AccountConfig, protocol: Protocol | None) -> int:
    """The first incoming server of ``protocol``, else the first IMAP or POP3 one, else 0."""
    wanted: Sequence[Protocol] = (protocol,) if protocol else (Protocol.IMAP, Protocol.POP3)
    for index, server in enumerate(config.incoming):
        if server.protocol in wanted:
            return index
    if protocol is not None or not config.incoming:
        name = protocol.value.upper() if protocol else "incoming"
        raise ValueError(f"the settings have no {name} server")
    return 0


def proven_config(
    config: AccountConfig, report: VerifyReport, incoming: int = 0, *, keep_plain: bool = False
) -> AccountConfig:
    """``config`` with each proven server first (as proven), the others after it: none
    unencrypted after an encrypted proof unless ``keep_plain`` (the plaintext consent)."""
    return config.replace(
        incoming=_first(config.incoming, report.incoming.proven, incoming, report.incoming.ok, keep_plain),
        outgoing=_first(config.outgoing, report.outgoing.proven, 0, report.outgoing.ok, keep_plain),
    )


def _safe_beside(alternative: ServerSettings, chosen: ServerSettings) -> bool:
    """Whether ``alternative`` may be listed beside ``chosen`` without the plaintext
    consent: not unencrypted beside an encrypted choice. A file's reader (an export,
    ``verify --xml``) could fall back to it and send the password readable."""
    return alternative.security is not Security.PLAIN or chosen.security is Security.PLAIN


def _without_plain_beside(
    servers: tuple[ServerSettings, ...], chosen: ServerSettings
) -> tuple[ServerSettings, ...]:
    return tuple(s for s in servers if s.endpoint == chosen.endpoint or _safe_beside(s, chosen))


def _first(
    servers: tuple[ServerSettings, ...],
    proven: ServerSettings,
    chosen: int,
    ok: bool,
    keep_plain: bool = False,
) -> tuple[ServerSettings, ...]:
    if not ok:
        first = servers[chosen]
        return (first, *servers[:chosen], *servers[chosen + 1 :])
    where = (proven.hostname.lower(), proven.port)
    others = (s for s in servers if (s.hostname.lower(), s.port) != where)
    return (proven, *(s for s in others if keep_plain or _safe_beside(s, proven)))


def _with_certificates(
    factory: Callable[[], ssl.SSLContext], certificates: Sequence[bytes]
) -> Callable[[], ssl.SSLContext]:
    if not certificates:
        return factory

    def context() -> ssl.SSLContext:
        made = factory()
        for data in certificates:
            if data.lstrip().startswith(b"-----BEGIN"):
                made.load_verify_locations(cadata=data.decode("ascii", "replace"))
            else:
                made.load_verify_locations(cadata=data)
        return made

    return context
