"""The first page's helpers: initials for providers without a logo, and the link between
the provider list and the address field.

Ordering and searching the providers is the catalog's job (``Catalog.search``)."""

from __future__ import annotations

from collections.abc import Sequence

from wizard.model import AccountConfig


def initials(name: str) -> str:
    """One or two letters standing in for a logo: "Mail.ru" -> "M", "Seznam Email" -> "SE"."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[1][:1]).upper()


def domain_of(text: str) -> str:
    """The part after the @ of what the user is typing ("" when there is none yet)."""
    _, at, domain = text.strip().partition("@")
    return domain.strip().rstrip(".").lower() if at else ""


def address_with_domain(text: str, domain: str) -> str:
    """Keep what was typed before the @ and put the provider's domain after it."""
    local = text.strip().partition("@")[0].strip()
    return f"{local}@{domain}"


def provider_for_domain(providers: Sequence[AccountConfig], domain: str) -> AccountConfig | None:
    domain = domain.lower()
    if not domain:
        return None
    for config in providers:
        if domain in (d.lower() for d in config.domains):
            return config
    return None
