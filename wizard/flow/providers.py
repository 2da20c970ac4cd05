"""The first page's helpers: initials for providers without a logo, the link between the
provider list and the address field, and the settings of a provider picked from the list.

Ordering and searching the providers is the catalog's job (``Catalog.search``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from wizard.model import AccountConfig, Trust

if TYPE_CHECKING:
    from wizard.flow.data import WizardData


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


def chosen_provider_settings(data: WizardData) -> AccountConfig | None:
    """The settings of the provider picked from the list, for an address in a domain the
    list does not know (a hosting customer's own domain). The choice vouches for them, so no
    search is needed; None when the normal search applies."""
    provider, address = data.provider, data.address
    if not data.provider_chosen or provider is None or address is None:
        return None
    if address.domain in (d.lower() for d in provider.domains):
        return None  # the provider's own domain: the search finds it in the list at once
    return provider.expanded(address).replace(trust=Trust.TRUSTED, warnings=())
