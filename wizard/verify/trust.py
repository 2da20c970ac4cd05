"""The user's "trust this certificate" decisions: ``host:port`` -> SHA-256 fingerprint.

Stored as JSON in the user data directory (``platformdirs``); the path is injectable. Only
exactly that certificate is trusted for exactly that server: a renewed certificate must be
valid on its own or trusted again.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path

from wizard import APP_NAME
from wizard.verify.tls import normalize_fingerprint

FILE_NAME = "trusted-certificates.json"


def default_trust_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME


def _key(host: str, port: int) -> str:
    host = host.lower().rstrip(".")
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class TrustedCertificates:
    """A small JSON-backed map; reads on every lookup so other processes' decisions count."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_trust_path()
        self._lock = threading.Lock()

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}

    def fingerprint(self, host: str, port: int) -> str | None:
        return self._load().get(_key(host, port))

    def is_trusted(self, host: str, port: int, sha256: str) -> bool:
        pinned = self.fingerprint(host, port)
        return pinned is not None and pinned == normalize_fingerprint(sha256)

    def trust(self, host: str, port: int, sha256: str) -> None:
        """Trust exactly this certificate for this server (replacing an older decision)."""
        with self._lock:
            data = self._load()
            data[_key(host, port)] = normalize_fingerprint(sha256)
            self._save(data)

    def forget(self, host: str, port: int) -> None:
        with self._lock:
            data = self._load()
            if data.pop(_key(host, port), None) is not None:
                self._save(data)

    def _save(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".trusted-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2, sort_keys=True)
                handle.write("\n")
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
