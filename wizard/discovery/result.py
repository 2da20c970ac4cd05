"""What a discovery reports: live events and the final result."""

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

    @property
    def found(self) -> bool:
        return self.config is not None

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
