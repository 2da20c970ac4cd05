"""The wizard's flow without a GUI: page graph, data, each page's rules, redaction."""

from __future__ import annotations

import json

import pytest

from wizard.flow import PAGE_ORDER, PageId, PageProblem, Target, WizardData, next_page, page_state
from wizard.flow.data import ExportChoice
from wizard.flow.graph import previous_pages
from wizard.flow.manual import (
    ManualServer,
    guessed_servers,
    manual_config,
    manual_problem,
    valid_hostname,
)
from wizard.flow.passwords import PasswordWarning, caps_lock_from_key, password_warnings
from wizard.flow.providers import address_with_domain, domain_of, initials
from wizard.flow.rules import foreign_domains, needs_plaintext_consent, required_inputs
from wizard.model import (
    AccountConfig,
    ConfigWarning,
    InputField,
    LocalizedText,
    Protocol,
    Security,
    ServerSettings,
    Source,
    Trust,
    WarningKind,
    parse_address,
)

SECRET = "correct horse battery staple"


def _config(**changes: object) -> AccountConfig:
    config = AccountConfig(
        id="example.com",
        display_name="Example Mail",
        domains=("example.com",),
        incoming=(ServerSettings(Protocol.IMAP, "imap.example.com", 993, Security.SSL),),
        outgoing=(ServerSettings(Protocol.SMTP, "smtp.example.com", 465, Security.SSL),),
        source=Source.CATALOG,
    )
    return config.replace(**changes)


def _ready(**changes: object) -> WizardData:
    data = WizardData(address_text="anna@example.com", real_name="Anna")
    data.set_password(SECRET)
    data.found = _config()
    data.detection_done = True
    data.set_config(data.found)
    for key, value in changes.items():
        setattr(data, key, value)
    return data


class _Check:
    def __init__(self, ok: bool) -> None:
        self.ok = ok
        self.failure = None
        self.hints = ()


class _Report:
    def __init__(self, incoming: bool, outgoing: bool) -> None:
        self.incoming = _Check(incoming)
        self.outgoing = _Check(outgoing)


def test_graph_is_linear_and_ends_on_done() -> None:
    data = WizardData()
    path = [PageId.WELCOME]
    while (page := next_page(path[-1], data)) is not None:
        path.append(page)
    assert tuple(path) == PAGE_ORDER
    assert previous_pages(PageId.REVIEW, data) == [PageId.WELCOME, PageId.PASSWORD, PageId.DETECT]


def test_graph_skips_detection_for_a_given_config() -> None:
    data = WizardData(config_given=True)
    assert next_page(PageId.PASSWORD, data) is PageId.REVIEW


@pytest.mark.parametrize(
    ("text", "problem", "detail"),
    [
        ("", PageProblem.ADDRESS_EMPTY, ""),
        ("anna", PageProblem.ADDRESS_INVALID, "no-at"),
        ("anna@", PageProblem.ADDRESS_INVALID, "domain"),
        ("an..na@example.com", PageProblem.ADDRESS_INVALID, "local-part"),
    ],
)
def test_welcome_rejects_bad_addresses(text: str, problem: PageProblem, detail: str) -> None:
    state = page_state(PageId.WELCOME, WizardData(address_text=text))
    assert not state.valid
    assert state.problem is problem
    assert state.detail == detail


def test_welcome_accepts_international_address() -> None:
    data = WizardData(address_text=" jonas@paštas.lt ")
    assert page_state(PageId.WELCOME, data).can_continue
    assert data.address is not None
    assert data.address.domain == "xn--patas-wdb.lt"


def test_a_locked_brand_takes_only_its_own_domains_unless_the_user_searches_generically() -> None:
    data = WizardData(address_text="anna@gmail.com", only_domains=("astra.od.ua", "xn--patas-wdb.lt"))
    state = page_state(PageId.WELCOME, data)
    assert (state.problem, state.detail) == (PageProblem.ADDRESS_OUTSIDE, "astra.od.ua, xn--patas-wdb.lt")
    for own in ("anna@ASTRA.od.ua", "jonas@paštas.lt"):
        data.set_address(own)
        assert page_state(PageId.WELCOME, data).can_continue
    data.set_address("anna@")  # incomplete first: the address's own problem
    assert page_state(PageId.WELCOME, data).problem is PageProblem.ADDRESS_INVALID
    data.set_address("anna@gmail.com")
    data.generic_search = True
    assert page_state(PageId.WELCOME, data).can_continue
    assert WizardData(address_text="anna@gmail.com").outside_domains() is False  # no brand
    assert data.redacted()["only_domains"] == ["astra.od.ua", "xn--patas-wdb.lt"]


def test_password_page_needs_password_and_input_fields() -> None:
    data = WizardData(address_text="123abc@ispis.cz")
    assert page_state(PageId.PASSWORD, data).problem is PageProblem.PASSWORD_EMPTY
    data.set_password(SECRET)
    assert page_state(PageId.PASSWORD, data).can_continue
    login = InputField("ISDSLOGIN", LocalizedText((("en", "Login"),)))
    data.provider = _config(input_fields=(login,))
    assert required_inputs(data)[0].key == "ISDSLOGIN"
    state = page_state(PageId.PASSWORD, data)
    assert (state.problem, state.detail) == (PageProblem.INPUT_MISSING, "ISDSLOGIN")
    for broken in ("abc\n123", "abc\t123", "abc\x85123", "abc\u2028123"):  # it becomes a login's user name
        data.extra["ISDSLOGIN"] = broken
        state = page_state(PageId.PASSWORD, data)
        assert (state.problem, state.detail) == (PageProblem.INPUT_INVALID, "ISDSLOGIN")
    data.extra["ISDSLOGIN"] = "abc123"
    assert page_state(PageId.PASSWORD, data).can_continue


def test_detect_states() -> None:
    data = WizardData(address_text="anna@example.com")
    assert page_state(PageId.DETECT, data).problem is PageProblem.NOT_STARTED
    data.detecting = True
    state = page_state(PageId.DETECT, data)
    assert state.busy
    assert not state.can_continue
    data.detecting = False
    data.detection_failed = "cancelled"
    assert page_state(PageId.DETECT, data).problem is PageProblem.DETECTION_CANCELLED
    data.detection_failed = ""
    data.detection_done = True
    # Nothing found still continues: the Review page offers the manual editor.
    assert page_state(PageId.DETECT, data).can_continue
    assert page_state(PageId.REVIEW, data).problem is PageProblem.NOTHING_FOUND


def test_review_requires_confirmation_for_foreign_servers() -> None:
    warning = ConfigWarning(WarningKind.FOREIGN_DOMAIN, "mail.hoster.net", "hoster.net")
    data = _ready()
    data.found = _config(warnings=(warning,), trust=Trust.NEEDS_CONFIRMATION)
    data.set_config(data.found)
    assert foreign_domains(data.config) == ["hoster.net"]
    state = page_state(PageId.REVIEW, data)
    assert (state.problem, state.detail) == (PageProblem.CONFIRM_FOREIGN, "hoster.net")
    data.foreign_confirmed = True
    assert page_state(PageId.REVIEW, data).can_continue
    # Choosing other servers asks again.
    data.set_config(_config(warnings=(warning,), display_name="Other"))
    assert not data.foreign_confirmed


@pytest.mark.parametrize(
    "warning",
    [
        ConfigWarning(WarningKind.INSECURE_SOURCE, "http://autoconfig.example.com/mail/config-v1.1.xml"),
        ConfigWarning(WarningKind.REDIRECTED, "https://config.hoster.net/moved.xml", "hoster.net"),
    ],
    ids=["plain-http", "redirected"],
)
def test_review_requires_confirmation_for_a_doubtful_source(warning: ConfigWarning) -> None:
    """Servers in the address's own domain, but from settings that came over plain HTTP or
    through another domain: the same yes as --accept-unverified on the command line."""
    data = _ready()
    data.found = _config(warnings=(warning,), trust=Trust.NEEDS_CONFIRMATION, source=Source.ISP_HTTP)
    data.set_config(data.found)
    assert foreign_domains(data.config) == []
    state = page_state(PageId.REVIEW, data)
    assert (state.problem, state.detail) == (PageProblem.CONFIRM_SOURCE, warning.subject)
    data.foreign_confirmed = True
    assert page_state(PageId.REVIEW, data).can_continue
    # Settings from the provider's own HTTPS autoconfig need no yes.
    data.set_config(_config(source=Source.ISP))
    assert page_state(PageId.REVIEW, data).can_continue


def test_manual_editor_validates_and_needs_no_confirmation() -> None:
    address = parse_address("anna@example.com")
    incoming, outgoing = guessed_servers(address)
    assert manual_problem(incoming, outgoing) == ""
    bad = ManualServer(Protocol.IMAP, "imap example.com", 993, Security.SSL, "anna")
    assert manual_problem(bad, outgoing) == "incoming-host"
    bad_port = ManualServer(Protocol.SMTP, "smtp.example.com", 0, Security.SSL, "anna")
    assert manual_problem(incoming, bad_port) == "outgoing-port"
    no_user = ManualServer(Protocol.SMTP, "smtp.example.com", 587, Security.STARTTLS, " ")
    assert manual_problem(incoming, no_user) == "outgoing-username"
    warning = ConfigWarning(WarningKind.FOREIGN_DOMAIN, "mail.hoster.net", "hoster.net")
    config = manual_config(incoming, outgoing, _config(warnings=(warning,)), address.domain)
    assert config.source is Source.MANUAL
    assert not config.warnings
    data = _ready()
    data.set_config(config, manual=True)
    assert page_state(PageId.REVIEW, data).can_continue
    data.manual_problem = "incoming-host"
    assert page_state(PageId.REVIEW, data).problem is PageProblem.MANUAL_INVALID


def test_manual_pop3_keeps_the_providers_pop_settings() -> None:
    pop = ServerSettings(Protocol.POP3, "pop.example.com", 995, Security.SSL, leave_on_server=True)
    base = _config(incoming=(pop,))
    edited = ManualServer.from_settings(pop)
    edited = ManualServer(edited.protocol, "pop2.example.com", 995, Security.SSL, "anna")
    smtp = ManualServer.from_settings(base.outgoing[0])
    config = manual_config(edited, smtp, base, "example.com")
    assert config.incoming[0].leave_on_server is True
    assert config.incoming[0].hostname == "pop2.example.com"


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("imap.example.com", True),
        ("localhost", True),
        ("127.0.0.1", True),
        ("::1", True),
        ("почта.рф", True),
        ("", False),
        ("-bad.example.com", False),
        ("a b.com", False),
        ("example.123", False),
        ("x" * 64 + ".com", False),
    ],
)
def test_hostnames(name: str, ok: bool) -> None:
    assert valid_hostname(name) is ok


def test_verification_states_and_plaintext_consent() -> None:
    data = _ready()
    assert page_state(PageId.VERIFY, data).problem is PageProblem.NOT_STARTED
    data.verifying = True
    assert page_state(PageId.VERIFY, data).busy
    data.verifying = False
    data.verify_report = _Report(True, False)
    assert page_state(PageId.VERIFY, data).problem is PageProblem.VERIFY_FAILED
    data.verify_report = _Report(True, True)
    assert page_state(PageId.VERIFY, data).can_continue

    plain = _config(incoming=(ServerSettings(Protocol.IMAP, "mail.example.com", 143, Security.PLAIN),))
    data.set_config(plain)
    assert data.verify_report is None  # a new choice forgets the old check
    assert needs_plaintext_consent(data) == ["mail.example.com"]
    state = page_state(PageId.VERIFY, data)
    assert (state.problem, state.detail) == (PageProblem.CONFIRM_PLAINTEXT, "mail.example.com")
    data.plaintext_allowed.add("mail.example.com")
    assert page_state(PageId.VERIFY, data).problem is PageProblem.NOT_STARTED


def test_targets_rules(tmp_path: pytest.TempPathFactory) -> None:
    data = _ready()
    assert page_state(PageId.TARGETS, data).problem is PageProblem.NO_TARGET
    data.targets.add(Target.THUNDERBIRD)
    assert page_state(PageId.TARGETS, data).problem is PageProblem.NO_PROFILE
    data.thunderbird_profile = tmp_path  # type: ignore[assignment]
    data.thunderbird_locked = True
    assert page_state(PageId.TARGETS, data).problem is PageProblem.PROFILE_LOCKED
    data.thunderbird_locked = False
    assert page_state(PageId.TARGETS, data).can_continue
    data.targets = {Target.FILE}
    assert page_state(PageId.TARGETS, data).problem is PageProblem.NO_EXPORT
    data.exports.append(ExportChoice("autoconfig", tmp_path / "config.xml"))  # type: ignore[operator]
    assert page_state(PageId.TARGETS, data).can_continue


def test_changing_the_address_forgets_detection() -> None:
    data = _ready()
    data.set_address("anna@example.com ")
    assert data.found is not None
    data.set_address("anna@other.example")
    assert data.found is None
    assert data.config is None
    assert not data.detection_done


def test_account_uses_chosen_servers_and_extra_fields() -> None:
    data = _ready()
    config = _config(
        incoming=(
            ServerSettings(Protocol.IMAP, "imap.%EMAILDOMAIN%", 993, Security.SSL, username="%KEY%"),
            ServerSettings(Protocol.POP3, "pop.%EMAILDOMAIN%", 995, Security.SSL),
        )
    )
    data.set_config(config)
    data.extra["KEY"] = "login42"
    account = data.account()
    assert account is not None
    assert account.incoming.hostname == "imap.example.com"
    assert account.incoming.username == "login42"
    data.verify_report = _Report(True, True)
    data.choose_servers(1, 0)
    assert data.verify_report is None
    account = data.account()
    assert account is not None
    assert account.incoming.protocol is Protocol.POP3


def test_redacted_never_contains_the_password() -> None:
    data = _ready(verify_report=_Report(True, False))
    data.targets.add(Target.THUNDERBIRD)
    text = json.dumps(data.redacted())
    assert SECRET not in text
    assert SECRET not in repr(data)
    assert data.redacted()["password"] == "set"
    assert data.redacted()["verification"]["outgoing"]["ok"] is False
    assert "imap.example.com" in text


def test_password_warnings() -> None:
    assert caps_lock_from_key("A", shift=False) is True
    assert caps_lock_from_key("a", shift=True) is True
    assert caps_lock_from_key("a", shift=False) is False
    assert caps_lock_from_key("1", shift=False) is None
    assert password_warnings("пароль", caps_lock=None) == [PasswordWarning.CYRILLIC]
    assert password_warnings("secret", caps_lock=True) == [PasswordWarning.CAPS_LOCK]
    assert password_warnings("secret", caps_lock=False) == []


def test_provider_helpers() -> None:
    assert initials("Seznam Email") == "SE"
    assert initials("Mail.ru") == "M"
    assert initials("ACTIVE 24 web hosting") == "AW"
    assert initials("") == "?"
    assert domain_of("anna@Example.COM") == "example.com"
    assert domain_of("anna") == ""
    assert address_with_domain("anna@old.example", "gmail.com") == "anna@gmail.com"
    assert address_with_domain("", "gmail.com") == "@gmail.com"


def test_a_sign_in_found_only_by_the_search_sends_the_window_back_to_the_password_page() -> None:
    from wizard.catalog import default_catalog
    from wizard.flow.rules import sign_in_found_by_search, sign_in_pending

    gmail = default_catalog().find_by_domain("gmail.com")
    assert gmail is not None
    data = WizardData(address_text="anna@bakery.test", password=SECRET)
    assert page_state(PageId.PASSWORD, data).can_continue and not sign_in_pending(data)
    data.found = gmail  # the MX named Google Workspace
    data.set_config(gmail)
    assert sign_in_found_by_search(data) and sign_in_pending(data)  # not settled: asked anew
    data.sign_in_registered = False  # the page showed it: Thunderbird signs in at its start
    assert not sign_in_pending(data) and sign_in_found_by_search(data)
    data.sign_in_registered = True
    data.set_sign_in_token("token")
    assert not sign_in_pending(data)
    data.set_sign_in_token("")
    data.app_password = True  # the user keeps the password: the search goes on
    assert not sign_in_pending(data) and not sign_in_found_by_search(data)
    data.app_password = False
    data.match_provider(gmail)  # an address at gmail.com: the page knew before the search
    assert not sign_in_found_by_search(data)
