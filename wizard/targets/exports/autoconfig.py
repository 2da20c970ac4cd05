"""The clientConfig v1.1 document an ISP would publish at ``autoconfig.<domain>``.

The user names that equal the address (or its local part) go back to ``%EMAILADDRESS%``
(``%EMAILLOCALPART%``), so one file serves every mailbox of the domain. Escaping and the
strict checks are the catalog writer's (``wizard.catalog.clientconfig``).
"""

from __future__ import annotations

from wizard.catalog.clientconfig import write_clientconfig
from wizard.model import AccountConfig, ConfigError, EmailAddress, ServerSettings
from wizard.targets.exports.common import ExportError, ExportProblem, check_username, is_single_line


def publishable(config: AccountConfig, address: EmailAddress) -> AccountConfig:
    """``config`` for ``address``'s domain with per-user values turned back into placeholders."""
    expanded = config.expanded(address)

    def generalize(server: ServerSettings) -> ServerSettings:
        if server.username == address.address:
            return server.replace(username="%EMAILADDRESS%")
        if server.username == address.local_part:
            return server.replace(username="%EMAILLOCALPART%")
        return server

    domains = expanded.domains
    if address.domain not in domains:
        domains = (address.domain, *domains)
    return expanded.replace(
        id=expanded.id or address.domain,
        domains=domains,
        incoming=tuple(generalize(s) for s in expanded.incoming),
        outgoing=tuple(generalize(s) for s in expanded.outgoing),
    )


def make_autoconfig(config: AccountConfig, address: EmailAddress) -> bytes:
    template = publishable(config, address)
    # Our own single-line rule first: it also refuses U+2028/U+2029, which readers turn
    # into spaces, so the file would not read back as written.
    for server in (*template.incoming, *template.outgoing):
        check_username(server.username, server.hostname)
    for name in (template.display_name, template.display_short_name):
        if not is_single_line(name):
            raise ExportError(ExportProblem.INVALID_VALUE, "the provider name is not one line.")
    try:
        return write_clientconfig(template)
    except ConfigError as exc:
        raise ExportError(ExportProblem.INVALID_VALUE, str(exc)) from None
