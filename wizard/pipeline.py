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
- **Prove**: with a password by logging in, without one credential-free; the alternatives
  are walked (``wizard.verify.walk``).
- **Write what was proven**: ``Proven.config`` lists the proven servers first, with every
  upgrade and the user name that worked; ``Proven.account`` is what a target writes.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from wizard.catalog import Catalog
from wizard.discovery import DiscoveryEvent, DiscoveryResult, Network, discover
from wizard.discovery.domains import registrable_domain
from wizard.model import (
    Account,
    AccountConfig,
    EmailAddress,
    InputField,
    Protocol,
    Security,
    ServerSettings,
    Trust,
    WarningKind,
    WizardError,
)
from wizard.verify import (
    EventCallback,
    FailureKind,
    VerifyError,
    VerifyOptions,
    VerifyReport,
    prove_account,
)

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
        on_event: EventCallback | None = None,
    ) -> Proven:
        """Check the consents and the provider's values, then prove ``config``. Raises
        ``MissingField``, ``ConsentNeeded`` (nothing sent); a failed proof is in the report.

        ``offline``: no network at all, so nothing is proven (``Proven.report`` is None);
        the consents still hold for the servers as listed."""
        extra = dict(extra or {})
        expanded = config.expanded(address, real_name, extra)
        missing = missing_fields(config, extra)
        if missing:
            raise MissingField(missing[0].key)
        if unvouched(expanded) and not consents.accept_unverified:
            raise ConsentNeeded(Consent.UNVOUCHED, pointed_domain(expanded))
        index = incoming_index(expanded, protocol)
        if expanded.incoming[index].protocol is Protocol.EXCHANGE:
            return Proven(expanded, expanded, None, None)  # the mail program finds it itself
        account = Account.from_config(expanded, address, real_name, extra, incoming_index=index)
        if offline:
            for server in (account.incoming, account.outgoing):
                plain = server.security is Security.PLAIN and server.auth.uses_password
                if plain and not consents.allow_plaintext:
                    raise ConsentNeeded(Consent.PLAINTEXT, server.hostname)
            return Proven(expanded, expanded, account, None)
        allowed = frozenset(
            (s.hostname, s.port) for s in (*expanded.incoming, *expanded.outgoing)
        )
        options = self.verify_options(
            expanded, allow_plaintext=allowed if consents.allow_plaintext else frozenset()
        )
        report = await prove_account(
            account,
            password,
            listed=expanded,
            options=options,
            network=self._probe_network(),
            on_event=on_event,
        )
        proven = proven_config(expanded, report, index)
        proven_account = Account.from_config(proven, address, real_name, extra)
        return Proven(expanded, proven, proven_account, report)

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


def proven_config(config: AccountConfig, report: VerifyReport, incoming: int = 0) -> AccountConfig:
    """``config`` with each proven server first (as proven), the others after it."""
    return config.replace(
        incoming=_first(config.incoming, report.incoming.proven, incoming, report.incoming.ok),
        outgoing=_first(config.outgoing, report.outgoing.proven, 0, report.outgoing.ok),
    )


def _first(
    servers: tuple[ServerSettings, ...], proven: ServerSettings, chosen: int, ok: bool
) -> tuple[ServerSettings, ...]:
    if not ok:
        first = servers[chosen]
        return (first, *servers[:chosen], *servers[chosen + 1 :])
    where = (proven.hostname.lower(), proven.port)
    return (proven, *(s for s in servers if (s.hostname.lower(), s.port) != where))


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
