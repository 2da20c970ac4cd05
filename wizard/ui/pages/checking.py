"""Checking: log in to the incoming server and sign in to the outgoing one, and say in
plain words what happened and what to do."""

from __future__ import annotations

import html
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard import texts
from wizard.flow import PageId, PageState
from wizard.flow.rules import (
    check_looks_offline,
    failure_kind,
    needs_plaintext_consent,
    password_refused,
    report_ok,
    sign_in_provider,
)
from wizard.model import NoteKind
from wizard.ui.certificate import CertificateDialog
from wizard.ui.engine import Job
from wizard.ui.pages.base import Page
from wizard.ui.services import VerifyRequest
from wizard.ui.support import SupportBox
from wizard.ui.widgets import Banner, Tone


class CheckRow(QGroupBox):
    """One direction: its state, the sentence, hints, and the certificate button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.result = Banner(self, rich=True)
        self.result.setObjectName("result")
        layout.addWidget(self.result)
        row = QHBoxLayout()
        self.certificate = QPushButton(self)
        self.certificate.setObjectName("view-certificate")
        row.addWidget(self.certificate)
        row.addStretch(1)
        layout.addLayout(row)
        self.certificate.hide()
        self.check: Any = None


class CheckingPage(Page):
    page_id = PageId.VERIFY
    MINIMUM_BUSY = 0.6  # seconds "Signing in…" shows at least, however fast the answer

    def build(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.body.addWidget(self.progress)
        self.incoming = CheckRow(self)
        self.incoming.setObjectName("incoming-check")
        self.outgoing = CheckRow(self)
        self.outgoing.setObjectName("outgoing-check")
        self.body.addWidget(self.incoming)
        self.body.addWidget(self.outgoing)
        self.consent_box = QGroupBox(self)
        self.consent_layout = QVBoxLayout(self.consent_box)
        self.consent_text = QLabel(self.consent_box)
        self.consent_text.setWordWrap(True)
        self.consent_text.setTextFormat(Qt.TextFormat.RichText)
        self.consent_layout.addWidget(self.consent_text)
        self.consent = QCheckBox(self.consent_box)
        self.consent.setObjectName("plaintext-consent")
        self.consent_layout.addWidget(self.consent)
        self.body.addWidget(self.consent_box)
        buttons = QHBoxLayout()
        self.retype = QPushButton(self)
        self.retype.setObjectName("retype-password")
        self.retry = QPushButton(self)
        self.retry.setObjectName("check-again")
        self.change = QPushButton(self)
        self.change.setObjectName("change-settings")
        buttons.addWidget(self.retype)
        buttons.addWidget(self.retry)
        buttons.addWidget(self.change)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.support = SupportBox(self)
        self.body.addWidget(self.support)
        self.job: Job | None = None
        self.dialog: CertificateDialog | None = None
        self._busy_since = 0.0
        self._late_report: Any = None  # a report held back until the "checking" was seen
        self._show_late = QTimer(self)
        self._show_late.setSingleShot(True)
        self._show_late.timeout.connect(self._show_late_report)
        self.retype.clicked.connect(self.retype_password)
        self.retry.clicked.connect(self.start)
        self.change.clicked.connect(self._change_settings)
        self.consent.toggled.connect(self._on_consent)
        self.incoming.certificate.clicked.connect(lambda: self.show_certificate(self.incoming))
        self.outgoing.certificate.clicked.connect(lambda: self.show_certificate(self.outgoing))
        self._update_controls()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Trying your settings"))
        self.setSubTitle(
            self.tr("%1 signs in to receive and to send mail, without sending anything.").replace(
                "%1", self.mw.product_name
            )
        )
        self.incoming.setTitle(self.tr("Receiving mail"))
        self.outgoing.setTitle(self.tr("Sending mail"))
        for row in (self.incoming, self.outgoing):
            row.certificate.setText(self.tr("View the &certificate…"))
        self._name_retype()
        self.retry.setText(self.tr("Try &again"))
        self.change.setText(self.tr("C&hange the settings"))
        self.consent_box.setTitle(self.tr("No encryption"))
        self.progress.setAccessibleName(self.tr("Checking"))
        self._show_consent()
        self._show_results()
        super().retranslateUi()

    def always_show_problems(self, state: PageState) -> bool:
        return state.problem is not None and state.problem.value == "verify-error"

    # -- running ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        self._show_consent()
        if self.data.verify_report is None and not needs_plaintext_consent(self.data):
            self.start()
        else:
            self._show_results()
            self._update_controls()
            self.refresh()

    def cleanupPage(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
        if self._show_late.isActive():
            self._show_late.stop()
            self._show_late_report()

    def start(self) -> None:
        account = self.data.account()
        if account is None or needs_plaintext_consent(self.data) or self.data.verifying:
            return
        verify = self.services.verify
        self.data.forget_verification()
        if verify is None:
            self.data.verify_error = "unavailable"
            self._after()
            return
        self.data.verifying = True
        # The provider's own sign-in: its token (none: checked without signing in), and the
        # password, if one was typed at all, stays here.
        signing = sign_in_provider(self.data) is not None
        request = VerifyRequest(
            account=account,
            password=None if signing else self.data.password,
            token=(self.data.sign_in_token or None) if signing else None,
            config=self.data.config,
            trusted=tuple(
                (key.rpartition(":")[0], int(key.rpartition(":")[2]), sha)
                for key, sha in self.data.trusted_certificates.items()
            ),
            plaintext=tuple(
                (s.hostname, s.port)
                for s in (account.incoming, account.outgoing)
                if s.hostname in self.data.plaintext_allowed
            ),
        )
        self.job = self.mw.engine.run(lambda emit: verify(request, emit), name="verify")
        self.job.finished.connect(self._on_report)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self._busy_since = time.monotonic()
        self._after()

    def _on_report(self, report: Any) -> None:
        # An answer faster than the eye (a server that refuses at once) is held back a
        # moment: "Try again" must show that it tried, not leave the page as it was.
        wait = self.MINIMUM_BUSY - (time.monotonic() - self._busy_since)
        if wait > 0:
            self._late_report = report
            self._show_late.start(int(wait * 1000))
            return
        self._show_report(report)

    def _show_late_report(self) -> None:
        report, self._late_report = self._late_report, None
        if report is not None:
            self._show_report(report)

    def _show_report(self, report: Any) -> None:
        self.data.verifying = False
        self._adopt_what_worked(report)
        self.data.verify_report = report
        self._after()

    def _adopt_what_worked(self, report: Any) -> None:
        """The proof may find that another listed server or port answers, that the server
        offers more security than listed, or that another user name form works: the
        account uses exactly what was proven (the proven server in place of the chosen one)."""
        config = self.data.config
        if config is None:
            return
        chosen = {"incoming": self.data.incoming_index, "outgoing": self.data.outgoing_index}
        lists = {"incoming": list(config.incoming), "outgoing": list(config.outgoing)}
        for direction, servers in lists.items():
            check = getattr(report, direction)
            index = chosen[direction]
            if not check.ok or index >= len(servers):
                continue
            proven = getattr(check, "proven", check.server)
            where = (proven.hostname.lower(), proven.port)
            kept = [
                (i, s) for i, s in enumerate(servers) if i == index or (s.hostname.lower(), s.port) != where
            ]
            chosen[direction] = next(n for n, (i, _) in enumerate(kept) if i == index)
            servers[:] = [proven if i == index else s for i, s in kept]
        changed = config.replace(incoming=tuple(lists["incoming"]), outgoing=tuple(lists["outgoing"]))
        if changed != config:
            self.data.config = changed  # not set_config: the check just proved these
            self.data.incoming_index = chosen["incoming"]
            self.data.outgoing_index = chosen["outgoing"]

    def _on_failed(self, error: BaseException) -> None:
        self.data.verifying = False
        self.data.verify_error = type(error).__name__
        self.mw.report_error(error, quiet=True)
        self._after()

    def _on_cancelled(self) -> None:
        self.data.verifying = False
        self._after()

    def _after(self) -> None:
        self._show_results()
        self._update_controls()
        self.refresh()

    def _name_retype(self) -> None:
        if sign_in_provider(self.data) is not None:
            self.retype.setText(self.tr("Sign &in again"))
        else:
            self.retype.setText(self.tr("&Type the password again"))

    def _update_controls(self) -> None:
        self._name_retype()
        busy = self.data.verifying
        self.progress.setVisible(busy)
        done = not busy and (self.data.verify_report is not None or bool(self.data.verify_error))
        failed = done and not report_ok(self.data.verify_report)
        self.retype.setVisible(failed and password_refused(self.data))
        self.retry.setVisible(failed)
        self.change.setVisible(failed or bool(needs_plaintext_consent(self.data)))
        self.support.show_for(self.mw.support if failed else None)

    # -- results ---------------------------------------------------------------------------

    def _show_results(self) -> None:
        report = self.data.verify_report
        account = self.data.account()
        for row, direction in ((self.incoming, "incoming"), (self.outgoing, "outgoing")):
            server = getattr(account, direction, None) if account else None
            host = html.escape(server.hostname) if server is not None else ""
            check = getattr(report, direction, None) if report is not None else None
            row.check = check
            row.certificate.hide()
            if self.data.verifying:
                row.result.show_message(self.tr("Signing in to %1…").replace("%1", host), Tone.BUSY)
            elif check is None:
                if self.data.verify_error:
                    row.result.show_message(html.escape(self.job_failed_text()), Tone.ERROR)
                else:
                    row.result.show_message(
                        self.tr("Waiting to sign in to %1.").replace("%1", host), Tone.INFO
                    )
            elif check.ok:
                if not getattr(check, "signed_in", True):  # the provider's sign-in: not ours
                    sentence = self.tr(
                        "%1 answers over an encrypted connection and offers your provider's sign-in."
                    )
                elif direction == "incoming":
                    sentence = self.tr("Signed in to %1: receiving mail works.")
                else:
                    sentence = self.tr("Signed in to %1: sending mail works.")
                proven = html.escape(f"{check.server.hostname}:{check.server.port}")
                parts = [f"<p>{html.escape(sentence).replace('%1', proven)}</p>"]
                for failure in getattr(check, "passed_over", ()):
                    # Which servers were tried first, and why they were passed over.
                    line = self.tr("%1 was passed over: %2")
                    line = line.replace("%1", f"{failure.host}:{failure.port}")
                    line = line.replace("%2", texts.failure_text(failure.kind))
                    parts.append(f"<small>{html.escape(line)}</small>")
                row.result.show_message("".join(parts), Tone.GOOD)
            else:
                row.result.show_message(self._failure_html(check, host), Tone.ERROR)
                failure = check.failure
                if failure is not None and getattr(failure, "certificate", None) is not None:
                    row.certificate.show()

    def _failure_html(self, check: Any, host: str) -> str:
        failure = check.failure
        where = self.tr("At %1:").replace("%1", host)
        kind = failure_kind(check) or "protocol"
        # Both servers out of reach although the provider names them: the network is what
        # fails, not the names ("check for typing errors" would send the user astray).
        sentence = texts.failure_text("offline" if check_looks_offline(self.data) else kind)
        parts = [f"<p><b>{html.escape(where)}</b> {html.escape(sentence)}</p>"]
        hints = [texts.hint_text(h) for h in (getattr(check, "hints", ()) or ())]
        provider = self.data.config or self.data.provider
        rules = [
            note.text.get(self.data.language)
            for note in (provider.notes if provider else ())
            if note.kind is NoteKind.PASSWORD
        ]
        if any(str(getattr(h, "value", h)) == "password-rules" for h in check.hints or ()):
            # The provider's own rules say more than the general hint.
            hints = [h for h in hints if h != texts.hint_text("password-rules")] + rules
        if hints:
            items = "".join(f"<li>{html.escape(h)}</li>" for h in hints)
            what = self.tr("What you can do:")
            parts.append(f"<p>{html.escape(what)}</p><ul>{items}</ul>")
        detail = str(getattr(failure, "detail", "") or "")[:200]
        if detail:
            # Only a server's own answer is "what the server said"; the rest is the system's.
            said = (
                self.tr("The server said: %1").replace("%1", detail)
                if kind in texts.SERVER_SPOKE
                else texts.technical_details(detail)
            )
            parts.append("<small>" + html.escape(said) + "</small>")
        return "".join(parts)

    def show_certificate(self, row: CheckRow) -> None:
        failure = getattr(row.check, "failure", None)
        if failure is None or failure.certificate is None:
            return
        self.dialog = CertificateDialog(failure, self)
        self.dialog.finished.connect(self._on_certificate_dialog)
        self.dialog.open()

    def _on_certificate_dialog(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == CertificateDialog.DialogCode.Accepted and dialog.trusted:
            info = dialog.info
            self.data.trusted_certificates[f"{info.host}:{info.port}"] = info.sha256
            if info.der:
                self.data.accepted_certificates[f"{info.host}:{info.port}"] = info.der
            self.start()

    # -- consent to send a password unencrypted ---------------------------------------------

    def _show_consent(self) -> None:
        hosts = needs_plaintext_consent(self.data) or sorted(self.data.plaintext_allowed)
        account = self.data.account()
        plain = [
            s.hostname
            for s in ((account.incoming, account.outgoing) if account else ())
            if s.security.value == "plain"
        ]
        if not plain:
            self.consent_box.hide()
            return
        hosts = sorted(set(plain))
        names = ", ".join(f"<b>{html.escape(h)}</b>" for h in hosts)
        self.consent_text.setText(
            self.tr(
                "The server %1 does not encrypt the connection. Anyone on the network could "
                "read your password and your mail."
            ).replace("%1", names)
        )
        self.consent.setText(self.tr("&Send my password without encryption anyway"))
        self.consent.blockSignals(True)
        self.consent.setChecked(all(h in self.data.plaintext_allowed for h in hosts))
        self.consent.blockSignals(False)
        self.consent_box.show()

    def _on_consent(self, checked: bool) -> None:
        account = self.data.account()
        if account is None:
            return
        for server in (account.incoming, account.outgoing):
            if server.security.value == "plain":
                if checked:
                    self.data.plaintext_allowed.add(server.hostname)
                else:
                    self.data.plaintext_allowed.discard(server.hostname)
        self.data.forget_verification()
        if checked:
            self.start()
        else:
            self._after()

    def _change_settings(self) -> None:
        """Back to the settings, in the editor (asked for here, not left behind as a flag
        that opens the editor later unasked)."""
        self.mw.go_back_to(PageId.REVIEW)
        self.mw.pages[PageId.REVIEW].open_editor()

    def retype_password(self) -> None:
        """Back to the password field, its text selected: typing replaces it (or to the
        provider's sign-in, to sign in again)."""
        self.mw.go_back_to(PageId.PASSWORD)
        page = self.mw.pages[PageId.PASSWORD]
        if sign_in_provider(self.data) is not None:
            self.data.set_sign_in_token("")  # the provider refused it
            page.initializePage()
            page.sign_in_button.setFocus()
        else:
            page.focus_password()
