"""RFC 6186 / RFC 8314 SRV records: ``_imaps._tcp.<domain>`` and friends.

The servers the records name are probed as guessing does, so the settings say what each
server really offers (implicit TLS, STARTTLS or nothing; its sign-in methods). A server that
does not answer the probe is kept as the record says; the check proves it. DNS answers are
not authenticated, so SRV settings always need the user's confirmation (DESIGN.md), and a
target outside the address's domain is also flagged by the orchestrator."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from wizard.discovery.context import FetchFailed, Lookup, NotThere
from wizard.discovery.guess import Probe, probe_server
from wizard.discovery.network import NameNotFound, SrvRecord
from wizard.model import (
    AccountConfig,
    AuthMethod,
    ConfigError,
    ConfigWarning,
    Protocol,
    Security,
    ServerSettings,
    Source,
    Trust,
    WarningKind,
    normalize_hostname,
)

SERVICES: tuple[tuple[str, Protocol, Security], ...] = (
    ("_imaps", Protocol.IMAP, Security.SSL),
    ("_imap", Protocol.IMAP, Security.STARTTLS),
    ("_pop3s", Protocol.POP3, Security.SSL),
    ("_pop3", Protocol.POP3, Security.STARTTLS),
    ("_submissions", Protocol.SMTP, Security.SSL),
    ("_submission", Protocol.SMTP, Security.STARTTLS),
)


async def from_srv(lookup: Lookup) -> list[AccountConfig]:
    domain = lookup.address.domain
    lookup.report(
        f"SRV records _imaps, _imap, _pop3s, _pop3, _submissions, _submission of {domain}"
    )
    names = [f"{label}._tcp.{domain}" for label, _, _ in SERVICES]
    answers = await asyncio.gather(
        *(lookup.network.resolver.srv(name) for name in names), return_exceptions=True
    )
    failures = [
        a for a in answers if isinstance(a, BaseException) and not isinstance(a, NameNotFound)
    ]
    if failures and len(failures) == len(answers):
        raise FetchFailed(f"SRV lookups failed: {failures[0]}")
    # (priority, implicit TLS first, -weight, order) so that RFC 8314's preference decides ties
    found: list[tuple[tuple[int, int, int, int], ServerSettings]] = []
    for order, ((_label, protocol, security), answer) in enumerate(
        zip(SERVICES, answers, strict=True)
    ):
        if isinstance(answer, BaseException):
            continue
        for record in answer:
            server = _server(record, protocol, security)
            if server is not None:
                key = (record.priority, 0 if security is Security.SSL else 1, -record.weight, order)
                found.append((key, server))
    found.sort(key=lambda item: item[0])
    incoming = _unique(s for _, s in found if s.protocol.is_incoming)
    outgoing = _unique(s for _, s in found if not s.protocol.is_incoming)
    if not incoming:
        raise NotThere(f"{domain} publishes no SRV records for IMAP or POP3")
    lookup.report("probing " + ", ".join(f"{s.hostname}:{s.port}" for s in (*incoming, *outgoing)))
    probed_in, probed_out = await asyncio.gather(_probed(lookup, incoming), _probed(lookup, outgoing))
    # What answered, with what it offers; what did not, as the records say.
    incoming = tuple(p or s for p, s in zip(probed_in, incoming, strict=True))
    outgoing = tuple(p or s for p, s in zip(probed_out, outgoing, strict=True))
    warnings = (
        ConfigWarning(WarningKind.UNVERIFIED_SOURCE, f"_imaps._tcp.{domain}"),
        *(
            ConfigWarning(WarningKind.PLAIN_CONNECTION, s.hostname)
            for s in incoming[:1] + outgoing[:1]
            if s.security is Security.PLAIN
        ),
    )
    return [
        AccountConfig(
            id="",
            display_name=lookup.address.unicode_domain,
            domains=(domain,),
            incoming=incoming,
            outgoing=outgoing,
            source=Source.SRV,
            trust=Trust.NEEDS_CONFIRMATION,
            origin=f"DNS SRV records of {domain}",
            warnings=warnings,
        )
    ]


async def _probed(
    lookup: Lookup, servers: tuple[ServerSettings, ...]
) -> list[ServerSettings | None]:
    """Each server as its probe found it (None: it did not answer as a mail server)."""
    probes = [
        Probe(s.protocol, s.hostname, s.port, s.security is Security.SSL, (index,))
        for index, s in enumerate(servers)
    ]
    found = await asyncio.gather(*(probe_server(lookup.network, p) for p in probes))
    return [f.server if f is not None else None for f in found]


def _server(record: SrvRecord, protocol: Protocol, security: Security) -> ServerSettings | None:
    if not record.target or record.port == 0:  # "." : decidedly not offered here
        return None
    try:  # the resolver drops names that are no host names; this keeps the rule in one place
        hostname = normalize_hostname(record.target)
    except ConfigError:
        return None
    return ServerSettings(
        protocol=protocol,
        hostname=hostname,
        port=record.port,
        security=security,
        auth_methods=(AuthMethod.PASSWORD_CLEARTEXT,),
        username="%EMAILADDRESS%",
    )


def _unique(servers: Iterable[ServerSettings]) -> tuple[ServerSettings, ...]:
    seen: set[tuple[Protocol, str, int, Security]] = set()
    result: list[ServerSettings] = []
    for server in servers:
        if server.endpoint not in seen:
            seen.add(server.endpoint)
            result.append(server)
    return tuple(result)
