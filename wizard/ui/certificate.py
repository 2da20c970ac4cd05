"""The certificate dialog: who issued it, for whom, how long it is valid, its fingerprint,
and the explicit per-host choice to trust it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from wizard import texts
from wizard.ui.widgets import Banner, Tone


def _two_lines(fingerprint: str) -> str:
    """``AB:CD:…`` in two halves, so 32 bytes fit a dialog of normal width."""
    pairs = fingerprint.split(":")
    half = (len(pairs) + 1) // 2
    return ":".join(pairs[:half]) + ":\n" + ":".join(pairs[half:])


class CertificateDialog(QDialog):
    def __init__(self, failure: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificate-dialog")
        self.failure = failure
        self.info = failure.certificate
        layout = QVBoxLayout(self)
        self.reason = Banner(self)
        layout.addWidget(self.reason)
        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(6)]
        self.values = [QLabel(self) for _ in range(6)]
        for label, value in zip(self.labels, self.values, strict=True):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(label, value)
        self.values[-1].setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.values[-1].setWordWrap(False)
        layout.addLayout(form)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self.trust = QCheckBox(self)
        self.trust.setObjectName("trust-certificate")
        layout.addWidget(self.trust)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # The size its text needs, wrapped lines included (a smaller, resizable dialog would
        # clip them: a window's minimum size does not follow heightForWidth).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.retranslateUi()

    @property
    def trusted(self) -> bool:
        return self.trust.isChecked()

    def retranslateUi(self) -> None:
        info = self.info
        self.setWindowTitle(self.tr("Security certificate"))
        self.reason.show_message(texts.failure_text(self.failure.kind), Tone.WARNING)
        names = (
            self.tr("Server:"),
            self.tr("Issued to:"),
            self.tr("Issued by:"),
            self.tr("Valid from:"),
            self.tr("Valid until:"),
            self.tr("Fingerprint (SHA-256):"),
        )
        locale = QLocale()
        values = (
            f"{info.host}:{info.port}",
            ", ".join(info.names) or info.subject,
            info.issuer,
            locale.toString(info.not_before.date(), QLocale.FormatType.LongFormat),
            locale.toString(info.not_after.date(), QLocale.FormatType.LongFormat),
            _two_lines(info.fingerprint),
        )
        for label, value, name, text in zip(self.labels, self.values, names, values, strict=True):
            label.setText(name)
            value.setText(text)
            value.setAccessibleName(name.rstrip(":"))
        self.advice.setText(
            self.tr(
                "Trust this certificate only if your provider told you to expect it, for "
                "example by giving you this fingerprint."
            )
        )
        self.trust.setText(self.tr("&Trust this certificate for %1").replace("%1", info.host))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
