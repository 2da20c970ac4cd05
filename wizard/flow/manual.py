"""The manual editor's rules: host names, ports, and the config it produces."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from wizard.model import (
    AccountConfig,
    AuthMethod,
    EmailAddress,
    Protocol,
    Security,
    ServerSettings,
    Source,
)
from wizard.model.enums import PORT_MAX, PORT_MIN, Trust

_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")  # used with fullmatch


def valid_hostname(text: str) -> bool:
    """A DNS name (international names allowed) or an IP address."""
    name = text.strip().rstrip(".")
    if not name or len(name) > 253 or any(ch.isspace() for ch in name):
        return False
    try:
        ipaddress.ip_address(name.strip("[]"))
        return True
    except ValueError:
        pass
    try:
        ascii_name = name.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return False
    labels = ascii_name.split(".")
    if labels[-1].isdigit():
        return False
    return all(_LABEL.fullmatch(label) for label in labels)


def valid_port(port: int) -> bool:
    return PORT_MIN <= port <= PORT_MAX


@dataclass(frozen=True, slots=True)
class ManualServer:
    """What the manual editor shows for one server."""

    protocol: Protocol
    hostname: str
    port: int
    security: Security
    username: str
    auth: AuthMethod = AuthMethod.PASSWORD_CLEARTEXT

    @classmethod
    def from_settings(cls, server: ServerSettings) -> ManualServer:
        return cls(
            server.protocol,
            server.hostname,
            server.port,
            server.security,
            server.username,
            server.auth,
        )

    def problem(self, direction: str) -> str:
        """ "" when valid, else ``<direction>-host``, ``-port`` or ``-username``."""
        if not valid_hostname(self.hostname):
            return f"{direction}-host"
        if not valid_port(self.port):
            return f"{direction}-port"
        if self.auth.uses_password and not self.username.strip():
            return f"{direction}-username"
        return ""

    def settings(self, template: ServerSettings | None = None) -> ServerSettings:
        methods: tuple[AuthMethod, ...] = (self.auth,)
        if template is not None and template.auth == self.auth:
            methods = template.auth_methods
        if template is not None and template.protocol is self.protocol:
            return template.replace(
                hostname=self.hostname.strip().rstrip(".").lower(),
                port=self.port,
                security=self.security,
                username=self.username.strip(),
                auth_methods=methods,
            )
        return ServerSettings(
            protocol=self.protocol,
            hostname=self.hostname.strip().rstrip(".").lower(),
            port=self.port,
            security=self.security,
            auth_methods=methods,
            username=self.username.strip(),
        )


def manual_problem(incoming: ManualServer, outgoing: ManualServer) -> str:
    return incoming.problem("incoming") or outgoing.problem("outgoing")


def manual_config(
    incoming: ManualServer,
    outgoing: ManualServer,
    base: AccountConfig | None,
    domain: str,
) -> AccountConfig:
    """The config the user typed: keeps the provider's notes and fields, marks it manual.

    The user typed the servers themselves, so no confirmation is asked for them."""
    template_in = base.preferred_incoming if base is not None else None
    template_out = base.preferred_outgoing if base is not None else None
    if base is None:
        base = AccountConfig(id="", display_name=domain, domains=(domain,) if domain else ())
    return base.replace(
        incoming=(incoming.settings(template_in),),
        outgoing=(outgoing.settings(template_out),),
        source=Source.MANUAL,
        trust=Trust.TRUSTED,
        origin="",
        warnings=(),
    )


def guessed_servers(address: EmailAddress) -> tuple[ManualServer, ManualServer]:
    """A starting point for the editor when nothing was found: the most common names."""
    domain, login = address.domain, address.address
    return (
        ManualServer(Protocol.IMAP, f"imap.{domain}", 993, Security.SSL, login),
        ManualServer(Protocol.SMTP, f"smtp.{domain}", 465, Security.SSL, login),
    )
