"""Discovery against real protocols on loopback (DNS, HTTPS, IMAP/POP3/SMTP), no mocks.

The servers and test domains live in tests/fixtures/discovery_servers.py. No assertion is
about time: order and outcome are read from the trace.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.discovery_servers import (
    IDN_ASCII,
    IDN_DOMAIN,
    LoopbackWorld,
    autodiscover_pox,
    basic_only,
)
from wizard.catalog import Catalog
from wizard.discovery import DiscoveryEvent, DiscoveryResult, EventState, discover
from wizard.discovery.fetch import FetchFailed, NotThere, fetch_xml
from wizard.model import (
    AddressError,
    AuthMethod,
    Protocol,
    Security,
    Source,
    Trust,
    WarningKind,
)
from wizard.model.jsonform import config_to_json

FAST = {"http_timeout": 2.0, "ispdb_timeout": 2.0, "probe_timeout": 1.5, "probe_grace": 0.3}


@pytest.fixture(scope="module")
def catalog(test_catalog_dir: Path) -> Catalog:
    return Catalog.load([test_catalog_dir], bundled=False, site=False)


@pytest.fixture
def detect(discovery_world: LoopbackWorld, catalog: Catalog) -> Any:
    def run(address: str, limits: dict[str, float] | None = None, **options: Any) -> DiscoveryResult:
        network = discovery_world.network(**{**FAST, **(limits or {})})
        return asyncio.run(discover(address, network=network, catalog=catalog, **options))

    return run


def states(result: DiscoveryResult) -> dict[Source, EventState]:
    return result.final_states()


def first_index(result: DiscoveryResult, source: Source, state: EventState) -> int:
    return next(i for i, e in enumerate(result.trace) if e.source is source and e.state is state)


def kinds(result: DiscoveryResult) -> set[WarningKind]:
    assert result.config is not None
    return {w.kind for w in result.config.warnings}


# -- each source alone ----------------------------------------------------------------------


def test_catalog_offline(detect: Any) -> None:
    result = detect("me@catalog.test", offline=True)
    assert result.config is not None
    assert result.config.source is Source.ADMIN  # an extra folder counts as the admin's list
    assert result.config.trust is Trust.TRUSTED and not result.config.warnings
    assert result.config.incoming[0].hostname == "imap.catalog-mail.test"
    assert result.config.incoming[0].username == "me@catalog.test"
    others = {s: st for s, st in states(result).items() if s not in (Source.CATALOG, Source.ADMIN)}
    assert set(others.values()) == {EventState.SKIPPED}


def test_catalog_answers_first_and_nothing_else_is_asked(detect: Any) -> None:
    result = detect("me@catalog.test")
    assert result.config is not None and result.config.source is Source.ADMIN
    final = states(result)
    assert final[Source.CATALOG] is EventState.FOUND
    assert {final[s] for s in final if s is not Source.CATALOG} == {EventState.SKIPPED}


def test_isp_autoconfig(detect: Any, discovery_world: LoopbackWorld) -> None:
    result = detect("me@isp.test")
    assert result.config is not None
    assert result.config.source is Source.ISP and result.config.trust is Trust.TRUSTED
    assert not result.config.warnings
    server = result.config.incoming[0]
    assert (server.hostname, server.port, server.security) == ("imap.isp.test", 993, Security.SSL)
    assert server.username == "me@isp.test"
    asked = discovery_world.requests_to("autoconfig.isp.test")
    assert asked and "emailaddress=me@isp.test" in asked[0].query


def test_isp_well_known(detect: Any) -> None:
    result = detect("me@wellknown.test")
    assert result.config is not None and result.config.source is Source.ISP
    assert result.config.origin.startswith("https://wellknown.test/.well-known/")


def test_ispdb(detect: Any) -> None:
    result = detect("me@dbonly.test")
    assert result.config is not None and result.config.source is Source.ISPDB
    assert result.config.incoming[0].hostname == "imap.dbonly.test"


def test_mx_preference_is_numeric_and_mx_domain_is_trusted(
    detect: Any, discovery_world: LoopbackWorld
) -> None:
    result = detect("me@hosted.test")
    assert result.config is not None and result.config.source is Source.MX
    assert result.config.incoming[0].hostname == "imap.provider.test"
    assert result.config.trust is Trust.TRUSTED and not result.config.warnings
    assert "mx1.in.provider.test" in result.config.origin
    ispdb_paths = [r.path for r in discovery_world.requests_to("ispdb.test")]
    assert "/v1.1/in.provider.test" in ispdb_paths  # the next sub-domain is asked too
    assert "/v1.1/backup-provider.test" not in ispdb_paths


def test_srv_only_domain(detect: Any) -> None:
    result = detect("me@srvonly.test")
    assert result.config is not None and result.config.source is Source.SRV
    incoming, outgoing = result.config.incoming, result.config.outgoing
    assert (incoming[0].port, incoming[0].security) == (993, Security.SSL)
    assert all(s.protocol is not Protocol.POP3 for s in incoming)  # "." = not offered
    assert (outgoing[0].port, outgoing[0].security) == (465, Security.SSL)
    assert incoming[0].username == "me@srvonly.test"
    assert result.config.trust is Trust.NEEDS_CONFIRMATION
    assert kinds(result) == {WarningKind.UNVERIFIED_SOURCE, WarningKind.FOREIGN_DOMAIN}
    foreign = [w for w in result.config.warnings if w.kind is WarningKind.FOREIGN_DOMAIN]
    assert foreign[0].registrable_domain == "hoster-srv.test"


def test_srv_servers_are_probed_for_what_they_offer(detect: Any) -> None:
    """The settings say what the servers answered, not only what the records claim; they
    still need confirmation, even in the address's own domain (DNS is not authenticated)."""
    result = detect("me@srvhome.test")
    assert result.config is not None and result.config.source is Source.SRV
    assert result.config.trust is Trust.NEEDS_CONFIRMATION
    assert kinds(result) == {WarningKind.UNVERIFIED_SOURCE}
    imap, smtp = result.config.incoming[0], result.config.outgoing[0]
    assert (imap.hostname, imap.port, imap.security) == ("post.srvhome.test", 993, Security.SSL)
    assert (smtp.port, smtp.security) == (587, Security.STARTTLS)
    assert smtp.auth_methods == (AuthMethod.PASSWORD_CLEARTEXT,)


def test_srv_server_without_encryption_is_shown_as_it_answered(detect: Any) -> None:
    """The record promises STARTTLS; the server offers none: the settings say so."""
    result = detect("me@srvplain.test")
    assert result.config is not None and result.config.source is Source.SRV
    assert result.config.trust is Trust.NEEDS_CONFIRMATION
    assert result.config.incoming[0].security is Security.PLAIN  # what the probe found
    assert kinds(result) == {WarningKind.UNVERIFIED_SOURCE, WarningKind.PLAIN_CONNECTION}


def test_autodiscover_with_password(detect: Any, discovery_world: LoopbackWorld) -> None:
    result = detect("me@adisc.test", password="secret")
    assert result.config is not None and result.config.source is Source.AUTODISCOVER
    imap, smtp = result.config.incoming[0], result.config.outgoing[0]
    assert (imap.hostname, imap.port, imap.security) == ("imap.adisc.test", 993, Security.SSL)
    assert (smtp.port, smtp.security) == (587, Security.STARTTLS)  # Encryption=TLS wins
    assert imap.auth is AuthMethod.PASSWORD_CLEARTEXT
    assert result.config.trust is Trust.TRUSTED
    http_requests = [r for r in discovery_world.requests if r.scheme == "http"]
    assert all("authorization" not in r.headers for r in http_requests)
    posts = discovery_world.requests_to("autodiscover.adisc.test")
    assert posts[0].method == "POST" and "authorization" not in posts[0].headers


def test_autodiscover_without_password_finds_nothing(detect: Any) -> None:
    result = detect("me@adisc.test")
    assert result.config is None
    assert states(result)[Source.AUTODISCOVER] is EventState.NOTHING


def test_autodiscover_http_redirect_needs_confirmation(detect: Any, discovery_world: LoopbackWorld) -> None:
    result = detect("me@adredir.test", password="secret")
    assert result.config is not None and result.config.source is Source.AUTODISCOVER
    assert result.config.trust is Trust.NEEDS_CONFIRMATION
    assert {WarningKind.REDIRECTED, WarningKind.FOREIGN_DOMAIN} <= kinds(result)
    # the password never went to the other domain
    assert all("authorization" not in r.headers for r in discovery_world.requests_to("ad.elsewhere.test"))


def test_autodiscover_at_the_srv_target_needs_confirmation(detect: Any) -> None:
    """Classic Outlook's last step: the host named by ``_autodiscover._tcp``. Only DNS vouches
    for it, so the result needs the user's confirmation."""
    result = detect("me@adsrv.test", password="secret")
    assert result.config is not None and result.config.source is Source.AUTODISCOVER
    assert result.config.incoming[0].hostname == "imap.hoster-ad.test"
    assert result.config.trust is Trust.NEEDS_CONFIRMATION
    assert kinds(result) == {WarningKind.UNVERIFIED_SOURCE, WarningKind.FOREIGN_DOMAIN}
    unverified = [w for w in result.config.warnings if w.kind is WarningKind.UNVERIFIED_SOURCE]
    assert unverified[0].subject == "_autodiscover._tcp.adsrv.test"
    assert unverified[0].registrable_domain == "hoster-ad.test"


def test_autodiscover_sends_no_password_to_the_srv_target(
    detect: Any, discovery_world: LoopbackWorld
) -> None:
    """Not even to a host in the address's own domain."""
    result = detect("me@adsrvauth.test", password="secret")
    assert result.config is None
    assert states(result)[Source.AUTODISCOVER] is EventState.NOTHING
    asked = discovery_world.requests_to("ad.adsrvauth.test")
    assert asked and all("authorization" not in r.headers for r in asked)


# -- trust ---------------------------------------------------------------------------------


def test_plain_http_foreign_config_is_untrusted(detect: Any) -> None:
    result = detect("me@httponly.test")
    assert result.config is not None and result.config.source is Source.ISP_HTTP
    assert result.config.trust is Trust.UNTRUSTED
    assert kinds(result) == {WarningKind.INSECURE_SOURCE, WarningKind.FOREIGN_DOMAIN}
    data = config_to_json(result.config, result.address)
    assert data["trusted"] is False
    assert {"kind": "foreign-domain", "subject": "imap.evil-host.test",
            "registrable_domain": "evil-host.test"} in data["warnings"]


def test_https_config_with_foreign_servers_needs_confirmation(detect: Any) -> None:
    result = detect("me@foreign.test")
    assert result.config is not None and result.config.source is Source.ISP
    assert result.config.trust is Trust.NEEDS_CONFIRMATION
    assert {w.registrable_domain for w in result.config.warnings} == {"faraway.test"}


def test_mx_domain_vouches_for_servers(detect: Any) -> None:
    result = detect("me@mxvouches.test")
    assert result.config is not None and result.config.source is Source.ISP
    assert result.config.trust is Trust.TRUSTED and not result.config.warnings


def test_redirect_to_other_domain_needs_confirmation(detect: Any) -> None:
    result = detect("me@moved.test")
    assert result.config is not None and result.config.source is Source.ISP
    assert result.config.trust is Trust.NEEDS_CONFIRMATION
    assert WarningKind.REDIRECTED in kinds(result)


# -- priority, deadlines, cancellation -------------------------------------------------------


def test_slow_higher_ranked_source_beats_fast_lower_one(detect: Any) -> None:
    result = detect("me@priority.test")
    assert result.config is not None and result.config.source is Source.ISP
    assert result.config.incoming[0].hostname == "imap-isp.priority.test"
    assert first_index(result, Source.ISPDB, EventState.FOUND) < first_index(
        result, Source.ISP, EventState.FOUND
    )
    assert any(a.source is Source.ISPDB for a in result.alternatives)


def test_hanging_server_costs_only_its_timeout(detect: Any) -> None:
    result = detect("me@slowisp.test", limits={"http_timeout": 0.5})
    assert result.config is not None and result.config.source is Source.ISPDB
    isp_final = [e for e in result.trace if e.source is Source.ISP][-1]
    assert isp_final.state is EventState.FAILED and "did not answer" in isp_final.detail
    assert not result.timed_out


def test_deadline_with_black_holes(detect: Any) -> None:
    result = detect("me@blackhole.test", limits={"http_timeout": 5, "probe_timeout": 5}, timeout=0.8)
    assert result.config is None and result.timed_out
    cancelled = [e for e in result.trace if e.state is EventState.CANCELLED]
    assert {e.source for e in cancelled} >= {Source.ISP, Source.ISPDB, Source.GUESS}
    assert all(e.detail == "the deadline passed" for e in cancelled)


def test_cancellation_by_the_caller(discovery_world: LoopbackWorld, catalog: Catalog) -> None:
    async def scenario() -> list[DiscoveryEvent]:
        events: list[DiscoveryEvent] = []
        started = asyncio.Event()

        def on_event(event: DiscoveryEvent) -> None:
            events.append(event)
            if event.source is Source.GUESS and event.detail.startswith("probing"):
                started.set()

        task = asyncio.ensure_future(
            discover("me@blackhole.test", network=discovery_world.network(**FAST),
                     catalog=catalog, on_event=on_event)
        )
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert asyncio.all_tasks() == {asyncio.current_task()}  # nothing left behind
        return events

    events = asyncio.run(scenario())
    assert any(e.state is EventState.CANCELLED and e.source is Source.GUESS for e in events)


def test_fetches_cancelled_while_connecting_leave_no_connection_open(
    discovery_world: LoopbackWorld,
) -> None:
    """A search cancels its slower fetches all the time, some just as their connection is
    made: none of those connections may be left open (a ResourceWarning fails the test)."""
    network = discovery_world.network(**FAST)

    async def scenario() -> None:
        client = network.http_client()
        try:
            for steps in range(300):
                fetch = asyncio.ensure_future(
                    fetch_xml(network, client, "https://autoconfig.isp.test/mail/config-v1.1.xml")
                )
                for _ in range(steps % 30):
                    await asyncio.sleep(0)
                fetch.cancel()
                with contextlib.suppress(asyncio.CancelledError, FetchFailed, NotThere):
                    await fetch
        finally:
            await client.aclose()

    asyncio.run(scenario())
    gc.collect()


def test_nothing_exists(detect: Any) -> None:
    result = detect("me@nothing.test")
    assert result.config is None and not result.timed_out
    assert set(states(result).values()) == {EventState.NOTHING}


def test_bad_address() -> None:
    with pytest.raises(AddressError):
        asyncio.run(discover("not an address", offline=True))


# -- hostile answers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("domain", "reason"),
    [
        ("laughs.test", "not a usable settings file"),
        ("xxe.test", "not a usable settings file"),
        ("huge.test", "more than 1048576 bytes"),
        ("wrongtype.test", "not XML"),
        ("notxml.test", "not a usable settings file"),
        ("loop.test", "redirected more than"),
        ("badcert.test", "certificate"),
        ("wronghost.test", "certificate"),
    ],
)
def test_hostile_autoconfig(detect: Any, domain: str, reason: str) -> None:
    result = detect(f"me@{domain}")
    assert result.config is None
    isp_final = [e for e in result.trace if e.source is Source.ISP][-1]
    assert isp_final.state is EventState.FAILED
    assert reason in isp_final.detail


# -- IDN -------------------------------------------------------------------------------------


def test_international_domain(detect: Any, discovery_world: LoopbackWorld) -> None:
    result = detect(f"пользователь@{IDN_DOMAIN}")
    assert result.address.domain == IDN_ASCII
    assert result.config is not None and result.config.source is Source.ISP
    assert result.config.incoming[0].hostname == f"imap.{IDN_ASCII}"
    assert discovery_world.requests_to(f"autoconfig.{IDN_ASCII}")


# -- guessing --------------------------------------------------------------------------------


def test_guess_starttls_when_implicit_tls_is_black_holed(detect: Any) -> None:
    result = detect("me@guess.test")
    assert result.config is not None and result.config.source is Source.GUESS
    imap, smtp = result.config.incoming[0], result.config.outgoing[0]
    assert (imap.hostname, imap.port, imap.security) == ("imap.guess.test", 143, Security.STARTTLS)
    assert (smtp.hostname, smtp.port, smtp.security) == ("smtp.guess.test", 587, Security.STARTTLS)
    assert imap.auth is AuthMethod.PASSWORD_CLEARTEXT  # never GSSAPI/NTLM by default
    assert AuthMethod.GSSAPI in imap.auth_methods
    assert smtp.auth is AuthMethod.PASSWORD_CLEARTEXT
    assert imap.username == "me@guess.test" and smtp.username == "me@guess.test"
    assert result.config.trust is Trust.TRUSTED


def test_guess_prefers_implicit_tls_and_keeps_pop3_as_alternative(detect: Any) -> None:
    result = detect("me@tls.test")
    assert result.config is not None and result.config.source is Source.GUESS
    first, second = result.config.incoming[:2]
    assert (first.protocol, first.port, first.security) == (Protocol.IMAP, 993, Security.SSL)
    assert (second.protocol, second.port) == (Protocol.POP3, 995)
    assert (result.config.outgoing[0].port, result.config.outgoing[0].security) == (465, Security.SSL)


def test_guess_plain_server_needs_confirmation(detect: Any) -> None:
    result = detect("me@plain.test")
    assert result.config is not None and result.config.source is Source.GUESS
    imap = result.config.incoming[0]
    assert imap.security is Security.PLAIN
    assert imap.auth is AuthMethod.PASSWORD_ENCRYPTED  # CRAM-MD5 rather than a readable password
    assert result.config.trust is Trust.NEEDS_CONFIRMATION
    assert WarningKind.PLAIN_CONNECTION in kinds(result)


def test_guess_refuses_bad_certificates(detect: Any) -> None:
    result = detect("me@certguess.test")
    assert result.config is None
    assert states(result)[Source.GUESS] is EventState.NOTHING


# -- pure functions ----------------------------------------------------------------------------


def test_choose_auth() -> None:
    from wizard.discovery.guess import choose_auth

    assert choose_auth(Protocol.IMAP, {"LOGINDISABLED"}, encrypted=False) is None
    assert choose_auth(Protocol.IMAP, {"AUTH=GSSAPI", "LOGINDISABLED"}, encrypted=False) is None
    assert choose_auth(Protocol.IMAP, set(), encrypted=True) == (AuthMethod.PASSWORD_CLEARTEXT,)
    assert choose_auth(Protocol.SMTP, set(), encrypted=True) is None  # no AUTH: not submission
    assert choose_auth(Protocol.SMTP, {"AUTH=NTLM"}, encrypted=True) is None
    assert choose_auth(Protocol.SMTP, {"AUTH=XOAUTH2", "AUTH=PLAIN"}, encrypted=True) == (
        AuthMethod.PASSWORD_CLEARTEXT, AuthMethod.OAUTH2,
    )
    assert choose_auth(Protocol.POP3, set(), encrypted=True) == (AuthMethod.PASSWORD_CLEARTEXT,)


def test_best_mx_and_domains() -> None:
    from wizard.discovery.autoconfig import best_mx_host
    from wizard.discovery.domains import next_sub_domain, registrable_domain

    assert best_mx_host([(10, "b.example"), (5, "a.example"), (20, "c.example")]) == "a.example"
    assert best_mx_host([(10, "ten.example"), (9, "nine.example")]) == "nine.example"
    assert registrable_domain("mx.bbc.co.uk") == "bbc.co.uk"
    assert next_sub_domain("in1-smtp.messagingengine.com") == "messagingengine.com"
    assert next_sub_domain("a.b.outlook.com") == "b.outlook.com"
    assert next_sub_domain("bbc.co.uk") == ""


def test_autodiscover_protocol_parsing() -> None:
    from xml.etree.ElementTree import fromstring

    from wizard.discovery.autodiscover import _server

    def server(xml: str) -> Any:
        return _server(fromstring(f"<Protocol>{xml}</Protocol>"))

    s = server("<Type>IMAP</Type><Server>imap.x.test</Server><Port>143</Port>")
    assert (s.security, s.auth) == (Security.STARTTLS, AuthMethod.PASSWORD_CLEARTEXT)
    s = server("<Type>IMAP</Type><Server>imap.x.test</Server><SSL>off</SSL><SPA>on</SPA>")
    assert (s.port, s.security, s.auth) == (143, Security.PLAIN, AuthMethod.NTLM)
    s = server("<Type>SMTP</Type><Server>smtp.x.test</Server><Port>465</Port><SPA>on</SPA>")
    assert (s.security, s.auth) == (Security.SSL, AuthMethod.PASSWORD_CLEARTEXT)
    s = server("<Type>POP3</Type><Server>pop.x.test</Server><Port>995</Port><Encryption>None</Encryption>")
    assert s.security is Security.PLAIN
    assert server("<Type>WEB</Type><Server>https://x.test/owa</Server>") is None


# -- the typed password and an OAuth2 provider's customer domain ----------------------------


@pytest.mark.parametrize(
    ("domain", "mx", "provider"),
    [
        ("adworkspace.test", "aspmx.l.google.com", "Google"),
        ("adm365.test", "adm365-test.mail.protection.outlook.com", "Microsoft 365"),
    ],
)
def test_autodiscover_sends_no_password_when_the_mx_names_an_oauth2_provider(
    discovery_world: LoopbackWorld, test_catalog_dir: Path, domain: str, mx: str, provider: str
) -> None:
    """A Google Workspace or Microsoft 365 customer domain whose own Autodiscover host asks
    for a password (as Microsoft's does for every domain): the password waits for the MX
    answer, which names the OAuth2 provider, so it never goes out; the search still finds
    the provider by its MX. (The same shape without the MX: test_autodiscover_with_password.)"""
    address = f"me@{domain}"
    pox = autodiscover_pox(
        f"<Protocol><Type>IMAP</Type><Server>imap.{domain}</Server><Port>993</Port>"
        f"<SSL>on</SSL><SPA>off</SPA><LoginName>{address}</LoginName></Protocol>",
    )
    url = f"https://autodiscover.{domain}/autodiscover/autodiscover.xml"
    discovery_world.route(url, basic_only(address, pox))
    discovery_world.add_mx(domain, 10, mx)
    discovery_world.slow_answers[(domain, "MX")] = 1.0  # the 401 comes before the MX answer
    catalog = Catalog.load([test_catalog_dir], bundled=True, site=False)
    network = discovery_world.network(**FAST)
    result = asyncio.run(discover(address, network=network, catalog=catalog, password="secret"))

    asked = discovery_world.requests_to(f"autodiscover.{domain}")
    assert asked and all("authorization" not in r.headers for r in asked)  # the server's log
    mine = [r for r in discovery_world.requests if r.host.endswith(domain) or domain in r.path]
    assert not [r for r in mine if "authorization" in r.headers]
    assert result.config is not None and result.config.oauth2 is not None
    assert result.config.source is Source.MX and result.config.display_short_name == provider
    # (Whether the trace also says "no password sent" is a race: the MX answer both releases
    # the wait and ends the search, which may cancel Autodiscover first. The servers' logs
    # above are the proof either way.)
    said = [e for e in result.trace if e.source is Source.AUTODISCOVER]
    assert not [e for e in said if e.state is EventState.FOUND]


def test_autodiscover_sends_no_password_to_an_alias_of_an_oauth2_providers_host(
    discovery_world: LoopbackWorld, test_catalog_dir: Path
) -> None:
    """A Microsoft 365 customer whose MX names a mail filter: nothing but the CNAME of its
    ``autodiscover.<domain>`` (autodiscover.outlook.com) says the host is Microsoft's, so the
    password does not go there."""
    domain, address = "adfiltered.test", "me@adfiltered.test"
    pox = autodiscover_pox(
        f"<Protocol><Type>IMAP</Type><Server>imap.{domain}</Server><Port>993</Port>"
        f"<SSL>on</SSL><SPA>off</SPA><LoginName>{address}</LoginName></Protocol>",
    )
    discovery_world.route(f"https://autodiscover.{domain}/autodiscover/autodiscover.xml", basic_only(address, pox))
    discovery_world.add_record(f"autodiscover.{domain}", "CNAME", "autodiscover.outlook.com")
    discovery_world.add_mx(domain, 10, "mx.mailfilter-ad.test")
    catalog = Catalog.load([test_catalog_dir], bundled=True, site=False)
    result = asyncio.run(discover(address, network=discovery_world.network(**FAST), catalog=catalog,
                                  password="secret"))

    asked = discovery_world.requests_to(f"autodiscover.{domain}")
    assert asked and all("authorization" not in r.headers for r in asked)
    said = [e.detail for e in result.trace if e.source is Source.AUTODISCOVER]
    assert any("is an alias of autodiscover.outlook.com, at Outlook.com" in d for d in said), said
