"""Guessing: find the servers by asking them.

Better than Thunderbird's GuessConfig (thunderbird.md §1.8, §8): candidate names are resolved
first and missing ones dropped; implicit TLS is ranked before STARTTLS before plain; probes
run at once with short timeouts, and a better-ranked probe that is still silent one
``probe_grace`` after a worse one answered is given up (a black hole costs little);
CAPABILITY / CAPA / EHLO are read (again after STARTTLS) for the AUTH mechanisms;
GSSAPI and NTLM are never the default; IMAP ``LOGINDISABLED`` is honoured; certificates are
checked and a bad one fails the probe; the username is the full address.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from dataclasses import dataclass

from wizard.discovery.context import FetchFailed, Lookup, NotThere
from wizard.discovery.network import NameNotFound, Network
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

MAX_REPLY_BYTES = 64 * 1024
EHLO_NAME = "mailwizard.invalid"

_ENCRYPTED_MECHANISMS = ("CRAM-MD5", "SCRAM-SHA-256", "SCRAM-SHA-1", "DIGEST-MD5")
_OAUTH_MECHANISMS = ("XOAUTH2", "OAUTHBEARER")


class ProbeFailed(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Probe:
    protocol: Protocol
    host: str
    port: int
    implicit_tls: bool
    rank: tuple[int, ...]  # the best rank this probe can reach (lower is better)


@dataclass(frozen=True, slots=True)
class Found:
    probe: Probe
    server: ServerSettings
    rank: tuple[int, ...]


def candidate_hosts(domain: str) -> tuple[list[str], list[str]]:
    incoming = [f"imap.{domain}", f"pop3.{domain}", f"pop.{domain}", f"mail.{domain}", domain]
    outgoing = [f"smtp.{domain}", f"mail.{domain}", domain]
    return incoming, outgoing


def _rank(protocol: Protocol, security: Security, port: int, host_index: int) -> tuple[int, ...]:
    plain = 1 if security is Security.PLAIN else 0
    proto = 0 if protocol in (Protocol.IMAP, Protocol.SMTP) else 1
    tls = {Security.SSL: 0, Security.STARTTLS: 1, Security.PLAIN: 2}[security]
    port_order = 1 if port == 25 else 0
    return (plain, proto, tls, port_order, host_index)


def incoming_probes(hosts: list[str]) -> list[Probe]:
    probes: list[Probe] = []
    for index, host in enumerate(hosts):
        label = host.split(".", 1)[0]
        protocols = [Protocol.IMAP, Protocol.POP3]
        if label == "imap":
            protocols = [Protocol.IMAP]
        elif label in ("pop", "pop3"):
            protocols = [Protocol.POP3]
        for protocol in protocols:
            tls_port, plain_port = (993, 143) if protocol is Protocol.IMAP else (995, 110)
            probes.append(
                Probe(
                    protocol, host, tls_port, True, _rank(protocol, Security.SSL, tls_port, index)
                )
            )
            probes.append(
                Probe(
                    protocol,
                    host,
                    plain_port,
                    False,
                    _rank(protocol, Security.STARTTLS, plain_port, index),
                )
            )
    return sorted(probes, key=lambda p: p.rank)


def outgoing_probes(hosts: list[str]) -> list[Probe]:
    probes: list[Probe] = []
    for index, host in enumerate(hosts):
        probes.append(
            Probe(Protocol.SMTP, host, 465, True, _rank(Protocol.SMTP, Security.SSL, 465, index))
        )
        for port in (587, 25):
            probes.append(
                Probe(
                    Protocol.SMTP,
                    host,
                    port,
                    False,
                    _rank(Protocol.SMTP, Security.STARTTLS, port, index),
                )
            )
    return sorted(probes, key=lambda p: p.rank)


async def from_guess(lookup: Lookup) -> list[AccountConfig]:
    domain = lookup.address.domain
    incoming_hosts, outgoing_hosts = candidate_hosts(domain)
    names = list(dict.fromkeys(incoming_hosts + outgoing_hosts))
    lookup.report("resolving " + ", ".join(names))
    exists = await asyncio.gather(*(_exists(lookup, name) for name in names))
    existing = {name for name, ok in zip(names, exists, strict=True) if ok}
    if not existing:
        raise NotThere(f"none of {', '.join(names)} exists")
    incoming_hosts = [h for h in incoming_hosts if h in existing]
    outgoing_hosts = [h for h in outgoing_hosts if h in existing]
    lookup.report("probing " + ", ".join(sorted(existing)))
    incoming, outgoing = await asyncio.gather(
        _race(lookup, incoming_probes(incoming_hosts)),
        _race(lookup, outgoing_probes(outgoing_hosts)),
    )
    if not incoming:
        raise NotThere(f"no IMAP or POP3 server answered on {', '.join(incoming_hosts) or domain}")
    chosen_in = _pick_incoming(incoming)
    chosen_out = tuple(f.server for f in outgoing[:2])
    servers = (*chosen_in, *chosen_out)
    warnings = tuple(
        ConfigWarning(WarningKind.PLAIN_CONNECTION, s.hostname)
        for s in servers[:1] + chosen_out[:1]
        if s.security is Security.PLAIN
    )
    return [
        AccountConfig(
            id="",
            display_name=lookup.address.unicode_domain,
            domains=(domain,),
            incoming=chosen_in,
            outgoing=chosen_out,
            source=Source.GUESS,
            trust=Trust.NEEDS_CONFIRMATION if warnings else Trust.TRUSTED,
            origin="probed " + ", ".join(f"{s.hostname}:{s.port}" for s in servers),
            warnings=warnings,
        )
    ]


def _pick_incoming(found: list[Found]) -> tuple[ServerSettings, ...]:
    """The best server, then the best of the other protocol as the alternative."""
    best = found[0].server
    other = next((f.server for f in found if f.server.protocol is not best.protocol), None)
    return (best, other) if other else (best,)


async def _exists(lookup: Lookup, name: str) -> bool:
    try:
        return bool(await lookup.network.resolver.addresses(name))
    except NameNotFound:
        return False
    except (OSError, TimeoutError):
        return True  # let the probe find out


async def _race(lookup: Lookup, probes: list[Probe]) -> list[Found]:
    """Run all probes; stop once the best possible answer is known.

    Returns the successes, best first. A success is final when every probe that could
    still beat it has failed, or has been silent for ``probe_grace`` after it."""
    if not probes:
        return []
    loop = asyncio.get_running_loop()
    tasks = {asyncio.ensure_future(probe_server(lookup.network, p)): p for p in probes}
    pending = set(tasks)
    found: list[Found] = []
    first_success: float | None = None
    try:
        while pending:
            timeout = None
            if first_success is not None:
                timeout = max(0.0, first_success + lookup.network.probe_grace - loop.time())
            done, pending = await asyncio.wait(
                pending, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
            )
            for task in done:
                result = (
                    task.result() if not task.cancelled() and task.exception() is None else None
                )
                if result is not None:
                    found.append(result)
                    if first_success is None:
                        first_success = loop.time()
            found.sort(key=lambda f: f.rank)
            if found and all(tasks[t].rank > found[0].rank for t in pending):
                # the best is certain; wait (within the grace) for the other protocol's
                # best as the alternative, unless it is known or cannot come any more
                best = found[0].server.protocol
                others = [t for t in pending if tasks[t].protocol is not best]
                if not others or any(f.server.protocol is not best for f in found):
                    break
            if not done:  # grace over: the silent better-ranked probes lose
                break
    finally:
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    return found


async def probe_server(network: Network, probe: Probe) -> Found | None:
    """Connect, read the capabilities (after STARTTLS where offered) and return what the
    server supports; None when it does not answer as a usable mail server in time.
    No credentials are ever sent."""
    try:
        return await probe_or_raise(network, probe)
    except PROBE_ERRORS:
        return None


# What a probe may raise when the server does not answer as a usable mail server.
PROBE_ERRORS = (OSError, TimeoutError, ProbeFailed, ssl.SSLError, ValueError, FetchFailed)


async def probe_or_raise(network: Network, probe: Probe) -> Found | None:
    """``probe_server`` that says why it failed (one of ``PROBE_ERRORS``); None: the server
    answered but offers no sign-in method we could use."""
    async with asyncio.timeout(network.probe_timeout):
        return await _probe_inner(network, probe)


async def _probe_inner(network: Network, probe: Probe) -> Found | None:
    context = network.tls_context()
    reader, writer = await network.connector(
        probe.host,
        probe.port,
        tls=context if probe.implicit_tls else None,
        timeout=network.probe_timeout,
    )
    chat = _Chat(reader, writer)
    try:
        caps = await _CAPABILITIES[probe.protocol](chat, None)
        security = Security.SSL if probe.implicit_tls else Security.PLAIN
        if not probe.implicit_tls and _offers_starttls(probe.protocol, caps):
            caps = await _CAPABILITIES[probe.protocol](chat, (context, probe.host))
            security = Security.STARTTLS
        auth = choose_auth(probe.protocol, caps, encrypted=security is not Security.PLAIN)
        with contextlib.suppress(Exception):
            await chat.quit(probe.protocol)
        if auth is None:
            return None
        server = ServerSettings(
            protocol=probe.protocol,
            hostname=probe.host,
            port=probe.port,
            security=security,
            auth_methods=auth,
            username="%EMAILADDRESS%",
        )
        host_index = probe.rank[-1]
        return Found(probe, server, _rank(probe.protocol, security, probe.port, host_index))
    finally:
        # No graceful TLS shutdown: it could outlive the discovery (and its event loop).
        writer.transport.abort()


def _offers_starttls(protocol: Protocol, caps: set[str]) -> bool:
    return ("STLS" if protocol is Protocol.POP3 else "STARTTLS") in caps


def choose_auth(
    protocol: Protocol, caps: set[str], *, encrypted: bool
) -> tuple[AuthMethod, ...] | None:
    """The authentication methods a server offers, best default first; None = unusable.

    ``caps`` holds upper-case tokens; SASL mechanisms as ``AUTH=<MECH>`` for every protocol."""
    mechanisms = {c[5:] for c in caps if c.startswith("AUTH=")}
    cleartext = bool(mechanisms & {"PLAIN", "LOGIN"})
    if protocol is Protocol.IMAP:
        cleartext = cleartext or "LOGINDISABLED" not in caps
        if "LOGINDISABLED" in caps:
            cleartext = cleartext and encrypted and bool(mechanisms & {"PLAIN", "LOGIN"})
    elif protocol is Protocol.POP3:
        cleartext = cleartext or "USER" in caps or not caps
    encrypted_auth = bool(mechanisms & set(_ENCRYPTED_MECHANISMS))
    methods: list[AuthMethod] = []
    if encrypted:
        if cleartext:
            methods.append(AuthMethod.PASSWORD_CLEARTEXT)
        if encrypted_auth:
            methods.append(AuthMethod.PASSWORD_ENCRYPTED)
    else:  # a readable password is the last resort on an unencrypted line
        if encrypted_auth:
            methods.append(AuthMethod.PASSWORD_ENCRYPTED)
        if cleartext:
            methods.append(AuthMethod.PASSWORD_CLEARTEXT)
    if mechanisms & set(_OAUTH_MECHANISMS):
        methods.append(AuthMethod.OAUTH2)
    if not methods:
        return None  # only GSSAPI/NTLM (or nothing): never chosen by default
    if "GSSAPI" in mechanisms:
        methods.append(AuthMethod.GSSAPI)
    if "NTLM" in mechanisms:
        methods.append(AuthMethod.NTLM)
    return tuple(methods)


class _Chat:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.received = 0
        self.tag = 0

    async def line(self) -> str:
        raw = await self.reader.readline()
        if not raw:
            raise ProbeFailed("connection closed")
        self.received += len(raw)
        if self.received > MAX_REPLY_BYTES:
            raise ProbeFailed("the server talks too much")
        return raw.decode("utf-8", "replace").rstrip("\r\n")

    async def send(self, text: str) -> None:
        self.writer.write(text.encode("ascii") + b"\r\n")
        await self.writer.drain()

    async def starttls(self, context: ssl.SSLContext, host: str) -> None:
        await self.writer.start_tls(context, server_hostname=host)

    async def quit(self, protocol: Protocol) -> None:
        """Say goodbye and read the first line of the answer (briefly)."""
        await self.send({Protocol.IMAP: "z LOGOUT"}.get(protocol, "QUIT"))
        await asyncio.wait_for(self.reader.readline(), 0.2)


async def _imap_capabilities(chat: _Chat, upgrade: tuple[ssl.SSLContext, str] | None) -> set[str]:
    if upgrade is None:
        greeting = await chat.line()
        if not greeting.upper().startswith(("* OK", "* PREAUTH")):
            raise ProbeFailed(f"not an IMAP greeting: {greeting[:80]}")
    else:
        await chat.send("s1 STARTTLS")
        reply = await _imap_tagged(chat, "s1")
        if not reply.upper().startswith("S1 OK"):
            raise ProbeFailed("STARTTLS refused")
        await chat.starttls(*upgrade)
    chat.tag += 1
    tag = f"c{chat.tag}"
    await chat.send(f"{tag} CAPABILITY")
    caps: set[str] = set()
    while True:
        line = await chat.line()
        upper = line.upper()
        if upper.startswith("* CAPABILITY "):
            caps.update(upper.split()[2:])
        elif upper.startswith(tag.upper() + " "):
            if not upper.startswith(tag.upper() + " OK"):
                raise ProbeFailed("CAPABILITY failed")
            return caps


async def _imap_tagged(chat: _Chat, tag: str) -> str:
    while True:
        line = await chat.line()
        if line.upper().startswith(tag.upper() + " "):
            return line


async def _pop3_capabilities(chat: _Chat, upgrade: tuple[ssl.SSLContext, str] | None) -> set[str]:
    if upgrade is None:
        greeting = await chat.line()
        if not greeting.startswith("+OK"):
            raise ProbeFailed(f"not a POP3 greeting: {greeting[:80]}")
    else:
        await chat.send("STLS")
        if not (await chat.line()).startswith("+OK"):
            raise ProbeFailed("STLS refused")
        await chat.starttls(*upgrade)
    await chat.send("CAPA")
    first = await chat.line()
    caps: set[str] = set()
    if not first.startswith("+OK"):
        return caps  # an old server without CAPA: USER/PASS is all it knows
    while (line := await chat.line()) != ".":
        words = line.upper().split()
        if not words:
            continue
        caps.add(words[0])
        if words[0] == "SASL":
            caps.update(f"AUTH={m}" for m in words[1:])
    return caps


async def _smtp_reply(chat: _Chat) -> tuple[int, list[str]]:
    lines: list[str] = []
    while True:
        line = await chat.line()
        if len(line) < 3 or not (line[:3].isascii() and line[:3].isdigit()):  # not "²²⁰"
            raise ProbeFailed(f"not an SMTP reply: {line[:80]}")
        lines.append(line[4:])
        if line[3:4] != "-":
            return int(line[:3]), lines


async def _smtp_capabilities(chat: _Chat, upgrade: tuple[ssl.SSLContext, str] | None) -> set[str]:
    if upgrade is None:
        code, _ = await _smtp_reply(chat)
        if code != 220:
            raise ProbeFailed(f"SMTP greeting {code}")
    else:
        await chat.send("STARTTLS")
        code, _ = await _smtp_reply(chat)
        if code != 220:
            raise ProbeFailed("STARTTLS refused")
        await chat.starttls(*upgrade)
    await chat.send(f"EHLO {EHLO_NAME}")
    code, lines = await _smtp_reply(chat)
    if code != 250:
        raise ProbeFailed(f"EHLO answered {code}")
    caps: set[str] = set()
    for line in lines[1:]:
        words = (
            line.upper().replace("=", " ", 1).split()
            if line.upper().startswith("AUTH=")
            else line.upper().split()
        )
        if not words:
            continue
        caps.add(words[0])
        if words[0] == "AUTH":
            caps.update(f"AUTH={m}" for m in words[1:])
    return caps


_CAPABILITIES = {
    Protocol.IMAP: _imap_capabilities,
    Protocol.POP3: _pop3_capabilities,
    Protocol.SMTP: _smtp_capabilities,
}
