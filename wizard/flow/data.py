"""Everything the wizard has learned so far, and a redacted view of it for logs."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from wizard.model import Account, AccountConfig, AddressError, EmailAddress, parse_address


class Target(StrEnum):
    THUNDERBIRD = "thunderbird"
    OUTLOOK = "outlook"
    FILE = "file"


class OutcomeKind(StrEnum):
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """One settings file to save: the export format's value (``ExportFormat``) and where."""

    format: str
    path: Path


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one target. ``detail`` is a path or a failure kind, never prose."""

    target: Target
    kind: OutcomeKind
    detail: str = ""
    error: str = ""  # the English sentence of an unexpected failure (for the report)


@dataclass(eq=False)
class WizardData:
    """The wizard's state. The Qt pages write the user's input here and read results back.

    Changing an early answer (the address, the password, the servers) forgets every result
    that depended on it, so a later page never shows something stale."""

    language: str = "en"
    # Welcome
    address_text: str = ""
    provider: AccountConfig | None = None  # the catalog entry chosen or matched by domain
    # Picked from the list (not matched by the domain): it survives an address in a domain
    # the list does not know (a hosting customer's own domain) and supplies the settings.
    provider_chosen: bool = False
    # A locked brand's domains (ASCII): an address elsewhere is refused, unless the brand lets
    # such an address go on to the generic search and the user chose that. Empty: any address.
    only_domains: tuple[str, ...] = ()
    generic_search: bool = False
    # Password
    real_name: str = ""
    password: str = field(default="", repr=False)
    remember_password: bool = True
    extra: dict[str, str] = field(default_factory=dict)
    credentials_for: str = ""  # the address the name and password were typed for
    # The provider's own sign-in (OAuth2), where its servers prefer it to a password
    app_password: bool = False  # the user chose the provider's app password instead
    sign_in_registered: bool | None = None  # Mail Wizard may sign in there; None: not known yet
    signing_in: bool = False
    sign_in_token: str = field(default="", repr=False)  # the bearer token: memory only
    sign_in_problem: str = ""  # the OAuthProblem value of the last sign-in that failed
    # Finding settings
    detecting: bool = False
    detection_done: bool = False
    # "" or why the search gave no usable answer: "cancelled", "error", "offline" (no name
    # server answered), "no-such-domain" (the address's domain does not exist)
    detection_failed: str = ""
    found: AccountConfig | None = None
    alternatives: tuple[AccountConfig, ...] = ()
    trace: list[Any] = field(default_factory=list)
    config_given: bool = False  # a settings file was loaded: no detection needed
    # Review
    config: AccountConfig | None = None
    incoming_index: int = 0
    outgoing_index: int = 0
    manual: bool = False
    manual_problem: str = ""  # the first invalid field of the manual editor, or ""
    # The user's yes to settings nobody vouches for: servers in another domain, or settings
    # that came over plain HTTP or through a redirect to another domain.
    foreign_confirmed: bool = False
    # Checking
    verifying: bool = False
    verify_report: Any = None
    verify_error: str = ""  # an unexpected failure of the checker itself
    trusted_certificates: dict[str, str] = field(default_factory=dict)  # host -> sha256
    # The accepted certificates themselves ("host:port" -> DER), so Thunderbird trusts them too.
    accepted_certificates: dict[str, bytes] = field(default_factory=dict)
    plaintext_allowed: set[str] = field(default_factory=set)  # hosts
    # Where to set it up
    targets: set[Target] = field(default_factory=set)
    thunderbird_profile: Path | None = None
    thunderbird_profile_name: str = ""
    thunderbird_locked: bool = False
    exports: list[ExportChoice] = field(default_factory=list)
    writing: bool = False
    outcomes: list[Outcome] = field(default_factory=list)
    password_stored: bool | None = None  # None: not asked to, or not tried yet

    # -- derived values -------------------------------------------------------------------

    @property
    def address(self) -> EmailAddress | None:
        try:
            return parse_address(self.address_text)
        except AddressError:
            return None

    def outside_domains(self) -> bool:
        """The address is complete but at none of the domains this setup is for."""
        address = self.address
        return bool(self.only_domains) and address is not None and address.domain not in self.only_domains

    def address_problem(self) -> AddressError | None:
        try:
            parse_address(self.address_text)
        except AddressError as exc:
            return exc
        return None

    def account(self) -> Account | None:
        """The account the chosen servers make, or None when something is missing."""
        address = self.address
        if address is None or self.config is None:
            return None
        try:
            return Account.from_config(
                self.config,
                address,
                self.real_name,
                self.extra,
                self.incoming_index,
                self.outgoing_index,
            )
        except (ValueError, IndexError):
            return None

    # -- changes that make later answers stale ---------------------------------------------

    def set_address(self, text: str) -> None:
        if text.strip() != self.address_text.strip():
            self.forget_detection()
            self.forget_sign_in()  # a sign-in belongs to one address
        self.address_text = text

    def set_password(self, password: str) -> None:
        if password != self.password:
            self.forget_verification()
        self.password = password
        self._note_credentials()

    def set_real_name(self, name: str) -> None:
        self.real_name = name.strip()
        self._note_credentials()

    def _note_credentials(self) -> None:
        address = self.address
        self.credentials_for = address.address if address is not None else self.address_text.strip()

    def forget_credentials_of_other_address(self) -> bool:
        """Forget the name, password and extra values typed for another address (someone
        else's account, set up next); True when something was forgotten."""
        address = self.address
        current = address.address if address is not None else self.address_text.strip()
        if not self.credentials_for or self.credentials_for == current:
            return False
        self.real_name = ""
        self.set_password("")
        self.extra = {}
        self.credentials_for = ""
        self.forget_sign_in()
        return True

    def set_sign_in_token(self, token: str) -> None:
        if token != self.sign_in_token:
            self.forget_verification()
        self.sign_in_token = token
        self.sign_in_problem = ""

    def forget_sign_in(self) -> None:
        """Forget the sign-in and whether Mail Wizard may sign in at the provider (another
        address or provider asks anew)."""
        self.set_sign_in_token("")
        self.sign_in_registered = None

    def choose_provider(self, provider: AccountConfig | None) -> None:
        """The user picked ``provider`` from the list (None: "not my provider")."""
        if provider != self.provider:
            self.forget_sign_in()
        self.provider = provider
        self.provider_chosen = provider is not None
        self.forget_detection()

    def match_provider(self, match: AccountConfig | None) -> None:
        """The address's domain is ``match``'s (or in no provider's: None). A domain the list
        knows decides; an unknown one keeps the provider the user picked."""
        before = self.provider
        if match is not None:
            if self.provider is None or match.id != self.provider.id:
                self.provider_chosen = False
            self.provider = match
        elif not self.provider_chosen:
            self.provider = None
        if self.provider != before:
            self.forget_sign_in()

    def forget_detection(self) -> None:
        self.detection_done = False
        self.detection_failed = ""
        self.found = None
        self.alternatives = ()
        self.trace = []
        if not self.config_given:
            self.set_config(None)

    def set_config(self, config: AccountConfig | None, *, manual: bool = False) -> None:
        """Choose the servers to use; a different choice forgets the check and the consent."""
        if config != self.config:
            self.foreign_confirmed = False
            self.forget_verification()
        self.config = config
        self.manual = manual
        self.incoming_index = 0
        self.outgoing_index = 0

    def choose_servers(self, incoming_index: int, outgoing_index: int) -> None:
        if (incoming_index, outgoing_index) != (self.incoming_index, self.outgoing_index):
            self.forget_verification()
        self.incoming_index = incoming_index
        self.outgoing_index = outgoing_index

    def forget_verification(self) -> None:
        self.verify_report = None
        self.verify_error = ""
        self.outcomes = []

    # -- logging ---------------------------------------------------------------------------

    def redacted(self) -> dict[str, Any]:
        """A view safe for logs and diagnostic reports: the password is only "set"/"not set"."""
        account = self.account()
        report = self.verify_report
        return {
            "language": self.language,
            "address": self.address_text,
            "provider": self.provider.id if self.provider else None,
            "provider_chosen": self.provider_chosen,
            "only_domains": list(self.only_domains),
            "generic_search": self.generic_search,
            "real_name": "set" if self.real_name else "not set",
            "password": "set" if self.password else "not set",
            "sign_in": "set" if self.sign_in_token else "not set",
            "sign_in_registered": self.sign_in_registered,
            "sign_in_problem": self.sign_in_problem,
            "app_password": self.app_password,
            "remember_password": self.remember_password,
            "extra": sorted(self.extra),
            "detection": {
                "done": self.detection_done,
                "failed": self.detection_failed,
                "found": _config_summary(self.found),
                "alternatives": len(self.alternatives),
                "trace": [_event_summary(event) for event in self.trace],
            },
            "config": _config_summary(self.config),
            "manual": self.manual,
            "servers": None
            if account is None
            else {
                "incoming": _server_summary(account.incoming),
                "outgoing": _server_summary(account.outgoing),
            },
            "foreign_confirmed": self.foreign_confirmed,
            "verification": None if report is None else _report_summary(report),
            "verify_error": self.verify_error,
            "trusted_certificates": sorted(self.trusted_certificates),
            "plaintext_allowed": sorted(self.plaintext_allowed),
            "targets": sorted(self.targets),
            "thunderbird_profile": str(self.thunderbird_profile or ""),
            "exports": [choice.format for choice in self.exports],
            "outcomes": [
                {"target": o.target.value, "kind": o.kind.value, "detail": o.detail} for o in self.outcomes
            ],
        }


def _config_summary(config: AccountConfig | None) -> dict[str, Any] | None:
    if config is None:
        return None
    return {
        "id": config.id,
        "source": config.source.value,
        "trust": config.trust.value,
        "incoming": [_server_summary(s) for s in config.incoming],
        "outgoing": [_server_summary(s) for s in config.outgoing],
        "warnings": [w.kind.value for w in config.warnings],
    }


def _server_summary(server: Any) -> str:
    return f"{server.protocol.value} {server.hostname}:{server.port} {server.security.value}"


def _event_summary(event: Any) -> str:
    source = getattr(event, "source", "?")
    state = getattr(event, "state", "?")
    return f"{getattr(source, 'value', source)}: {getattr(state, 'value', state)}"


def _report_summary(report: Any) -> dict[str, Any]:
    summary: dict[str, Any] = {}
    for direction in ("incoming", "outgoing"):
        check = getattr(report, direction, None)
        if check is None:
            continue
        failure = getattr(check, "failure", None)
        kind = getattr(failure, "kind", None)
        summary[direction] = {
            "ok": bool(getattr(check, "ok", False)),
            "failure": getattr(kind, "value", kind),
            "hints": [str(getattr(h, "kind", h)) for h in getattr(check, "hints", ()) or ()],
        }
    return summary
