"""The Autodiscover reader against loopback HTTPS (issue 18, item 3; issue 19's name rules).

Each answer is a file in tests/data/readers/, served at ``autodiscover.<domain>`` by the
loopback world (real DNS, real TLS with the test CA). What comes back is read from the
result and its trace, as ``detect --trace`` shows it.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from tests.fixtures.discovery_servers import LoopbackWorld, Reply
from wizard.catalog import Catalog
from wizard.discovery import DiscoveryResult, EventState, discover
from wizard.model import AuthMethod, Protocol, Security, Source

DATA = Path(__file__).parent / "data" / "readers"
FAST = {"http_timeout": 2.0, "ispdb_timeout": 2.0, "probe_timeout": 1.0, "probe_grace": 0.2}


def answer_with(world: LoopbackWorld, domain: str, body: bytes) -> DiscoveryResult:
    """Discover ``jana@<domain>`` where only Autodiscover answers, with ``body``."""
    world.route(f"https://autodiscover.{domain}/autodiscover/autodiscover.xml", Reply(body=body))
    catalog = Catalog.load(bundled=False, site=False)
    return asyncio.run(
        discover(f"jana@{domain}", network=world.network(**FAST), catalog=catalog, password="secret")
    )


def autodiscover_detail(result: DiscoveryResult) -> str:
    final = [e for e in result.trace if e.source is Source.AUTODISCOVER and e.state.is_final][-1]
    return f"{final.state.value}: {final.detail}"


def test_exchange_settings_given_only_for_outside_use_are_read(discovery_world: LoopbackWorld) -> None:
    result = answer_with(discovery_world, "remote-office.example", (DATA / "autodiscover-expr-only.xml").read_bytes())
    assert result.config is not None, autodiscover_detail(result)
    (exchange,) = result.config.incoming
    assert exchange.protocol is Protocol.EXCHANGE
    assert (exchange.hostname, exchange.port, exchange.security) == ("gateway.remote-office.example", 443, Security.SSL)
    assert exchange.ews_url == "https://gateway.remote-office.example/EWS/Exchange.asmx"


def test_outside_addresses_come_before_inside_ones(discovery_world: LoopbackWorld) -> None:
    body = (DATA / "autodiscover-internal-and-external.xml").read_bytes()
    result = answer_with(discovery_world, "remote-office2.example", body.replace(b"remote-office.", b"remote-office2."))
    assert result.config is not None, autodiscover_detail(result)
    assert [(s.hostname, s.ews_url, s.owa_url) for s in result.config.incoming] == [
        (
            "mail.remote-office2.example",
            "https://mail.remote-office2.example/EWS/Exchange.asmx",
            "https://mail.remote-office2.example/owa/",
        ),
        (
            "mbx1.lan.remote-office2.example",
            "https://mbx1.lan.remote-office2.example/EWS/Exchange.asmx",
            "https://mail.remote-office2.example/owa/",
        ),
    ]


def test_white_space_before_the_declaration_is_forgiven(discovery_world: LoopbackWorld) -> None:
    body = (DATA / "autodiscover-leading-whitespace.xml").read_bytes()
    assert body[:1].isspace()
    result = answer_with(discovery_world, "blank-line.example", body)
    assert result.config is not None, autodiscover_detail(result)
    imap, smtp = result.config.incoming[0], result.config.outgoing[0]
    assert (imap.hostname, imap.port, imap.security, imap.username) == (
        "imap.blank-line.example", 993, Security.SSL, "jana@blank-line.example"
    )
    assert (smtp.hostname, smtp.port, smtp.security) == ("smtp.blank-line.example", 465, Security.SSL)


def test_server_and_login_names_get_the_clientconfig_rules(discovery_world: LoopbackWorld) -> None:
    """Shell characters, tabs, empty names, line breaks, odd digits and unknown encryption:
    each such block is skipped, and the trace says so; the usable ones are kept."""
    result = answer_with(discovery_world, "names.example", (DATA / "autodiscover-bad-names.xml").read_bytes())
    assert result.config is not None, autodiscover_detail(result)
    assert [(s.hostname, s.port, s.username) for s in result.config.incoming] == [
        ("imap.names.example", 993, "jana@names.example")
    ]
    assert [(s.hostname, s.security) for s in result.config.outgoing] == [("smtp.names.example", Security.STARTTLS)]
    assert result.config.incoming[0].auth is AuthMethod.PASSWORD_CLEARTEXT
    found = autodiscover_detail(result)
    assert found.startswith("found:")
    for reason in ("imap.names.example;reboot", "$(touch owned)", "line break", "٩٩٣", "9_93", "Quantum"):
        assert reason in found, reason
    assert "\n" not in found


@pytest.mark.parametrize("encoding", ["x-no-such-encoding", "rot13", "base64", "zlib", "idna"])
def test_an_answer_in_an_unknown_or_non_text_encoding_fails_cleanly(
    discovery_world: LoopbackWorld, encoding: str
) -> None:
    body = (DATA / "autodiscover-leading-whitespace.xml").read_bytes().replace(b'"utf-8"', f'"{encoding}"'.encode())
    domain = f"enc-{encoding}.example"
    result = answer_with(discovery_world, domain, body)
    assert result.config is None
    detail = autodiscover_detail(result)
    assert detail.startswith(f"{EventState.FAILED.value}:") and "did not send a usable answer" in detail
    assert encoding in detail and "Error" not in detail  # a sentence, not an exception's name


def test_the_protocol_type_may_be_an_attribute(discovery_world: LoopbackWorld) -> None:
    body = (DATA / "autodiscover-type-attribute.xml").read_bytes()
    result = answer_with(discovery_world, "panel-host.example", body)
    assert result.config is not None, autodiscover_detail(result)
    servers = [(s.protocol, s.hostname, s.port, s.security)
               for s in (*result.config.incoming, *result.config.outgoing)]
    assert servers == [
        (Protocol.IMAP, "imap.panel-host.example", 993, Security.SSL),
        (Protocol.POP3, "pop.panel-host.example", 995, Security.SSL),  # the element wins
        (Protocol.SMTP, "smtp.panel-host.example", 587, Security.STARTTLS),
    ]


def test_an_address_redirect_signs_in_with_the_new_address(discovery_world: LoopbackWorld) -> None:
    """``redirectAddr`` names the mailbox's real address; settings there without a
    ``LoginName`` sign in with it, as Outlook does, not with the address typed."""
    redirect = (
        b'<?xml version="1.0" encoding="utf-8"?>\n<Autodiscover xmlns="http://schemas.microsoft.com/'
        b'exchange/autodiscover/responseschema/2006"><Response xmlns="http://schemas.microsoft.com/'
        b'exchange/autodiscover/outlook/responseschema/2006a"><Account><Action>redirectAddr</Action>'
        b"<RedirectAddr>jana.novak@mailbox-host.example</RedirectAddr></Account></Response></Autodiscover>"
    )
    body = (DATA / "autodiscover-leading-whitespace.xml").read_bytes().replace(b"blank-line.", b"mailbox-host.")
    body = re.sub(rb"<LoginName>[^<]*</LoginName>", b"", body)
    discovery_world.route("https://autodiscover.mailbox-host.example/autodiscover/autodiscover.xml", Reply(body=body))
    result = answer_with(discovery_world, "renamed.example", redirect)
    assert result.config is not None, autodiscover_detail(result)
    imap, smtp = result.config.incoming[0], result.config.outgoing[0]
    assert (imap.hostname, imap.username) == ("imap.mailbox-host.example", "jana.novak@mailbox-host.example")
    assert smtp.username == "jana.novak@mailbox-host.example"
    posts = discovery_world.requests_to("autodiscover.mailbox-host.example")
    assert posts and b"jana.novak@mailbox-host.example" in posts[-1].body
