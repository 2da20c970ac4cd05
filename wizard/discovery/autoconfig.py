"""The clientConfig sources: catalog, provider autoconfig (https and http), ISPDB, and MX.

Each source returns configs tagged with its ``Source`` and a ``Trust``; the orchestrator
adds the foreign-domain warnings, which need the MX answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import quote

from wizard.catalog import Catalog
from wizard.catalog.clientconfig import parse_clientconfig
from wizard.discovery.context import FetchFailed, Lookup, NotThere, first_in_order
from wizard.discovery.domains import next_sub_domain, registrable_domain
from wizard.discovery.fetch import Fetched, fetch_xml
from wizard.model import (
    AccountConfig,
    ConfigError,
    ConfigWarning,
    EmailAddress,
    Source,
    Trust,
    WarningKind,
)


def isp_urls(
    domain: str, address: str, scheme: str = "https", *, well_known: bool = True
) -> list[str]:
    query = "?emailaddress=" + quote(address, safe="@.")
    urls = [f"{scheme}://autoconfig.{domain}/mail/config-v1.1.xml{query}"]
    if well_known:
        urls.append(f"{scheme}://{domain}/.well-known/autoconfig/mail/config-v1.1.xml{query}")
    return urls


def ispdb_url(base: str, domain: str) -> str:
    if "{{domain}}" in base:
        return base.replace("{{domain}}", domain)
    return base if base.endswith(domain) else base.rstrip("/") + "/" + domain


def tagged(fetched: Fetched, source: Source) -> AccountConfig:
    """Parse a fetched document and set its trust from how it was fetched."""
    try:
        config = parse_clientconfig(fetched.body, source=source, origin=fetched.final_url)
    except ConfigError as exc:
        raise FetchFailed(
            f"{fetched.url.split('?')[0]} is not a usable settings file: {exc}"
        ) from None
    if not config.incoming:
        raise FetchFailed(f"{fetched.url.split('?')[0]} names no incoming server")
    warnings = list(config.warnings)
    trust = Trust.TRUSTED
    if fetched.insecure:
        trust = Trust.UNTRUSTED
        warnings.append(ConfigWarning(WarningKind.INSECURE_SOURCE, fetched.final_url.split("?")[0]))
    if fetched.redirected_domain:
        trust = Trust.UNTRUSTED if trust is Trust.UNTRUSTED else Trust.NEEDS_CONFIRMATION
        warnings.append(
            ConfigWarning(
                WarningKind.REDIRECTED, fetched.final_url.split("?")[0], fetched.redirected_domain
            )
        )
    return config.replace(trust=trust, warnings=tuple(warnings), source=source)


async def _fetch_config(
    lookup: Lookup,
    url: str,
    source: Source,
    *,
    timeout: float | None = None,
    https_only: bool = True,
) -> AccountConfig:
    lookup.report(url.split("?", maxsplit=1)[0])
    fetched = await fetch_xml(
        lookup.network, lookup.client, url, timeout=timeout, https_only=https_only
    )
    return tagged(fetched, source)


async def from_catalog(lookup: Lookup) -> list[AccountConfig]:
    return await catalog_answer(lookup.catalog, lookup.address)


async def catalog_answer(catalog: Catalog, address: EmailAddress) -> list[AccountConfig]:
    config = catalog.find_by_domain(address.domain)
    if config is None:
        raise NotThere(f"{address.domain} is not in the catalog")
    source = config.source if config.source in (Source.CATALOG, Source.ADMIN) else Source.CATALOG
    return [config.replace(source=source, trust=Trust.TRUSTED)]


async def from_isp(lookup: Lookup) -> list[AccountConfig]:
    """``https://autoconfig.<domain>/…`` first, then ``https://<domain>/.well-known/…``."""
    urls = isp_urls(lookup.address.domain, lookup.address.address)
    attempts = [_attempt(lookup, url, Source.ISP) for url in urls]
    return [await first_in_order(attempts)]


async def from_isp_http(lookup: Lookup) -> list[AccountConfig]:
    """The same two URLs over plain http: shown to the user, never used silently."""
    urls = isp_urls(lookup.address.domain, lookup.address.address, "http")
    attempts = [_attempt(lookup, url, Source.ISP_HTTP, https_only=False) for url in urls]
    config = await first_in_order(attempts)
    if config.trust is not Trust.UNTRUSTED:  # an http URL redirected to https is still unsafe
        config = config.replace(
            trust=Trust.UNTRUSTED,
            warnings=(
                *config.warnings,
                ConfigWarning(WarningKind.INSECURE_SOURCE, urls[0].split("?")[0]),
            ),
        )
    return [config]


async def from_ispdb(lookup: Lookup) -> list[AccountConfig]:
    url = ispdb_url(lookup.network.ispdb_url, lookup.address.domain)
    return [await _fetch_config(lookup, url, Source.ISPDB, timeout=lookup.network.ispdb_timeout)]


def _attempt(
    lookup: Lookup,
    url: str,
    source: Source,
    *,
    timeout: float | None = None,
    https_only: bool = True,
) -> Callable[[], Awaitable[AccountConfig]]:
    return lambda: _fetch_config(lookup, url, source, timeout=timeout, https_only=https_only)


def best_mx_host(records: list[tuple[int, str]]) -> str:
    """The most preferred MX host (lowest preference number, compared as numbers)."""
    ordered = sorted(records, key=lambda r: (r[0], r[1]))
    return ordered[0][1] if ordered else ""


async def from_mx(lookup: Lookup) -> list[AccountConfig]:
    """The mail exchanger's provider: its next sub-domain and its registrable domain, each
    looked up in the catalog, the provider's https autoconfig and the ISPDB."""
    domain = lookup.address.domain
    lookup.report(f"MX records of {domain}")
    records = await lookup.mx_records
    if not records:
        raise NotThere(f"{domain} has no MX records")
    mx_host = best_mx_host([(r.preference, r.host) for r in records])
    if not mx_host:
        raise NotThere(f"{domain} receives no mail (null MX)")
    base = registrable_domain(mx_host)
    if base == domain:
        raise NotThere(f"the mail exchanger {mx_host} is in {domain} itself")
    sub = next_sub_domain(mx_host)
    names = [sub, base] if sub and sub not in (base, domain) else [base]
    attempts: list[Callable[[], Awaitable[AccountConfig]]] = []
    for name in names:
        attempts.append(_catalog_attempt(lookup, name))
        attempts.append(
            _attempt(lookup, isp_urls(name, lookup.address.address, well_known=False)[0], Source.MX)
        )
        attempts.append(
            _attempt(
                lookup,
                ispdb_url(lookup.network.ispdb_url, name),
                Source.MX,
                timeout=lookup.network.ispdb_timeout,
            )
        )
    config = await first_in_order(attempts)
    origin = f"{config.origin} (for the mail exchanger {mx_host})"
    return [config.replace(source=Source.MX, origin=origin)]


def _catalog_attempt(lookup: Lookup, name: str) -> Callable[[], Awaitable[AccountConfig]]:
    async def attempt() -> AccountConfig:
        config = lookup.catalog.find_by_domain(name)
        if config is None:
            raise NotThere(f"{name} is not in the catalog")
        return config.replace(trust=Trust.TRUSTED)

    return attempt
