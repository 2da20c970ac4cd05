"""Finding the settings for an address (DESIGN.md "Finding the settings").

``discover()`` asks every source at once and returns the best trusted answer as soon as it is
certain; ``Network`` carries the injected resolver, HTTP client, TLS trust and connector.
"""

from wizard.discovery.network import DnsLog, HostMap, Network, Resolver
from wizard.discovery.orchestrator import RANKING, discover
from wizard.discovery.result import DiscoveryEvent, DiscoveryResult, EventState, Reachability

__all__ = [
    "RANKING",
    "DiscoveryEvent",
    "DiscoveryResult",
    "DnsLog",
    "EventState",
    "HostMap",
    "Network",
    "Reachability",
    "Resolver",
    "discover",
]
