"""Typed errors. The core raises a kind and technical detail; the UI owns the words."""

from __future__ import annotations

import re
from enum import StrEnum

# Controls (C0, DEL, C1 with NEL), the Unicode line and paragraph separators, and lone
# surrogates (the undecodable bytes of a command line): none may reach a one-line message.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def printable(text: str, limit: int = 80) -> str:
    """``text`` made safe to quote in a one-line message (shortened past ``limit``)."""
    return UNPRINTABLE.sub("?", text[:limit]) + ("…" if len(text) > limit else "")


def as_clause(error: Exception) -> str:
    """An error's sentence made to follow a colon: lower-case start, no final period."""
    text = str(error).rstrip(".")
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


class WizardError(Exception):
    """Base of every error the wizard expects and explains. ``str()`` is one English sentence."""


class AddressProblem(StrEnum):
    EMPTY = "empty"
    NO_AT = "no-at"
    LOCAL_PART = "local-part"
    DOMAIN = "domain"
    TOO_LONG = "too-long"


class AddressError(WizardError, ValueError):
    def __init__(self, problem: AddressProblem, text: str) -> None:
        self.problem = problem
        self.text = text
        super().__init__(_ADDRESS_SENTENCES[problem].format(text=printable(text, 300)))


_ADDRESS_SENTENCES = {
    AddressProblem.EMPTY: "Please type an e-mail address.",
    AddressProblem.NO_AT: "'{text}' is not an e-mail address: it needs the form name@example.com.",
    AddressProblem.LOCAL_PART: "The part before the @ in '{text}' is not valid.",
    AddressProblem.DOMAIN: "The domain after the @ in '{text}' is not a valid domain name.",
    AddressProblem.TOO_LONG: "The address '{text}' is too long to be an e-mail address.",
}


class ConfigError(WizardError, ValueError):
    """A settings document (clientConfig XML, preset, …) could not be read."""
