"""The config model: addresses, placeholders, settings and the JSON contract."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.model import (
    Account,
    AccountConfig,
    AddressError,
    AddressProblem,
    AuthMethod,
    ConfigError,
    OAuth2Settings,
    Protocol,
    Security,
    ServerSettings,
    Source,
    Trust,
    default_port,
    expand,
    normalize_hostname,
    parse_address,
    parse_port,
    placeholder_values,
    username_template,
)
from wizard.model.jsonform import config_to_json


@pytest.mark.parametrize(
    ("text", "local", "domain", "unicode_domain"),
    [
        ("user@example.com", "user", "example.com", "example.com"),
        ("  First.Last+tag@Example.COM ", "First.Last+tag", "example.com", "example.com"),
        ("user@почта.рф", "user", "xn--80a1acny.xn--p1ai", "почта.рф"),
        ("jūratė@paštas.lt", "jūratė", "xn--patas-wdb.lt", "paštas.lt"),
        ("mailto:a@b.cz", "a", "b.cz", "b.cz"),
        ("a@example.com.", "a", "example.com", "example.com"),
    ],
)
def test_parse_address_accepts(text: str, local: str, domain: str, unicode_domain: str) -> None:
    address = parse_address(text)
    assert (address.local_part, address.domain, address.unicode_domain) == (
        local,
        domain,
        unicode_domain,
    )
    assert address.address == f"{local}@{domain}"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", AddressProblem.EMPTY),
        ("   ", AddressProblem.EMPTY),
        ("not-an-address", AddressProblem.NO_AT),
        ("a@b@c.com", AddressProblem.NO_AT),
        ("@example.com", AddressProblem.LOCAL_PART),
        (".a@example.com", AddressProblem.LOCAL_PART),
        ("a..b@example.com", AddressProblem.LOCAL_PART),
        ("a b@example.com", AddressProblem.LOCAL_PART),
        ("a@localhost", AddressProblem.DOMAIN),
        ("a@-bad.com", AddressProblem.DOMAIN),
        ("a@exa mple.com", AddressProblem.DOMAIN),
        ("a@1.2.3.4", AddressProblem.DOMAIN),
        ("a@" + "x" * 64 + ".com", AddressProblem.DOMAIN),
        ("a" * 65 + "@example.com", AddressProblem.LOCAL_PART),
        ("a@" + "b." * 130 + "com", AddressProblem.TOO_LONG),
    ],
)
def test_parse_address_rejects_with_a_sentence(text: str, problem: AddressProblem) -> None:
    with pytest.raises(AddressError) as caught:
        parse_address(text)
    assert caught.value.problem is problem
    message = str(caught.value)
    assert message.endswith(".") and "\n" not in message


@given(st.text(max_size=80))
def test_parse_address_never_crashes(text: str) -> None:
    try:
        address = parse_address(text)
    except AddressError:
        return
    assert address.domain.isascii() and "@" not in address.domain


def test_every_placeholder_occurrence_is_replaced() -> None:
    values = placeholder_values(parse_address("jane@example.org"), "Jane Doe")
    assert expand("%EMAILLOCALPART%.%EMAILDOMAIN%/%EMAILLOCALPART%", values) == (
        "jane.example.org/jane"
    )
    assert expand("%REALNAME% <%EMAILADDRESS%>", values) == "Jane Doe <jane@example.org>"
    # Malformed and unknown placeholders stay literal; values are not expanded twice.
    assert expand("%EMAILADDRESS", values) == "%EMAILADDRESS"
    assert expand("%NOPE%", values) == "%NOPE%"
    tricky = placeholder_values(parse_address("a@b.cz"), "%EMAILADDRESS%")
    assert expand("%REALNAME%", tricky) == "%EMAILADDRESS%"


def test_server_settings_validates_port() -> None:
    with pytest.raises(ValueError, match="outside"):
        ServerSettings(Protocol.IMAP, "imap.example.com", 0, Security.SSL)
    with pytest.raises(ValueError, match="outside"):
        ServerSettings(Protocol.IMAP, "imap.example.com", 65536, Security.SSL)


def test_default_ports_are_the_standard_ones() -> None:
    assert default_port(Protocol.IMAP, Security.SSL) == 993
    assert default_port(Protocol.POP3, Security.SSL) == 995
    assert default_port(Protocol.SMTP, Security.SSL) == 465
    assert default_port(Protocol.SMTP, Security.STARTTLS) == 587


def _template() -> AccountConfig:
    return AccountConfig(
        id="example.org",
        display_name="Example for %EMAILDOMAIN%",
        domains=("example.org",),
        incoming=(
            ServerSettings(Protocol.IMAP, "mail.%EMAILDOMAIN%", 993, Security.SSL),
            ServerSettings(
                Protocol.POP3, "pop.example.org", 995, Security.SSL, username="%EMAILLOCALPART%"
            ),
        ),
        outgoing=(
            ServerSettings(
                Protocol.SMTP,
                "smtp.example.org",
                465,
                Security.SSL,
                (AuthMethod.PASSWORD_ENCRYPTED, AuthMethod.PASSWORD_CLEARTEXT),
            ),
        ),
        source=Source.CATALOG,
    )


def test_account_from_config_expands_the_chosen_servers() -> None:
    address = parse_address("jane@example.org")
    account = Account.from_config(_template(), address, "Jane", incoming_index=1)
    assert account.incoming.hostname == "pop.example.org"
    assert account.incoming.username == "jane"
    assert account.outgoing.username == "jane@example.org"
    assert account.outgoing.auth is AuthMethod.PASSWORD_ENCRYPTED
    assert account.provider_name == "Example for %EMAILDOMAIN%"
    expanded = _template().expanded(address)
    assert expanded.incoming[0].hostname == "mail.example.org"
    assert expanded.display_name == "Example for example.org"


def test_json_form_is_the_documented_contract() -> None:
    address = parse_address("jane@example.org")
    data = config_to_json(_template().expanded(address), address)
    assert set(data) == {
        "email", "provider", "source", "trusted", "incoming", "outgoing", "warnings", "oauth2", "fields"
    }
    assert data["oauth2"] is None
    assert data["fields"] == []
    assert data["provider"] == {"id": "example.org", "name": "Example for example.org"}
    assert data["trusted"] is True
    assert data["incoming"][0] == {
        "protocol": "imap",
        "host": "mail.example.org",
        "port": 993,
        "security": "ssl",
        "auth": "password-cleartext",
        "auth_methods": ["password-cleartext"],
        "username": "jane@example.org",
        "oauth2": None,  # this server takes no OAuth2
    }
    untrusted = _template().replace(trust=Trust.UNTRUSTED).expanded(address)
    assert config_to_json(untrusted, address)["trusted"] is False
    oauth2 = OAuth2Settings(
        "login.example.org", ("imap", "offline_access"), "https://login.example.org/a", "https://login.example.org/t"
    )
    with_oauth2 = config_to_json(_template().replace(oauth2=oauth2).expanded(address), address)
    assert with_oauth2["oauth2"] == {
        "issuer": "login.example.org",
        "scopes": ["imap", "offline_access"],
        "auth_url": "https://login.example.org/a",
        "token_url": "https://login.example.org/t",
    }
    assert with_oauth2["incoming"][0]["oauth2"] is None  # the block, where a server takes OAuth2
    taking = _template().replace(oauth2=oauth2, incoming=tuple(
        s.replace(auth_methods=(AuthMethod.OAUTH2, *s.auth_methods)) for s in _template().incoming
    ))
    first = config_to_json(taking.expanded(address), address)["incoming"][0]
    assert first["auth"] == "OAuth2" and first["auth_methods"] == ["OAuth2", "password-cleartext"]
    assert first["oauth2"] == with_oauth2["oauth2"]


@pytest.mark.parametrize(
    ("issuer", "scopes", "auth_url"),
    [
        ("Login.Example.org", ("imap",), "https://login.example.org/a"),  # not normalised
        ("login example.org", ("imap",), "https://login.example.org/a"),
        ("login.example.org", (), "https://login.example.org/a"),
        ("login.example.org", ("two words",), "https://login.example.org/a"),
        ("login.example.org", ("imap\x85",), "https://login.example.org/a"),
        ("login.example.org", ("imap",), "http://login.example.org/a"),  # tokens only over https
    ],
)
def test_oauth2_settings_are_checked_when_made(issuer: str, scopes: tuple[str, ...], auth_url: str) -> None:
    with pytest.raises(ConfigError):
        OAuth2Settings(issuer, scopes, auth_url, "https://login.example.org/t")


# --------------------------------------------------------------------------- shared checks


@pytest.mark.parametrize(
    "text",
    [
        "user\n@example.com",  # "$" would have matched before the newline
        "us\ner@example.com",
        "user\x85@example.com",
        "user\u2028@example.com",
        "\udcff@example.com",  # an undecodable command-line byte
        "user@exam\nple.com",
    ],
)
def test_parse_address_refuses_line_breaks_anywhere(text: str) -> None:
    with pytest.raises(AddressError) as caught:
        parse_address(text)
    message = str(caught.value)
    assert "\n" not in message and "\udcff" not in message and "\x85" not in message


@pytest.mark.parametrize("text", ["1", "25", "993", "0993", "65535"])
def test_parse_port_accepts_ascii_digits(text: str) -> None:
    assert parse_port(text) == int(text)


@pytest.mark.parametrize(
    "text",
    ["", "0", "65536", "+993", "-993", "9_93", "٩٩٣", "９９３", "993²", " 993", "993\n", "\u2003993", "99 3", "0x3e1", "993.0"],
)
def test_parse_port_refuses_everything_else(text: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_port(text)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("IMAP.Example.COM", "imap.example.com"),
        ("mail.example.com.", "mail.example.com"),
        ("póšta.example", "xn--pta-gna46c.example"),
        ("_mail.example.com", "_mail.example.com"),
        ("127.0.0.1", "127.0.0.1"),
        ("[::1]", "::1"),
    ],
)
def test_normalize_hostname(text: str, normal: str) -> None:
    assert normalize_hostname(text) == normal


@pytest.mark.parametrize(
    "text",
    [
        "",
        ".",
        "imap.example.com\n",
        "imap\texample.com",
        "imap example.com",
        "imap.example.com;reboot",
        "$(id).example.com",
        "imap..example.com",
        "-imap.example.com",
        "imap-.example.com",
        "imap.example.com:993",
        "https://imap.example.com",
        "x" * 64 + ".example.com",
        "%EMAILDOMAIN%",
    ],
)
def test_normalize_hostname_refuses(text: str) -> None:
    with pytest.raises(ConfigError) as caught:
        normalize_hostname(text)
    assert "\n" not in str(caught.value)


def test_user_name_rules() -> None:
    assert username_template("  %EMAILLOCALPART%  ") == "%EMAILLOCALPART%"
    assert username_template("50%") == "50%"
    assert username_template("%TICKET%", {"TICKET"}) == "%TICKET%"
    for bad in ("jana\nnovak", "jana\tnovak", "jana\x85", "a\u2029b", "%TICKET%", "%EMAILADDRESS", "EMAILDOMAIN%"):
        with pytest.raises(ConfigError):
            username_template(bad)
    with pytest.raises(ConfigError):
        username_template("x" * 257)


def test_json_form_lists_the_values_the_provider_asks_for() -> None:
    """An ``<inputField>`` is a required input in the JSON; its placeholder never shows."""
    from wizard.catalog import default_catalog

    address = parse_address("jan@ispis.cz")
    data = config_to_json(default_catalog().find_by_domain("ispis.cz").expanded(address), address)
    assert [f["key"] for f in data["fields"]] == ["USERNAME"]
    assert "ISDS" in data["fields"][0]["label"]
    assert all(s["username"] is None for s in data["incoming"] + data["outgoing"])
    given = default_catalog().find_by_domain("ispis.cz").expanded(address, extra={"USERNAME": "abc7"})
    assert config_to_json(given, address)["incoming"][0]["username"] == "abc7"
