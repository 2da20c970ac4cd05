"""The network a discovery runs on: resolver, HTTP client, TLS trust and TCP connector.

Everything that touches the outside world comes in through a ``Network`` so that tests and
benchmarks point it at loopback servers (a ``HostMap`` sends test host names to 127.0.0.1
ports, a ``Resolver`` asks the test DNS server, the TLS context trusts the test CA) without
patching sockets or globals. ``Network.default()`` is the production set-up: the system's DNS
configuration, the operating system's trust store (``truststore``; ``SSL_CERT_FILE`` /
``SSL_CERT_DIR`` win when set) and direct TCP connections.

``MAILWIZARD_TEST_NETWORK`` may name a JSON file describing a loopback network (see
``Network.from_description``); the command line honours it so that subprocess tests reach
the test servers.
"""

from __future__ import annotations

import asyncio
import copy
import json
import os
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

import anyio
import dns.asyncresolver
import dns.exception
import dns.rdatatype
import dns.resolver
import httpcore
import httpx
import truststore

from wizard.discovery.result import Reachability
from wizard.model import ConfigError, normalize_hostname

DEFAULT_ISPDB_URL = "https://autoconfig.thunderbird.net/v1.1/"
TEST_NETWORK_VARIABLE = "MAILWIZARD_TEST_NETWORK"
USER_AGENT = "MailWizard-Discovery/1"

Streams = tuple[asyncio.StreamReader, asyncio.StreamWriter]


class Connector(Protocol):
    """Open a TCP connection (with TLS from the first byte when ``tls`` is given)."""

    def __call__(
        self, host: str, port: int, *, tls: ssl.SSLContext | None, timeout: float
    ) -> Awaitable[Streams]: ...


# A blocking connection for the login checks (``wizard.verify`` runs them in worker threads).
SocketConnector = Callable[[str, int, float], socket.socket]


def direct_socket(host: str, port: int, timeout: float) -> socket.socket:
    return socket.create_connection((host, port), timeout=timeout)


class NameNotFound(LookupError):
    """The DNS name does not exist (NXDOMAIN)."""


@dataclass(frozen=True, slots=True)
class MxRecord:
    preference: int
    host: str  # lower case, no trailing dot; "" for a null MX (RFC 7505)


@dataclass(frozen=True, slots=True)
class SrvRecord:
    priority: int
    weight: int
    port: int
    target: str  # lower case, no trailing dot; "" means "service not offered" (".")


class DnsLog:
    """What the name servers answered during one discovery. No answer to any question means
    the network (or its DNS) is down; an answer, even "no such name", means it works, so what
    was not found is really not there. Counted from the resolver's typed outcomes."""

    def __init__(self) -> None:
        self.answered = 0  # records, none of the asked type, or "no such name"
        self.unanswered = 0  # no name server answered, or none gave a usable answer in time
        self.missing: set[str] = set()  # names a name server said do not exist

    def reachability(self, domain: str) -> Reachability:
        if not self.answered:
            return Reachability.UNREACHABLE if self.unanswered else Reachability.NOT_ASKED
        if domain.lower().rstrip(".") in self.missing:
            return Reachability.NO_SUCH_DOMAIN
        return Reachability.ANSWERED


class Resolver:
    """Typed DNS queries over dnspython's async resolver.

    A name that does not exist raises ``NameNotFound``; a name without records of the
    asked type gives an empty list; a server failure or timeout raises ``OSError``.
    ``with_log`` gives the same resolver reporting each outcome to a ``DnsLog``."""

    def __init__(
        self,
        resolver: dns.asyncresolver.Resolver | None = None,
        *,
        nameserver: str | None = None,
        port: int = 53,
        timeout: float = 3.0,
    ) -> None:
        self._given = resolver
        self._nameserver = nameserver
        self._port = port
        self._timeout = timeout
        self._made: dns.asyncresolver.Resolver | None = None
        self._log: DnsLog | None = None

    def with_log(self, log: DnsLog) -> Resolver:
        """This resolver (its settings, and the system's set-up once read), noting every
        outcome in ``log``."""
        twin = copy.copy(self)
        twin._log = log
        return twin

    @property
    def _resolver(self) -> dns.asyncresolver.Resolver:
        """Made on the first query: reading the system's DNS set-up (on Windows, the registry)
        costs nothing for commands that never ask DNS, such as ``detect --offline``."""
        if self._made is None:
            resolver = self._given
            if resolver is None:
                if self._nameserver is not None:
                    resolver = dns.asyncresolver.Resolver(configure=False)
                    resolver.nameservers = [self._nameserver]
                    resolver.port = self._port
                else:
                    resolver = _system_resolver()
            resolver.lifetime = self._timeout
            resolver.timeout = min(self._timeout, 2.0)
            self._made = resolver
        return self._made

    async def _query(self, name: str, rdtype: str) -> list[Any]:
        log = self._log if self._log is not None else DnsLog()
        try:
            answer = await self._resolver.resolve(name, rdtype, search=False)
        except dns.resolver.NXDOMAIN:
            log.answered += 1
            log.missing.add(name.rstrip(".").lower())
            raise NameNotFound(name) from None
        except dns.resolver.NoAnswer:
            log.answered += 1
            return []
        except dns.resolver.NoNameservers as exc:
            log.unanswered += 1
            raise OSError(f"no DNS server answered for {name}") from exc
        except dns.exception.Timeout as exc:
            log.unanswered += 1
            raise TimeoutError(f"DNS query for {name} timed out") from exc
        except dns.exception.DNSException as exc:
            log.unanswered += 1
            raise OSError(f"DNS query for {name} failed: {exc}") from exc
        log.answered += 1
        return list(answer)

    async def mx(self, name: str) -> list[MxRecord]:
        records = await self._query(name, "MX")
        hosts = [_host(r.exchange.to_text()) for r in records]
        return [MxRecord(int(r.preference), h) for r, h in zip(records, hosts, strict=True) if h is not None]

    async def srv(self, name: str) -> list[SrvRecord]:
        records = await self._query(name, "SRV")
        hosts = [_host(r.target.to_text()) for r in records]
        return [
            SrvRecord(int(r.priority), int(r.weight), int(r.port), h)
            for r, h in zip(records, hosts, strict=True)
            if h is not None
        ]

    async def canonical_name(self, name: str) -> str | None:
        """The name ``name`` is an alias (CNAME) of, or None when it is no alias."""
        try:
            records = await self._query(name, "CNAME")
        except NameNotFound:
            return None
        targets = [_host(r.target.to_text()) for r in records]
        return next((t for t in targets if t), None)

    async def addresses(self, name: str) -> list[str]:
        """A and AAAA together; ``NameNotFound`` only when neither name exists."""
        results = await asyncio.gather(
            self._query(name, "A"), self._query(name, "AAAA"), return_exceptions=True
        )
        found: list[str] = []
        errors: list[BaseException] = []
        for result in results:
            if isinstance(result, BaseException):
                errors.append(result)
            else:
                found.extend(r.to_text() for r in result)
        if found:
            return found
        if errors and all(isinstance(e, NameNotFound) for e in errors):
            raise NameNotFound(name)
        for error in errors:
            if not isinstance(error, NameNotFound):
                raise error
        return []


def _host(text: str) -> str | None:
    """A record's target: "" for the root (".": no service, no mail), None for a name that is
    no host name (DNS labels may hold "/", "?" or spaces; such a record is dropped)."""
    if text.rstrip(".") == "":
        return ""
    try:
        return normalize_hostname(text)
    except ConfigError:
        return None


def _system_resolver() -> dns.asyncresolver.Resolver:
    try:
        return dns.asyncresolver.Resolver()
    except (dns.resolver.NoResolverConfiguration, OSError):  # pragma: no cover - broken host set-up
        resolver = dns.asyncresolver.Resolver(configure=False)
        resolver.nameservers = ["127.0.0.53", "127.0.0.1"]
        return resolver


def default_tls_context() -> ssl.SSLContext:
    """The OS trust store, unless ``SSL_CERT_FILE``/``SSL_CERT_DIR`` name other roots."""
    cafile = os.environ.get("SSL_CERT_FILE") or None
    capath = os.environ.get("SSL_CERT_DIR") or None
    if cafile or capath:
        return ssl.create_default_context(cafile=cafile, capath=capath)
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


async def direct_connector(
    host: str, port: int, *, tls: ssl.SSLContext | None, timeout: float
) -> Streams:
    async with asyncio.timeout(timeout):
        return await asyncio.open_connection(
            host,
            port,
            ssl=tls,
            server_hostname=host if tls else None,
            ssl_handshake_timeout=timeout if tls else None,
        )


@dataclass(frozen=True)
class HostMap:
    """Sends ``host:port`` to another address (tests: 127.0.0.1 and a random port).

    Names that are not in the map are refused, so a test never reaches the Internet."""

    entries: Mapping[tuple[str, int], tuple[str, int]]

    @classmethod
    def parse(cls, mapping: Mapping[str, str]) -> HostMap:
        """``{"imap.example.test:993": "127.0.0.1:40001", …}``"""
        entries: dict[tuple[str, int], tuple[str, int]] = {}
        for key, value in mapping.items():
            host, _, port = key.rpartition(":")
            target, _, target_port = value.rpartition(":")
            entries[(host.lower(), int(port))] = (target, int(target_port))
        return cls(entries)

    def lookup(self, host: str, port: int) -> tuple[str, int]:
        try:
            return self.entries[(host.lower().rstrip("."), port)]
        except KeyError:
            raise ConnectionRefusedError(f"{host}:{port} is not a test server") from None

    async def connect(
        self, host: str, port: int, *, tls: ssl.SSLContext | None, timeout: float
    ) -> Streams:
        address, real_port = self.lookup(host, port)
        async with asyncio.timeout(timeout):
            return await asyncio.open_connection(
                address,
                real_port,
                ssl=tls,
                server_hostname=host if tls else None,
                ssl_handshake_timeout=timeout if tls else None,
            )


    def open_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        """The blocking twin of ``connect`` for the login checks."""
        address, real_port = self.lookup(host, port)
        return socket.create_connection((address, real_port), timeout=timeout)


class _MappedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore backend that connects through a ``HostMap`` (TLS keeps the real name)."""

    def __init__(self, host_map: HostMap) -> None:
        self._map = host_map
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            address, real_port = self._map.lookup(host, port)
        except ConnectionRefusedError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        stream = await self._backend.connect_tcp(address, real_port, timeout=timeout)
        return _ClosingStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:  # pragma: no cover - never used
        raise httpcore.ConnectError("unix sockets are not used")

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class _ClosingStream(httpcore.AsyncNetworkStream):
    """Closes the socket when the TLS handshake is cancelled (httpcore only does so for
    ordinary exceptions, and a discovery cancels handshakes all the time)."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            return await self._stream.start_tls(ssl_context, server_hostname, timeout)
        except BaseException:
            with anyio.CancelScope(shield=True):
                await self._stream.aclose()
            raise

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


def mapped_http_client_factory(
    host_map: HostMap, tls_context: Callable[[], ssl.SSLContext]
) -> Callable[[], httpx.AsyncClient]:
    def factory() -> httpx.AsyncClient:
        context = tls_context()
        transport = httpx.AsyncHTTPTransport(verify=context, trust_env=False)
        # httpx has no public hook for the network backend; the pool is its documented core.
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=context, network_backend=_MappedBackend(host_map)
        )
        return httpx.AsyncClient(
            transport=transport, trust_env=False, headers={"User-Agent": USER_AGENT}
        )

    return factory


def default_http_client_factory(
    tls_context: Callable[[], ssl.SSLContext],
) -> Callable[[], httpx.AsyncClient]:
    def factory() -> httpx.AsyncClient:
        return httpx.AsyncClient(verify=tls_context(), headers={"User-Agent": USER_AGENT})

    return factory


@dataclass(frozen=True)
class Network:
    """What discovery needs from the outside world, plus its time limits (seconds)."""

    resolver: Resolver
    http_client: Callable[[], httpx.AsyncClient]
    tls_context: Callable[[], ssl.SSLContext]
    connector: Connector
    ispdb_url: str = DEFAULT_ISPDB_URL
    http_timeout: float = 5.0  # one HTTP exchange, redirects included
    ispdb_timeout: float = 8.0
    probe_timeout: float = 3.0  # one guessing probe: connect, TLS, greeting, capabilities
    probe_grace: float = 1.0  # how long a better-ranked probe may lag behind a success
    dns_timeout: float = 3.0
    # How long a provider in the bundled list waits for the provider's own autoconfig.
    provider_wait: float = 1.0
    # The login checks reach the same servers: a blocking connector, and the TLS trust
    # for them (None: the verifier's own default, the system trust store).
    socket_connector: SocketConnector = direct_socket
    verify_tls_context: Callable[[], ssl.SSLContext] | None = None
    description: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def with_dns_log(self, log: DnsLog) -> Network:
        """The same network, its resolver noting every outcome in ``log``."""
        return replace(self, resolver=self.resolver.with_log(log))

    @classmethod
    def default(cls, *, ispdb_url: str | None = None) -> Network:
        return cls(
            resolver=Resolver(),
            http_client=default_http_client_factory(default_tls_context),
            tls_context=default_tls_context,
            connector=direct_connector,
            ispdb_url=ispdb_url or os.environ.get("MAILWIZARD_ISPDB_URL") or DEFAULT_ISPDB_URL,
        )

    @classmethod
    def loopback(
        cls,
        *,
        dns_port: int,
        hosts: Mapping[str, str],
        ca_file: str | Path | None = None,
        dns_address: str = "127.0.0.1",
        **limits: Any,
    ) -> Network:
        """A network of test servers: DNS at ``dns_address:dns_port``, ``hosts`` as for
        ``HostMap.parse``, certificates checked against ``ca_file`` only."""
        host_map = HostMap.parse(hosts)

        def tls_context() -> ssl.SSLContext:
            return ssl.create_default_context(cafile=str(ca_file) if ca_file else None)

        return cls(
            resolver=Resolver(
                nameserver=dns_address, port=dns_port, timeout=float(limits.get("dns_timeout", 3.0))
            ),
            http_client=mapped_http_client_factory(host_map, tls_context),
            tls_context=tls_context,
            connector=host_map.connect,
            socket_connector=host_map.open_socket,
            verify_tls_context=tls_context,
            **limits,
        )

    @classmethod
    def from_description(cls, path: str | Path) -> Network:
        """Read a JSON test-network description::

        {"dns": "127.0.0.1:5353", "ca_file": "/tmp/ca.pem",
         "hosts": {"autoconfig.example.test:443": "127.0.0.1:40001"},
         "ispdb_url": "https://ispdb.test/v1.1/", "probe_timeout": 1.0}
        """
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        address, _, port = str(data["dns"]).rpartition(":")
        limits = {
            key: data[key]
            for key in (
                "ispdb_url",
                "http_timeout",
                "ispdb_timeout",
                "probe_timeout",
                "probe_grace",
                "dns_timeout",
                "provider_wait",
            )
            if key in data
        }
        return cls.loopback(
            dns_port=int(port),
            dns_address=address or "127.0.0.1",
            hosts=data.get("hosts", {}),
            ca_file=data.get("ca_file"),
            **limits,
        )

    @classmethod
    def from_environment(cls) -> Network:
        """The test network named by ``MAILWIZARD_TEST_NETWORK``, else the default."""
        path = os.environ.get(TEST_NETWORK_VARIABLE)
        return cls.from_description(path) if path else cls.default()
