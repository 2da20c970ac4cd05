"""Domain arithmetic for trust decisions: registrable domains (public suffix list) and
the "foreign server" check. A server given by its IP address has no domain: it is its own
owner, never one of "0.1"."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from functools import lru_cache

from publicsuffixlist import PublicSuffixList

from wizard.model import AccountConfig, ConfigWarning, WarningKind


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList()


def is_ip_address(host: str) -> bool:
    """``127.0.0.1``, ``::1`` or ``[::1]``: a server named by its address, not by a domain."""
    try:
        ipaddress.ip_address(host.strip().strip("[]"))
    except ValueError:
        return False
    return True


def registrable_domain(host: str) -> str:
    """``mx.bbc.co.uk`` → ``bbc.co.uk``; a public suffix itself is returned unchanged, and
    so is an IP address (it has no domain to reduce to)."""
    name = host.strip().rstrip(".").lower()
    if not name:
        return ""
    if is_ip_address(name):
        return name.strip("[]")
    return _psl().privatesuffix(name) or name


def next_sub_domain(host: str) -> str:
    """The host without its first label (``in1-smtp.messagingengine.com`` →
    ``messagingengine.com``), or "" when that would leave the registrable domain."""
    name = host.rstrip(".").lower()
    if is_ip_address(name):
        return ""
    parent = name.partition(".")[2]
    base = registrable_domain(name)
    if not parent or len(parent) < len(base) or not (parent == base or parent.endswith("." + base)):
        return ""
    return parent


def config_hosts(config: AccountConfig) -> list[str]:
    return [s.hostname for s in (*config.incoming, *config.outgoing) if s.hostname]


def foreign_warnings(config: AccountConfig, allowed: Iterable[str]) -> tuple[ConfigWarning, ...]:
    """One ``FOREIGN_DOMAIN`` warning per server whose registrable domain is not allowed.

    ``config`` must be expanded (no placeholders in host names)."""
    allowed_domains = {registrable_domain(d) for d in allowed if d}
    warnings: list[ConfigWarning] = []
    seen: set[str] = set()
    for host in config_hosts(config):
        domain = registrable_domain(host)
        if domain in allowed_domains or host in seen:
            continue
        seen.add(host)
        warnings.append(ConfigWarning(WarningKind.FOREIGN_DOMAIN, host, domain))
    return tuple(warnings)
