"""A brand's support contacts under a failure: the web page as a link, the phone number, the
e-mail address (``wizard.brand.Support``). The generic wizard has none, and shows nothing.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from wizard.ui.widgets import Banner, Tone

if TYPE_CHECKING:
    from wizard.brand import Support


def support_html(support: Support) -> str:
    """The contacts as rich text: a sentence, then the contacts the brand has on one line
    (the web page and the e-mail address as links)."""
    contacts = []
    if support.web:
        web = html.escape(support.web)
        contacts.append(f'<a href="{web}">{web}</a>')
    if support.phone:
        contacts.append(html.escape(support.phone).replace(" ", "&nbsp;"))  # never broken
    if support.email:
        email = html.escape(support.email)
        contacts.append(f'<a href="mailto:{email}">{email}</a>')
    heading = html.escape(QCoreApplication.translate("Support", "Your provider's support can help:"))
    return f"<p>{heading}<br>{' · '.join(contacts)}</p>"


def support_lines(support: Support) -> list[str]:
    """The contacts for the diagnostic report (English, like the rest of it)."""
    contacts = [("web", support.web), ("phone", support.phone), ("e-mail", support.email)]
    return [f"Support {kind}: {value}" for kind, value in contacts if value]


class SupportBox(Banner):
    """The contacts, shown by a page when something failed; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, rich=True)
        self.setObjectName("support")
        self.support: Support | None = None

    def show_for(self, support: Support | None) -> None:
        """Show ``support``'s contacts (None: hide the box)."""
        self.support = support
        self.show_message(support_html(support) if support is not None else "", Tone.INFO)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.support is not None:
            self.show_for(self.support)
        super().changeEvent(event)
