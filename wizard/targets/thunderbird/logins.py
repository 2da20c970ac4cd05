"""``logins.json``: the saved passwords, in the shape Thunderbird's own account creation writes.

Origins are ``imap://host``, ``mailbox://host`` (POP3) and ``smtp://host`` with no port and no
user; ``httpRealm`` repeats the origin; usernames and passwords are NSS SDR ciphertexts.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wizard.model import Account, Protocol
from wizard.targets.thunderbird.errors import ThunderbirdError, ThunderbirdProblem
from wizard.targets.thunderbird.nss import SDR

LOGINS_FILE = "logins.json"


@dataclass(frozen=True, slots=True)
class LoginTarget:
    origin: str
    username: str


def login_targets(account: Account) -> list[LoginTarget]:
    """The logins Thunderbird looks up for this account (only servers that use a password)."""
    targets = []
    incoming = account.incoming
    if incoming.auth.uses_password:
        scheme = "mailbox" if incoming.protocol is Protocol.POP3 else "imap"
        targets.append(LoginTarget(f"{scheme}://{incoming.hostname}", incoming.username))
    outgoing = account.outgoing
    if outgoing.auth.uses_password:
        targets.append(LoginTarget(f"smtp://{outgoing.hostname}", outgoing.username))
    return targets


def empty_logins() -> dict[str, Any]:
    return {
        "nextId": 1,
        "logins": [],
        "potentiallyVulnerablePasswords": [],
        "dismissedBreachAlertsByLoginGUID": {},
        "version": 3,
    }


def read_logins(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return empty_logins()
    except (OSError, UnicodeDecodeError) as exc:
        raise ThunderbirdError(ThunderbirdProblem.LOGINS_UNREADABLE, path=path,
                               detail=str(exc)) from exc
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: nested beyond any real file
        raise ThunderbirdError(ThunderbirdProblem.LOGINS_UNREADABLE, path=path,
                               detail="not valid JSON") from exc
    logins = data.get("logins", []) if isinstance(data, dict) else None
    entries_are_objects = isinstance(logins, list) and all(isinstance(entry, dict) for entry in logins)
    if not isinstance(data, dict) or not entries_are_objects:
        raise ThunderbirdError(ThunderbirdProblem.LOGINS_UNREADABLE, path=path,
                               detail="unexpected structure")
    data.setdefault("logins", [])
    return data


def store_logins(
    data: dict[str, Any], targets: list[LoginTarget], password: str, sdr: SDR, now_ms: int
) -> tuple[list[str], list[str]]:
    """Add or update one login per target in ``data``; returns (added, updated) origins.

    An existing login for the same origin, realm and (decrypted) username gets the new password
    instead of a second entry."""
    added: list[str] = []
    updated: list[str] = []
    logins: list[dict[str, Any]] = data["logins"]
    next_id = data.get("nextId")
    if not isinstance(next_id, int):
        next_id = 1
    next_id = max([next_id] + [int(e.get("id", 0)) + 1 for e in logins
                               if isinstance(e.get("id"), int)])
    for target in targets:
        existing = next(
            (
                entry for entry in logins
                if isinstance(entry, dict)
                and entry.get("hostname") == target.origin
                and entry.get("httpRealm") in (target.origin, None)
                and sdr.decrypt(str(entry.get("encryptedUsername", ""))) == target.username
            ),
            None,
        )
        encrypted_password = sdr.encrypt(password)
        if existing is not None:
            if sdr.decrypt(str(existing.get("encryptedPassword", ""))) != password:
                existing["encryptedPassword"] = encrypted_password
                existing["timePasswordChanged"] = now_ms
            existing["httpRealm"] = target.origin
            existing["encType"] = 1
            updated.append(target.origin)
            continue
        logins.append({
            "id": next_id,
            "hostname": target.origin,
            "httpRealm": target.origin,
            "formSubmitURL": None,
            "usernameField": "",
            "passwordField": "",
            "encryptedUsername": sdr.encrypt(target.username),
            "encryptedPassword": encrypted_password,
            "guid": "{" + str(uuid.uuid4()) + "}",
            "encType": 1,
            "timeCreated": now_ms,
            "timeLastUsed": now_ms,
            "timePasswordChanged": now_ms,
            "timesUsed": 1,
        })
        next_id += 1
        added.append(target.origin)
    data["nextId"] = next_id
    for key, default in empty_logins().items():
        data.setdefault(key, default)
    return added, updated


def dump_logins(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
