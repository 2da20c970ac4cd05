"""The account password and OAuth2 refresh tokens in the operating system's keyring, and nowhere else.

Passwords go to ``keyring`` under the service name "Mail Wizard", keyed by the e-mail
address; refresh tokens under "Mail Wizard OAuth2", keyed by issuer and address. When the
computer has no secure keyring (no backend, a failing one, or one that would write the secret
in plain text), we say so honestly (``keyring_status``) and keep the secret in this process's
memory only. The keyring backend is injectable for tests.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE_NAME = "Mail Wizard"
TOKEN_SERVICE_NAME = "Mail Wizard OAuth2"

# Backends known to keep secrets encrypted by the operating system.
_SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
    }
)
_NO_BACKENDS = frozenset({"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"})
# Encrypted with a password typed on a terminal: unusable from a desktop program.
_INTERACTIVE_BACKENDS = frozenset({"keyrings.alt.file.EncryptedKeyring"})


class KeyringState(StrEnum):
    SECURE = "secure"  # the password is stored in the OS keyring
    PLAINTEXT = "plaintext"  # the only backend would write it unencrypted: we do not use it
    UNAVAILABLE = "unavailable"  # no keyring, or it does not work right now


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    state: KeyringState
    backend: str = ""  # the backend's class, for diagnostics
    detail: str = ""  # technical reason when not secure

    @property
    def secure(self) -> bool:
        return self.state is KeyringState.SECURE

    def __str__(self) -> str:
        if self.state is KeyringState.SECURE:
            return "The password is kept in the system keyring."
        if self.state is KeyringState.PLAINTEXT:
            return (
                "The only password store on this computer is not encrypted, so the password "
                "is kept in memory only and will be asked for again next time."
            )
        return (
            "No secure password store is available on this computer, so the password is "
            "kept in memory only and will be asked for again next time."
        )


_memory: dict[tuple[str, str], str] = {}
_memory_lock = threading.Lock()


def _qualified(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _resolve(backend: KeyringBackend | None) -> KeyringBackend | None:
    if backend is not None:
        return backend
    try:
        import keyring

        resolved: KeyringBackend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is "no keyring", not a crash
        return None
    return resolved


def _effective(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend that would receive a password (a chainer writes to its first one)."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        return chained[0] if chained else None
    return backend


def keyring_status(backend: KeyringBackend | None = None) -> KeyringStatus:
    """Whether passwords can be kept safely, and in which backend."""
    resolved = _resolve(backend)
    if resolved is None:
        return KeyringStatus(KeyringState.UNAVAILABLE, "", "keyring could not be loaded")
    target = _effective(resolved)
    if target is None:
        return KeyringStatus(KeyringState.UNAVAILABLE, _qualified(resolved), "no backend")
    name = _qualified(target)
    if name in _NO_BACKENDS or name in _INTERACTIVE_BACKENDS:
        return KeyringStatus(KeyringState.UNAVAILABLE, name, "no usable backend")
    if name in _SECURE_BACKENDS:
        try:
            priority = float(type(target).priority)
        except Exception as error:  # e.g. Secret Service without a D-Bus session
            return KeyringStatus(KeyringState.UNAVAILABLE, name, _reason(error))
        if priority <= 0:
            return KeyringStatus(KeyringState.UNAVAILABLE, name, "backend not usable here")
        return KeyringStatus(KeyringState.SECURE, name)
    if name.startswith("keyrings.alt.file") or "plaintext" in name.lower():
        return KeyringStatus(KeyringState.PLAINTEXT, name, "passwords would be stored unencrypted")
    try:  # a third-party backend: trust it only if it ranks itself as a real keyring
        priority = float(type(target).priority)
    except Exception as error:
        return KeyringStatus(KeyringState.UNAVAILABLE, name, _reason(error))
    if priority >= 1:
        return KeyringStatus(KeyringState.SECURE, name)
    return KeyringStatus(KeyringState.PLAINTEXT, name, "backend not known to be secure")


def _reason(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}".strip()


def _store(service: str, key: str, secret: str, backend: KeyringBackend | None) -> KeyringStatus:
    status = keyring_status(backend)
    resolved = _resolve(backend)
    if status.secure and resolved is not None:
        try:
            resolved.set_password(service, key, secret)
        except Exception as error:
            status = KeyringStatus(KeyringState.UNAVAILABLE, status.backend, _reason(error))
        else:
            with _memory_lock:
                _memory.pop((service, key), None)
            return status
    with _memory_lock:
        _memory[(service, key)] = secret
    return status


def _get(service: str, key: str, backend: KeyringBackend | None) -> str | None:
    with _memory_lock:
        remembered = _memory.get((service, key))
    if remembered is not None:
        return remembered
    resolved = _resolve(backend)
    if resolved is None or not keyring_status(resolved).secure:
        return None
    try:
        value: str | None = resolved.get_password(service, key)
    except Exception:
        return None
    return value


def _delete(service: str, key: str, backend: KeyringBackend | None) -> None:
    with _memory_lock:
        _memory.pop((service, key), None)
    resolved = _resolve(backend)
    if resolved is None or not keyring_status(resolved).secure:
        return
    # A missing entry (PasswordDeleteError) or a keyring that went away: nothing to delete.
    with contextlib.suppress(Exception):
        resolved.delete_password(service, key)


def _address_key(address: str) -> str:
    return address.strip().lower()


def store_password(
    address: str, password: str, *, backend: KeyringBackend | None = None
) -> KeyringStatus:
    """Keep ``password`` for ``address``: in the keyring when it is secure, else in memory.

    The returned status says which; the UI tells the user when it is not the keyring."""
    return _store(SERVICE_NAME, _address_key(address), password, backend)


def get_password(address: str, *, backend: KeyringBackend | None = None) -> str | None:
    return _get(SERVICE_NAME, _address_key(address), backend)


def delete_password(address: str, *, backend: KeyringBackend | None = None) -> None:
    """Forget the password everywhere we may have put it; a missing one is not an error."""
    _delete(SERVICE_NAME, _address_key(address), backend)


def _token_key(issuer: str, address: str) -> str:
    return f"{issuer.strip().lower()} {_address_key(address)}"


def store_token(
    issuer: str, address: str, token: str, *, backend: KeyringBackend | None = None
) -> KeyringStatus:
    """Keep an OAuth2 refresh token from ``issuer`` for ``address``, as passwords are kept."""
    return _store(TOKEN_SERVICE_NAME, _token_key(issuer, address), token, backend)


def get_token(issuer: str, address: str, *, backend: KeyringBackend | None = None) -> str | None:
    return _get(TOKEN_SERVICE_NAME, _token_key(issuer, address), backend)


def delete_token(issuer: str, address: str, *, backend: KeyringBackend | None = None) -> None:
    """Forget a refresh token (refused by the provider, or the account is removed)."""
    _delete(TOKEN_SERVICE_NAME, _token_key(issuer, address), backend)


__all__ = [
    "SERVICE_NAME",
    "TOKEN_SERVICE_NAME",
    "KeyringState",
    "KeyringStatus",
    "delete_password",
    "delete_token",
    "get_password",
    "get_token",
    "keyring_status",
    "store_password",
    "store_token",
]
