"""What a discovery reports: live events, the final result, and what the name servers said
(so that "no network" is never shown as "your provider publishes nothing")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wizard.model import AccountConfig, EmailAddress, Source, Trust


class EventState(StrEnum):
    WAITING = "waiting"  # queued, not asked yet
    ASKING = "asking"  # a question is out (detail: what is asked)
    FOUND = "found"  # answered with settings (detail: the servers)
    NOTHING = "nothing"  # answered: nothing there (detail: why)
    FAILED = "failed"  # no usable answer: error, timeout, hostile response (detail: why)
    CANCELLED = "cancelled"  # stopped: not needed any more, or the deadline passed
    SKIPPED = "skipped"  # not asked at all (offline, …)

    @property
    def is_final(self) -> bool:
        return self not in (EventState.WAITING, EventState.ASKING)


class Reachability(StrEnum):
    """What the name servers told a discovery (``wizard.discovery.network.DnsLog``)."""

    NOT_ASKED = "not-asked"  # no question went out: offline mode, or the provider list answered
    ANSWERED = "answered"  # a name server answered: whatever is missing is really not there
    NO_SUCH_DOMAIN = "no-such-domain"  # a name server said the address's domain does not exist
    UNREACHABLE = "unreachable"  # questions went out and no name server answered any of them


@dataclass(frozen=True, slots=True)
class DiscoveryEvent:
    source: Source
    state: EventState
    detail: str = ""
    elapsed: float = 0.0  # seconds since the discovery started

    def __str__(self) -> str:
        text = f"{self.elapsed * 1000:7.0f} ms  {self.source.value:<12} {self.state.value}"
        return f"{text}: {self.detail}" if self.detail else text


@dataclass(frozen=True, slots=True)
class DiscoveryResult:
    address: EmailAddress
    config: AccountConfig | None  # expanded for the address; None when nothing was found
    alternatives: tuple[AccountConfig, ...] = ()  # other usable answers, expanded, best first
    trace: tuple[DiscoveryEvent, ...] = ()
    elapsed: float = 0.0
    timed_out: bool = False  # the deadline passed before every source had answered
    reachability: Reachability = Reachability.NOT_ASKED

    @property
    def found(self) -> bool:
        return self.config is not None

    @property
    def offline(self) -> bool:
        """Nothing was found and no name server answered: the network (or its DNS) is down,
        which says nothing about the provider."""
        return self.config is None and self.reachability is Reachability.UNREACHABLE

    @property
    def domain_missing(self) -> bool:
        """Nothing was found because the address's domain does not exist (a typing error?)."""
        return self.config is None and self.reachability is Reachability.NO_SUCH_DOMAIN

    @property
    def needs_confirmation(self) -> bool:
        return self.config is not None and (
            self.config.trust is not Trust.TRUSTED or bool(self.config.warnings)
        )

    def final_states(self) -> dict[Source, EventState]:
        """The last state of every source (what the GUI's list shows at the end)."""
        states: dict[Source, EventState] = {}
        for event in self.trace:
            states[event.source] = event.state
        return states
