"""Typed errors of the Thunderbird target: a ``kind`` for the UI, one English sentence as ``str()``.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from wizard.model.errors import WizardError
from wizard.targets.files import NotARegularFile


class ThunderbirdProblem(StrEnum):
    NOT_INSTALLED = "not-installed"  # neither a profile nor an installed Thunderbird was found
    NO_PROFILE = "no-profile"  # the given profile folder does not exist
    RUNNING = "running"  # the profile is locked: Thunderbird is open
    PREFS_UNREADABLE = "prefs-unreadable"  # prefs.js has a syntax we do not understand
    LOGINS_UNREADABLE = "logins-unreadable"  # logins.json is not valid JSON of the known shape
    UNSUPPORTED = "unsupported"  # e.g. an Exchange account or a non-SMTP outgoing server
    NSS_UNAVAILABLE = "nss-unavailable"  # no usable NSS library to encrypt the password
    NSS_FAILED = "nss-failed"  # NSS refused to initialise or to encrypt
    WRITE_FAILED = "write-failed"  # the operating system refused a write
    NOT_REGULAR_FILE = "not-regular-file"  # a file to replace is a device, pipe, folder or link


_SENTENCES = {
    ThunderbirdProblem.NOT_INSTALLED: "Thunderbird does not seem to be installed: no profile "
    "and no Thunderbird program were found{where}.",
    ThunderbirdProblem.NO_PROFILE: "The Thunderbird profile folder {path} does not exist.",
    ThunderbirdProblem.RUNNING: "Thunderbird is running with the profile {path}; please close "
    "Thunderbird first and try again.",
    ThunderbirdProblem.PREFS_UNREADABLE: "The Thunderbird settings file {path} could not be "
    "read ({detail}), so nothing was changed.",
    ThunderbirdProblem.LOGINS_UNREADABLE: "The Thunderbird password file {path} could not be "
    "read ({detail}), so nothing was changed.",
    ThunderbirdProblem.UNSUPPORTED: "This account cannot be written into Thunderbird: {detail}.",
    ThunderbirdProblem.NSS_UNAVAILABLE: "The password could not be saved because Thunderbird's "
    "security library (NSS) was not found{detail}.",
    ThunderbirdProblem.NSS_FAILED: "The password could not be saved because Thunderbird's "
    "security library (NSS) reported an error: {detail}.",
    ThunderbirdProblem.WRITE_FAILED: "Writing to the Thunderbird profile {path} failed: {detail}.",
    ThunderbirdProblem.NOT_REGULAR_FILE: "{path} is not a regular file, so it was not replaced.",
}


class ThunderbirdError(WizardError):
    """Anything that stops the Thunderbird target; nothing was written unless ``kind`` says so."""

    def __init__(
        self, kind: ThunderbirdProblem, *, path: Path | str = "", detail: str = ""
    ) -> None:
        self.kind = kind
        self.path = str(path)
        self.detail = detail
        where = f" (looked in {path})" if path and kind is ThunderbirdProblem.NOT_INSTALLED else ""
        nss_detail = f" ({detail})" if detail and kind is ThunderbirdProblem.NSS_UNAVAILABLE else ""
        super().__init__(
            _SENTENCES[kind].format(
                path=self.path,
                detail=nss_detail if kind is ThunderbirdProblem.NSS_UNAVAILABLE else detail,
                where=where,
            )
        )


def write_error(exc: OSError, path: Path | str) -> ThunderbirdError:
    """The error for an ``OSError`` met while writing ``path`` (a refused non-regular file
    names that file)."""
    if isinstance(exc, NotARegularFile):
        return ThunderbirdError(ThunderbirdProblem.NOT_REGULAR_FILE, path=exc.path)
    return ThunderbirdError(ThunderbirdProblem.WRITE_FAILED, path=path, detail=exc.strerror or str(exc))
