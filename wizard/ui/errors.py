"""No traceback ever reaches the user: unexpected errors become a calm dialog with a
"Copy diagnostic report" button, and the report is redacted (no password, ever).
(``wizard.ui.errorlog`` keeps the log lines and catches the errors.)"""

from __future__ import annotations

import traceback
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard import __version__
from wizard.i18n import PRODUCT_NAME, product_name
from wizard.ui.errorlog import MEMORY_LOG
from wizard.ui.support import SupportBox, support_lines

if TYPE_CHECKING:
    from wizard.brand import Brand, Support


def diagnostic_report(
    data: Any = None,
    error: BaseException | None = None,
    secrets: tuple[str, ...] = (),
    brand: Brand | None = None,
) -> str:
    """Versions (headed with the brand's name in its edition), the brand and its support
    contacts, the redacted wizard state, the error and the recent log; secrets scrubbed."""
    import json
    import platform

    parts = [
        f"{brand.name if brand is not None else PRODUCT_NAME} {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
    ]
    if brand is not None:
        parts += [f"Brand: {brand.name} ({brand.id}) from {brand.folder}", *support_lines(brand.support)]
    parts.append("")
    if data is not None:
        parts += ["Wizard state:", json.dumps(data.redacted(), indent=2, ensure_ascii=False), ""]
    if error is not None:
        parts += [
            "Error:",
            "".join(traceback.format_exception(type(error), error, error.__traceback__)),
        ]
    from wizard.logfile import log_file

    parts += [f"Log file: {log_file()}", "", "Recent log:", *MEMORY_LOG.lines]
    text = "\n".join(parts)
    for secret in secrets:
        if secret:
            text = text.replace(secret, "********")
    return text


class ErrorDialog(QDialog):
    def __init__(
        self,
        report: str,
        parent: QWidget | None = None,
        *,
        product: str | None = None,
        support: Support | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("error-dialog")
        self.report = report
        self.product = product or product_name()  # the brand's short name in the sentence
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.support = SupportBox(self)
        self.support.show_for(support)
        layout.addWidget(self.support)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy = QPushButton(self)
        self.copy.setObjectName("copy-report")
        self.buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy.clicked.connect(self.copy_report)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.message.setText(
            self.tr(
                "%1 ran into a problem it did not expect. Your settings were not changed by "
                "it. If it happens again, copy the diagnostic report and send it to your "
                "support; it does not contain your password."
            ).replace("%1", self.product)
        )
        self.copy.setText(self.tr("&Copy diagnostic report"))

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy.setText(self.tr("Copied"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
