"""Apple configuration profile (``.mobileconfig``) with one ``com.apple.mail.managed`` payload.

Facts: ``reference/outlook-apple-and-others.md`` §4. Built as a dict and serialised by
``plistlib`` (never templated by hand). The identifiers and UUIDs are derived from the
address, so installing a newer profile for the same address replaces the old one. No
password unless the caller asks for it; STARTTLS counts as "uses SSL" (Apple's one boolean).

A profile has no way to say OAuth2. A server that takes a password besides OAuth2 is written
with it (the app-password way); one that takes OAuth2 only is written with
``EmailAuthPassword``, the only value under which the device asks the user to sign in, never
with a password, and the profile's description and a notice say why (``SIGN_IN_ON_DEVICE``).
"""

from __future__ import annotations

import plistlib
import uuid
from typing import Any

from wizard.model import Account, AuthMethod, Protocol, Security, ServerSettings
from wizard.targets.exports.common import (
    ExportError,
    ExportProblem,
    Notice,
    NoticeKind,
    check_hostname,
    check_password,
    check_username,
    clean_name,
)

MAIL_PAYLOAD_TYPE = "com.apple.mail.managed"
# A fixed namespace so that the same address always gives the same UUIDs.
_NAMESPACE = uuid.UUID("9d0b6e8e-6c1a-5b0e-9f51-6d61696c7769")
_ACCOUNT_TYPE = {Protocol.IMAP: "EmailTypeIMAP", Protocol.POP3: "EmailTypePOP"}
_AUTH = {
    AuthMethod.PASSWORD_CLEARTEXT: "EmailAuthPassword",
    AuthMethod.PASSWORD_ENCRYPTED: "EmailAuthCRAMMD5",
    AuthMethod.NTLM: "EmailAuthNTLM",
    AuthMethod.NONE: "EmailAuthNone",
}
_OUTGOING_AUTH = {
    **_AUTH,
    AuthMethod.CLIENT_IP: "EmailAuthNone",
    AuthMethod.SMTP_AFTER_POP: "EmailAuthNone",
}


def profile_identifiers(account: Account) -> tuple[str, str, str, str]:
    """(profile identifier, profile UUID, payload identifier, payload UUID) for the address."""
    key = account.address.address.lower()
    profile_uuid = str(uuid.uuid5(_NAMESPACE, f"profile:{key}")).upper()
    payload_uuid = str(uuid.uuid5(_NAMESPACE, f"mail:{key}")).upper()
    reverse_domain = ".".join(reversed(account.address.domain.split(".")))
    identifier = f"{reverse_domain}.mailwizard.{profile_uuid.lower()}"
    return identifier, profile_uuid, f"{identifier}.mail", payload_uuid


def make_mobileconfig(
    account: Account, *, password: str | None = None
) -> tuple[bytes, tuple[Notice, ...]]:
    """The profile bytes (XML plist) and the notices for the user."""
    incoming, outgoing = account.incoming, account.outgoing
    if incoming.protocol not in _ACCOUNT_TYPE:
        raise ExportError(ExportProblem.NO_SERVER, "incoming (IMAP or POP3)")
    if outgoing.protocol is not Protocol.SMTP:
        raise ExportError(ExportProblem.NO_SERVER, "outgoing (SMTP)")
    notices: list[Notice] = []
    name, changed = clean_name(account.real_name)
    if changed:
        notices.append(Notice(NoticeKind.NAME_ADJUSTED, name))
    address = account.address.address
    identifier, profile_uuid, payload_id, payload_uuid = profile_identifiers(account)

    payload: dict[str, Any] = {
        "PayloadType": MAIL_PAYLOAD_TYPE,
        "PayloadVersion": 1,
        "PayloadIdentifier": payload_id,
        "PayloadUUID": payload_uuid,
        "PayloadDisplayName": address,
        "EmailAccountType": _ACCOUNT_TYPE[incoming.protocol],
        "EmailAccountDescription": address,
        "EmailAddress": address,
    }
    if name:
        payload["EmailAccountName"] = name
    payload |= _server("Incoming", incoming, _AUTH, notices)
    payload |= _server("Outgoing", outgoing, _OUTGOING_AUTH, notices)
    description = f"Sets up the e-mail account {address}."
    if any(_oauth_only(server) for server in (incoming, outgoing)):
        provider = clean_name(account.provider_name)[0] or account.address.domain
        signing_in = Notice(NoticeKind.SIGN_IN_ON_DEVICE, provider)
        notices.append(signing_in)
        description = f"{description} {signing_in.sentence}"
        password = None  # the provider would refuse it
    if password is not None:
        secret = check_password(password)
        payload["IncomingPassword"] = secret
        if "OutgoingMailServerUsername" in payload:
            payload["OutgoingPassword"] = secret
        notices.append(Notice(NoticeKind.PASSWORD_INCLUDED))
    elif "OutgoingMailServerUsername" in payload and outgoing.username == incoming.username:
        payload["OutgoingPasswordSameAsIncomingPassword"] = True

    profile: dict[str, Any] = {
        "PayloadType": "Configuration",
        "PayloadVersion": 1,
        "PayloadIdentifier": identifier,
        "PayloadUUID": profile_uuid,
        "PayloadDisplayName": f"E-mail: {address}",
        "PayloadDescription": description,
        "PayloadContent": [payload],
    }
    provider, _ = clean_name(account.provider_name)
    if provider:
        profile["PayloadOrganization"] = provider
    try:
        data = plistlib.dumps(profile, fmt=plistlib.FMT_XML, sort_keys=True)
    except ValueError as exc:  # pragma: no cover - every string was checked above
        raise ExportError(ExportProblem.INVALID_VALUE, str(exc)) from None
    return data, tuple(notices)


def _server(
    prefix: str,
    server: ServerSettings,
    auth_names: dict[AuthMethod, str],
    notices: list[Notice],
) -> dict[str, Any]:
    host = check_hostname(server.hostname)
    method = next((m for m in server.auth_methods if m in auth_names), None)
    if method is None and _oauth_only(server):
        method = AuthMethod.PASSWORD_CLEARTEXT  # "the user signs in": see the module doc
    elif method is None:
        raise ExportError(ExportProblem.UNSUPPORTED_AUTH, host)
    if method is not server.auth and not _oauth_only(server):
        notices.append(Notice(NoticeKind.AUTH_SUBSTITUTED, method.value))
    if server.security is Security.PLAIN and method.uses_password:
        notices.append(Notice(NoticeKind.UNENCRYPTED_SERVER, host))
    values: dict[str, Any] = {
        f"{prefix}MailServerHostName": host,
        f"{prefix}MailServerPortNumber": server.port,
        f"{prefix}MailServerUseSSL": server.security is not Security.PLAIN,
        f"{prefix}MailServerAuthentication": auth_names[method],
    }
    if auth_names[method] != "EmailAuthNone":
        values[f"{prefix}MailServerUsername"] = check_username(server.username, host)
    return values


def _oauth_only(server: ServerSettings) -> bool:
    return server.auth_methods == (AuthMethod.OAUTH2,)
