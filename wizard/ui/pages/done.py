"""Done: what was done, what the user still needs to do, and a button to open Thunderbird."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from wizard import texts
from wizard.flow import OutcomeKind, PageId, Target
from wizard.model import NoteKind
from wizard.ui.pages.base import Page
from wizard.ui.support import SupportBox
from wizard.ui.widgets import Banner, Tone


class DonePage(Page):
    page_id = PageId.DONE

    def build(self) -> None:
        self.done_box = Banner(self, rich=True)
        self.done_box.setObjectName("done")
        self.failed_box = Banner(self, rich=True)
        self.failed_box.setObjectName("failed")
        self.todo_heading = QLabel(self)
        self.todo = Banner(self, rich=True)
        self.todo.setObjectName("todo")
        self.body.addWidget(self.done_box)
        self.body.addWidget(self.failed_box)
        self.body.addWidget(self.todo_heading)
        self.body.addWidget(self.todo)
        self.support = SupportBox(self)
        self.body.addWidget(self.support)
        row = QHBoxLayout()
        self.open_thunderbird = QPushButton(self)
        self.open_thunderbird.setObjectName("open-thunderbird")
        row.addWidget(self.open_thunderbird)
        row.addStretch(1)
        self.body.addLayout(row)
        self.open_thunderbird.clicked.connect(self.start_thunderbird)
        self.setFinalPage(True)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("All set"))
        self.setSubTitle(self.tr("Here is what %1 did.").replace("%1", self.mw.product_name))
        self.open_thunderbird.setText(self.tr("&Open Thunderbird"))
        self.todo_heading.setText(self.tr("What is left for you to do:"))
        self._show()
        super().retranslateUi()

    def initializePage(self) -> None:
        self._show()

    def _show(self) -> None:
        data = self.data
        done: list[str] = []
        failed: list[str] = []
        todo: list[str] = []
        address = html.escape(data.address.display if data.address else data.address_text)
        for outcome in data.outcomes:
            result = self.mw.results.get(outcome.target)
            if outcome.kind is OutcomeKind.DONE:
                if outcome.target is Target.THUNDERBIRD:
                    profile = data.thunderbird_profile_name or (
                        data.thunderbird_profile.name if data.thunderbird_profile else ""
                    )
                    done.append(
                        self.tr("%1 was added to Thunderbird (profile %2).")
                        .replace("%1", address)
                        .replace("%2", html.escape(profile))
                    )
                    backups = getattr(result, "backups", ())
                    if backups:  # the last few of each file are kept (wizard.targets.files)
                        done.append(
                            self.tr("The previous settings are kept as a copy in %1.").replace(
                                "%1", html.escape(str(backups[0].parent))
                            )
                        )
                    password = getattr(result, "password", None)
                    if password is not None and str(getattr(password, "value", password)) != "stored":
                        todo.append(html.escape(texts.password_outcome_text(password)))
                elif outcome.target is Target.OUTLOOK:
                    done.append(self.tr("%1 was handed to Outlook.").replace("%1", address))
                    todo += [html.escape(texts.notice_text(n)) for n in getattr(result, "notices", ())]
                else:
                    done.append(
                        self.tr("The settings file was saved as %1.").replace(
                            "%1", html.escape(outcome.detail)
                        )
                    )
            else:
                where = self.tr("Thunderbird") if outcome.target is Target.THUNDERBIRD else self.tr("Outlook")
                failed.append(
                    self.tr("%1: %2")
                    .replace("%1", html.escape(where))
                    .replace("%2", html.escape(texts.target_problem_text(_error(result, outcome))))
                )
        if data.password_stored is True:
            done.append(self.tr("The password is kept in your system's password store."))
        elif data.password_stored is False:
            failed.append(self.tr("The password could not be kept in the system's password store."))
        provider = data.config or data.provider
        for note in provider.notes if provider else ():
            if note.kind is NoteKind.ENABLE:
                todo.append(html.escape(note.text.get(data.language)))
        if not done and not failed:
            done.append(self.tr("Your settings work; nothing was written."))
        self.done_box.show_message(_items(done), Tone.GOOD)
        self.failed_box.show_message(_items(failed) if failed else "", Tone.ERROR)
        self.support.show_for(self.mw.support if failed else None)
        self.todo.show_message(_items(todo) if todo else "", Tone.INFO)
        self.todo_heading.setVisible(bool(todo))
        self.open_thunderbird.setVisible(self._thunderbird_written() and self._executable() is not None)

    def _thunderbird_written(self) -> bool:
        return any(o.target is Target.THUNDERBIRD and o.kind is OutcomeKind.DONE for o in self.data.outcomes)

    def _executable(self) -> str | None:
        service = self.services.thunderbird
        return service.executable() if service is not None else None

    def start_thunderbird(self) -> bool:
        executable = self._executable()
        if executable is None:
            return False
        arguments = []
        if self.data.thunderbird_profile is not None:
            arguments = ["-profile", str(self.data.thunderbird_profile)]
        started, _pid = QProcess.startDetached(executable, arguments)
        return bool(started)


def _items(lines: list[str]) -> str:
    if len(lines) == 1:
        return lines[0]
    return "<ul style='margin-left: -20px'>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


class _Failure(Exception):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def _error(result: Any, outcome: Any) -> BaseException:
    if isinstance(result, BaseException):
        return result
    return _Failure(outcome.detail)
