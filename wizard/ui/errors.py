"""No traceback ever reaches the user: unexpected errors become a calm dialog with a
"Copy diagnostic report" button, and the report is redacted (no password, ever).
(``wizard.ui.errorlog`` keeps the log lines and catches the errors.)"""

from __future__ import annotations

import traceback
from typing import Any

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
from wizard.ui.errorlog import MEMORY_LOG


def diagnostic_report(
    data: Any = None, error: BaseException | None = None, secrets: tuple[str, ...] = ()
) -> str:
    """Versions, the redacted wizard state, the error and the recent log; secrets scrubbed."""
    import json
    import platform

    parts = [
        f"Mail Wizard {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        "",
    ]
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
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error-dialog")
        self.report = report
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
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
                "Mail Wizard ran into a problem it did not expect. Your settings were not "
                "changed by it. If it happens again, copy the diagnostic report and send it "
                "to your support; it does not contain your password."
            )
        )
        self.copy.setText(self.tr("&Copy diagnostic report"))

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy.setText(self.tr("Copied"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
