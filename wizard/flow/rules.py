"""Each page's rules: is it valid, is it busy, and if not valid, what is the problem.

Problems are kinds with a detail, never sentences: ``wizard.texts`` owns the words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wizard.flow.data import Target, WizardData
from wizard.flow.graph import PageId
from wizard.model import (
    AccountConfig,
    AuthMethod,
    ConfigWarning,
    InputField,
    Security,
    Source,
    WarningKind,
)
from wizard.model.errors import UNPRINTABLE


class PageProblem(StrEnum):
    ADDRESS_EMPTY = "address-empty"
    ADDRESS_INVALID = "address-invalid"  # detail: the AddressProblem value
    ADDRESS_OUTSIDE = "address-outside"  # detail: the domains this setup is for, comma-separated
    PASSWORD_EMPTY = "password-empty"
    SIGN_IN_NEEDED = "sign-in-needed"  # detail: the provider's name
    INPUT_MISSING = "input-missing"  # detail: the input field's key
    INPUT_INVALID = "input-invalid"  # detail: the input field's key (a line break or control)
    NOT_STARTED = "not-started"
    NOTHING_FOUND = "nothing-found"
    DETECTION_FAILED = "detection-failed"
    DETECTION_CANCELLED = "detection-cancelled"
    OFFLINE = "offline"  # no name server answered: the computer seems to be offline
    NO_SUCH_DOMAIN = "no-such-domain"  # detail: the domain that does not exist
    NO_SERVERS = "no-servers"
    MANUAL_INVALID = "manual-invalid"  # detail: the field
    CONFIRM_FOREIGN = "confirm-foreign"  # detail: the registrable domain
    CONFIRM_SOURCE = "confirm-source"  # detail: where the settings came from (a URL)
    CONFIRM_PLAINTEXT = "confirm-plaintext"  # detail: the host
    VERIFY_FAILED = "verify-failed"
    VERIFY_ERROR = "verify-error"
    NO_TARGET = "no-target"
    NO_PROFILE = "no-profile"
    PROFILE_LOCKED = "profile-locked"
    NO_EXPORT = "no-export"


@dataclass(frozen=True, slots=True)
class PageState:
    valid: bool
    busy: bool = False
    problem: PageProblem | None = None
    detail: str = ""

    @property
    def can_continue(self) -> bool:
        return self.valid and not self.busy


OK = PageState(valid=True)


def _problem(problem: PageProblem, detail: str = "", *, busy: bool = False) -> PageState:
    return PageState(valid=False, busy=busy, problem=problem, detail=detail)


def required_inputs(data: WizardData) -> tuple[InputField, ...]:
    """Extra values the provider asks for (e.g. a data-box login), from the best config known."""
    for config in (data.config, data.found, data.provider):
        if config is not None and config.input_fields:
            return config.input_fields
    return ()


def sign_in_provider(data: WizardData, *, even_with_app_password: bool = False) -> AccountConfig | None:
    """The provider whose servers prefer its own sign-in (OAuth2) to a password, from the best
    config known; None when the password is the way, or when the user chose the app password
    (unless ``even_with_app_password``)."""
    if data.app_password and not even_with_app_password:
        return None
    for config in (data.config, data.found, data.provider):
        if config is None:
            continue
        index = data.incoming_index if config is data.config else 0
        return config if _prefers_sign_in(config, index) else None
    return None


def _prefers_sign_in(config: AccountConfig, index: int = 0) -> bool:
    servers = config.incoming[index : index + 1] or config.incoming[:1]
    return bool(servers) and servers[0].auth is AuthMethod.OAUTH2


def sign_in_found_by_search(data: WizardData) -> bool:
    """The provider's own sign-in is the way, but only the search told: the address's domain
    is none the provider list knows to sign in so (a Google Workspace or Microsoft 365 domain
    recognised by its MX), so the password page asked for a password at first."""
    provider = data.provider
    return sign_in_provider(data) is not None and (provider is None or not _prefers_sign_in(provider))


def sign_in_pending(data: WizardData) -> bool:
    """The settings found call for the provider's own sign-in, which the password page has
    not settled (it asked for a password): the window goes back there before going on, and the
    typed password goes nowhere meanwhile."""
    return sign_in_provider(data) is not None and not page_state(PageId.PASSWORD, data).can_continue


def foreign_domains(config: AccountConfig | None) -> list[str]:
    """Registrable domains of servers outside the address's and the provider's domains."""
    if config is None:
        return []
    seen: list[str] = []
    for warning in config.warnings:
        if warning.kind is WarningKind.FOREIGN_DOMAIN:
            domain = warning.registrable_domain or warning.subject
            if domain and domain not in seen:
                seen.append(domain)
    return seen


# How settings can arrive that nobody vouches for although their servers are in the
# address's own domain: the window asks about these as the command line does
# (--accept-unverified), since whoever changed them on the way chose where the password goes.
_DOUBTFUL_SOURCES = (WarningKind.INSECURE_SOURCE, WarningKind.REDIRECTED)


def doubtful_source(config: AccountConfig | None) -> ConfigWarning | None:
    """The warning about where the settings came from (plain HTTP, a redirect to another
    domain) that needs the user's yes, or None."""
    if config is None:
        return None
    return next((w for w in config.warnings if w.kind in _DOUBTFUL_SOURCES), None)


def needs_plaintext_consent(data: WizardData) -> list[str]:
    """Hosts that would receive the password unencrypted and that the user has not accepted."""
    account = data.account()
    if account is None:
        return []
    hosts = []
    for server in (account.incoming, account.outgoing):
        if (
            server.security is Security.PLAIN
            and server.auth.uses_password
            and server.hostname not in data.plaintext_allowed
            and server.hostname not in hosts
        ):
            hosts.append(server.hostname)
    return hosts


def _welcome(data: WizardData) -> PageState:
    if not data.address_text.strip():
        return _problem(PageProblem.ADDRESS_EMPTY)
    error = data.address_problem()
    if error is not None:
        return _problem(PageProblem.ADDRESS_INVALID, error.problem.value)
    if data.outside_domains() and not data.generic_search:
        return _problem(PageProblem.ADDRESS_OUTSIDE, ", ".join(data.only_domains))
    return OK


def _password(data: WizardData) -> PageState:
    provider = sign_in_provider(data)
    if provider is not None:
        if data.signing_in or data.sign_in_registered is None:
            return PageState(valid=False, busy=True)
        # Without a registration Thunderbird signs in at its first start: nothing to type.
        if data.sign_in_registered and not data.sign_in_token:
            return _problem(PageProblem.SIGN_IN_NEEDED, provider.display_short_name or provider.name)
    elif not data.password:
        return _problem(PageProblem.PASSWORD_EMPTY)
    for input_field in required_inputs(data):
        value = data.extra.get(input_field.key, "")
        if not value.strip():
            return _problem(PageProblem.INPUT_MISSING, input_field.key)
        if UNPRINTABLE.search(value):  # it fills in a user name: one line goes into a login
            return _problem(PageProblem.INPUT_INVALID, input_field.key)
    return OK


def _detect(data: WizardData) -> PageState:
    if data.detecting:
        return PageState(valid=False, busy=True)
    if data.detection_failed == "cancelled":
        return _problem(PageProblem.DETECTION_CANCELLED)
    if data.detection_failed == "offline":
        return _problem(PageProblem.OFFLINE)
    if data.detection_failed == "no-such-domain":
        address = data.address
        return _problem(PageProblem.NO_SUCH_DOMAIN, address.unicode_domain if address else "")
    if data.detection_failed:
        return _problem(PageProblem.DETECTION_FAILED, data.detection_failed)
    if not data.detection_done:
        return _problem(PageProblem.NOT_STARTED)
    # Nothing found is no dead end: the Review page opens the manual editor.
    return OK


def _review(data: WizardData) -> PageState:
    if data.manual and data.manual_problem:
        return _problem(PageProblem.MANUAL_INVALID, data.manual_problem)
    if data.config is None or data.account() is None:
        if data.detection_done and data.found is None and not data.manual:
            return _problem(PageProblem.NOTHING_FOUND)
        return _problem(PageProblem.NO_SERVERS)
    if not data.manual:
        domains = foreign_domains(data.config)
        if domains and not data.foreign_confirmed:
            return _problem(PageProblem.CONFIRM_FOREIGN, domains[0])
        doubt = doubtful_source(data.config)
        if doubt is not None and not data.foreign_confirmed:
            return _problem(PageProblem.CONFIRM_SOURCE, doubt.subject)
    return OK


def report_ok(report: Any) -> bool:
    if report is None:
        return False
    return all(
        bool(getattr(getattr(report, direction, None), "ok", False)) for direction in ("incoming", "outgoing")
    )


# Failures that mean "nothing answered at all", as opposed to an answer saying no.
_UNREACHED = frozenset({"host-not-found", "connection-refused", "timeout"})


def failure_kind(check: Any) -> str:
    """The failure kind of one check as its value ("" when it passed or did not run)."""
    kind = getattr(getattr(check, "failure", None), "kind", None)
    return str(getattr(kind, "value", kind or ""))


def check_looks_offline(data: WizardData) -> bool:
    """Neither server could be reached, and the servers were not typed by hand: the names
    came from the provider, so the computer (or its network) is what fails, not the names."""
    report = data.verify_report
    if report is None or data.manual or (data.config is not None and data.config.source is Source.MANUAL):
        return False
    kinds = [failure_kind(getattr(report, direction, None)) for direction in ("incoming", "outgoing")]
    return all(kind in _UNREACHED for kind in kinds)


def password_refused(data: WizardData) -> bool:
    """A server refused the user name or the password: typing the password again may help."""
    report = data.verify_report
    return report is not None and any(
        failure_kind(getattr(report, direction, None)) == "auth" for direction in ("incoming", "outgoing")
    )


def _verify(data: WizardData) -> PageState:
    if data.verifying:
        return PageState(valid=False, busy=True)
    hosts = needs_plaintext_consent(data)
    if hosts:
        return _problem(PageProblem.CONFIRM_PLAINTEXT, hosts[0])
    if data.verify_error:
        return _problem(PageProblem.VERIFY_ERROR, data.verify_error)
    if data.verify_report is None:
        return _problem(PageProblem.NOT_STARTED)
    if not report_ok(data.verify_report):
        return _problem(PageProblem.VERIFY_FAILED)
    return OK


def _targets(data: WizardData) -> PageState:
    if data.writing:
        return PageState(valid=False, busy=True)
    if not data.targets:
        return _problem(PageProblem.NO_TARGET)
    if Target.THUNDERBIRD in data.targets:
        if data.thunderbird_profile is None:
            return _problem(PageProblem.NO_PROFILE)
        if data.thunderbird_locked:
            return _problem(PageProblem.PROFILE_LOCKED, str(data.thunderbird_profile))
    if Target.FILE in data.targets and not data.exports:
        return _problem(PageProblem.NO_EXPORT)
    return OK


def _done(data: WizardData) -> PageState:
    return PageState(valid=True, busy=data.writing)


_RULES = {
    PageId.WELCOME: _welcome,
    PageId.PASSWORD: _password,
    PageId.DETECT: _detect,
    PageId.REVIEW: _review,
    PageId.VERIFY: _verify,
    PageId.TARGETS: _targets,
    PageId.DONE: _done,
}


def page_state(page: PageId, data: WizardData) -> PageState:
    return _RULES[page](data)
