"""The wizard's page graph, its data and each page's rules, in plain Python (no Qt).

The Qt pages in ``wizard.ui`` are thin adapters: they copy what the user typed into
``WizardData``, ask the rules in ``wizard.flow.rules`` for the page's ``PageState`` and let
that state alone decide whether Next is enabled. Everything here is tested without a GUI.
"""

from wizard.flow.data import (
    ExportChoice,
    Outcome,
    OutcomeKind,
    Target,
    WizardData,
)
from wizard.flow.graph import PAGE_ORDER, PageId, next_page, previous_pages
from wizard.flow.rules import PageProblem, PageState, page_state

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
