"""Warnings while the password is typed: Caps Lock seems on, or a Cyrillic keyboard layout."""

from __future__ import annotations

from enum import StrEnum


class PasswordWarning(StrEnum):
    CAPS_LOCK = "caps-lock"
    CYRILLIC = "cyrillic"


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u052f" or "\u2de0" <= ch <= "\ua69f" for ch in text)


def caps_lock_from_key(text: str, shift: bool) -> bool | None:
    """Guess Caps Lock from one typed letter: upper case without Shift (or lower case with
    Shift) means it is on. Returns None when the key tells nothing (digits, symbols)."""
    if len(text) != 1 or text.upper() == text.lower():
        return None
    return text.isupper() != shift


def password_warnings(password: str, caps_lock: bool | None) -> list[PasswordWarning]:
    warnings = []
    if caps_lock:
        warnings.append(PasswordWarning.CAPS_LOCK)
    if has_cyrillic(password):
        warnings.append(PasswordWarning.CYRILLIC)
    return warnings
