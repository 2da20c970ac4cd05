"""NSS secret-decoder-ring (SDR) encryption through ctypes, as Thunderbird stores passwords.

Thunderbird's own NSS is preferred (from its install folder; on macOS ``libmozglue`` must be
loaded first, on Linux its ``libnssutil3`` before its ``libnss3`` because they have no RUNPATH);
on Linux the system ``libnss3`` is the fallback. Only one NSS can live in a process, so the
first library that loads is kept.

The profile's ``key4.db`` is created (with an empty primary password) when missing. When a
primary password is set, :func:`open_sdr` raises :class:`PrimaryPasswordSet`: the wizard never
asks for it and never weakens it.
"""

from __future__ import annotations

import base64
import contextlib
import ctypes
import ctypes.util
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from wizard.targets.thunderbird.errors import ThunderbirdError, ThunderbirdProblem

CKM_DES3_CBC = 0x133
CKM_AES_CBC = 0x1082
CKK_DES3 = 0x15
CKK_AES = 0x1F
AES_OID_DER = bytes.fromhex("060960864801650304012a")  # 2.16.840.1.101.3.4.1.42


class PrimaryPasswordSet(Exception):
    """The profile's key store is protected by a primary password."""


class SECItem(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_uint),
        ("data", ctypes.POINTER(ctypes.c_ubyte)),
        ("len", ctypes.c_uint),
    )


class CertTrust(ctypes.Structure):
    """NSS's CERTCertTrust: trust flags for TLS, e-mail and code signing."""

    _fields_ = (
        ("sslFlags", ctypes.c_uint),
        ("emailFlags", ctypes.c_uint),
        ("objectSigningFlags", ctypes.c_uint),
    )


def _item(data: bytes) -> tuple[SECItem, ctypes.Array[ctypes.c_ubyte]]:
    buffer = (ctypes.c_ubyte * max(len(data), 1)).from_buffer_copy(data or b"\0")
    return SECItem(0, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ubyte)), len(data)), buffer


def candidate_libraries(
    install_dirs: Sequence[Path] = (), *, platform: str | None = None
) -> list[list[Path | str]]:
    """Load orders to try: each a list of libraries to load in turn, NSS last."""
    system = platform or sys.platform
    orders: list[list[Path | str]] = []
    for folder in install_dirs:
        if system.startswith("win"):
            orders.append([folder / "mozglue.dll", folder / "nss3.dll"])
        elif system == "darwin":
            orders.append([folder / "libmozglue.dylib", folder / "libnss3.dylib"])
        else:
            orders.append([folder / "libnssutil3.so", folder / "libnss3.so"])
    if not system.startswith(("win", "darwin")):
        name = ctypes.util.find_library("nss3")
        if name:
            orders.append([name])
        orders.append(["libnss3.so"])
    return orders


_lock = threading.Lock()
_library: ctypes.CDLL | None = None
_library_origin = ""


def _load(install_dirs: Sequence[Path]) -> ctypes.CDLL:
    global _library, _library_origin
    if _library is not None:
        return _library
    problems = []
    for order in candidate_libraries(install_dirs):
        if any(isinstance(p, Path) and not p.exists() for p in order):
            continue
        try:
            loaded = [ctypes.CDLL(str(p), mode=ctypes.RTLD_GLOBAL) for p in order]
        except OSError as exc:
            problems.append(str(exc))
            continue
        _library, _library_origin = loaded[-1], str(order[-1])
        _declare(_library)
        return _library
    raise ThunderbirdError(
        ThunderbirdProblem.NSS_UNAVAILABLE, detail="; ".join(problems)[:300]
    )


def _declare(lib: ctypes.CDLL) -> None:
    lib.NSS_InitReadWrite.argtypes = [ctypes.c_char_p]
    lib.NSS_InitReadWrite.restype = ctypes.c_int
    lib.NSS_Shutdown.restype = ctypes.c_int
    lib.PK11_GetInternalKeySlot.restype = ctypes.c_void_p
    lib.PK11_FreeSlot.argtypes = [ctypes.c_void_p]
    lib.PK11_NeedUserInit.argtypes = [ctypes.c_void_p]
    lib.PK11_NeedUserInit.restype = ctypes.c_int
    lib.PK11_NeedLogin.argtypes = [ctypes.c_void_p]
    lib.PK11_NeedLogin.restype = ctypes.c_int
    lib.PK11_InitPin.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.PK11_InitPin.restype = ctypes.c_int
    lib.PK11_Authenticate.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    lib.PK11_Authenticate.restype = ctypes.c_int
    item = ctypes.POINTER(SECItem)
    lib.PK11SDR_Encrypt.argtypes = [item, item, item, ctypes.c_void_p]
    lib.PK11SDR_Encrypt.restype = ctypes.c_int
    lib.PK11SDR_Decrypt.argtypes = [item, item, ctypes.c_void_p]
    lib.PK11SDR_Decrypt.restype = ctypes.c_int
    lib.SECITEM_ZfreeItem.argtypes = [item, ctypes.c_int]
    lib.PORT_GetError.restype = ctypes.c_int
    lib.PK11_ListFixedKeysInSlot.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p]
    lib.PK11_ListFixedKeysInSlot.restype = ctypes.c_void_p
    lib.PK11_GetNextSymKey.argtypes = [ctypes.c_void_p]
    lib.PK11_GetNextSymKey.restype = ctypes.c_void_p
    lib.PK11_GetSymKeyType.argtypes = [ctypes.c_void_p]
    lib.PK11_GetSymKeyType.restype = ctypes.c_ulong
    lib.PK11_FreeSymKey.argtypes = [ctypes.c_void_p]
    # Certificates: what `certutil -A` does (temporary certificate, import, trust flags).
    lib.CERT_GetDefaultCertDB.restype = ctypes.c_void_p
    lib.CERT_NewTempCertificate.argtypes = [ctypes.c_void_p, item, ctypes.c_char_p, ctypes.c_int,
                                            ctypes.c_int]
    lib.CERT_NewTempCertificate.restype = ctypes.c_void_p
    lib.PK11_ImportCert.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong,
                                    ctypes.c_char_p, ctypes.c_int]
    lib.PK11_ImportCert.restype = ctypes.c_int
    lib.CERT_DecodeTrustString.argtypes = [ctypes.POINTER(CertTrust), ctypes.c_char_p]
    lib.CERT_DecodeTrustString.restype = ctypes.c_int
    lib.CERT_ChangeCertTrust.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(CertTrust)]
    lib.CERT_ChangeCertTrust.restype = ctypes.c_int
    lib.CERT_DestroyCertificate.argtypes = [ctypes.c_void_p]
    if hasattr(lib, "PK11SDR_EncryptWithMechanism"):
        lib.PK11SDR_EncryptWithMechanism.argtypes = [
            ctypes.c_void_p, item, ctypes.c_ulong, item, item, ctypes.c_void_p
        ]
        lib.PK11SDR_EncryptWithMechanism.restype = ctypes.c_int


class SDR:
    """An open NSS database of one profile; use through :func:`open_sdr`."""

    def __init__(self, lib: ctypes.CDLL) -> None:
        self._lib = lib

    def _error(self, what: str) -> ThunderbirdError:
        code = self._lib.PORT_GetError()
        return ThunderbirdError(
            ThunderbirdProblem.NSS_FAILED, detail=f"{what} failed (NSS error {code})"
        )

    def _encrypt_with(self, mechanism: int | None, data: bytes) -> bytes | None:
        keyid = SECItem(0, None, 0)  # empty: the default SDR key, generated when missing
        plain, _p = _item(data)
        out = SECItem(0, None, 0)
        if mechanism is None:
            status = self._lib.PK11SDR_Encrypt(ctypes.byref(keyid), ctypes.byref(plain),
                                               ctypes.byref(out), None)
        else:
            slot = self._lib.PK11_GetInternalKeySlot()
            try:
                status = self._lib.PK11SDR_EncryptWithMechanism(
                    slot, ctypes.byref(keyid), mechanism, ctypes.byref(plain), ctypes.byref(out),
                    None,
                )
            finally:
                self._lib.PK11_FreeSlot(slot)
        if status != 0:
            return None
        try:
            return ctypes.string_at(out.data, out.len)
        finally:
            self._lib.SECITEM_ZfreeItem(ctypes.byref(out), 0)

    def key_types(self) -> set[int]:
        """PKCS#11 key types (``CKK_*``) of the symmetric keys in the profile's key store."""
        lib = self._lib
        slot = lib.PK11_GetInternalKeySlot()
        types: set[int] = set()
        try:
            key = lib.PK11_ListFixedKeysInSlot(slot, None, None)
            while key:
                types.add(int(lib.PK11_GetSymKeyType(key)))
                following = lib.PK11_GetNextSymKey(key)
                lib.PK11_FreeSymKey(key)
                key = following
        finally:
            lib.PK11_FreeSlot(slot)
        return types

    def mechanism(self) -> int | None:
        """The SDR mechanism that keeps the profile's existing key.

        Encrypting with the other mechanism would *replace* the SDR key (same key id), and every
        password saved before would become unreadable. So: AES when the store has an AES key,
        3DES when it has a 3DES key, and for an empty store what this NSS's Thunderbird does
        (AES since NSS 3.113 / Thunderbird 144, which is when the AES call appeared)."""
        types = self.key_types()
        has_aes_call = hasattr(self._lib, "PK11SDR_EncryptWithMechanism")
        if CKK_AES in types:
            if not has_aes_call:
                raise ThunderbirdError(
                    ThunderbirdProblem.NSS_UNAVAILABLE,
                    detail="the NSS library found is older than the profile's key database",
                )
            return CKM_AES_CBC
        if CKK_DES3 in types or not has_aes_call:
            return None  # PK11SDR_Encrypt: 3DES
        return CKM_AES_CBC

    def encrypt(self, text: str) -> str:
        """Base64 of the SDR ciphertext, checked by decrypting it again."""
        data = text.encode("utf-8")
        cipher = self._encrypt_with(self.mechanism(), data)
        if cipher is None or self._decrypt_raw(cipher) != data:
            raise self._error("encrypting")
        return base64.b64encode(cipher).decode("ascii")

    def import_certificate(self, der: bytes, nickname: str, trust: str) -> None:
        """Store a certificate in the profile's ``cert9.db`` with ``trust`` (``"P,,"``: a
        trusted server, ``"C,,"``: a CA trusted to issue server certificates)."""
        lib = self._lib
        flags = CertTrust()
        if lib.CERT_DecodeTrustString(ctypes.byref(flags), trust.encode("ascii")) != 0:
            raise self._error("reading the trust flags")
        data, _d = _item(der)
        name = nickname.encode("utf-8")
        db = lib.CERT_GetDefaultCertDB()
        cert = lib.CERT_NewTempCertificate(db, ctypes.byref(data), None, 0, 1)
        if not cert:
            raise self._error("reading the certificate")
        slot = lib.PK11_GetInternalKeySlot()
        try:
            if lib.PK11_ImportCert(slot, cert, 0, name, 0) != 0:
                raise self._error("storing the certificate")
            if lib.CERT_ChangeCertTrust(db, cert, ctypes.byref(flags)) != 0:
                raise self._error("trusting the certificate")
        finally:
            lib.PK11_FreeSlot(slot)
            lib.CERT_DestroyCertificate(cert)

    def _decrypt_raw(self, cipher: bytes) -> bytes | None:
        source, _s = _item(cipher)
        out = SECItem(0, None, 0)
        if self._lib.PK11SDR_Decrypt(ctypes.byref(source), ctypes.byref(out), None) != 0:
            return None
        try:
            return ctypes.string_at(out.data, out.len)
        finally:
            self._lib.SECITEM_ZfreeItem(ctypes.byref(out), 0)

    def decrypt(self, b64: str) -> str | None:
        try:
            cipher = base64.b64decode(b64, validate=True)
        except ValueError:
            return None
        plain = self._decrypt_raw(cipher)
        return None if plain is None else plain.decode("utf-8", errors="replace")


@contextlib.contextmanager
def open_sdr(
    profile: Path, *, install_dirs: Sequence[Path] = ()
) -> Iterator[SDR]:
    """Open ``profile``'s key4.db read-write (creating it, with an empty primary password, when
    missing). Raises :class:`PrimaryPasswordSet` or :class:`ThunderbirdError`."""
    with _lock:
        lib = _load(install_dirs)
        config = ("sql:" + str(Path(profile).resolve())).encode(sys.getfilesystemencoding())
        if lib.NSS_InitReadWrite(config) != 0:
            raise ThunderbirdError(
                ThunderbirdProblem.NSS_FAILED,
                detail=f"opening the key database failed (NSS error {lib.PORT_GetError()})",
            )
        try:
            slot = lib.PK11_GetInternalKeySlot()
            if not slot:
                raise ThunderbirdError(ThunderbirdProblem.NSS_FAILED, detail="no key slot")
            try:
                if lib.PK11_NeedUserInit(slot) and lib.PK11_InitPin(slot, b"", b"") != 0:
                    raise ThunderbirdError(
                        ThunderbirdProblem.NSS_FAILED, detail="creating the key database failed"
                    )
                if lib.PK11_NeedLogin(slot):
                    raise PrimaryPasswordSet
                if lib.PK11_Authenticate(slot, 1, None) != 0:
                    raise PrimaryPasswordSet
            finally:
                lib.PK11_FreeSlot(slot)
            yield SDR(lib)
        finally:
            lib.NSS_Shutdown()


def library_origin() -> str:
    """Which NSS library was loaded (for diagnostics), or an empty string."""
    return _library_origin


def uses_aes(b64: str) -> bool:
    """Whether an SDR ciphertext (base64) was made with AES-256-CBC (Thunderbird 144+)."""
    try:
        return AES_OID_DER in base64.b64decode(b64)[:40]
    except ValueError:
        return False


__all__ = ["SDR", "PrimaryPasswordSet", "candidate_libraries", "library_origin", "open_sdr",
           "uses_aes"]
