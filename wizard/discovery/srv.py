"""RFC 6186 / RFC 8314 SRV records: ``_imaps._tcp.<domain>`` and friends.

DNS answers are not authenticated, so SRV settings always need the user's confirmation
(and a target outside the address's domain is flagged by the orchestrator)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from wizard.discovery.context import FetchFailed, Lookup, NotThere
from wizard.discovery.network import NameNotFound, SrvRecord
from wizard.model import (
    AccountConfig,
    AuthMethod,
    ConfigWarning,
    Protocol,
    Security,
    ServerSettings,
    Source,
    Trust,
    WarningKind,
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
            warnings=(ConfigWarning(WarningKind.UNVERIFIED_SOURCE, f"_imaps._tcp.{domain}"),),
        )
    ]


def _server(record: SrvRecord, protocol: Protocol, security: Security) -> ServerSettings | None:
    if not record.target or record.port == 0:  # "." : decidedly not offered here
        return None
    return ServerSettings(
        protocol=protocol,
        hostname=record.target,
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
