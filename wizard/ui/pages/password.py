"""Password: the name, the password (show/hide, Caps Lock and layout warnings), the
provider's notes, extra fields it asks for, and whether to remember the password."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from wizard.flow import PageId
from wizard.flow.passwords import PasswordWarning, caps_lock_from_key, password_warnings
from wizard.flow.rules import required_inputs
from wizard.model import Note, NoteKind
from wizard.ui.pages.base import Page
from wizard.ui.widgets import Banner, Tone


class PasswordPage(Page):
    page_id = PageId.PASSWORD

    def build(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.form.addRow(self.name_label, self.name)

        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.installEventFilter(self)
        self.reveal = QToolButton(self)
        self.reveal.setObjectName("reveal")
        self.reveal.setCheckable(True)
        self.reveal.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password, 1)
        row.addWidget(self.reveal)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password)
        self.form.addRow(self.password_label, row)
        self.body.addLayout(self.form)

        self.warnings = Banner(self)
        self.warnings.setObjectName("password-warnings")
        self.body.addWidget(self.warnings)

        self.inputs_form = QFormLayout()
        self.inputs_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body.addLayout(self.inputs_form)
        self.input_edits: dict[str, QLineEdit] = {}

        self.remember = QCheckBox(self)
        self.remember.setObjectName("remember")
        self.remember.setChecked(self.data.remember_password)
        self.body.addWidget(self.remember)
        self.keyring_note = Banner(self)
        self.body.addWidget(self.keyring_note)

        self.notes = Banner(self, rich=True)
        self.notes.setObjectName("notes")
        self.body.addWidget(self.notes)

        self.caps_lock: bool | None = None
        self._keyring_known = False
        self._keyring_status: object = None
        self.name.textEdited.connect(self._on_name)
        self.password.textEdited.connect(self._on_password)
        self.reveal.toggled.connect(self._on_reveal)
        self.remember.toggled.connect(self._on_remember)
        self._ask_keyring()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your name and password"))
        self.setSubTitle(self.tr("The password is the one you use to sign in to your mail."))
        self.name_label.setText(self.tr("Your &name:"))
        self.name.setPlaceholderText(self.tr("As others will see it, e.g. Anna Berg"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.password_label.setText(self.tr("&Password:"))
        self.password.setAccessibleName(self.tr("Password"))
        self._on_reveal(self.reveal.isChecked())
        self.remember.setText(self.tr("&Remember the password in the system's password store"))
        self._show_notes()
        self._show_warnings()
        self._show_keyring()
        self._build_inputs()
        super().retranslateUi()

    def initializePage(self) -> None:
        if not self.name.text() and self.data.real_name:
            self.name.setText(self.data.real_name)
        self._build_inputs()
        self._show_notes()
        self._show_keyring()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The password is what is typed here. Not in initializePage(): QWizard then gives the
        # focus to the page's first field (the name) anyway.
        self.password.setFocus()

    def problem_labels(self) -> dict[str, str]:
        return {f.key: f.label.get(self.data.language) or f.key for f in required_inputs(self.data)}

    # -- input -----------------------------------------------------------------------------

    def _on_name(self, text: str) -> None:
        self.data.real_name = text.strip()

    def _on_password(self, text: str) -> None:
        self.touched = True
        self.data.set_password(text)
        self._show_warnings()
        self.refresh()

    def _on_reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.reveal.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.reveal.setAccessibleName(self.tr("Hide the password") if shown else self.tr("Show the password"))
        self.reveal.setToolTip(self.reveal.accessibleName())

    def _on_remember(self, checked: bool) -> None:
        self.data.remember_password = checked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.password and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            guess = caps_lock_from_key(event.text(), shift)
            if guess is not None and guess != self.caps_lock:
                self.caps_lock = guess
                self._show_warnings()
        return super().eventFilter(watched, event)

    def _show_warnings(self) -> None:
        sentences = []
        for warning in password_warnings(self.data.password, self.caps_lock):
            if warning is PasswordWarning.CAPS_LOCK:
                sentences.append(self.tr("Caps Lock seems to be on."))
            elif warning is PasswordWarning.CYRILLIC:
                sentences.append(
                    self.tr(
                        "The password contains Cyrillic letters. Check the keyboard layout "
                        "if your password does not."
                    )
                )
        self.warnings.show_message(" ".join(sentences), Tone.WARNING)

    # -- what the provider asks and tells ----------------------------------------------------

    def _build_inputs(self) -> None:
        fields = required_inputs(self.data)
        if [f.key for f in fields] != list(self.input_edits):
            while self.inputs_form.rowCount():
                self.inputs_form.removeRow(0)
            self.input_edits = {}
            previous: QWidget = self.password
            for input_field in fields:
                edit = QLineEdit(self)
                edit.setObjectName(f"input-{input_field.key}")
                edit.setText(self.data.extra.get(input_field.key, ""))
                edit.textEdited.connect(lambda text, key=input_field.key: self._on_input(key, text))
                label = QLabel(self)
                label.setBuddy(edit)
                self.inputs_form.addRow(label, edit)
                self.input_edits[input_field.key] = edit
                self.setTabOrder(previous, edit)
                previous = edit
            self.setTabOrder(previous, self.remember)
        for input_field in fields:
            edit = self.input_edits[input_field.key]
            text = input_field.label.get(self.data.language) or input_field.key
            buddy = self.inputs_form.labelForField(edit)
            if isinstance(buddy, QLabel):
                buddy.setText(self.tr("%1:").replace("%1", text))
            edit.setAccessibleName(text)
            if input_field.example:
                edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", input_field.example))

    def _on_input(self, key: str, text: str) -> None:
        self.touched = True
        self.data.extra[key] = text.strip()
        self.refresh()

    def _show_notes(self) -> None:
        provider = self.data.provider or self.data.found
        if provider is None or not provider.notes:
            self.notes.clear()
            return
        order = {NoteKind.ENABLE: 0, NoteKind.PASSWORD: 1, NoteKind.INFO: 2}
        notes = sorted(provider.notes, key=lambda n: order[n.kind])
        items = [self._note_html(note) for note in notes]
        heading = self.tr("What %1 says:").replace("%1", html.escape(provider.name))
        self.notes.show_message(
            f"<p><b>{heading}</b></p><ul style='margin-left: -20px'>{''.join(items)}</ul>",
            Tone.INFO,
        )

    def _note_html(self, note: Note) -> str:
        text = html.escape(note.text.get(self.data.language))
        if note.kind is NoteKind.ENABLE:
            text = self.tr("Before you continue: %1").replace("%1", text)
        elif note.kind is NoteKind.PASSWORD:
            text = self.tr("About the password: %1").replace("%1", text)
        if note.url and note.url.startswith(("https://", "http://")):
            link = self.tr("More information")
            text += f' <a href="{html.escape(note.url, quote=True)}">{html.escape(link)}</a>'
        return f"<li>{text}</li>"

    def _ask_keyring(self) -> None:
        """Ask on the disk worker whether the system's password store can be used: finding
        its backend imports plug-ins and may ask D-Bus, too slow for the GUI thread."""
        secrets = self.services.secrets
        if secrets is None:
            self._on_keyring(None)
            return
        # A lambda: the attribute itself may import the module (services.LazyModule).
        job = self.mw.engine.run_blocking(lambda: secrets.keyring_status(), name="keyring")  # noqa: PLW0108
        job.finished.connect(self._on_keyring)
        job.failed.connect(lambda _error: self._on_keyring(None))

    def _on_keyring(self, status: object) -> None:
        self._keyring_status = status
        self._keyring_known = True
        self._show_keyring()

    def _show_keyring(self) -> None:
        if not self._keyring_known:  # the answer is on its way: no choice, no warning yet
            self.remember.setEnabled(False)
            return
        usable = _keyring_usable(self._keyring_status)
        self.remember.setEnabled(usable)
        if not usable:
            self.remember.setChecked(False)
            self.data.remember_password = False
            self.keyring_note.show_message(
                self.tr(
                    "This computer has no password store that Mail Wizard can use, so the "
                    "password will not be remembered here."
                ),
                Tone.INFO,
            )
        else:
            self.keyring_note.clear()


def _keyring_usable(status: object) -> bool:
    """``keyring_status()`` may return a bool or an object with ``available``/``usable``."""
    if status is None:
        return False
    if isinstance(status, bool):
        return status
    for name in ("available", "usable", "ok", "secure"):
        value = getattr(status, name, None)
        if isinstance(value, bool):
            return value
    return bool(status)
