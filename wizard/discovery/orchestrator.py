"""``discover()``: every source at once, the best trusted answer as soon as it is certain.

The result is the highest-ranked answer that may be used without asking (trust TRUSTED and
no warning once the foreign-domain check has run), returned as soon as every higher-ranked
source has answered or failed; the rest are cancelled. When no such answer exists, the best
answer that needs confirmation is returned (the caller must ask). One deadline covers the
whole discovery; cancelling the calling task cancels everything.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from wizard.catalog import Catalog, default_catalog
from wizard.discovery.autoconfig import (
    catalog_answer,
    from_catalog,
    from_isp,
    from_isp_http,
    from_ispdb,
    from_mx,
)
from wizard.discovery.autodiscover import from_autodiscover
from wizard.discovery.context import FetchFailed, Lookup, NotThere
from wizard.discovery.domains import config_hosts, foreign_warnings, registrable_domain
from wizard.discovery.guess import from_guess
from wizard.discovery.network import DnsLog, MxRecord, NameNotFound, Network
from wizard.discovery.result import DiscoveryEvent, DiscoveryResult, EventState
from wizard.discovery.srv import from_srv
from wizard.model import AccountConfig, EmailAddress, Source, Trust, parse_address

SourceFunction = Callable[[Lookup], Awaitable[list[AccountConfig]]]
EventCallback = Callable[[DiscoveryEvent], None]

# Highest rank first (DESIGN.md "Finding the settings").
RANKING: tuple[tuple[Source, SourceFunction], ...] = (
    (Source.CATALOG, from_catalog),
    (Source.ISP, from_isp),
    (Source.ISPDB, from_ispdb),
    (Source.MX, from_mx),
    (Source.SRV, from_srv),
    (Source.AUTODISCOVER, from_autodiscover),
    (Source.ISP_HTTP, from_isp_http),
    (Source.GUESS, from_guess),
)
# The first ranks (catalog, provider autoconfig, ISPDB) get a few milliseconds of head start:
# their requests go out before the dozens of DNS queries and probes of the others compete
# for the same thread (measured in benchmarks/bench_discovery.py, scenario b).
HEAD_START_RANKS = 3
HEAD_START = 0.015
_CURATED = (Source.CATALOG, Source.ADMIN, Source.ISPDB)
_TRUST_ORDER = {Trust.TRUSTED: 0, Trust.NEEDS_CONFIRMATION: 1, Trust.UNTRUSTED: 2}


async def discover(
    address: str | EmailAddress,
    *,
    network: Network | None = None,
    catalog: Catalog | None = None,
    timeout: float = 15.0,
    offline: bool = False,
    password: str | None = None,
    on_event: EventCallback | None = None,
) -> DiscoveryResult:
    """Find the settings for ``address``; raises ``AddressError`` for a malformed one."""
    email = address if isinstance(address, EmailAddress) else parse_address(address)
    if catalog is None:
        catalog = default_catalog()
    if network is None:
        network = Network.from_environment()
    run = _Run(email, on_event)
    if offline:
        return await run.offline(catalog)
    answer = run.catalog_shortcut(catalog)
    if answer is not None:
        return answer
    dns = DnsLog()  # what the name servers said: a dead network is not "nothing there"
    client = network.http_client()
    try:
        result = await run.online(network.with_dns_log(dns), catalog, client, password, timeout)
    finally:
        await client.aclose()
    return dataclasses.replace(result, reachability=dns.reachability(email.domain))


class _Run:
    def __init__(self, address: EmailAddress, on_event: EventCallback | None) -> None:
        self.address = address
        self.on_event = on_event
        self.trace: list[DiscoveryEvent] = []
        self.loop = asyncio.get_running_loop()
        self.start = self.loop.time()
        self.results: dict[Source, list[AccountConfig]] = {}
        self.catalog_domains: tuple[str, ...] = ()
        self.mx_domain: str | None = None

    def elapsed(self) -> float:
        return self.loop.time() - self.start

    def emit(self, source: Source, state: EventState, detail: str = "") -> None:
        event = DiscoveryEvent(source, state, detail, self.elapsed())
        self.trace.append(event)
        if self.on_event is not None:
            self.on_event(event)

    async def offline(self, catalog: Catalog) -> DiscoveryResult:
        configs = await self._run_source(Source.CATALOG, catalog_answer(catalog, self.address))
        for source, _ in RANKING[1:]:
            self.emit(source, EventState.SKIPPED, "offline")
        self._note_catalog(catalog)
        self.results[Source.CATALOG] = configs
        return self._result(self._best(final=True), timed_out=False)

    def catalog_shortcut(self, catalog: Catalog) -> DiscoveryResult | None:
        """The catalog ranks first: when its entry may be used silently (no server outside
        its own domains), nothing else can win, so nothing else is asked."""
        entry = catalog.find_by_domain(self.address.domain)
        if entry is None:
            return None
        self.catalog_domains = entry.domains
        config = entry.replace(trust=Trust.TRUSTED)
        if entry.source not in (Source.CATALOG, Source.ADMIN):
            config = config.replace(source=Source.CATALOG)
        finished = self._finish(config)
        if not self._could_be_silent(finished):
            return None  # the MX answer may still vouch for its servers: ask everyone
        self.emit(Source.CATALOG, EventState.FOUND, _summary(config))
        for source, _ in RANKING[1:]:
            self.emit(source, EventState.SKIPPED, "the provider list answered")
        return DiscoveryResult(self.address, finished, (), tuple(self.trace), self.elapsed())

    async def online(
        self,
        network: Network,
        catalog: Catalog,
        client: httpx.AsyncClient,
        password: str | None,
        timeout: float,
    ) -> DiscoveryResult:
        for source, _ in RANKING:
            self.emit(source, EventState.WAITING)
        self._note_catalog(catalog)
        mx_task = asyncio.ensure_future(self._mx_records(network))
        base = Lookup(
            self.address, network, catalog, client, password, mx_task, lambda _detail: None
        )
        tasks: dict[Source, asyncio.Future[list[AccountConfig]]] = {}
        for index, (source, function) in enumerate(RANKING):
            lookup = base.with_report(self._reporter(source))
            delay = HEAD_START if index >= HEAD_START_RANKS else 0.0
            tasks[source] = asyncio.ensure_future(
                self._run_source(source, _after(delay, function, lookup))
            )
        winner: AccountConfig | None = None
        timed_out = False
        deadline = self.loop.time() + timeout
        try:
            while True:
                for source, task in tasks.items():
                    if task.done() and source not in self.results:
                        self.results[source] = task.result()
                if mx_task.done() and self.mx_domain is None:
                    self.mx_domain = _mx_domain(mx_task)
                decided, winner = self._decide(tasks, mx_task)
                if decided:
                    break
                pending: set[asyncio.Future[Any]] = {t for t in tasks.values() if not t.done()}
                if not mx_task.done():
                    pending.add(mx_task)
                if not pending:
                    break
                remaining = deadline - self.loop.time()
                if remaining <= 0:
                    timed_out = True
                    break
                done, _ = await asyncio.wait(
                    pending, timeout=remaining, return_when=asyncio.FIRST_COMPLETED
                )
                if not done:
                    timed_out = True
                    break
        finally:
            reason = "the deadline passed" if timed_out else "not needed any more"
            for source, task in tasks.items():
                if not task.done():
                    task.cancel()
                    self.emit(source, EventState.CANCELLED, reason)
            mx_task.cancel()
            await asyncio.gather(*tasks.values(), mx_task, return_exceptions=True)
        if winner is None:
            winner = self._best(final=True)
        return self._result(winner, timed_out=timed_out)

    def _note_catalog(self, catalog: Catalog) -> None:
        entry = catalog.find_by_domain(self.address.domain)
        if entry is not None:
            self.catalog_domains = entry.domains

    def _reporter(self, source: Source) -> Callable[[str], None]:
        return lambda detail: self.emit(source, EventState.ASKING, detail)

    async def _mx_records(self, network: Network) -> list[MxRecord]:
        try:
            return await network.resolver.mx(self.address.domain)
        except NameNotFound:
            return []

    async def _run_source(
        self, source: Source, answer: Awaitable[list[AccountConfig]]
    ) -> list[AccountConfig]:
        """Run one source; never raises (except cancellation); reports its outcome."""
        try:
            configs = await answer
        except NotThere as exc:
            self.emit(source, EventState.NOTHING, str(exc))
            return []
        except (FetchFailed, OSError) as exc:
            self.emit(source, EventState.FAILED, str(exc) or type(exc).__name__)
            return []
        except TimeoutError:
            self.emit(source, EventState.FAILED, "no answer in time")
            return []
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug or an unforeseen answer must not stop the others
            self.emit(source, EventState.FAILED, f"{type(exc).__name__}: {exc}")
            return []
        if not configs:
            self.emit(source, EventState.NOTHING)
            return []
        self.emit(source, EventState.FOUND, _summary(configs[0]))
        return configs

    def _finish(self, config: AccountConfig) -> AccountConfig:
        """Expand for the address and add the foreign-domain warnings."""
        expanded = config.expanded(self.address)
        foreign = foreign_warnings(expanded, self._allowed(config))
        known = {(w.kind, w.subject) for w in expanded.warnings}
        extra = tuple(w for w in foreign if (w.kind, w.subject) not in known)
        if not extra:
            return expanded
        trust = Trust.NEEDS_CONFIRMATION if expanded.trust is Trust.TRUSTED else expanded.trust
        return expanded.replace(trust=trust, warnings=(*expanded.warnings, *extra))

    def _allowed(self, config: AccountConfig) -> list[str]:
        allowed = [self.address.domain, *self.catalog_domains]
        if self.mx_domain:
            allowed.append(self.mx_domain)
        if config.source in _CURATED or config.source is Source.MX:
            allowed.extend(config.domains)
        return allowed

    def _could_be_silent(self, config: AccountConfig) -> bool:
        return config.trust is Trust.TRUSTED and not config.warnings

    def _needs_mx(self, config: AccountConfig) -> bool:
        """Would the MX domain decide whether this config has a foreign server?"""
        allowed = {registrable_domain(d) for d in self._allowed(config)}
        hosts = config_hosts(config.expanded(self.address))
        return any(registrable_domain(h) not in allowed for h in hosts)

    def _decide(
        self,
        tasks: dict[Source, asyncio.Future[list[AccountConfig]]],
        mx_task: asyncio.Future[list[MxRecord]],
    ) -> tuple[bool, AccountConfig | None]:
        for source, _ in RANKING:
            if source not in self.results:
                return False, None  # a better-ranked source has not answered yet
            for config in self.results[source]:
                if not self._could_be_silent(config):
                    continue
                if not mx_task.done() and self._needs_mx(config):
                    return False, None  # the MX answer decides whether it is foreign
                finished = self._finish(config)
                if self._could_be_silent(finished):
                    return True, finished
        return False, None

    def _candidates(self) -> list[AccountConfig]:
        ranks = {source: index for index, (source, _) in enumerate(RANKING)}
        ordered: list[tuple[int, int, int, AccountConfig]] = []
        for source, configs in self.results.items():
            for position, config in enumerate(configs):
                finished = self._finish(config)
                silent = 0 if self._could_be_silent(finished) else 1
                order = (silent, _TRUST_ORDER[finished.trust], ranks.get(source, 99))
                ordered.append((*order[:2], order[2] * 100 + position, finished))
        ordered.sort(key=lambda item: item[:3])
        return [item[3] for item in ordered]

    def _best(self, *, final: bool) -> AccountConfig | None:
        candidates = self._candidates()
        return candidates[0] if candidates else None

    def _result(self, winner: AccountConfig | None, *, timed_out: bool) -> DiscoveryResult:
        alternatives: list[AccountConfig] = []
        seen = {_identity(winner)} if winner else set()
        for config in self._candidates():
            key = _identity(config)
            if key not in seen:
                seen.add(key)
                alternatives.append(config)
        return DiscoveryResult(
            address=self.address,
            config=winner,
            alternatives=tuple(alternatives),
            trace=tuple(self.trace),
            elapsed=self.elapsed(),
            timed_out=timed_out,
        )


async def _after(delay: float, function: SourceFunction, lookup: Lookup) -> list[AccountConfig]:
    if delay:
        await asyncio.sleep(delay)
    return await function(lookup)


def _mx_domain(task: asyncio.Future[list[MxRecord]]) -> str:
    if task.cancelled() or task.exception() is not None:
        return ""
    records = sorted(task.result(), key=lambda r: (r.preference, r.host))
    return registrable_domain(records[0].host) if records and records[0].host else ""


def _identity(config: AccountConfig | None) -> tuple[object, ...]:
    if config is None:
        return ()
    return (tuple(s.endpoint for s in config.incoming), tuple(s.endpoint for s in config.outgoing))


def _summary(config: AccountConfig) -> str:
    parts = [
        f"{s.protocol.value} {s.hostname}:{s.port} {s.security.value}"
        for s in (config.incoming[:1] + config.outgoing[:1])
    ]
    text = ", ".join(parts)
    if config.trust is not Trust.TRUSTED:
        text += f" ({config.trust.value})"
    if config.skipped:  # servers the reader left out, and why
        text += "; " + "; ".join(config.skipped)
    return text
