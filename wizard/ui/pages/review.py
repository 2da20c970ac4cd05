"""Review: what was found, in plain words, where it came from; the IMAP/POP3 choice; the
confirmation for servers in another domain or settings from a doubtful source; and the
manual editor."""

from __future__ import annotations

import html

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard import texts
from wizard.flow import PageId, PageState
from wizard.flow.manual import (
    ManualServer,
    guessed_servers,
    manual_config,
    manual_problem,
)
from wizard.flow.rules import doubtful_source, foreign_domains
from wizard.model import (
    AccountConfig,
    AuthMethod,
    ConfigWarning,
    Protocol,
    Security,
    WarningKind,
    default_port,
)
from wizard.model.enums import PORT_MAX, PORT_MIN
from wizard.ui.pages.base import Page
from wizard.ui.widgets import Banner, Tone

_AUTH_CHOICES = (AuthMethod.PASSWORD_CLEARTEXT, AuthMethod.PASSWORD_ENCRYPTED)


class ServerEditor(QGroupBox):
    """The fields of one server; protocols offered depend on the direction."""

    def __init__(self, protocols: tuple[Protocol, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.protocols = protocols
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.protocol = QComboBox(self)
        for protocol in protocols:
            self.protocol.addItem("", protocol)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(PORT_MIN, PORT_MAX)
        self.security = QComboBox(self)
        for security in Security:
            self.security.addItem("", security)
        self.username = QLineEdit(self)
        self.auth = QComboBox(self)
        for method in _AUTH_CHOICES:
            self.auth.addItem("", method)
        self.labels = [QLabel(self) for _ in range(6)]
        fields = (self.protocol, self.host, self.port, self.security, self.username, self.auth)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        if len(protocols) == 1:
            self.protocol.setEnabled(False)
        self._last_security = Security.SSL
        self.security.currentIndexChanged.connect(self._on_security)

    def retranslate(self, title: str) -> None:
        self.setTitle(title)
        names = (
            self.tr("Type:"),
            self.tr("Server:"),
            self.tr("Port:"),
            self.tr("Encryption:"),
            self.tr("User name:"),
            self.tr("Sign-in:"),
        )
        for label, name in zip(self.labels, names, strict=True):
            label.setText(name)
        for index, protocol in enumerate(self.protocols):
            self.protocol.setItemText(index, texts.protocol_word(protocol))
        for index in range(self.security.count()):
            choice = texts.SECURITY_CHOICES[Security(self.security.itemData(index))]
            self.security.setItemText(index, texts.tr(choice))
        for index in range(self.auth.count()):
            self.auth.setItemText(index, texts.auth_word(AuthMethod(self.auth.itemData(index))))
        accessible = (
            self.tr("%1: type of server"),
            self.tr("%1: server name"),
            self.tr("%1: port"),
            self.tr("%1: encryption"),
            self.tr("%1: user name"),
            self.tr("%1: sign-in method"),
        )
        fields = (self.protocol, self.host, self.port, self.security, self.username, self.auth)
        for field, name in zip(fields, accessible, strict=True):
            field.setAccessibleName(name.replace("%1", title))
        self.host.setPlaceholderText(self.tr("e.g. mail.example.com"))

    def set_server(self, server: ManualServer) -> None:
        widgets = (self.protocol, self.host, self.port, self.security, self.username, self.auth)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(server.protocol)))
        self.host.setText(server.hostname)
        self.port.setValue(server.port)
        self.security.setCurrentIndex(max(0, self.security.findData(server.security)))
        self._last_security = server.security
        self.username.setText(server.username)
        auth = server.auth if server.auth in _AUTH_CHOICES else AuthMethod.PASSWORD_CLEARTEXT
        self.auth.setCurrentIndex(max(0, self.auth.findData(auth)))
        del blockers

    def server(self) -> ManualServer:
        return ManualServer(
            protocol=Protocol(self.protocol.currentData()),
            hostname=self.host.text().strip(),
            port=self.port.value(),
            security=Security(self.security.currentData()),
            username=self.username.text().strip(),
            auth=AuthMethod(self.auth.currentData()),
        )

    def _on_security(self) -> None:
        security = Security(self.security.currentData())
        protocol = Protocol(self.protocol.currentData())
        if self.port.value() == default_port(protocol, self._last_security):
            self.port.setValue(default_port(protocol, security))
        self._last_security = security

    def mark_invalid(self, field: str) -> None:
        for name, widget in (("host", self.host), ("port", self.port), ("username", self.username)):
            widget.setProperty("invalid", name == field)
            font = widget.font()
            font.setUnderline(name == field)
            widget.setFont(font)


class ReviewPage(Page):
    page_id = PageId.REVIEW

    def build(self) -> None:
        self.stack = QStackedWidget(self)
        self.body.addWidget(self.stack)

        # -- the summary -----------------------------------------------------------------
        summary = QWidget(self)
        layout = QVBoxLayout(summary)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel(summary)
        self.headline.setWordWrap(True)
        self.source = QLabel(summary)
        self.source.setWordWrap(True)
        layout.addWidget(self.headline)
        layout.addWidget(self.source)

        self.choice_box = QGroupBox(summary)
        choice = QVBoxLayout(self.choice_box)
        self.imap = QRadioButton(self.choice_box)
        self.imap.setObjectName("choose-imap")
        self.pop = QRadioButton(self.choice_box)
        self.pop.setObjectName("choose-pop3")
        self.choice_group = QButtonGroup(self)
        self.choice_group.addButton(self.imap)
        self.choice_group.addButton(self.pop)
        self.choice_explained = QLabel(self.choice_box)
        self.choice_explained.setWordWrap(True)
        choice.addWidget(self.imap)
        choice.addWidget(self.pop)
        choice.addWidget(self.choice_explained)
        layout.addWidget(self.choice_box)

        self.incoming = QLabel(summary)
        self.incoming.setWordWrap(True)
        self.outgoing = QLabel(summary)
        self.outgoing.setWordWrap(True)
        for label in (self.incoming, self.outgoing):
            label.setObjectName("server-sentence")
        layout.addWidget(self.incoming)
        layout.addWidget(self.outgoing)
        # The name typed on the password page, as others see it. (Not "sender": that is
        # QObject.sender().)
        self.sender_line = QLabel(summary)
        self.sender_line.setObjectName("sender")
        self.sender_line.setWordWrap(True)
        layout.addWidget(self.sender_line)

        self.warnings = Banner(summary, rich=True)
        layout.addWidget(self.warnings)
        self.foreign = Banner(summary, rich=True)
        self.foreign.setObjectName("foreign")
        layout.addWidget(self.foreign)
        self.confirm = QCheckBox(summary)
        self.confirm.setObjectName("confirm-foreign")
        layout.addWidget(self.confirm)
        edit_row = QHBoxLayout()
        self.edit = QPushButton(summary)
        self.edit.setObjectName("edit-manually")
        edit_row.addWidget(self.edit)
        edit_row.addStretch(1)
        layout.addLayout(edit_row)
        # The stack is as tall as its taller page: keep the lines together at the top
        # instead of spreading the spare height between them.
        layout.addStretch(1)
        self.stack.addWidget(summary)

        # -- the manual editor -------------------------------------------------------------
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        self.editor_intro = QLabel(editor)
        self.editor_intro.setWordWrap(True)
        editor_layout.addWidget(self.editor_intro)
        row = QHBoxLayout()
        self.in_editor = ServerEditor((Protocol.IMAP, Protocol.POP3), editor)
        self.in_editor.setObjectName("incoming-editor")
        self.out_editor = ServerEditor((Protocol.SMTP,), editor)
        self.out_editor.setObjectName("outgoing-editor")
        row.addWidget(self.in_editor)
        row.addWidget(self.out_editor)
        editor_layout.addLayout(row)
        back_row = QHBoxLayout()
        self.use_found = QToolButton(editor)
        self.use_found.setObjectName("use-found")
        back_row.addWidget(self.use_found)
        back_row.addStretch(1)
        editor_layout.addLayout(back_row)
        editor_layout.addStretch(1)
        self.stack.addWidget(editor)

        self.imap.toggled.connect(self._on_choice)
        self.confirm.toggled.connect(self._on_confirm)
        self.edit.clicked.connect(self.open_editor)
        self.use_found.clicked.connect(self._use_found)
        for editor_box in (self.in_editor, self.out_editor):
            for line in (editor_box.host, editor_box.username):
                line.textEdited.connect(self._on_edited)
            for combo in (editor_box.protocol, editor_box.security, editor_box.auth):
                combo.currentIndexChanged.connect(self._on_edited)
            editor_box.port.valueChanged.connect(self._on_edited)
        self.in_editor.protocol.currentIndexChanged.connect(self._on_incoming_protocol)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your settings"))
        self._show_subtitle()
        self.choice_box.setTitle(self.tr("How do you want to read your mail?"))
        self.imap.setText(self.tr("&Keep my mail on the server (IMAP, recommended)"))
        self.pop.setText(self.tr("&Download my mail to this computer (POP3)"))
        self.choice_explained.setText(
            self.tr(
                "With IMAP every device sees the same mail and folders; POP3 downloads new "
                "mail to this computer and by default keeps a copy on the server."
            )
        )
        self.edit.setText(self.tr("&Edit the settings myself"))
        self.editor_intro.setText(
            self.tr(
                "Type the settings from your provider's help page. %1 tries them when you click Next."
            ).replace("%1", self.mw.product_name)
        )
        self.in_editor.retranslate(self.tr("Incoming mail"))
        self.out_editor.retranslate(self.tr("Outgoing mail (SMTP)"))
        self.use_found.setText(self.tr("Use the settings that were found"))
        self._show_summary()
        super().retranslateUi()

    def always_show_problems(self, state: PageState) -> bool:
        return state.problem is not None and state.problem.value in (
            "nothing-found",
            "manual-invalid",
        )

    # -- entering --------------------------------------------------------------------------

    def initializePage(self) -> None:
        if self.data.config is None or self.data.manual:
            self.open_editor()
        else:
            self.stack.setCurrentIndex(0)
            self._show_summary()
        self.refresh()

    def focus_first(self) -> None:
        if self.stack.currentIndex() == 0:
            self._focus_summary()  # not the first child: that is the hidden IMAP/POP3 choice
        else:
            self.in_editor.host.setFocus()

    def _show_subtitle(self) -> None:
        if self.stack.currentIndex() == 1 and self.data.found is None:
            subtitle = self.tr("Type your server settings. Next, %1 will try them.")
        else:
            subtitle = self.tr("Check what was found. Next, %1 will try them.")
        self.setSubTitle(subtitle.replace("%1", self.mw.product_name))

    def _focus_summary(self) -> None:
        """The focus on what asks for a decision, else on Next: never on a hidden field."""
        if self.confirm.isVisibleTo(self):
            self.confirm.setFocus()
        elif self.choice_box.isVisibleTo(self):
            (self.pop if self.pop.isChecked() else self.imap).setFocus()
        else:
            self.mw.button(self.mw.WizardButton.NextButton).setFocus()

    def open_editor(self) -> None:
        address = self.data.address
        account = self.data.account()
        if account is not None:
            incoming = ManualServer.from_settings(account.incoming)
            outgoing = ManualServer.from_settings(account.outgoing)
        elif address is not None:
            incoming, outgoing = guessed_servers(address)
        else:
            return
        self.in_editor.set_server(incoming)
        self.out_editor.set_server(outgoing)
        self.stack.setCurrentIndex(1)
        self._show_subtitle()
        self.use_found.setVisible(self.data.found is not None)
        self._on_edited()
        self.in_editor.host.setFocus()

    def _use_found(self) -> None:
        if self.data.found is None:
            return
        self.data.manual_problem = ""
        self.data.set_config(self.data.found)
        self.stack.setCurrentIndex(0)
        self._show_subtitle()
        self._show_summary()
        self._focus_summary()
        self.refresh()

    # -- the summary -----------------------------------------------------------------------

    def _show_summary(self) -> None:
        config = self.data.config
        account = self.data.account()
        if config is None or account is None:
            for label in (self.headline, self.source, self.incoming, self.outgoing, self.sender_line):
                label.clear()
            self.choice_box.hide()
            self.warnings.clear()
            self.foreign.clear()
            self.confirm.hide()
            return
        name = html.escape(config.name)
        self.headline.setText(self.tr("These are the settings for %1.").replace("%1", name))
        self.source.setText(
            self.tr("Found in: %1 (%2).")
            .replace("%1", texts.source_name(config.source))
            .replace("%2", texts.trust_word(config.trust))
        )
        protocols = {s.protocol for s in config.incoming}
        both = Protocol.IMAP in protocols and Protocol.POP3 in protocols
        self.choice_box.setVisible(both)
        with QSignalBlocker(self.imap), QSignalBlocker(self.pop):
            self.imap.setChecked(account.incoming.protocol is Protocol.IMAP)
            self.pop.setChecked(account.incoming.protocol is Protocol.POP3)
        self.incoming.setText(texts.server_sentence(account.incoming))
        self.outgoing.setText(texts.server_sentence(account.outgoing))
        sender = html.escape(account.address.display)
        if account.real_name:
            sender = html.escape(f"{account.real_name} <{account.address.display}>")
            self.sender_line.setText(self.tr("Your mail goes out as <b>%1</b>.").replace("%1", sender))
        else:
            self.sender_line.setText(
                self.tr("Your mail goes out as <b>%1</b>, without a name.").replace("%1", sender)
            )
        self._show_warnings()
        domains = foreign_domains(config)
        doubt = doubtful_source(config)
        if domains:
            self._show_foreign(config, domains[0])
        elif doubt is not None:
            self._show_doubtful_source(doubt)
        else:
            self.foreign.clear()
            self.confirm.hide()
            return
        with QSignalBlocker(self.confirm):
            self.confirm.setChecked(self.data.foreign_confirmed)
        self.confirm.show()

    def _show_doubtful_source(self, doubt: ConfigWarning) -> None:
        """Settings that came over plain HTTP or from another domain's server point to the
        address's own servers, but whoever changed them on the way chose where the password
        goes: the user compares them with the provider's help page and says yes."""
        if doubt.kind is WarningKind.REDIRECTED:
            sentence = self.tr(
                "Your domain handed the search on to %1, and these settings came from there. "
                "Compare them with your provider's help page."
            ).replace("%1", f"<b>{html.escape(doubt.registrable_domain or doubt.subject)}</b>")
        else:
            sentence = self.tr(
                "These settings came over an unencrypted connection, so someone could have "
                "changed them on the way. Compare them with your provider's help page."
            )
        self.foreign.show_message(sentence, Tone.WARNING)
        self.confirm.setText(self.tr("The settings &match what my provider says"))

    def _show_foreign(self, config: AccountConfig, domain: str) -> None:
        """A server outside the address's and the provider's domains needs a yes. One given
        by its IP address has no domain to name: say that instead of inventing one."""
        # Imported when needed: the discovery package is loaded by a worker, not with the page.
        from wizard.discovery.domains import is_ip_address

        foreign = [w for w in config.warnings if w.kind is WarningKind.FOREIGN_DOMAIN]
        if is_ip_address(domain):
            self.foreign.show_message(
                self.tr(
                    "The server %1 is given by its IP address, so nobody can tell whose server "
                    "it is. Use it only if you expect that."
                ).replace("%1", f"<b>{html.escape(domain)}</b>"),
                Tone.WARNING,
            )
            self.confirm.setText(self.tr("I &trust the server %1 with my mail").replace("%1", domain))
        else:
            hosts = [texts.highlight_domain(w.subject, w.registrable_domain) for w in foreign]
            self.foreign.show_message(
                self.tr(
                    "The server %1 does not belong to your provider but to %2. "
                    "Use it only if you expect that."
                )
                .replace("%1", ", ".join(hosts))
                .replace("%2", f"<b>{html.escape(domain)}</b>"),
                Tone.WARNING,
            )
            self.confirm.setText(self.tr("I &trust %1 with my mail").replace("%1", domain))

    def _show_warnings(self) -> None:
        config = self.data.config
        account = self.data.account()
        sentences = []
        if config is not None:
            kinds = {w.kind for w in config.warnings}
            # A doubtful source is said beside its confirmation.
            guessed = WarningKind.UNVERIFIED_SOURCE in kinds or config.trust.value == "untrusted"
            if guessed and doubtful_source(config) is None:
                sentences.append(
                    self.tr("Nobody vouches for these settings; they were worked out by trying.")
                )
        if account is not None and Security.PLAIN in (
            account.incoming.security,
            account.outgoing.security,
        ):
            sentences.append(
                self.tr("A server does not encrypt the connection: others could read your mail.")
            )
        self.warnings.show_message(" ".join(html.escape(s) for s in sentences), Tone.WARNING)

    def _on_choice(self) -> None:
        config = self.data.config
        if config is None:
            return
        wanted = Protocol.IMAP if self.imap.isChecked() else Protocol.POP3
        index = next((i for i, s in enumerate(config.incoming) if s.protocol is wanted), 0)
        self.data.choose_servers(index, self.data.outgoing_index)
        self._show_summary()
        self.refresh()

    def _on_confirm(self, checked: bool) -> None:
        self.touched = True
        self.data.foreign_confirmed = checked
        self.refresh()

    # -- the editor ------------------------------------------------------------------------

    def _on_incoming_protocol(self) -> None:
        server = self.in_editor.server()
        others = (default_port(p, server.security) for p in Protocol if p is not server.protocol)
        if server.port in others:
            self.in_editor.port.setValue(default_port(server.protocol, server.security))

    def _on_edited(self) -> None:
        self.touched = True
        incoming, outgoing = self.in_editor.server(), self.out_editor.server()
        problem = manual_problem(incoming, outgoing)
        self.data.manual_problem = problem
        direction, _, field = problem.partition("-")
        self.in_editor.mark_invalid(field if direction == "incoming" else "")
        self.out_editor.mark_invalid(field if direction == "outgoing" else "")
        address = self.data.address
        if not problem and address is not None:
            base = self.data.found or self.data.provider
            config = manual_config(incoming, outgoing, base, address.domain)
            if config != self.data.config:
                self.data.set_config(config, manual=True)
            self.data.manual = True
        else:
            self.data.manual = True
        self.refresh()
