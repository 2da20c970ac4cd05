"""The page graph: which page follows which, decided from the wizard data alone."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not at run time: the first page needs PageId before the data is loaded
    from wizard.flow.data import WizardData


class PageId(IntEnum):
    """Pages in their usual order; the values double as QWizard page ids."""

    WELCOME = 0
    PASSWORD = 1
    DETECT = 2
    REVIEW = 3
    VERIFY = 4
    TARGETS = 5
    DONE = 6


PAGE_ORDER: tuple[PageId, ...] = tuple(PageId)


def _after_password(data: WizardData) -> PageId:
    # A configuration the user brought along (a settings file, a preset) needs no detection.
    return PageId.REVIEW if data.config_given else PageId.DETECT


_NEXT: dict[PageId, Callable[[WizardData], PageId | None]] = {
    PageId.WELCOME: lambda data: PageId.PASSWORD,
    PageId.PASSWORD: _after_password,
    PageId.DETECT: lambda data: PageId.REVIEW,
    PageId.REVIEW: lambda data: PageId.VERIFY,
    PageId.VERIFY: lambda data: PageId.TARGETS,
    PageId.TARGETS: lambda data: PageId.DONE,
    PageId.DONE: lambda data: None,
}


def next_page(page: PageId, data: WizardData) -> PageId | None:
    """The page after ``page``, or None on the last page."""
    return _NEXT[page](data)


def previous_pages(page: PageId, data: WizardData) -> list[PageId]:
    """The path from the first page up to (not including) ``page``."""
    path: list[PageId] = []
    current: PageId | None = PageId.WELCOME
    while current is not None and current != page:
        path.append(current)
        current = next_page(current, data)
    return path
