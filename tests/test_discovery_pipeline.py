"""Discovery for the one path (issue 14): the provider's own autoconfig outranks the bundled
list, plain-listed servers are upgraded while finding, and guessing and SRV probe the real
Dovecot and SMTP servers (not only the protocol stubs of ``discovery_servers``)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.fixtures.discovery_servers import ISPDB_URL, Reply, clientconfig
from tests.fixtures.mailservers import log_size, read_log
from tests.fixtures.pipeline_world import MailWorld
from wizard.catalog import Catalog
from wizard.catalog.clientconfig import parse_clientconfig
from wizard.discovery import DiscoveryResult, EventState, discover
from wizard.model import AccountConfig, Security, Source, Trust, WarningKind

pytestmark = pytest.mark.dovecot


def bundled(xml: bytes, source: Source = Source.CATALOG) -> Catalog:
    """A provider list holding one entry, as the bundled list (or an administrator's) would."""
    entry = parse_clientconfig(xml, source=source)
    return Catalog((entry,), (), {domain: entry for domain in entry.domains})


def run(world: MailWorld, address: str, catalog: Catalog, *, provider_wait: float | None = None,
        **kwargs: Any) -> DiscoveryResult:
    limits = {} if provider_wait is None else {"provider_wait": provider_wait}
    network = world.network(**limits)
    return asyncio.run(discover(address, network=network, catalog=catalog, **kwargs))


def events(result: DiscoveryResult, source: Source) -> list[tuple[EventState, str]]:
    return [(e.state, e.detail) for e in result.trace if e.source is source]


ENTRY = clientconfig(
    "ranked.test", ("imap.ranked.test", 993, "SSL"), ("smtp.ranked.test", 465, "SSL"),
    provider_id="ranked", username="%EMAILLOCALPART%",
).replace(b"</emailProvider>", b'<documentation url="https://help.ranked.test/">'
          b"<descr>Keep a copy on the server.</descr></documentation></emailProvider>")


def test_the_providers_own_autoconfig_outranks_the_bundled_entry(mail_world: MailWorld) -> None:
    own = clientconfig("ranked.test", ("imap.ranked.test", 993, "SSL"),
                       ("smtp.ranked.test", 587, "STARTTLS"))
    mail_world.world.route("https://autoconfig.ranked.test/mail/config-v1.1.xml", Reply(body=own))
    result = run(mail_world, "me@ranked.test", bundled(ENTRY))
    config = result.config
    assert config is not None
    # the provider's servers and login form win ...
    assert config.source is Source.ISP and config.trust is Trust.TRUSTED
    assert config.incoming[0].username == "me@ranked.test"
    assert (config.outgoing[0].port, config.outgoing[0].security) == (587, Security.STARTTLS)
    # ... the bundled entry still names the provider and gives its notes
    assert config.id == "ranked" and config.notes and "copy" in config.notes[0].text.get()
    # and the trace says where the two differ
    differences = [d for s, d in events(result, Source.CATALOG) if "outranked" in d]
    assert differences and "user me" in differences[0] and "user me@ranked.test" in differences[0]
    assert "smtp smtp.ranked.test:465" in differences[0]


def test_a_silent_provider_costs_the_bundled_entry_a_bounded_wait(mail_world: MailWorld) -> None:
    mail_world.world.route("https://autoconfig.ranked.test/mail/config-v1.1.xml", Reply(hang=True))
    result = run(mail_world, "me@ranked.test", bundled(ENTRY), provider_wait=1.0)
    assert result.config is not None and result.config.source is Source.CATALOG
    assert result.config.incoming[0].username == "me"
    states = events(result, Source.ISP)
    assert states[-1][0] is EventState.CANCELLED and "no answer within 1 s" in states[-1][1]
    # nothing else was asked: only the provider's own autoconfig can outrank the list
    assert events(result, Source.ISPDB) == [(EventState.SKIPPED, "the provider list answered")]


def test_a_provider_publishing_nothing_leaves_the_bundled_entry(mail_world: MailWorld) -> None:
    result = run(mail_world, "me@ranked.test", bundled(ENTRY))  # autoconfig.ranked.test: NXDOMAIN
    assert result.config is not None and result.config.source is Source.CATALOG
    assert events(result, Source.ISP)[-1][0] in (EventState.NOTHING, EventState.FAILED)


def test_offline_and_administrators_files_do_not_ask_the_provider(mail_world: MailWorld) -> None:
    mail_world.world.route("https://autoconfig.ranked.test/mail/config-v1.1.xml",
                           Reply(body=clientconfig("ranked.test")))
    offline = run(mail_world, "me@ranked.test", bundled(ENTRY), offline=True)
    assert offline.config is not None and offline.config.source is Source.CATALOG
    assert events(offline, Source.ISP) == [(EventState.SKIPPED, "offline")]
    admin = run(mail_world, "me@ranked.test", bundled(ENTRY, Source.ADMIN))
    assert admin.config is not None and admin.config.source is Source.ADMIN
    assert admin.config.incoming[0].username == "me"  # the administrator's decision
    assert mail_world.world.requests_to("autoconfig.ranked.test") == []


def test_plain_listed_servers_are_upgraded_while_finding(mail_world: MailWorld) -> None:
    """A bundled entry copied from a help page that names no encryption, on servers (the real
    Dovecot and SMTP server) that offer STARTTLS: shown and used with STARTTLS."""
    mail_world.serve("imap.example.test", 143, "imap_starttls_port")
    mail_world.serve("smtp.example.test", 587, "smtp_starttls_port")
    entry = clientconfig("example.test", ("imap.example.test", 143, "plain"),
                         ("smtp.example.test", 587, "plain"))
    servers = mail_world.servers
    dovecot, smtp = log_size(servers.dovecot_log), log_size(servers.smtp_log)
    result = run(mail_world, "user@example.test", bundled(entry))
    config = result.config
    assert config is not None
    assert [s.security for s in (*config.incoming, *config.outgoing)] == [Security.STARTTLS] * 2
    assert not config.warnings
    assert any("offers STARTTLS: upgraded" in e.detail for e in result.trace)
    # without credentials: no login, no AUTH
    assert "Login:" not in read_log(servers.dovecot_log, dovecot)
    assert "AUTH " not in read_log(servers.smtp_log, smtp)


def test_a_server_that_stays_plain_is_warned_about_whatever_its_source(mail_world: MailWorld) -> None:
    mail_world.serve("mail.plainonly.test", 143, "no_tls.imap_port")
    mail_world.serve("mail.plainonly.test", 587, "no_tls.smtp_port")
    mail_world.world.route(f"{ISPDB_URL}plainonly.test", Reply(body=clientconfig(
        "plainonly.test", ("mail.plainonly.test", 143, "plain"), ("mail.plainonly.test", 587, "plain"))))
    result = run(mail_world, "me@plainonly.test", Catalog(()))
    config = result.config
    assert config is not None and config.source is Source.ISPDB
    assert config.incoming[0].security is Security.PLAIN
    assert [(w.kind, w.subject) for w in config.warnings] == [
        (WarningKind.PLAIN_CONNECTION, "mail.plainonly.test")
    ]
    assert result.needs_confirmation
    assert any("offers no STARTTLS" in e.detail for e in result.trace)


def test_guessing_probes_the_real_servers(mail_world: MailWorld) -> None:
    for port, kind in ((993, "imaps_port"), (143, "imap_starttls_port")):
        mail_world.serve("imap.example.test", port, kind)
    for port, kind in ((465, "smtps_port"), (587, "smtp_starttls_port")):
        mail_world.serve("smtp.example.test", port, kind)
    result = run(mail_world, "user@example.test", Catalog(()))
    config = result.config
    assert config is not None and config.source is Source.GUESS, result.trace
    assert [(s.hostname, s.port, s.security) for s in config.incoming] == [
        ("imap.example.test", 993, Security.SSL)
    ]
    assert (config.outgoing[0].port, config.outgoing[0].security) == (465, Security.SSL)
    assert not config.needs_confirmation


def test_srv_targets_are_probed_on_the_real_servers(mail_world: MailWorld) -> None:
    mail_world.serve("imap.example.test", 143, "imap_starttls_port")
    mail_world.serve("smtp.example.test", 587, "smtp_starttls_port")
    world = mail_world.world
    world.add_srv("_imap._tcp.srvmail.test", 0, 1, 143, "imap.example.test")
    world.add_srv("_submission._tcp.srvmail.test", 0, 1, 587, "smtp.example.test")
    world.add_host("srvmail.test")
    result = run(mail_world, "me@srvmail.test", Catalog(()))
    config: AccountConfig | None = result.config
    assert config is not None and config.source is Source.SRV
    assert config.incoming[0].security is Security.STARTTLS
    assert config.outgoing[0].security is Security.STARTTLS
    assert config.needs_confirmation  # DNS answers are not authenticated


# A hosting company's one file for all its customers: the incoming server is named after the
# mailbox, which a local part such as "a+b" cannot name (issue 18: refused, never half-expanded).
PER_MAILBOX = clientconfig(
    "ranked.test", ("%EMAILLOCALPART%.imap.ranked.test", 993, "SSL"), ("smtp.ranked.test", 465, "SSL"),
)


def test_an_answer_left_without_an_incoming_server_for_the_address_is_not_found(
    mail_world: MailWorld,
) -> None:
    mail_world.world.route("https://autoconfig.ranked.test/mail/config-v1.1.xml", Reply(body=PER_MAILBOX))
    result = run(mail_world, "a+b@ranked.test", bundled(ENTRY))
    config = result.config
    assert config is not None and config.source is Source.CATALOG  # the bundled entry, usable
    assert config.incoming[0].hostname == "imap.ranked.test"
    said = [d for s, d in events(result, Source.ISP) if s is EventState.NOTHING]
    assert said and "a+b.imap.ranked.test" in said[0]
    # an administrator's file alone, offline: nothing found (not a result without incoming mail)
    admin = run(mail_world, "a+b@ranked.test", bundled(PER_MAILBOX, Source.ADMIN), offline=True)
    assert admin.config is None
    said = [d for s, d in events(admin, Source.CATALOG) if s is EventState.NOTHING]
    assert said and "a+b.imap.ranked.test" in said[0]
    # online, the administrator's file does not end the search: the provider's own answers
    mail_world.world.route("https://autoconfig.ranked.test/mail/config-v1.1.xml", Reply(body=ENTRY))
    online = run(mail_world, "a+b@ranked.test", bundled(PER_MAILBOX, Source.ADMIN))
    assert online.config is not None and online.config.source is Source.ISP
    assert [s for s, _ in events(online, Source.CATALOG)].count(EventState.NOTHING) == 1
