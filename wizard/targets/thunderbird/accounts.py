"""Merge one account into Thunderbird's prefs: pure functions over a prefs dictionary.

The pref names and values are those Thunderbird's own account creation writes
(``CreateInBackend.sys.mjs``; proven against Thunderbird 140 and 153, see
``reference/thunderbird-acceptance.md`` §3.2). Existing prefs and accounts are kept; an
account for the same address and protocol is updated instead of added twice; an identical
SMTP server is reused; Local Folders is created when missing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from wizard.model import Account, AuthMethod, Protocol, Security, ServerSettings
from wizard.targets.thunderbird.errors import ThunderbirdError, ThunderbirdProblem
from wizard.targets.thunderbird.oauth import usable_by_thunderbird
from wizard.targets.thunderbird.prefs import PrefValue

BERKELEY_STORE = "@mozilla.org/msgstore/berkeleystore;1"
CHECK_MINUTES = 10

# nsMsgSocketType and nsMsgAuthMethod (MailNewsTypes2.idl)
SOCKET_TYPES = {Security.PLAIN: 0, Security.STARTTLS: 2, Security.SSL: 3}
AUTH_METHODS = {
    AuthMethod.NONE: 1,
    AuthMethod.CLIENT_IP: 1,
    AuthMethod.SMTP_AFTER_POP: 1,
    AuthMethod.PASSWORD_CLEARTEXT: 3,
    AuthMethod.PASSWORD_ENCRYPTED: 4,
    AuthMethod.GSSAPI: 5,
    AuthMethod.NTLM: 6,
    AuthMethod.TLS_CLIENT_CERT: 7,
    AuthMethod.OAUTH2: 10,
}
_INCOMING_TYPES = {Protocol.IMAP: "imap", Protocol.POP3: "pop3"}


@dataclass(frozen=True, slots=True)
class MergeResult:
    prefs: dict[str, PrefValue]
    account_key: str
    server_key: str
    identity_key: str
    smtp_key: str
    account_added: bool  # False: an existing account for the address was updated
    smtp_added: bool  # False: an existing SMTP server was reused or updated
    local_folders_added: bool
    changed: tuple[str, ...] = field(default=())  # pref names whose value changed or appeared


def _csv(value: PrefValue | None) -> list[str]:
    if not isinstance(value, str):
        return []
    return [item.strip() for item in value.split(",") if item.strip()]


def _has_prefix(prefs: Mapping[str, PrefValue], prefix: str) -> bool:
    return any(name.startswith(prefix) for name in prefs)


def _first_free(prefs: Mapping[str, PrefValue], base: str, stem: str, taken: list[str]) -> str:
    number = 1
    while True:
        key = f"{stem}{number}"
        if key not in taken and not _has_prefix(prefs, f"{base}.{key}."):
            return key
        number += 1


def _next_account_key(prefs: dict[str, PrefValue], accounts: list[str]) -> str:
    last = prefs.get("mail.account.lastKey")
    number = last if isinstance(last, int) and not isinstance(last, bool) and last > 0 else 0
    if number == 0:  # as Thunderbird does: scan for the highest accountN
        for name in prefs:
            match = re.match(r"mail\.account\.account(\d+)\.", name)
            if match:
                number = max(number, int(match.group(1)))
    while True:
        number += 1
        key = f"account{number}"
        if key not in accounts and not _has_prefix(prefs, f"mail.account.{key}."):
            prefs["mail.account.lastKey"] = number
            return key


def _str(prefs: Mapping[str, PrefValue], name: str) -> str:
    value = prefs.get(name)
    return value if isinstance(value, str) else ""


def _int(prefs: Mapping[str, PrefValue], name: str, default: int) -> int:
    value = prefs.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _find_account(prefs: Mapping[str, PrefValue], accounts: list[str], account: Account,
                  server_type: str) -> tuple[str, str, str] | None:
    """(account key, server key, identity key) of an account for the same address and type."""
    wanted = account.address.address.lower()
    for key in accounts:
        server = _str(prefs, f"mail.account.{key}.server")
        if not server or _str(prefs, f"mail.server.{server}.type") != server_type:
            continue
        for identity in _csv(prefs.get(f"mail.account.{key}.identities")):
            if _str(prefs, f"mail.identity.{identity}.useremail").lower() == wanted:
                return key, server, identity
    return None


def _smtp_matches(prefs: Mapping[str, PrefValue], key: str, server: ServerSettings) -> bool:
    base = f"mail.smtpserver.{key}"
    if _str(prefs, f"{base}.type") not in ("", "smtp"):
        return False
    socket_type = _int(prefs, f"{base}.try_ssl", 0)
    port = _int(prefs, f"{base}.port", 0) or (465 if socket_type == 3 else 25)
    return (
        _str(prefs, f"{base}.hostname").lower() == server.hostname.lower()
        and port == server.port
        and socket_type == SOCKET_TYPES[server.security]
        and _int(prefs, f"{base}.authMethod", 3) == AUTH_METHODS[server.auth]
        and _str(prefs, f"{base}.username") == server.username
    )


def _directory(prefs: Mapping[str, PrefValue], profile: Path | None, kind: str, host: str) -> str:
    """A ``[ProfD]ImapMail/<host>`` folder no other server uses (``host-1``, ``host-2``…)."""
    used = {v for n, v in prefs.items() if n.endswith(".directory-rel") and isinstance(v, str)}
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", host) or "server"
    candidate, number = safe, 0
    while f"[ProfD]{kind}/{candidate}" in used or (
        profile is not None and (profile / kind / candidate).exists()
    ):
        number += 1
        candidate = f"{safe}-{number}"
    return f"[ProfD]{kind}/{candidate}"


def merge_account(
    existing: Mapping[str, PrefValue],
    account: Account,
    *,
    profile: Path | None = None,
) -> MergeResult:
    """Return the prefs with ``account`` merged in; ``existing`` is not modified.

    A server whose preferred method is OAuth2 gets ``authMethod`` 10 when Thunderbird knows its
    host (it then signs in itself; no password is stored), else its next method (``oauth.py``)."""
    account = usable_by_thunderbird(account)
    incoming, outgoing = account.incoming, account.outgoing
    server_type = _INCOMING_TYPES.get(incoming.protocol)
    if server_type is None:
        raise ThunderbirdError(
            ThunderbirdProblem.UNSUPPORTED,
            detail=f"Thunderbird cannot use {incoming.protocol.value} as an incoming server here",
        )
    if outgoing.protocol is not Protocol.SMTP:
        raise ThunderbirdError(
            ThunderbirdProblem.UNSUPPORTED, detail="the outgoing server is not an SMTP server"
        )
    prefs = dict(existing)
    accounts = _csv(prefs.get("mail.accountmanager.accounts"))
    address = account.address.address

    found = _find_account(prefs, accounts, account, server_type)
    if found:
        account_key, server_key, identity_key = found
    else:
        account_key = _next_account_key(prefs, accounts)
        server_key = _first_free(prefs, "mail.server", "server", [])
        identity_key = _first_free(prefs, "mail.identity", "id", [])
        accounts.append(account_key)
        prefs["mail.account." + account_key + ".server"] = server_key
        prefs["mail.account." + account_key + ".identities"] = identity_key

    # The incoming server.
    base = f"mail.server.{server_key}"
    if not found:
        directory_kind = "ImapMail" if server_type == "imap" else "Mail"
        prefs.update({
            f"{base}.type": server_type,
            f"{base}.name": address,
            f"{base}.login_at_startup": True,
            f"{base}.check_new_mail": True,
            f"{base}.check_time": CHECK_MINUTES,
            f"{base}.storeContractID": BERKELEY_STORE,
            f"{base}.directory-rel": _directory(
                prefs, profile, directory_kind, incoming.hostname
            ),
        })
    prefs.update({
        f"{base}.hostname": incoming.hostname,
        f"{base}.port": incoming.port,
        f"{base}.socketType": SOCKET_TYPES[incoming.security],
        f"{base}.authMethod": AUTH_METHODS[incoming.auth],
        f"{base}.userName": incoming.username,
    })
    if server_type == "pop3":
        # Keep a copy on the server unless the provider's configuration says otherwise.
        prefs[f"{base}.leave_on_server"] = incoming.leave_on_server is not False
        if incoming.days_to_leave is not None:
            prefs[f"{base}.delete_by_age_from_server"] = True
            prefs[f"{base}.num_days_to_leave_on_server"] = incoming.days_to_leave
        prefs[f"{base}.download_on_biff"] = incoming.download_on_biff is not False
        prefs.setdefault(f"{base}.deferred_to_account", "")

    # The outgoing server: reuse an identical one, else update ours if nobody shares it.
    smtp_keys = _csv(prefs.get("mail.smtpservers"))
    current = _str(prefs, f"mail.identity.{identity_key}.smtpServer") if found else ""
    smtp_key = next((k for k in smtp_keys if _smtp_matches(prefs, k, outgoing)), "")
    smtp_added = False
    if not smtp_key:
        shared = any(
            name.endswith(".smtpServer") and value == current
            and name != f"mail.identity.{identity_key}.smtpServer"
            for name, value in prefs.items()
        )
        if current and current in smtp_keys and not shared:
            smtp_key = current
        else:
            smtp_key = _first_free(prefs, "mail.smtpserver", "smtp", smtp_keys)
            smtp_keys.append(smtp_key)
            smtp_added = True
        smtp = f"mail.smtpserver.{smtp_key}"
        prefs.update({
            f"{smtp}.type": "smtp",
            f"{smtp}.hostname": outgoing.hostname,
            f"{smtp}.port": outgoing.port,
            f"{smtp}.try_ssl": SOCKET_TYPES[outgoing.security],
            f"{smtp}.authMethod": AUTH_METHODS[outgoing.auth],
            f"{smtp}.username": outgoing.username,
        })
        if smtp_added:
            prefs[f"{smtp}.description"] = account.provider_name or account.address.domain
    prefs["mail.smtpservers"] = ",".join(smtp_keys)
    if _str(prefs, "mail.smtp.defaultserver") not in smtp_keys:
        prefs["mail.smtp.defaultserver"] = smtp_key

    # The identity.
    ident = f"mail.identity.{identity_key}"
    prefs[f"{ident}.useremail"] = address
    prefs[f"{ident}.valid"] = True
    prefs[f"{ident}.smtpServer"] = smtp_key
    if account.real_name or f"{ident}.fullName" not in prefs:
        prefs[f"{ident}.fullName"] = account.real_name

    # Local Folders, which Thunderbird expects to exist.
    local_added = False
    local_server = _str(prefs, "mail.accountmanager.localfoldersserver")
    if not local_server or _str(prefs, f"mail.server.{local_server}.type") != "none":
        local_account = _next_account_key(prefs, accounts)
        local_server = _first_free(prefs, "mail.server", "server", [])
        accounts.append(local_account)
        prefs.update({
            f"mail.account.{local_account}.server": local_server,
            f"mail.server.{local_server}.type": "none",
            f"mail.server.{local_server}.hostname": "Local Folders",
            f"mail.server.{local_server}.name": "Local Folders",
            f"mail.server.{local_server}.userName": "nobody",
            f"mail.server.{local_server}.storeContractID": BERKELEY_STORE,
            f"mail.server.{local_server}.directory-rel": "[ProfD]Mail/Local Folders",
            "mail.accountmanager.localfoldersserver": local_server,
        })
        local_added = True

    prefs["mail.accountmanager.accounts"] = ",".join(accounts)
    if _str(prefs, "mail.accountmanager.defaultaccount") not in accounts or _str(
        prefs, "mail.accountmanager.defaultaccount"
    ) == _local_account_of(prefs, accounts):
        prefs["mail.accountmanager.defaultaccount"] = account_key

    changed = tuple(sorted(n for n, v in prefs.items() if n not in existing or existing[n] != v
                           or type(existing[n]) is not type(v)))
    return MergeResult(
        prefs=prefs,
        account_key=account_key,
        server_key=server_key,
        identity_key=identity_key,
        smtp_key=smtp_key,
        account_added=not found,
        smtp_added=smtp_added,
        local_folders_added=local_added,
        changed=changed,
    )


def _local_account_of(prefs: Mapping[str, PrefValue], accounts: list[str]) -> str:
    local_server = _str(prefs, "mail.accountmanager.localfoldersserver")
    for key in accounts:
        if local_server and _str(prefs, f"mail.account.{key}.server") == local_server:
            return key
    return ""
