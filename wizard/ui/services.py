"""What the window needs from the core, bundled so tests can point it at loopback servers.

``Services.default()`` wires the production modules. A module that is missing or fails to
import leaves its feature switched off (the page says why) instead of breaking the window.
A brand (an ISP's own edition) is one of the services: its provider list is the catalog the
search uses, and its OAuth2 registrations come before the others.
"""

from __future__ import annotations

import importlib
import logging
import shutil
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.model import Account, AccountConfig

if TYPE_CHECKING:
    from wizard.brand import Brand
    from wizard.oauth import Registrations

log = logging.getLogger(__name__)

EventSink = Callable[[Any], None]
# discover(address, password, on_event) -> DiscoveryResult
Discover = Callable[[str, str, EventSink], Awaitable[Any]]
# verify(request, on_event) -> VerifyReport
Verify = Callable[["VerifyRequest", EventSink], Awaitable[Any]]
# sign_in(provider config, address, on_event) -> wizard.pipeline.SignedIn
SignIn = Callable[[AccountConfig, str, EventSink], Awaitable[Any]]


@dataclass(frozen=True)
class VerifyRequest:
    """One check as the Checking page asks for it. ``password`` None: the provider's own
    sign-in, with the bearer ``token`` (None: credential-free, no registration)."""

    account: Account
    password: str | None = field(repr=False)
    config: AccountConfig | None = None
    token: str | None = field(default=None, repr=False)
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
    catalog: Any  # wizard.catalog.Catalog (the brand's, with a brand)
    discover: Discover | None = None
    verify: Verify | None = None
    thunderbird: ThunderbirdService | None = None
    outlook: Any = None  # module with make_prf / apply_prf (Windows)
    exports: Any = None  # module with export / ExportFormat / qr_payloads
    secrets: Any = None  # module with store_password / keyring_status
    # The provider's own sign-in (OAuth2): the browser sign-in on the engine's loop, and
    # whether Mail Wizard has a client registration for a provider (blocking: reads files).
    sign_in: SignIn | None = None
    sign_in_registered: Callable[[AccountConfig], bool] | None = None
    languages_dir: Path | None = None
    brand: Brand | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def default(cls, catalog: Any = None, brand: Brand | None = None) -> Services:
        """The production wiring. Nothing heavy is imported here: the core modules load on
        the worker threads when first used (or by ``warm_up``), the catalog is read by the
        window on the disk worker, so the first page paints without waiting for them."""
        services = cls(
            catalog=catalog,
            brand=brand,
            verify=_lazy_verify,
            thunderbird=ThunderbirdService(
                find_profiles=lambda: _module("wizard.targets.thunderbird").find_profiles(),
                is_locked=lambda p: _module("wizard.targets.thunderbird").is_locked(p),
                write_account=lambda *a, **k: _module("wizard.targets.thunderbird").write_account(*a, **k),
                executable=lambda: shutil.which("thunderbird"),
            ),
            outlook=LazyModule("wizard.targets.outlook") if sys.platform == "win32" else None,
            exports=LazyModule("wizard.targets.exports"),
            secrets=LazyModule("wizard.secrets", optional=True),
            sign_in_registered=lambda config: _registered(config, services.oauth_registrations()),
        )

        async def discover(address: str, password: str, on_event: EventSink) -> Any:
            # The catalog as it is when the search starts: the brand's, or the generic one
            # the user chose for an address outside a locked brand's domains.
            return await _lazy_discover(address, password, on_event, services.search_catalog())

        async def sign_in(config: AccountConfig, address: str, on_event: EventSink) -> Any:
            return await _lazy_sign_in(config, address, services.oauth_registrations())

        services.discover = discover
        services.sign_in = sign_in
        return services

    def search_catalog(self) -> Any:
        """The provider list a search consults: the one loaded, else (not yet loaded) the
        brand's or the default one. Blocking: for the worker threads."""
        if self.catalog is not None:
            return self.catalog
        if self.brand is not None:
            return self.brand.catalog()
        from wizard.catalog import default_catalog

        return default_catalog()

    def oauth_registrations(self) -> Registrations:
        """Our OAuth2 client registrations: the brand's file first, then the per-machine and
        the bundled ones (``wizard.oauth.load_registrations``). Blocking: for the workers."""
        from wizard.oauth import load_registrations

        return load_registrations(self.brand.registration_files if self.brand is not None else ())


class LazyModule:
    """A module imported on first attribute access (``warm_up`` does it on a worker)."""

    def __init__(self, name: str, *, optional: bool = False) -> None:
        self._name = name
        self._optional = optional

    def available(self) -> bool:
        return _optional(self._name) is not None

    def __getattr__(self, attribute: str) -> Any:
        module = _optional(self._name) if self._optional else _module(self._name)
        if module is None:
            raise AttributeError(attribute)
        return getattr(module, attribute)


def _module(name: str) -> Any:
    return importlib.import_module(name)


def warm_up(services: Services) -> None:
    """Import what later pages need, on a worker thread, while the user reads page one."""
    for name in (
        "wizard.discovery",
        "wizard.verify",
        "wizard.targets.thunderbird",
        "wizard.targets.exports",
        "wizard.targets.outlook",  # also where Outlook is missing: which accounts it sets up itself
        "wizard.pipeline",
        "wizard.secrets",
        "segno",
    ):
        _optional(name)


async def _lazy_discover(address: str, password: str, on_event: EventSink, catalog: Any) -> Any:
    discovery = _module("wizard.discovery")
    return await discovery.discover(address, password=password or None, on_event=on_event, catalog=catalog)


async def _lazy_verify(request: VerifyRequest, on_event: EventSink) -> Any:
    # The login checks reach the servers the way discovery does (the same Network).
    network = _module("wizard.discovery").Network.from_environment()
    changes = _module("wizard.pipeline").network_verify_changes(network)
    return await verify_with(_module("wizard.verify"), network=network, **changes)(request, on_event)


async def _lazy_sign_in(config: AccountConfig, address: str, registrations: Registrations) -> Any:
    """The system browser, ``registrations`` and this computer's keyring (``wizard.pipeline``)."""
    pipeline = _module("wizard.pipeline")
    network = _module("wizard.discovery").Network.from_environment()
    email = _module("wizard.model").parse_address(address)
    access = pipeline.OAuthAccess(registrations=registrations)
    return await pipeline.Pipeline(network=network).sign_in(config, email, access)


def _registered(config: AccountConfig, registrations: Registrations) -> bool:
    return config.oauth2 is not None and registrations.find(config.oauth2.issuer) is not None


def verify_with(module: Any, *, network: Any = None, **options: Any) -> Verify:
    """Adapt the pipeline's proof (``prove_account``: log in, walking the alternatives of
    the settings) to the window; ``options`` go into every ``VerifyOptions`` (tests pass a
    connector and a TLS context that reach the loopback servers), ``network`` is where a
    credential-free check goes (default: the production network)."""

    async def verify(request: VerifyRequest, on_event: EventSink) -> Any:
        import asyncio

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
        return await module.prove_account(
            request.account,
            request.password,
            token=request.token,
            listed=request.config,
            options=verify_options,
            network=network,
            on_event=on_event,
        )

    return verify


def provider_of(catalog: Any, domain: str) -> AccountConfig | None:
    if catalog is None:  # still loading
        return None
    try:
        result: AccountConfig | None = catalog.find_by_domain(domain)
    except Exception:  # a broken admin file must not break typing
        log.exception("catalog lookup failed")
        return None
    return result
