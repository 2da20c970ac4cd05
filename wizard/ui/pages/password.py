"""Password: the name, the password (show/hide, Caps Lock and layout warnings), the
provider's notes, extra fields it asks for, and whether to remember the password.

The way to sign in sits in a stack of its own (``sign_in``): today it holds the password
panel; a provider that signs in through its own page (OAuth2) gets a panel beside it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
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
        self.body.addLayout(self.form)

        self.sign_in = QStackedWidget(self)
        self.sign_in.setObjectName("sign-in")
        self.password_panel = QWidget(self.sign_in)
        self.sign_in.addWidget(self.password_panel)
        panel = QVBoxLayout(self.password_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        password_form = QFormLayout()
        password_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.password = QLineEdit(self.password_panel)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.installEventFilter(self)
        # A push button: it shows its shortcut letter in every style (a tool button may not).
        self.reveal = QPushButton(self.password_panel)
        self.reveal.setObjectName("reveal")
        self.reveal.setCheckable(True)
        self.reveal.setAutoDefault(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password, 1)
        row.addWidget(self.reveal)
        self.password_label = QLabel(self.password_panel)
        self.password_label.setBuddy(self.password)
        password_form.addRow(self.password_label, row)
        panel.addLayout(password_form)
        # Caps Lock and keyboard layout: room kept for both, so nothing below ever moves.
        self.warnings = Banner(self.password_panel, reserved=True)
        self.warnings.setObjectName("password-warnings")
        panel.addWidget(self.warnings)
        self.body.addWidget(self.sign_in)
        # Both forms of the page share one label column.
        self.form.setLabelAlignment(password_form.labelAlignment())

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
        self.setTabOrder(self.name, self.password)
        self.setTabOrder(self.password, self.reveal)
        self.setTabOrder(self.reveal, self.remember)
        self.name.textEdited.connect(self._on_name)
        self.password.textEdited.connect(self._on_password)
        self.reveal.toggled.connect(self._on_reveal)
        self.remember.toggled.connect(self._on_remember)
        self._ask_keyring()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your name and password"))
        self._show_subtitle()
        self.name_label.setText(self.tr("Your na&me:"))
        self.name.setPlaceholderText(self.tr("As others will see it, e.g. Anna Berg"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.password_label.setText(self.tr("&Password:"))
        self.password.setAccessibleName(self.tr("Password"))
        self._fit_reveal()
        self._on_reveal(self.reveal.isChecked())
        self.warnings.reserve_for(" ".join(self._warning_sentences()))
        self.remember.setText(self.tr("&Remember the password in the system's password store"))
        self._show_notes()
        self._show_warnings()
        self._show_keyring()
        self._build_inputs()
        super().retranslateUi()

    def initializePage(self) -> None:
        # Another address than the one the name and password were typed for: someone else's
        # account, or a new one. Nothing of the earlier one is kept, nothing stays readable.
        if self.data.forget_credentials_of_other_address():
            self.touched = False
        self.name.setText(self.data.real_name)
        self.password.setText(self.data.password)
        self.reveal.setChecked(False)
        self.caps_lock = None
        self._build_inputs()
        for key, edit in self.input_edits.items():
            edit.setText(self.data.extra.get(key, ""))
        self._show_subtitle()
        self._show_notes()
        self._show_warnings()
        self._show_keyring()
        self.refresh()

    def focus_first(self) -> None:
        """The name while it is empty; else the password, any text in it selected."""
        if self.name.text().strip():
            self.focus_password()
        else:
            self.name.setFocus()

    def focus_password(self) -> None:
        """The cursor in the password field, any text in it selected: typing replaces it."""
        self.password.setFocus()
        self.password.selectAll()

    def _show_subtitle(self) -> None:
        """The usual password, unless the provider's note says another one is needed: the
        page must not say one thing and the note below the opposite."""
        provider = self.data.provider or self.data.found
        if provider is not None and any(note.kind is NoteKind.PASSWORD for note in provider.notes):
            rules = self.tr("%1 has rules for this password: read them below first.")
            self.setSubTitle(rules.replace("%1", provider.name))
        else:
            self.setSubTitle(self.tr("The password is the one you use to sign in to your mail."))

    def _fit_reveal(self) -> None:
        """One width for Show and Hide, so that the password field never changes size."""
        widths = []
        for text in (self.tr("&Show"), self.tr("&Hide")):
            self.reveal.setText(text)
            widths.append(self.reveal.sizeHint().width())
        self.reveal.setFixedWidth(max(widths))

    def problem_labels(self) -> dict[str, str]:
        return {f.key: f.label.get(self.data.language) or f.key for f in required_inputs(self.data)}

    # -- input -----------------------------------------------------------------------------

    def _on_name(self, text: str) -> None:
        self.data.set_real_name(text)

    def _on_password(self, text: str) -> None:
        self.touched = True
        self.data.set_password(text)
        self._show_warnings()
        self.refresh()

    def _on_reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.reveal.setText(self.tr("&Hide") if shown else self.tr("&Show"))
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

    def _warning_sentences(self, warnings: list[PasswordWarning] | None = None) -> list[str]:
        """The sentences of ``warnings`` (all of them by default: the room to keep)."""
        words = {
            PasswordWarning.CAPS_LOCK: self.tr("Caps Lock seems to be on."),
            PasswordWarning.CYRILLIC: self.tr(
                "The password contains Cyrillic letters. Check the keyboard layout "
                "if your password does not."
            ),
        }
        return [words[w] for w in (list(PasswordWarning) if warnings is None else warnings)]

    def _show_warnings(self) -> None:
        warnings = password_warnings(self.data.password, self.caps_lock)
        self.warnings.show_message(" ".join(self._warning_sentences(warnings)), Tone.WARNING)

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
