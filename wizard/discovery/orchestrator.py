"""``discover()``: every source at once, the best trusted answer as soon as it is certain.

The result is the highest-ranked answer that may be used without asking (trust TRUSTED and
no warning once the foreign-domain check has run), returned as soon as every higher-ranked
source has answered or failed; the rest are cancelled. When no such answer exists, the best
answer that needs confirmation is returned (the caller must ask). One deadline covers the
whole discovery; cancelling the calling task cancels everything.

An administrator's provider file answers at once. The provider's own autoconfig (https, the
address's domain) outranks the bundled list, as it outranks the ISPDB in Thunderbird: a
bundled provider waits for it at most ``Network.provider_wait``; when it answers, its
servers and login form win and the bundled entry still gives the name and the notes (the
trace says where the two differ). Finally the winner's servers listed without encryption
are probed for STARTTLS (``upgrade.upgrade_plain``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import replace
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
from wizard.discovery.context import FetchFailed, Lookup, NotThere, signs_in_with_oauth2
from wizard.discovery.domains import config_hosts, foreign_warnings, registrable_domain
from wizard.discovery.guess import from_guess
from wizard.discovery.network import DnsLog, MxRecord, NameNotFound, Network
from wizard.discovery.result import DiscoveryEvent, DiscoveryResult, EventState
from wizard.discovery.srv import from_srv
from wizard.discovery.upgrade import upgrade_plain, with_plain_warnings
from wizard.model import AccountConfig, EmailAddress, ServerSettings, Source, Trust, parse_address

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
_OWN_SERVERS_VOUCHED = (Source.CATALOG, Source.ADMIN)
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
    run = _Run(email, on_event, network.provider_wait)
    if offline:
        return await run.offline(catalog)
    answer = run.admin_shortcut(catalog)
    if answer is None:
        dns = DnsLog()  # what the name servers said: a dead network is not "nothing there"
        logged = network.with_dns_log(dns)
        client = network.http_client()
        try:
            answer = await run.bundled_first(logged, catalog, client)
            if answer is None:
                answer = await run.online(logged, catalog, client, password, timeout)
        finally:
            await client.aclose()
        answer = replace(answer, reachability=dns.reachability(email.domain))
    return await run.upgraded(answer, network)


class _Run:
    def __init__(
        self, address: EmailAddress, on_event: EventCallback | None, provider_wait: float
    ) -> None:
        self.address = address
        self.on_event = on_event
        self.provider_wait = provider_wait
        self.trace: list[DiscoveryEvent] = []
        self.loop = asyncio.get_running_loop()
        self.start = self.loop.time()
        self.results: dict[Source, list[AccountConfig]] = {}
        self.catalog_domains: tuple[str, ...] = ()
        self.bundled: AccountConfig | None = None  # the bundled entry of the address's domain
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
        result = self._result(self._best(final=True), timed_out=False)
        if result.config is None:
            return result
        return replace(result, config=with_plain_warnings(result.config))

    def _catalog_entry(self, catalog: Catalog) -> AccountConfig | None:
        """The address's provider list entry, finished, when it may be used silently."""
        self._note_catalog(catalog)
        entry = catalog.find_by_domain(self.address.domain)
        if entry is None:
            return None
        config = entry.replace(trust=Trust.TRUSTED)
        if entry.source not in (Source.CATALOG, Source.ADMIN):
            config = config.replace(source=Source.CATALOG)
        finished = self._finish(config)
        if not finished.incoming:
            return None  # the full search says so, as for any answer without incoming mail
        # Not silent: the MX answer may still vouch for its servers, so everyone is asked.
        return finished if self._could_be_silent(finished) else None

    def _catalog_answer(self, finished: AccountConfig, reason: str) -> DiscoveryResult:
        for source, _ in RANKING[1:]:
            if source is not Source.ISP or finished.source is Source.ADMIN:
                self.emit(source, EventState.SKIPPED, reason)
        return DiscoveryResult(self.address, finished, (), tuple(self.trace), self.elapsed())

    def admin_shortcut(self, catalog: Catalog) -> DiscoveryResult | None:
        """An administrator's provider file ranks first: nothing else is asked."""
        finished = self._catalog_entry(catalog)
        if finished is None or finished.source is not Source.ADMIN:
            return None
        self.emit(Source.CATALOG, EventState.FOUND, _summary(finished))
        return self._catalog_answer(finished, "the administrator's provider list answered")

    async def bundled_first(
        self, network: Network, catalog: Catalog, client: httpx.AsyncClient
    ) -> DiscoveryResult | None:
        """A provider in the bundled list: only the provider's own autoconfig can outrank
        it, so only that is asked, for at most ``provider_wait`` seconds."""
        finished = self._catalog_entry(catalog)
        if finished is None:
            return None
        self.emit(Source.CATALOG, EventState.FOUND, _summary(finished))
        self.emit(Source.ISP, EventState.WAITING)
        done: asyncio.Future[list[MxRecord]] = self.loop.create_future()
        done.set_result([])
        lookup = Lookup(
            self.address, network, catalog, client, _no_password, done, self._reporter(Source.ISP)
        )
        task = asyncio.ensure_future(self._run_source(Source.ISP, from_isp(lookup)))
        try:
            await asyncio.wait({task}, timeout=self.provider_wait)
        finally:
            if not task.done():
                task.cancel()
                self.emit(
                    Source.ISP,
                    EventState.CANCELLED,
                    f"no answer within {self.provider_wait:g} s: the provider list is used",
                )
            await asyncio.gather(task, return_exceptions=True)
        for own in task.result() if not task.cancelled() else []:
            if self.mx_domain is None and self._could_be_silent(own) and self._needs_mx(own):
                self.mx_domain = await self._mx_domain_now(network)  # it may vouch for them
            mine = self._finish(own)
            if self._could_be_silent(mine):
                result = self._catalog_answer(mine, "the provider's own autoconfig answered")
                return replace(result, config=self._with_bundled(mine))
            self.emit(
                Source.ISP,
                EventState.FOUND,
                "its servers need confirmation: the provider list is used",
            )
        return self._catalog_answer(finished, "the provider list answered")

    async def upgraded(self, result: DiscoveryResult, network: Network) -> DiscoveryResult:
        """The winner with its plain-listed servers probed for STARTTLS."""
        if result.config is None:
            return result
        config, lines = await upgrade_plain(result.config, network)
        for line in lines:
            self.emit(result.config.source, EventState.FOUND, line)
        return replace(result, config=config, trace=tuple(self.trace), elapsed=self.elapsed())

    def _with_bundled(self, own: AccountConfig) -> AccountConfig:
        """The provider's own servers and login form, with the bundled entry's name, notes
        and instructions; the trace says where the two differ."""
        entry = self.bundled
        if entry is None or own.source is not Source.ISP:
            return own
        differences = _differences(entry.expanded(self.address), own)
        if differences:
            self.emit(
                Source.CATALOG,
                EventState.FOUND,
                "outranked by the provider's own autoconfig, which differs: " + differences,
            )
        return own.replace(
            id=entry.id,
            display_name=entry.expanded(self.address).display_name,
            display_short_name=entry.display_short_name,
            domains=tuple(dict.fromkeys((*own.domains, *entry.domains))),
            notes=entry.notes or own.notes,
            webmail=own.webmail or entry.webmail,
        )

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
        tasks: dict[Source, asyncio.Future[list[AccountConfig]]] = {}

        async def release_password() -> str | None:
            return await self._password_for_autodiscover(password, tasks)

        base = Lookup(
            self.address, network, catalog, client, release_password, mx_task, lambda _detail: None
        )
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
                # Wake up when the bundled entry stops waiting for the provider's autoconfig.
                wait_for_provider = self.provider_wait - self.elapsed()
                wake = min(remaining, wait_for_provider) if wait_for_provider > 0 else remaining
                done, _ = await asyncio.wait(
                    pending, timeout=wake, return_when=asyncio.FIRST_COMPLETED
                )
                if not done and wake >= remaining:
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

    async def _password_for_autodiscover(
        self,
        password: str | None,
        tasks: dict[Source, asyncio.Future[list[AccountConfig]]],
    ) -> str | None:
        """The typed password for the address's own Autodiscover host, once every source
        ranked above Autodiscover (the MX among them) has answered, and only when none of
        them names an OAuth2 provider: a Google Workspace or Microsoft 365 domain, known by
        its MX, signs in on the provider's page, so the password must not go to its
        Autodiscover host (which is the provider's) before the search knows."""
        if not password:
            return None
        before = [task for source, task in tasks.items() if _ranks_above_autodiscover(source)]
        await asyncio.wait(before)  # the MX source among them waits for the MX answer
        found = [config for task in before if not task.cancelled() for config in task.result()]
        if self.bundled is not None:
            found.append(self.bundled)
        provider = next((config for config in found if signs_in_with_oauth2(config)), None)
        if provider is not None:
            self.emit(
                Source.AUTODISCOVER,
                EventState.ASKING,
                f"no password sent: {provider.display_short_name or provider.id} signs in "
                "with OAuth2 on its own page",
            )
            return None
        return password

    def _note_catalog(self, catalog: Catalog) -> None:
        entry = catalog.find_by_domain(self.address.domain)
        if entry is not None:
            self.catalog_domains = entry.domains
            if entry.source is not Source.ADMIN:
                self.bundled = entry

    def _reporter(self, source: Source) -> Callable[[str], None]:
        return lambda detail: self.emit(source, EventState.ASKING, detail)

    async def _mx_domain_now(self, network: Network) -> str:
        try:
            async with asyncio.timeout(network.dns_timeout):
                return _best_mx_domain(await self._mx_records(network))
        except (OSError, TimeoutError):
            return ""

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
        # A template can leave no incoming server for this address (a per-mailbox host name
        # that "a+b" cannot name): such an answer is nothing found, not a winner.
        usable = [c for c in configs if c.expanded(self.address).incoming]
        if not usable:
            self.emit(source, EventState.NOTHING, _no_incoming(configs[0], self.address))
            return []
        self.emit(source, EventState.FOUND, _summary(usable[0]))
        return usable

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
        if config.source in _OWN_SERVERS_VOUCHED:
            # Our list and the administrator's name their servers themselves (Outlook.com's
            # are at office365.com, Atlas's SMTP at centrum.cz): the curator vouches for them.
            allowed.extend(config_hosts(config.expanded(self.address)))
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
        for source, part in _DECISION_ORDER:
            if source not in self.results:
                if source is Source.ISP and self._provider_wait_over():
                    continue  # the bundled entry does not wait longer for the provider
                return False, None  # a better-ranked source has not answered yet
            for config in self.results[source]:
                if _part_of(config) != part and source is Source.CATALOG:
                    continue
                if not self._could_be_silent(config):
                    continue
                if not mx_task.done() and self._needs_mx(config):
                    return False, None  # the MX answer decides whether it is foreign
                finished = self._finish(config)
                if self._could_be_silent(finished):
                    return True, finished
        return False, None

    def _provider_wait_over(self) -> bool:
        bundled = any(_part_of(c) == "bundled" for c in self.results.get(Source.CATALOG, ()))
        return bundled and self.elapsed() >= self.provider_wait

    def _candidates(self) -> list[AccountConfig]:
        ranks = {key: index for index, key in enumerate(_DECISION_ORDER)}
        ordered: list[tuple[int, int, int, AccountConfig]] = []
        for source, configs in self.results.items():
            for position, config in enumerate(configs):
                finished = self._finish(config)
                silent = 0 if self._could_be_silent(finished) else 1
                part = _part_of(config) if source is Source.CATALOG else ""
                order = (silent, _TRUST_ORDER[finished.trust], ranks.get((source, part), 99))
                ordered.append((*order[:2], order[2] * 100 + position, finished))
        ordered.sort(key=lambda item: item[:3])
        return [item[3] for item in ordered]

    def _best(self, *, final: bool) -> AccountConfig | None:
        candidates = self._candidates()
        return candidates[0] if candidates else None

    def _result(self, winner: AccountConfig | None, *, timed_out: bool) -> DiscoveryResult:
        if winner is not None:
            winner = self._with_bundled(winner)
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


# The order in which answers may win: an administrator's file, the provider's own autoconfig,
# the bundled list, then the other sources in ``RANKING`` order.
_DECISION_ORDER: tuple[tuple[Source, str], ...] = (
    (Source.CATALOG, "admin"),
    (Source.ISP, ""),
    (Source.CATALOG, "bundled"),
    *((source, "") for source, _ in RANKING if source not in (Source.CATALOG, Source.ISP)),
)


def _ranks_above_autodiscover(source: Source) -> bool:
    ranks = [ranked for ranked, _ in RANKING]
    return ranks.index(source) < ranks.index(Source.AUTODISCOVER)


async def _no_password() -> str | None:
    return None


def _part_of(config: AccountConfig) -> str:
    return "admin" if config.source is Source.ADMIN else "bundled"


def _differences(listed: AccountConfig, own: AccountConfig) -> str:
    """Where the provider's own autoconfig differs from the bundled entry (preferred servers)."""
    parts = []
    for role, ours, theirs in (
        ("incoming", listed.preferred_incoming, own.preferred_incoming),
        ("outgoing", listed.preferred_outgoing, own.preferred_outgoing),
    ):
        if ours is None or theirs is None:
            continue
        if _server_text(ours) != _server_text(theirs):
            parts.append(f"{role}: list {_server_text(ours)}, provider {_server_text(theirs)}")
    if {f.key for f in listed.input_fields} != {f.key for f in own.input_fields}:
        keys = ", ".join(f.key for f in own.input_fields) or "none"
        parts.append(f"asked values: provider {keys}")
    return "; ".join(parts)


def _server_text(server: ServerSettings) -> str:
    return (
        f"{server.protocol.value} {server.hostname}:{server.port} {server.security.value} "
        f"user {server.username}"
    )


async def _after(delay: float, function: SourceFunction, lookup: Lookup) -> list[AccountConfig]:
    if delay:
        await asyncio.sleep(delay)
    return await function(lookup)


def _mx_domain(task: asyncio.Future[list[MxRecord]]) -> str:
    if task.cancelled() or task.exception() is not None:
        return ""
    return _best_mx_domain(task.result())


def _best_mx_domain(records: list[MxRecord]) -> str:
    ordered = sorted(records, key=lambda r: (r.preference, r.host))
    return registrable_domain(ordered[0].host) if ordered and ordered[0].host else ""


def _identity(config: AccountConfig | None) -> tuple[object, ...]:
    if config is None:
        return ()
    return (tuple(s.endpoint for s in config.incoming), tuple(s.endpoint for s in config.outgoing))


def _no_incoming(config: AccountConfig, address: EmailAddress) -> str:
    left_out = config.expanded(address).skipped
    return "no incoming server for this address" + (": " + "; ".join(left_out) if left_out else "")


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
