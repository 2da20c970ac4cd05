"""What the window needs from the core, bundled so tests can point it at loopback servers.

``Services.default()`` wires the production modules. A module that is missing or fails to
import leaves its feature switched off (the page says why) instead of breaking the window.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import shutil
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wizard.catalog import default_catalog
from wizard.model import Account, AccountConfig

log = logging.getLogger(__name__)

EventSink = Callable[[Any], None]
# discover(address, password, on_event) -> DiscoveryResult
Discover = Callable[[str, str, EventSink], Awaitable[Any]]
# verify(request, on_event) -> VerifyReport
Verify = Callable[["VerifyRequest", EventSink], Awaitable[Any]]


@dataclass(frozen=True)
class VerifyRequest:
    """One check as the Checking page asks for it."""

    account: Account
    password: str = field(repr=False)
    config: AccountConfig | None = None
    trusted: tuple[tuple[str, int, str], ...] = ()  # (host, port, sha256) the user accepted
    plaintext: tuple[tuple[str, int], ...] = ()  # servers allowed to get the password unencrypted


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # a part not built (yet): its feature stays off
        log.info("optional module %s unavailable: %s", module, exc)
        return None


@dataclass
class ThunderbirdService:
    """Profiles, the lock check, the writer and the program itself."""

    find_profiles: Callable[[], Sequence[Any]]
    is_locked: Callable[[Any], bool]
    write_account: Callable[..., Any]
    executable: Callable[[], str | None] = lambda: shutil.which("thunderbird")


@dataclass
class Services:
    catalog: Any  # wizard.catalog.Catalog
    discover: Discover | None = None
    verify: Verify | None = None
    thunderbird: ThunderbirdService | None = None
    outlook: Any = None  # module with make_prf / apply_prf (Windows)
    exports: Any = None  # module with export / ExportFormat / qr_payloads
    secrets: Any = None  # module with store_password / keyring_status
    languages_dir: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def default(cls, catalog: Any = None) -> Services:
        if catalog is None:
            catalog = default_catalog()
        services = cls(catalog=catalog)
        discovery = _optional("wizard.discovery")
        if discovery is not None and hasattr(discovery, "discover"):
            services.discover = _discover_with(discovery.discover, catalog=catalog)
        verify = _optional("wizard.verify")
        if verify is not None and hasattr(verify, "verify_account"):
            services.verify = verify_with(verify)
        services.thunderbird = thunderbird_service()
        if sys.platform == "win32":
            services.outlook = _optional("wizard.targets.outlook")
        services.exports = _optional("wizard.targets.exports")
        services.secrets = _optional("wizard.secrets")
        return services


def _discover_with(function: Callable[..., Awaitable[Any]], **options: Any) -> Discover:
    async def discover(address: str, password: str, on_event: EventSink) -> Any:
        return await function(address, password=password or None, on_event=on_event, **options)

    return discover


def verify_with(module: Any, **options: Any) -> Verify:
    """Adapt ``verify_account`` to the window; ``options`` go into every ``VerifyOptions``
    (tests pass a connector and a TLS context that reach the loopback servers)."""

    async def verify(request: VerifyRequest, on_event: EventSink) -> Any:
        changes: dict[str, Any] = dict(options)
        changes["allow_plaintext"] = frozenset(request.plaintext)
        changes["trusted_fingerprints"] = frozenset(sha for _, _, sha in request.trusted)
        if request.config is not None:
            verify_options = module.VerifyOptions.for_config(request.config, **changes)
        else:
            verify_options = module.VerifyOptions(**changes)
        if request.trusted:
            # Remember the decision for this host (and for the next run) off the GUI thread.
            store = verify_options.store()
            for host, port, sha in request.trusted:
                await asyncio.to_thread(store.trust, host, port, sha)
        return await module.verify_account(
            request.account, request.password, options=verify_options, on_event=on_event
        )

    return verify


def thunderbird_service() -> ThunderbirdService | None:
    module = _optional("wizard.targets.thunderbird")
    needed = ("find_profiles", "is_locked", "write_account")
    if module is None or not all(hasattr(module, name) for name in needed):
        return None
    executable = getattr(module, "find_executable", None) or (lambda: shutil.which("thunderbird"))
    return ThunderbirdService(
        find_profiles=module.find_profiles,
        is_locked=module.is_locked,
        write_account=module.write_account,
        executable=executable,
    )


def provider_of(catalog: Any, domain: str) -> AccountConfig | None:
    try:
        result: AccountConfig | None = catalog.find_by_domain(domain)
    except Exception:  # a broken admin file must not break typing
        log.exception("catalog lookup failed")
        return None
    return result
