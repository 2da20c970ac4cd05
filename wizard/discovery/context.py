"""What every source gets (the address, the network, the catalog) and how it says "nothing"."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import httpx

from wizard.discovery.fetch import FetchFailed, NotThere
from wizard.discovery.network import MxRecord, Network
from wizard.model import AccountConfig, AuthMethod, EmailAddress

if TYPE_CHECKING:
    from wizard.catalog import Catalog

T = TypeVar("T")

__all__ = ["FetchFailed", "Lookup", "NotThere", "first_in_order", "signs_in_with_oauth2"]


@dataclass(frozen=True)
class Lookup:
    address: EmailAddress
    network: Network
    catalog: Catalog
    client: httpx.AsyncClient
    # The typed password, released only once the sources that could show the address to be
    # an OAuth2 provider's (its list entry, autoconfig, ISPDB, MX, SRV) have answered and none
    # did: None when there is none or it must not go out.
    password: Callable[[], Awaitable[str | None]]
    mx_records: asyncio.Future[list[MxRecord]]
    report: Callable[[str], None]  # "now asking …" lines for the trace

    def with_report(self, report: Callable[[str], None]) -> Lookup:
        return Lookup(
            self.address,
            self.network,
            self.catalog,
            self.client,
            self.password,
            self.mx_records,
            report,
        )


def signs_in_with_oauth2(config: AccountConfig) -> bool:
    """The provider signs its users in on its own page (OAuth2) on some server."""
    servers = (*config.incoming, *config.outgoing)
    return config.oauth2 is not None or any(AuthMethod.OAUTH2 in s.auth_methods for s in servers)


async def first_in_order(attempts: Sequence[Callable[[], Awaitable[T]]]) -> T:
    """Run all attempts at once; return the result of the first one *in list order* that
    succeeds (waiting for earlier ones, cancelling later ones). If all fail, raise
    ``NotThere`` when every failure was a clean negative, else the first real failure."""
    tasks = [asyncio.ensure_future(attempt()) for attempt in attempts]
    errors: list[Exception] = []
    try:
        for task in tasks:
            try:
                return await task
            except (FetchFailed, OSError, TimeoutError) as exc:
                errors.append(exc)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    real = [e for e in errors if not isinstance(e, NotThere)]
    if real:
        raise real[0]
    raise NotThere("; ".join(str(e) for e in errors) or "nothing found")
