"""Where to set it up: Thunderbird (profile), Outlook (Windows), or a settings file
(autoconfig, Apple profile, Outlook PRF, a QR code shown here and savable).

A brand's preset decides which of them are offered, which are ticked when the page opens
(else Thunderbird, once it is found) and which kinds of settings file are offered."""

from __future__ import annotations

import html
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard import texts
from wizard.flow import ExportChoice, Outcome, OutcomeKind, PageId, Target
from wizard.flow.rules import sign_in_provider
from wizard.ui.engine import Job
from wizard.ui.pages.base import Page
from wizard.ui.widgets import Banner, Tone

_FORMATS = ("autoconfig", "mobileconfig", "prf", "qr")
_SUFFIXES = {"autoconfig": ".xml", "mobileconfig": ".mobileconfig", "prf": ".prf", "qr": ".png"}
_WITH_PASSWORD = ("mobileconfig", "qr")


def _documents_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


class TargetsPage(Page):
    page_id = PageId.TARGETS

    def build(self) -> None:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        # Thunderbird
        self.thunderbird = QCheckBox(self)
        self.thunderbird.setObjectName("target-thunderbird")
        self.profile = QComboBox(self)
        self.profile.setObjectName("profile")
        self.profile_label = QLabel(self)
        self.profile_label.setBuddy(self.profile)
        self.tb_reason = Banner(self)
        self.tb_recheck = QPushButton(self)
        self.tb_recheck.setObjectName("check-thunderbird-again")
        grid.addWidget(self.thunderbird, 0, 0, 1, 3)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_label)
        profile_row.addWidget(self.profile, 1)
        profile_row.addWidget(self.tb_recheck)
        grid.addLayout(profile_row, 1, 1, 1, 2)
        grid.addWidget(self.tb_reason, 2, 1, 1, 2)
        # Outlook (classic, Windows only)
        self.outlook = QCheckBox(self)
        self.outlook.setObjectName("target-outlook")
        self.outlook_reason = Banner(self)
        grid.addWidget(self.outlook, 3, 0, 1, 3)
        grid.addWidget(self.outlook_reason, 4, 1, 1, 2)
        # Settings file
        self.file = QCheckBox(self)
        self.file.setObjectName("target-file")
        grid.addWidget(self.file, 5, 0, 1, 3)
        self.file_panel = QWidget(self)
        panel = QVBoxLayout(self.file_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.format_label = QLabel(self.file_panel)
        self.format = QComboBox(self.file_panel)
        self.format.setObjectName("export-format")
        for fmt in _FORMATS:
            self.format.addItem("", fmt)
        self.format_label.setBuddy(self.format)
        self.save = QPushButton(self.file_panel)
        self.save.setObjectName("save-file")
        row.addWidget(self.format_label)
        row.addWidget(self.format, 1)
        row.addWidget(self.save)
        panel.addLayout(row)
        self.include_password = QCheckBox(self.file_panel)
        self.include_password.setObjectName("include-password")
        panel.addWidget(self.include_password)
        self.qr = QLabel(self.file_panel)
        self.qr.setObjectName("qr-code")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        panel.addWidget(self.qr)
        self.saved = Banner(self.file_panel)
        self.saved.setObjectName("saved")
        panel.addWidget(self.saved)
        grid.addWidget(self.file_panel, 6, 1, 1, 2)
        indent = self.style().pixelMetric(self.style().PixelMetric.PM_IndicatorWidth) + 6
        grid.setColumnMinimumWidth(0, indent)
        self.body.addLayout(grid)

        self.write_job: Job | None = None
        self.probe_job: Job | None = None
        self.file_dialog: QFileDialog | None = None
        self._save_folder: Path | None = None  # where the last settings file went
        self.profiles: list[tuple[Any, bool]] = []
        self.tb_problem = ""
        self.offered = set(Target)
        self.ticked_at_first = {Target.THUNDERBIRD}  # Thunderbird: once it is found
        self._thunderbird_ticked = False  # ticked by the page once; later ticks are the user's
        self._preset_applied = False
        self.thunderbird.toggled.connect(lambda on: self._toggle(Target.THUNDERBIRD, on))
        self.outlook.toggled.connect(lambda on: self._toggle(Target.OUTLOOK, on))
        self.file.toggled.connect(lambda on: self._toggle(Target.FILE, on))
        self.profile.currentIndexChanged.connect(self._on_profile)
        self.tb_recheck.clicked.connect(self.probe_thunderbird)
        self.format.currentIndexChanged.connect(self._show_qr)
        self.include_password.toggled.connect(self._show_qr)
        self.save.clicked.connect(self.ask_where_to_save)
        self._update_visibility()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Where to set it up"))
        self.setSubTitle(self.tr("Your settings work. Choose where to use them."))
        self.thunderbird.setText(self.tr("Add the account to &Thunderbird"))
        self.profile_label.setText(self.tr("&Profile:"))
        self.profile.setAccessibleName(self.tr("Thunderbird profile"))
        self.tb_recheck.setText(self.tr("Check &again"))
        self.outlook.setText(self.tr("Add the account to &Outlook"))
        self.file.setText(self.tr("&Save a settings file for another device or program"))
        self.format_label.setText(self.tr("&Kind of file:"))
        self.format.setAccessibleName(self.tr("Kind of settings file"))
        for index in range(self.format.count()):
            self.format.setItemText(index, texts.export_format_name(self.format.itemData(index)))
        self.save.setText(self.tr("Sa&ve…"))
        self.include_password.setText(self.tr("&Include the password (keep the file private)"))
        self.qr.setAccessibleName(self.tr("QR code for Thunderbird on Android"))
        self._show_thunderbird_state()
        self._show_outlook_state()
        super().retranslateUi()

    def always_show_problems(self, state: Any) -> bool:
        return state.problem is not None and state.problem.value == "profile-locked"

    # -- entering: look for Thunderbird on the disk worker ----------------------------------

    def initializePage(self) -> None:
        self._apply_preset()
        self._show_outlook_state()
        if Target.THUNDERBIRD in self.offered:
            self.probe_thunderbird()
        self._show_qr()
        self.refresh()

    def _apply_preset(self) -> None:
        """The brand's choice of targets and settings files, once (the user's ticks stay)."""
        if self._preset_applied:
            return
        self._preset_applied = True
        brand = self.mw.brand
        preset = brand.preset if brand is not None else None
        if preset is None:
            return
        self.offered = set(preset.targets)
        if preset.checked is not None:
            self.ticked_at_first = set(preset.checked)
        if preset.formats is not None:
            for index in reversed(range(self.format.count())):
                if self.format.itemData(index) not in preset.formats:
                    self.format.removeItem(index)
            if not self.format.count():  # none of the kinds this page saves
                self.offered.discard(Target.FILE)
        self.file.setVisible(Target.FILE in self.offered)
        self.file.setChecked(Target.FILE in self.offered & self.ticked_at_first)
        outlook = Target.OUTLOOK in self.offered & self.ticked_at_first
        self.outlook.setChecked(outlook and sys.platform == "win32" and self.services.outlook is not None)
        self._update_visibility()

    def probe_thunderbird(self) -> None:
        service = self.services.thunderbird
        if service is None:
            self.tb_problem = "not-installed"
            self._show_thunderbird_state()
            return

        def probe() -> tuple[list[tuple[Any, bool]], bool]:
            profiles = [(p, bool(service.is_locked(p))) for p in service.find_profiles()]
            return profiles, service.executable() is not None

        self.probe_job = self.mw.engine.run_blocking(probe, name="thunderbird-probe")
        self.probe_job.finished.connect(self._on_probe)
        self.probe_job.failed.connect(self._on_probe_failed)

    def _on_probe(self, result: tuple[list[tuple[Any, bool]], bool]) -> None:
        profiles, installed = result
        self.profiles = profiles
        self.tb_problem = "" if profiles else "not-installed"
        chosen = self.data.thunderbird_profile
        self.profile.blockSignals(True)
        self.profile.clear()
        for profile, locked in profiles:
            label = profile.name + (" " + self.tr("(open in Thunderbird)") if locked else "")
            self.profile.addItem(label, str(profile.path))
        index = next(
            (i for i, (p, _) in enumerate(profiles) if chosen is not None and p.path == chosen),
            next((i for i, (p, _) in enumerate(profiles) if getattr(p, "is_default", False)), 0),
        )
        self.profile.setCurrentIndex(index)
        self.profile.blockSignals(False)
        if profiles and Target.THUNDERBIRD in self.ticked_at_first and not self._thunderbird_ticked:
            self._thunderbird_ticked = True
            self.thunderbird.setChecked(True)  # the usual choice, ready to go
        self._on_profile()
        del installed

    def _on_probe_failed(self, error: BaseException) -> None:
        self.tb_problem = "not-installed"
        self.mw.report_error(error, quiet=True)
        self._show_thunderbird_state()

    def _on_profile(self) -> None:
        index = self.profile.currentIndex()
        if 0 <= index < len(self.profiles):
            profile, locked = self.profiles[index]
            self.data.thunderbird_profile = Path(profile.path)
            self.data.thunderbird_profile_name = str(profile.name)
            self.data.thunderbird_locked = locked
        else:
            self.data.thunderbird_profile = None
            self.data.thunderbird_locked = False
        self._show_thunderbird_state()
        self.refresh()

    def _show_thunderbird_state(self) -> None:
        available = not self.tb_problem
        self.thunderbird.setEnabled(available)
        if not available:
            self.thunderbird.setChecked(False)
            self.tb_reason.show_message(
                self.tr(
                    "Thunderbird was not found on this computer. Install it and start it once, "
                    "then click Check again."
                ),
                Tone.INFO,
            )
        elif self.data.thunderbird_locked:
            self.tb_reason.show_message(
                self.tr("Thunderbird is open. Close it, then click Check again."), Tone.WARNING
            )
        else:
            self.tb_reason.clear()
        self._update_visibility()

    def _show_outlook_state(self) -> None:
        shown = sys.platform == "win32" and Target.OUTLOOK in self.offered
        self.outlook.setVisible(shown)
        own_setup = self.outlook_own_setup()
        if shown and own_setup:
            self.outlook.setChecked(False)
            self.outlook.setEnabled(False)
            self.outlook_reason.show_message(own_setup, Tone.INFO)
        elif shown and self.services.outlook is None:
            self.outlook.setEnabled(False)
            self.outlook_reason.show_message(
                self.tr("Classic Outlook is not installed on this computer."), Tone.INFO
            )
        else:
            self.outlook.setEnabled(shown)
            self.outlook_reason.clear()

    def outlook_own_setup(self) -> str:
        """For Outlook.com and Microsoft 365: Outlook's own account setup is the way (it signs
        in at Microsoft; a profile file cannot); "" for every other account."""
        config, address = self.data.config, self.data.address
        if config is None or address is None or not _signs_in_at_microsoft(config):
            return ""
        return self.tr(
            "Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which "
            "opens Microsoft's sign-in page: in Outlook choose File, Add Account and type %1."
        ).replace("%1", address.display)

    def _toggle(self, target: Target, on: bool) -> None:
        self.touched = True
        if on:
            self.data.targets.add(target)
        else:
            self.data.targets.discard(target)
        self._update_visibility()
        self.refresh()

    def _update_visibility(self) -> None:
        tb = self.thunderbird.isChecked()
        tb_offered = Target.THUNDERBIRD in self.offered
        self.thunderbird.setVisible(tb_offered)
        if not tb_offered:
            self.tb_reason.hide()
        self.profile.setEnabled(tb and len(self.profiles) > 1)
        self.profile_label.setVisible(tb_offered and bool(self.profiles))
        self.profile.setVisible(tb_offered and bool(self.profiles))
        self.tb_recheck.setVisible(tb_offered and (bool(self.tb_problem) or self.data.thunderbird_locked))
        self.file_panel.setVisible(self.file.isChecked())

    # -- settings files --------------------------------------------------------------------

    def _export_bytes(self, fmt: str) -> Any:
        exports = self.services.exports
        address = self.data.address
        if exports is None or self.data.config is None or address is None:
            return None
        account = self.data.account()
        with_password = (
            self.include_password.isChecked()
            and fmt in _WITH_PASSWORD
            and sign_in_provider(self.data) is None
        )
        return exports.export_bytes(
            self.data.config,
            address,
            fmt,
            real_name=self.data.real_name,
            include_password=with_password,
            password=self.data.password if with_password else None,
            protocol=account.incoming.protocol if account else None,
            extra=self.data.extra,
        )

    def _show_qr(self) -> None:
        fmt = self.format.currentData()
        # The provider's sign-in: there is no password to put into a file.
        self.include_password.setVisible(fmt in _WITH_PASSWORD and sign_in_provider(self.data) is None)
        if fmt != "qr" or not self.file.isChecked():
            self.qr.clear()
            self.qr.hide()
            return
        try:
            result = self._export_bytes("qr")
        except Exception as exc:
            self.qr.hide()
            self.saved.show_message(texts.target_problem_text(exc), Tone.ERROR)
            return
        if result is None:
            self.qr.hide()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(result.data)
        side = 12 * self.fontMetrics().height()
        ratio = self.devicePixelRatioF()
        scaled = pixmap.scaled(
            int(side * ratio),
            int(side * ratio),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.qr.setPixmap(scaled)
        self.qr.show()

    def ask_where_to_save(self) -> None:
        fmt = self.format.currentData()
        address = self.data.address
        stem = address.address.replace("@", "_at_") if address else "mail-settings"
        dialog = QFileDialog(self, self.tr("Save the settings file"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(_SUFFIXES[fmt].lstrip("."))
        # Where people keep their files (the last folder used, else Documents), not the
        # program's working folder; the file kind first, all files as the way out.
        dialog.setDirectory(str(self._save_folder or _documents_folder()))
        kind = texts.export_format_name(fmt)
        dialog.setNameFilters(
            [f"{kind} (*{_SUFFIXES[fmt]})", self.tr("All files (*)")]
        )
        dialog.selectFile(stem + _SUFFIXES[fmt])
        dialog.fileSelected.connect(lambda path: self.save_export(fmt, Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def save_export(self, fmt: str, path: Path) -> Job | None:
        """Write one settings file on the disk worker (the dialog's choice, or a test's)."""
        exports = self.services.exports
        address = self.data.address
        config = self.data.config
        if exports is None or address is None or config is None:
            return None
        account = self.data.account()
        with_password = (
            self.include_password.isChecked()
            and fmt in _WITH_PASSWORD
            and sign_in_provider(self.data) is None
        )
        password = self.data.password if with_password else None
        options = {
            "real_name": self.data.real_name,
            "include_password": with_password,
            "password": password,
            "protocol": account.incoming.protocol if account else None,
            "extra": dict(self.data.extra),
        }
        job = self.mw.engine.run_blocking(
            lambda: exports.export(config, address, fmt, path, **options), name="export"
        )
        job.finished.connect(lambda result: self._on_saved(fmt, path, result))
        job.failed.connect(lambda error: self._on_save_failed(fmt, error))
        return job

    def _on_saved(self, fmt: str, path: Path, result: Any) -> None:
        self._save_folder = path.parent
        self.data.exports.append(ExportChoice(fmt, path))
        self.data.outcomes.append(Outcome(Target.FILE, OutcomeKind.DONE, str(path)))
        notices = [texts.notice_text(n) for n in getattr(result, "notices", ())]
        lines = [self.tr("Saved: %1").replace("%1", html.escape(str(path)))]
        lines += [html.escape(n) for n in notices]
        self.saved.show_message(" ".join(lines), Tone.GOOD)
        self.refresh()

    def _on_save_failed(self, fmt: str, error: BaseException) -> None:
        self.saved.show_message(texts.target_problem_text(error), Tone.ERROR)
        self.mw.report_error(error, quiet=True)

    # -- Next writes the account -----------------------------------------------------------

    def validatePage(self) -> bool:
        if self.data.writing:
            return False
        pending = self._pending_targets()
        if not pending:
            return True
        self.start_writing(pending)
        return False

    def _pending_targets(self) -> list[Target]:
        done = {o.target for o in self.data.outcomes if o.target is not Target.FILE}
        return [t for t in (Target.THUNDERBIRD, Target.OUTLOOK) if t in self.data.targets and t not in done]

    def start_writing(self, pending: list[Target]) -> None:
        account = self.data.account()
        if account is None:
            return
        signing = sign_in_provider(self.data) is not None
        # The provider's sign-in: Thunderbird gets no password and opens that page itself.
        password = None if signing else self.data.password
        profile = self.data.thunderbird_profile
        service = self.services.thunderbird
        outlook = self.services.outlook
        exports = self.services.exports
        config = self.data.config
        secrets = self.services.secrets
        remember = self.data.remember_password and password is not None

        accepted = dict(self.data.accepted_certificates)

        def write() -> list[tuple[Target | None, Any]]:
            from wizard.targets.thunderbird import TrustedCertificate

            certificates = [
                TrustedCertificate(key.rpartition(":")[0], int(key.rpartition(":")[2]), der)
                for key, der in accepted.items()
            ]
            results: list[tuple[Target | None, Any]] = []
            for target in pending:
                try:
                    if target is Target.THUNDERBIRD and service is not None:
                        results.append((
                            target,
                            service.write_account(
                                account, profile, password=password, trusted_certificates=certificates
                            ),
                        ))
                    elif target is Target.OUTLOOK and outlook is not None and exports is not None:
                        folder = Path(tempfile.mkdtemp(prefix="mailwizard-"))
                        prf = folder / "account.prf"
                        exports.export(
                            config,
                            account.address,
                            "prf",
                            prf,
                            real_name=account.real_name,
                            protocol=account.incoming.protocol,
                        )
                        results.append((target, outlook.apply_prf(prf)))
                except Exception as exc:
                    results.append((target, exc))
            keep = remember and password is not None and secrets is not None
            if keep and hasattr(secrets, "store_password"):
                try:
                    secrets.store_password(account.address.address, password)
                    results.append((None, True))
                except Exception as exc:
                    results.append((None, exc))
            return results

        self.data.writing = True
        self.write_job = self.mw.engine.run_blocking(write, name="write")
        self.write_job.finished.connect(self._on_written)
        self.write_job.failed.connect(self._on_write_failed)
        self.refresh()

    def _on_written(self, results: list[tuple[Target | None, Any]]) -> None:
        self.data.writing = False
        for target, result in results:
            if target is None:
                self.data.password_stored = result is True
                continue
            if isinstance(result, BaseException):
                kind = str(getattr(getattr(result, "kind", ""), "value", "")) or "error"
                self.data.outcomes.append(Outcome(target, OutcomeKind.FAILED, kind, error=str(result)))
                self.mw.results[target] = result
            else:
                self.data.outcomes.append(Outcome(target, OutcomeKind.DONE))
                self.mw.results[target] = result
        self.refresh()
        failed = [o for o in self.data.outcomes if o.kind is OutcomeKind.FAILED]
        if failed and any(o.detail == "running" for o in failed):
            # Thunderbird was started meanwhile: say so here and let the user retry.
            self.data.outcomes = [o for o in self.data.outcomes if o not in failed]
            self.data.thunderbird_locked = True
            self._show_thunderbird_state()
            self.refresh()
            return
        self.mw.next()

    def _on_write_failed(self, error: BaseException) -> None:
        self.data.writing = False
        self.mw.report_error(error)
        self.refresh()

    def cleanupPage(self) -> None:
        pass


def _signs_in_at_microsoft(config: Any) -> bool:
    from wizard.targets.outlook import signs_in_at_microsoft

    return bool(signs_in_at_microsoft(config))
