"""Start-up in two steps: the first page is painted before the flow, the model and the core
load, and works the same once they have (the start-up benchmark relies on the first)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from wizard.flow import PageId, PageProblem, WizardData
from wizard.ui.services import Services
from wizard.ui.window import MailWizard

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]

REPO = Path(__file__).resolve().parents[1]

# What ``mailwizard`` has imported when its window is built, before the first paint.
_BEFORE_PAINT = r"""
import json, sys
from wizard.app import create_window
app, window = create_window(sys.argv[:1])
welcome = window.page(window.startId())
print(json.dumps({
    "modules": sorted(m for m in sys.modules if m.startswith("wizard")),
    "title": welcome.title(),
    "attached": welcome.attached,
    "list made": welcome.finder is not None,
    "next": window.button(window.WizardButton.NextButton).isEnabled(),
}))
"""

# Loaded only after the first paint: the model and the flow's data and rules, the words
# table, the engine and its threads, the catalog, the core, the other pages.
_AFTER_PAINT = (
    "wizard.model",
    "wizard.flow.data",
    "wizard.flow.rules",
    "wizard.texts",
    "wizard.ui.engine",
    "wizard.ui.services",
    "wizard.ui.provider_list",
    "wizard.catalog",
    "wizard.discovery",
    "wizard.ui.pages.password",
)


def test_the_first_page_is_built_without_the_flow_the_model_or_the_core(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", _BEFORE_PAINT], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    state = json.loads(result.stdout)
    assert state["title"] == "Set up your e-mail"
    assert not state["attached"]
    assert not state["list made"]  # the provider list is made after the paint, hidden
    assert not state["next"]
    loaded = [name for name in _AFTER_PAINT if name in state["modules"]]
    assert loaded == [], "imported before the first paint"


def test_typing_before_the_page_is_wired_counts_once_it_is(qtbot: Any, qapp: QApplication) -> None:
    """The page takes input from the moment it is painted; whatever was typed before
    ``attach`` decides the page's state after it."""
    from wizard.catalog import default_catalog

    window = MailWizard(Services(catalog=default_catalog()), WizardData(language="en"))
    qtbot.addWidget(window)
    welcome = window.pages[PageId.WELCOME]
    assert not welcome.isComplete()
    assert welcome.nextId() == int(PageId.PASSWORD)
    welcome.address.setFocus()
    qtbot.keyClicks(welcome.address, "anna@seznam.cz")
    assert not welcome.isComplete()  # not wired yet
    welcome.attach()
    assert welcome.isComplete()
    assert window.data.address_text == "anna@seznam.cz"
    assert window.data.provider is not None and "seznam.cz" in window.data.provider.domains
    welcome.address.clear()
    qtbot.keyClicks(welcome.address, "anna@")
    assert welcome.state().problem is PageProblem.ADDRESS_INVALID
    assert not welcome.validatePage()  # Next stays on the page and says why
    assert welcome.address_hint.text()
    window.shutdown()


def test_the_window_opens_with_the_address_field_focused(qtbot: Any, qapp: QApplication) -> None:
    window = MailWizard(Services(catalog=None), WizardData(language="en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.focusWidget() is window.pages[PageId.WELCOME].address
    window.shutdown()
