"""The wizard's page graph, its data and each page's rules, in plain Python (no Qt).

The Qt pages in ``wizard.ui`` are thin adapters: they copy what the user typed into
``WizardData``, ask the rules in ``wizard.flow.rules`` for the page's ``PageState`` and let
that state alone decide whether Next is enabled. Everything here is tested without a GUI.

The names below are loaded when first used: the window paints its first page with
``PageId`` alone and loads the data and the rules (and with them the model) right after.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wizard.flow.data import ExportChoice, Outcome, OutcomeKind, Target, WizardData
    from wizard.flow.graph import PAGE_ORDER, PageId, next_page, previous_pages
    from wizard.flow.rules import PageProblem, PageState, page_state

_MODULE_OF = {
    "ExportChoice": "data",
    "Outcome": "data",
    "OutcomeKind": "data",
    "Target": "data",
    "WizardData": "data",
    "PAGE_ORDER": "graph",
    "PageId": "graph",
    "next_page": "graph",
    "previous_pages": "graph",
    "PageProblem": "rules",
    "PageState": "rules",
    "page_state": "rules",
}

__all__ = [
    "PAGE_ORDER",
    "ExportChoice",
    "Outcome",
    "OutcomeKind",
    "PageId",
    "PageProblem",
    "PageState",
    "Target",
    "WizardData",
    "next_page",
    "page_state",
    "previous_pages",
]


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
    globals()[name] = value
    return value
