"""Password: the name, the password (show/hide, Caps Lock and layout warnings), the
provider's notes, extra fields it asks for, and whether to remember the password.

The way to sign in sits in a stack of its own (``sign_in``): the password panel, or, for a
provider whose servers prefer its own sign-in (OAuth2), the page becomes "Sign in with
<provider>": a button opens the browser (the sign-in runs on the engine's loop; this thread
never waits), a waiting state with Cancel, and the result. Without a client registration for
the provider, the panel says that Thunderbird opens the provider's sign-in at its first start,
and asks for nothing. The app password stays one click away.
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
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wizard import texts
from wizard.flow import PageId
from wizard.flow.passwords import PasswordWarning, caps_lock_from_key, password_warnings
from wizard.flow.rules import required_inputs, sign_in_found_by_search, sign_in_provider
from wizard.model import AccountConfig, Note, NoteKind
from wizard.ui.engine import Job
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
        self.use_sign_in = QPushButton(self.password_panel)
        self.use_sign_in.setObjectName("use-sign-in")
        self.use_sign_in.setAutoDefault(False)
        panel.addLayout(_left(self.use_sign_in))
        self._build_sign_in_panel()
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
        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.sign_in_cancel.clicked.connect(self.cancel_sign_in)
        self.use_app_password.clicked.connect(lambda: self._choose_app_password(True))
        self.use_sign_in.clicked.connect(lambda: self._choose_app_password(False))
        self._ask_keyring()

    def _build_sign_in_panel(self) -> None:
        self.sign_in_panel = QWidget(self.sign_in)
        self.sign_in_panel.setObjectName("sign-in-panel")
        self.sign_in.addWidget(self.sign_in_panel)
        box = QVBoxLayout(self.sign_in_panel)
        box.setContentsMargins(0, 0, 0, 0)
        self.found_note = Banner(self.sign_in_panel)
        self.found_note.setObjectName("sign-in-found")
        box.addWidget(self.found_note)
        self.sign_in_text = QLabel(self.sign_in_panel)
        self.sign_in_text.setObjectName("sign-in-text")
        self.sign_in_text.setWordWrap(True)
        box.addWidget(self.sign_in_text)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.sign_in_button = QPushButton(self.sign_in_panel)
        self.sign_in_button.setObjectName("sign-in-button")
        self.sign_in_progress = QProgressBar(self.sign_in_panel)
        self.sign_in_progress.setRange(0, 0)
        self.sign_in_progress.setTextVisible(False)
        self.sign_in_cancel = QPushButton(self.sign_in_panel)
        self.sign_in_cancel.setObjectName("sign-in-cancel")
        self.sign_in_cancel.setAutoDefault(False)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.sign_in_progress, 1)
        row.addWidget(self.sign_in_cancel)
        row.addStretch(1)
        box.addLayout(row)
        self.sign_in_result = Banner(self.sign_in_panel)
        self.sign_in_result.setObjectName("sign-in-result")
        box.addWidget(self.sign_in_result)
        self.use_app_password = QPushButton(self.sign_in_panel)
        self.use_app_password.setObjectName("use-app-password")
        self.use_app_password.setAutoDefault(False)
        box.addLayout(_left(self.use_app_password))
        self.sign_in_job: Job | None = None

    def retranslateUi(self) -> None:
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
        self.sign_in_cancel.setText(self.tr("Cancel"))
        self.sign_in_progress.setAccessibleName(self.tr("Waiting for the sign-in"))
        self.use_app_password.setText(self.tr("Use an &app password instead"))
        self._show_sign_in()
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
        self._show_sign_in()
        self._ask_registered()
        self.refresh()

    def offer_sign_in(self) -> None:
        """Shown again after the search (``sign_in_pending``): the settings found sign in on
        the provider's own page, which this page now offers in place of the password."""
        self.touched = False  # nothing to reproach yet: the way changed, not the user
        self.initializePage()
        self.focus_first()

    def cleanupPage(self) -> None:
        self.cancel_sign_in()  # Back while the browser is open: nothing is left listening

    def focus_first(self) -> None:
        """The name while it is empty; else the password (any text in it selected), or the
        sign-in button."""
        if not self.name.text().strip():
            self.name.setFocus()
        elif self._signing_provider() is not None:
            self.sign_in_button.setFocus()
        else:
            self.focus_password()

    def focus_password(self) -> None:
        """The cursor in the password field, any text in it selected: typing replaces it."""
        self.password.setFocus()
        self.password.selectAll()

    def _show_subtitle(self) -> None:
        """The usual password, unless the provider's note says another one is needed: the
        page must not say one thing and the note below the opposite. "Sign in with …" for a
        provider that signs in on its own page."""
        signing = self._signing_provider()
        if signing is not None:
            self.setTitle(self.tr("Sign in with %1").replace("%1", _short_name(signing)))
            self.setSubTitle(
                self.tr("No password is needed for %1: you sign in on its own page.").replace(
                    "%1", signing.name
                )
            )
            return
        self.setTitle(self.tr("Your name and password"))
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

    # -- the provider's own sign-in ------------------------------------------------------------

    def _signing_provider(self) -> AccountConfig | None:
        return sign_in_provider(self.data)

    def _ask_registered(self) -> None:
        """Whether Mail Wizard may sign in at this provider: the registrations are read on the
        disk worker (files), once per provider."""
        provider = self._signing_provider()
        if provider is None or self.data.sign_in_registered is not None:
            return
        registered = self.services.sign_in_registered
        if registered is None or self.services.sign_in is None:
            self._on_registered(provider, False)
            return
        job = self.mw.engine.run_blocking(lambda: registered(provider), name="sign-in-registered")
        job.finished.connect(lambda answer: self._on_registered(provider, bool(answer)))
        job.failed.connect(lambda _error: self._on_registered(provider, False))

    def _on_registered(self, provider: AccountConfig, registered: bool) -> None:
        if self._signing_provider() is not provider:
            return  # the address or the provider changed meanwhile: asked anew
        self.data.sign_in_registered = registered
        self._show_sign_in()
        self.refresh()

    def start_sign_in(self) -> Job | None:
        """Open the provider's sign-in in the browser, on the engine's loop."""
        provider = self._signing_provider()
        address = self.data.address
        sign_in = self.services.sign_in
        if provider is None or address is None or sign_in is None or self.data.signing_in:
            return None
        self.touched = True
        self.data.set_sign_in_token("")
        self.data.signing_in = True
        job = self.mw.engine.run(lambda emit: sign_in(provider, address.address, emit), name="sign-in")
        job.finished.connect(self._on_signed_in)
        job.failed.connect(self._on_sign_in_failed)
        job.cancelled.connect(self._on_sign_in_ended)
        self.sign_in_job = job
        self._after_sign_in()
        return job

    def cancel_sign_in(self) -> None:
        if self.sign_in_job is not None and self.sign_in_job.running:
            self.sign_in_job.cancel()  # the loop cancels the sign-in: its listener closes

    def _on_signed_in(self, signed: object) -> None:
        self.data.signing_in = False
        token = getattr(signed, "token", None)
        if token:
            self.data.set_sign_in_token(token)
        elif getattr(signed, "skipped", None) is not None:
            self.data.sign_in_registered = False  # no registration after all
        self._after_sign_in()

    def _on_sign_in_failed(self, error: BaseException) -> None:
        self.data.signing_in = False
        kind = str(getattr(getattr(error, "kind", None), "value", ""))
        if kind not in texts.SIGN_IN_PROBLEMS:
            kind = "authorization-failed"
            self.mw.report_error(error, quiet=True)
        self.data.sign_in_problem = kind
        self._after_sign_in()

    def _on_sign_in_ended(self) -> None:
        self.data.signing_in = False
        self._after_sign_in()

    def _after_sign_in(self) -> None:
        self._show_sign_in()
        self.refresh()

    def _choose_app_password(self, chosen: bool) -> None:
        self.cancel_sign_in()
        self.data.app_password = chosen
        self.data.forget_verification()
        self._show_subtitle()
        self._show_sign_in()
        self._show_keyring()
        self.refresh()
        if chosen:
            self.focus_password()
        else:
            self.sign_in_button.setFocus()

    def _show_sign_in(self) -> None:
        provider = self._signing_provider()
        offered = sign_in_provider(self.data, even_with_app_password=True)
        self.sign_in.setCurrentWidget(self.sign_in_panel if provider is not None else self.password_panel)
        self.use_sign_in.setVisible(provider is None and offered is not None)
        if offered is not None:
            self.use_sign_in.setText(self.tr("Sign in with %1 &instead").replace("%1", _short_name(offered)))
        self.remember.setVisible(provider is None)  # the keyring note: _show_keyring
        self._show_found_note()
        if provider is None:
            return
        name = _short_name(provider)
        registered = self.data.sign_in_registered
        busy = self.data.signing_in
        self.sign_in_button.setText(self.tr("&Sign in with %1").replace("%1", name))
        self.sign_in_button.setVisible(registered is True)
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_progress.setVisible(busy)
        self.sign_in_cancel.setVisible(busy)
        self.use_app_password.setVisible(_takes_password(provider))
        if registered is False:
            self.sign_in_text.setText(
                texts.arg(
                    self.tr(
                        "Thunderbird opens the sign-in page of %1 at its first start, so no password "
                        "is needed here. %2 checks the servers without signing in."
                    ),
                    name,
                    self.mw.product_name,
                )
            )
            self.sign_in_result.clear()
            return
        self.sign_in_text.setText(
            texts.arg(
                self.tr(
                    "%1 signs you in on its own page. %2 opens it in your web browser; "
                    "come back here when you are done."
                ),
                name,
                self.mw.product_name,
            )
        )
        issuer = provider.oauth2.issuer if provider.oauth2 is not None else name
        if busy:
            self.sign_in_result.show_message(
                self.tr("Waiting for you to sign in in the web browser…"), Tone.BUSY
            )
        elif self.data.sign_in_token:
            self.sign_in_result.show_message(
                self.tr(
                    "You are signed in. %1 checks your settings with this sign-in; "
                    "Thunderbird asks you to sign in once more at its first start."
                ).replace("%1", self.mw.product_name),
                Tone.GOOD,
            )
        elif self.data.sign_in_problem:
            self.sign_in_result.show_message(
                texts.sign_in_problem_text(self.data.sign_in_problem, issuer), Tone.ERROR
            )
        else:
            self.sign_in_result.clear()

    def _show_found_note(self) -> None:
        """Why the page asks for the provider's sign-in now, when it asked for a password
        before the search."""
        provider = self._signing_provider()
        address = self.data.address
        if provider is None or address is None or not sign_in_found_by_search(self.data):
            self.found_note.clear()
            return
        sentence = self.tr(
            "The search found that the mail of %1 is at %2, which signs you in on its own page."
        )
        found = texts.arg(sentence, address.unicode_domain, _short_name(provider))
        self.found_note.show_message(found, Tone.INFO)

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
        if self._signing_provider() is not None:  # no password to remember
            self.keyring_note.clear()
            return
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
                    "This computer has no password store that %1 can use, so the "
                    "password will not be remembered here."
                ).replace("%1", self.mw.product_name),
                Tone.INFO,
            )
        else:
            self.keyring_note.clear()


def _short_name(provider: AccountConfig) -> str:
    return provider.display_short_name or provider.name


def _takes_password(provider: AccountConfig) -> bool:
    """Whether the provider also takes an (app) password, the way without its sign-in page."""
    return any(method.uses_password for server in provider.incoming[:1] for method in server.auth_methods)


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(button)
    row.addStretch(1)
    return row


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
