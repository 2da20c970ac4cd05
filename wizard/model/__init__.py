"""The config model: plain data and rules, no I/O and no Qt."""

from wizard.model.address import EmailAddress, normalize_domain, parse_address
from wizard.model.checks import (
    host_template,
    normalize_hostname,
    normalize_url,
    parse_port,
    username_template,
)
from wizard.model.config import (
    Account,
    AccountConfig,
    ConfigWarning,
    InputField,
    LocalizedText,
    Note,
    NoteKind,
    OAuth2Settings,
    ServerSettings,
    WarningKind,
)
from wizard.model.enums import (
    DEFAULT_PORTS,
    AuthMethod,
    Protocol,
    Security,
    Source,
    Trust,
    default_port,
)
from wizard.model.errors import (
    AddressError,
    AddressProblem,
    ConfigError,
    WizardError,
    as_clause,
    printable,
)
from wizard.model.placeholders import expand, placeholder_values

__all__ = [
    "DEFAULT_PORTS",
    "Account",
    "AccountConfig",
    "AddressError",
    "AddressProblem",
    "AuthMethod",
    "ConfigError",
    "ConfigWarning",
    "EmailAddress",
    "InputField",
    "LocalizedText",
    "Note",
    "NoteKind",
    "OAuth2Settings",
    "Protocol",
    "Security",
    "ServerSettings",
    "Source",
    "Trust",
    "WarningKind",
    "WizardError",
    "as_clause",
    "default_port",
    "expand",
    "host_template",
    "normalize_domain",
    "normalize_hostname",
    "normalize_url",
    "parse_address",
    "parse_port",
    "placeholder_values",
    "printable",
    "username_template",
]
