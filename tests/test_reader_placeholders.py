"""Placeholders in every field that allows them, host names included (issue 18, item 1).

Host names are kept as written while they are read and normalised only after expansion, so
``IMAP.%EMAILDOMAIN%`` becomes ``imap.firma.cz``, never ``imap.%emaildomain%``. The data file
is tests/data/readers/placeholder-hostnames.xml.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.catalog.clientconfig import parse_clientconfig, write_clientconfig
from wizard.model import (
    Account,
    AccountConfig,
    ConfigError,
    EmailAddress,
    Protocol,
    parse_address,
    placeholder_values,
)

DATA = Path(__file__).parent / "data" / "readers"


def hosting() -> AccountConfig:
    return parse_clientconfig((DATA / "placeholder-hostnames.xml").read_bytes())


def hosts(config: AccountConfig) -> list[tuple[str, str, int]]:
    return [(s.protocol.value, s.hostname, s.port) for s in (*config.incoming, *config.outgoing)]


def test_host_names_are_kept_as_written_until_expanded() -> None:
    config = hosting()
    assert [s.hostname for s in config.incoming] == [
        "IMAP.%EMAILDOMAIN%",
        "%EMAILLOCALPART%.pop.hosting.example",
        "%EMAILDOMAIN%.",
    ]
    assert config.outgoing[0].hostname == "smtp.%EMAILDOMAIN%"
    assert parse_clientconfig(write_clientconfig(config)) == config


def test_every_field_is_expanded_before_it_is_normalised() -> None:
    config = hosting().expanded(parse_address("Jana.Novak@Firma.CZ"), "Jana Nováková")
    assert hosts(config) == [
        ("imap", "imap.firma.cz", 993),
        ("pop3", "jana.novak.pop.hosting.example", 995),
        ("imap", "firma.cz", 143),
        ("smtp", "smtp.firma.cz", 465),
    ]
    assert [s.username for s in config.incoming] == ["Jana.Novak@firma.cz", "Jana.Novak", "Jana.Novak.firma.cz"]
    assert config.display_name == "Mail at firma.cz"
    assert config.display_short_name == "firma.cz"
    assert config.webmail == "https://webmail.firma.cz/"


def test_an_international_domain_goes_into_host_names_as_punycode_and_into_names_as_written() -> None:
    config = hosting().expanded(parse_address("jana@почта.рф"))
    assert config.incoming[0].hostname == "imap.xn--80a1acny.xn--p1ai"
    assert config.display_name == "Mail at почта.рф"


def test_placeholders_a_host_name_cannot_hold_are_refused_while_reading() -> None:
    notes = " | ".join(hosting().skipped)
    for refused in (
        "%EMAILADDRESS%.hosting.example",  # an address has an @
        "%CUSTOMERNUMBER%.hosting.example",  # nothing fills it in
        "mail.%EMAILDOMAIN was",  # no closing %
        "mail.%emaildomain%",  # placeholders are upper case
    ):
        assert refused in notes
    assert "'%EMAILADDRESS'" in notes  # a user name with a broken placeholder


def test_a_host_name_that_does_not_expand_to_a_name_is_left_out_and_said() -> None:
    template = hosting()
    address = parse_address("jana+shop@firma.cz")
    config = template.expanded(address)
    assert [s.protocol for s in config.incoming] == [Protocol.IMAP, Protocol.IMAP]
    assert any("jana+shop.pop.hosting.example" in note for note in config.skipped)
    # Chosen by its place in the template, the server is refused, not used half-expanded.
    with pytest.raises(ConfigError):
        Account.from_config(template, address, incoming_index=1)
    account = Account.from_config(template, address, incoming_index=2)
    assert (account.incoming.hostname, account.incoming.port) == ("firma.cz", 143)


def test_expansion_twice_changes_nothing_more() -> None:
    address = parse_address("jana@firma.cz")
    once = hosting().expanded(address)
    assert once.expanded(address) == once


# --------------------------------------------------------------------------- property

_KNOWN = ["%EMAILADDRESS%", "%EMAILLOCALPART%", "%EMAILDOMAIN%", "%REALNAME%"]
_BROKEN = ["%EMAILDOMAIN", "EMAILLOCALPART%", "%emaildomain%", "%CUSTOMER%", "%", "%%", "%EMAIL%DOMAIN%"]
_piece = st.one_of(
    st.from_regex(r"[A-Za-z0-9_-]{1,8}", fullmatch=True),
    st.just("."),
    st.sampled_from(_KNOWN),
    st.sampled_from(_BROKEN),
)
_template = st.lists(_piece, min_size=1, max_size=6).map("".join)
_address = st.builds(
    lambda local, domain: parse_address(f"{local}@{domain}"),
    st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9+_-]|\.(?!\.)){0,10}[A-Za-z0-9]?", fullmatch=True).filter(
        lambda s: not s.endswith(".")
    ),
    st.sampled_from(["firma.cz", "Post.Example.SE", "xn--80a1acny.xn--p1ai", "a.b.c.example"]),
)
_real_name = st.text(alphabet="AaŽž -", max_size=12)
_LABEL = r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_BROKEN_LEFT = re.compile("%(?:EMAILADDRESS|EMAILLOCALPART|EMAILDOMAIN|REALNAME)|"
                          "(?:EMAILADDRESS|EMAILLOCALPART|EMAILDOMAIN|REALNAME)%", re.IGNORECASE)


# Placeholders are read from left to right, each once: in "%EMAILDOMAIN%EMAILLOCALPART%"
# the second % closes the first placeholder and cannot also open another.
_WHOLE = re.compile("%(EMAILADDRESS|EMAILLOCALPART|EMAILDOMAIN|REALNAME)%")


def filled_in(template: str, values: dict[str, str]) -> str:
    return _WHOLE.sub(lambda m: values[m.group(1)], template)


def expected_host(template: str, address: EmailAddress) -> str | None:
    """What the host name must become, worked out independently: only the local part and
    the domain may stand in a host name, and the result must be a host name."""
    if any(m.group(1) in ("EMAILADDRESS", "REALNAME") for m in _WHOLE.finditer(template)):
        return None
    text = filled_in(template, placeholder_values(address)).lower().removesuffix(".")
    if "%" in text or len(text) > 253 or not re.fullmatch(rf"{_LABEL}(?:\.{_LABEL})*", text):
        return None
    return text


def document(host: str, username: str) -> str:
    """Three servers: the host name under test (port 1993), the user name under test (port
    1994), and one that is always fine, so that the document always reads."""
    def server(hostname: str, port: int, user: str) -> str:
        return (
            f'<incomingServer type="imap"><hostname>{escape(hostname)}</hostname><port>{port}</port>'
            f"<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
            f"<username>{escape(user)}</username></incomingServer>"
        )

    return (
        '<clientConfig version="1.1"><emailProvider id="p.example"><domain>p.example</domain>'
        + server(host, 1993, "%EMAILADDRESS%")
        + server("user.p.example", 1994, username)
        + server("always.p.example", 993, "%EMAILADDRESS%")
        + '<outgoingServer type="smtp"><hostname>smtp.p.example</hostname><port>465</port>'
        "<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
        "<username>%EMAILADDRESS%</username></outgoingServer></emailProvider></clientConfig>"
    )


@settings(max_examples=300)
@given(_template, _template, _address, _real_name)
def test_any_placeholder_anywhere_comes_out_expanded_or_refused(
    host: str, username: str, address: EmailAddress, real_name: str
) -> None:
    config = parse_clientconfig(document(host, username)).expanded(address, real_name)
    by_port = {s.port: s for s in config.incoming}

    wanted = expected_host(host, address)
    if wanted is None:
        assert 1993 not in by_port, f"{host!r} should have been refused"
    else:
        assert by_port[1993].hostname == wanted

    if 1994 in by_port:  # kept: then wholly expanded
        expanded = by_port[1994].username
        assert not _BROKEN_LEFT.search(expanded)
        assert expanded == filled_in(username, placeholder_values(address, real_name))
    else:  # refused: then it held something that cannot be filled in
        assert "%" in username


@pytest.mark.parametrize("value", ["abc\r\nA1 LOGOUT", "abc\x00", "ab\u2028c", "a\x1b[31mb"])
def test_a_field_value_that_breaks_a_line_never_becomes_a_user_name(value: str) -> None:
    """A value typed for %USERNAME% (the window's extra field, --field) used to go as it was into
    every login: a CR LF in an IMAP LOGIN is a second command."""
    from wizard.model import InputField, Security, ServerSettings

    server = ServerSettings(Protocol.IMAP, "imap.example.test", 993, Security.SSL, username="%USERNAME%")
    config = AccountConfig(id="example.test", domains=("example.test",), incoming=(server,),
                           input_fields=(InputField("USERNAME"),))
    expanded = config.expanded(parse_address("jana@example.test"), "", {"USERNAME": value})
    assert expanded.incoming == ()
    assert "contains a line break or a control character" in " ".join(expanded.skipped)
    assert config.expanded(parse_address("jana@example.test"), "", {"USERNAME": "abc"}).incoming[0].username == "abc"
