"""Names read from DNS pass the model's host-name rule like every other source (issue 18,
item 4: the same bug class elsewhere). DNS labels may hold any byte: an MX or SRV target
such as ``mx.evil.example/x?`` would otherwise become part of an autoconfig URL or a server
name. The loopback DNS server of tests/fixtures serves the records."""

from __future__ import annotations

import asyncio

from tests.fixtures.discovery_servers import LoopbackWorld


def test_mx_and_srv_targets_that_are_no_host_names_are_dropped(loopback_world: LoopbackWorld) -> None:
    world = loopback_world
    for preference, host in ((5, "mx.evil.example/x?"), (7, "mx one.dns-names.example"), (10, "MX.DNS-Names.Example")):
        world.add_mx("dns-names.example", preference, host)
    world.add_mx("null-mx.example", 0, "")
    for target in ("$(id).dns-names.example", "imap.dns-names.example"):
        world.add_srv("_imaps._tcp.dns-names.example", 0, 1, 993, target)
    resolver = world.network().resolver

    mx = asyncio.run(resolver.mx("dns-names.example"))
    assert [(r.preference, r.host) for r in mx] == [(10, "mx.dns-names.example")]
    assert [r.host for r in asyncio.run(resolver.mx("null-mx.example"))] == [""]  # "no mail" stays said
    srv = asyncio.run(resolver.srv("_imaps._tcp.dns-names.example"))
    assert [(r.port, r.target) for r in srv] == [(993, "imap.dns-names.example")]
