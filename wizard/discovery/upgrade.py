"""Plain entries are upgraded before they are shown (DESIGN.md "One path").

A server that a source lists without encryption (a bundled entry copied from a help page that
names no encryption, an old ISPDB file) is asked, without credentials, whether it offers
STARTTLS; when it does, the settings say STARTTLS. What stays unencrypted carries the
plain-connection warning whatever its source, as SRV and guessed answers do.
"""

from __future__ import annotations

import asyncio

from wizard.discovery.guess import Probe, probe_server
from wizard.discovery.network import Network
from wizard.model import (
    AccountConfig,
    ConfigWarning,
    Protocol,
    Security,
    ServerSettings,
    WarningKind,
)


async def upgrade_plain(config: AccountConfig, network: Network) -> tuple[AccountConfig, list[str]]:
    """``config`` (expanded) with every plain server that offers STARTTLS upgraded, and one
    line per probed server for the trace."""
    servers = [*config.incoming, *config.outgoing]
    plain = [
        index
        for index, server in enumerate(servers)
        if server.security is Security.PLAIN and server.protocol is not Protocol.EXCHANGE
    ]
    if not plain:
        return with_plain_warnings(config), []
    probes = [
        Probe(servers[i].protocol, servers[i].hostname, servers[i].port, False, (i,)) for i in plain
    ]
    found = await asyncio.gather(*(probe_server(network, probe) for probe in probes))
    lines: list[str] = []
    for index, answer in zip(plain, found, strict=True):
        server = servers[index]
        where = f"{server.protocol.value} {server.hostname}:{server.port}"
        if answer is None:
            lines.append(f"{where} listed without encryption did not answer the probe")
        elif answer.server.security is Security.STARTTLS:
            servers[index] = server.replace(security=Security.STARTTLS)
            lines.append(f"{where} listed without encryption offers STARTTLS: upgraded")
        else:
            lines.append(f"{where} listed without encryption offers no STARTTLS")
    count = len(config.incoming)
    upgraded = config.replace(incoming=tuple(servers[:count]), outgoing=tuple(servers[count:]))
    return with_plain_warnings(upgraded), lines


def with_plain_warnings(config: AccountConfig) -> AccountConfig:
    """A ``PLAIN_CONNECTION`` warning for each preferred server still without encryption."""
    known = {w.subject for w in config.warnings if w.kind is WarningKind.PLAIN_CONNECTION}
    extra: list[ConfigWarning] = []
    for server in _preferred(config):
        if server.security is Security.PLAIN and server.hostname not in known:
            known.add(server.hostname)
            extra.append(ConfigWarning(WarningKind.PLAIN_CONNECTION, server.hostname))
    if not extra:
        return config
    return config.replace(warnings=(*config.warnings, *extra))


def _preferred(config: AccountConfig) -> list[ServerSettings]:
    """The first server of each incoming protocol and the first outgoing one: what a user
    gets by default, whichever kind of incoming server they choose."""
    chosen: dict[Protocol, ServerSettings] = {}
    for server in (*config.incoming, *config.outgoing[:1]):
        chosen.setdefault(server.protocol, server)
    return list(chosen.values())
